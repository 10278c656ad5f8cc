// A findable listing's re-render cost: 500 products on screen, a facet (brand) chosen, until the filtered listing is
// painted. Runs in headless Chromium on bench/pages/listing.html.
import { openPage, stats } from './browser.mjs';

export async function listingFilter(browser, origin, { runs = 30, warmup = 3 } = {}) {
  const { page, context, errors } = await openPage(browser, `${origin}/listing.html`);
  try {
    await page.waitForFunction(() => 'bench' in globalThis, undefined, { timeout: 60_000 });
    const ready = await page.evaluate(() => globalThis.bench.ready);
    if (ready.shown !== 500) throw new Error(`expected 500 products on screen, got ${ready.shown}`);
    const samples = [];
    for (let i = 0; i < runs + warmup; i++) {
      const ms = await page.evaluate(() => globalThis.bench.run());
      if (i >= warmup) samples.push(ms);
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      name: 'a listing of 500 products filtered by a facet re-renders (brand: 500 → ' + ready.filtered + ' products; cards in the viewport, placeholders below it until scrolled near)',
      ...stats(samples),
      raw: samples.map((x) => Math.round(x * 10) / 10),
    };
  } finally {
    await context.close();
  }
}
