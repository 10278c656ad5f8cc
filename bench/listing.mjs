// A findable listing's re-render cost: 500 products on screen, a facet (brand) chosen, until the filtered listing is
// painted. Runs in headless Chromium on bench/pages/listing.html.
import { eventTimingStats, openPage, stats } from './browser.mjs';

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
    const sameFrame = await page.evaluate(() => globalThis.bench.settledInFrame);
    // The same change from outside: a real click on the brand's checkbox in the filter panel (at whatever moment
    // of the frame it comes), to the painted frame, and by Chrome's Event Timing.
    const checkbox = page.locator('sf-filter-panel label', { hasText: 'Pohjola' }).locator('input[type=checkbox]');
    // The runs above end filtered: back to all 500, the brand unchecked.
    await page.evaluate(() => globalThis.bench.filter([], 500));
    const clickFrame = [];
    const clickEventTiming = [];
    for (let i = 0; i < runs + warmup; i++) {
      await page.evaluate((n) => { globalThis.__sample = globalThis.bench.armFacetClick(n); }, ready.filtered);
      await checkbox.click();
      const s = await page.evaluate(() => globalThis.__sample);
      await checkbox.click();
      await page.evaluate(() => globalThis.bench.settleTo(500));
      if (i < warmup) continue;
      clickFrame.push(s.frame);
      clickEventTiming.push(s.eventTiming);
    }
    // The method's floor, and why it starts at a frame's start: nothing changed, measured from a frame's start and
    // from just after a painted frame (the old method, which measured a whole frame of waiting whatever the change).
    const floor = [];
    const afterFrame = [];
    for (let i = 0; i < 10; i++) {
      const c = await page.evaluate(() => globalThis.bench.calibrate());
      floor.push(c.frameAligned);
      afterFrame.push(c.afterFrame);
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return [
      {
        name: 'a listing of 500 products filtered by a facet re-renders (brand: 500 → ' + ready.filtered + ' products; cards in the viewport, placeholders below it until scrolled near), from the start of the frame the change is made in to the end of the frame that shows it',
        ...stats(samples),
        raw: samples.map((x) => Math.round(x * 10) / 10),
        // Changes (warm-up and resets to 500 included) whose re-render was complete within the frame it started in.
        settledInFrame: `${sameFrame} of ${2 * (runs + warmup)}`,
      },
      {
        name: 'the same change by a real click on the brand\'s checkbox: input → painted frame (reported, not a budget; the click comes at any moment of a frame)',
        reportedOnly: true,
        ...stats(clickFrame),
        eventTiming: eventTimingStats(clickEventTiming),
      },
      { name: 'calibration: nothing changed, same method (the floor: a frame\'s own style, layout and paint)', calibration: true, ...stats(floor) },
      { name: 'calibration: nothing changed, measured from just after a painted frame (the method before: the wait for the next frame is in it)', calibration: true, ...stats(afterFrame) },
    ];
  } finally {
    await context.close();
  }
}
