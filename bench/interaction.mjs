// Interaction cost in headless Chromium: input (a real click through CDP) to the next paint, by Event Timing and by
// "frame after updateComplete", for carts of 10, 100 and 500 lines, and between checkout steps.
import { eventTimingStats, openPage, stats } from './browser.mjs';

export const FRAME_MS = 1000 / 60;

async function clickCenter(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  // Cart lines use content-visibility: auto, so lines scrolled into view take their real size in the next frames
  // and move what is below them: let layout settle, then scroll again and read the box.
  await page.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve))));
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('target has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Runs `runs` (+ `warmup`) measurements: arm in the page, act from Node, read the sample. */
async function sample(page, { arm, act, after, runs, warmup = 3 }) {
  const frame = [];
  const updated = [];
  const eventTiming = [];
  for (let i = 0; i < runs + warmup; i++) {
    await page.evaluate((name) => { globalThis.__sample = globalThis.bench[name](); }, arm);
    await act(i);
    const s = await page.evaluate(() => globalThis.__sample);
    if (after) await after(i);
    if (i < warmup) continue;
    frame.push(s.frame);
    updated.push(s.updated);
    eventTiming.push(s.eventTiming);
  }
  return {
    frame: stats(frame),
    updated: stats(updated),
    eventTiming: eventTimingStats(eventTiming),
    raw: { frame: frame.map((x) => Math.round(x * 10) / 10), updated: updated.map((x) => Math.round(x * 10) / 10), eventTiming },
  };
}

function summary(name, result, extra = {}) {
  return { name, ...extra, ...result, underOneFrame: result.frame.median !== null && result.frame.median < FRAME_MS };
}

export async function cartInteractions(browser, origin, { sizes = [10, 100, 500], runs = 30 } = {}) {
  const rows = [];
  const rendering = [];
  const problems = [];
  for (const lines of sizes) {
    const { page, context, errors } = await openPage(browser, `${origin}/cart.html?lines=${lines}`);
    try {
      const ready = await page.evaluate(() => globalThis.bench.ready);
      rendering.push({ name: `cart page with ${lines} lines: first render`, lines: ready.lines, fromNavigationMs: Math.round(ready.fromNavigation), fromScriptMs: Math.round(ready.fromScript) });

      // The first line, whatever its id (line ids carry a random part since idempotent adds).
      const line = page.locator('sf-cart li[data-line]').first().locator('sf-quantity');
      const quantity = await sample(page, {
        arm: 'armQuantity',
        act: (i) => clickCenter(page, line.locator(i % 2 === 0 ? '[part="increase"]' : '[part="decrease"]')),
        after: () => page.evaluate(() => globalThis.bench.settle()),
        runs,
      });
      rows.push(summary(`quantity change (+/− click) in <sf-cart>, ${lines} lines`, quantity, { kind: 'quantity', lines }));

      const drawerButton = page.locator('sf-cart-button button');
      const drawer = await sample(page, {
        arm: 'armDrawer',
        act: () => clickCenter(page, drawerButton),
        after: () => page.evaluate(() => globalThis.bench.closeDrawer()),
        runs,
      });
      rows.push(summary(`open <sf-cart-drawer> (cart button click), ${lines} lines`, drawer, { kind: 'drawer', lines }));

      const addButton = page.locator('#add button');
      const add = await sample(page, {
        arm: 'armAdd',
        act: () => clickCenter(page, addButton),
        after: () => page.evaluate(() => globalThis.bench.settle()),
        runs,
      });
      rows.push(summary(`add to cart → count visible in <sf-cart-button>, ${lines} lines`, add, { kind: 'add', lines }));
    } catch (e) {
      problems.push(`cart page, ${lines} lines: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (errors.length) problems.push(`cart page, ${lines} lines, page errors: ${[...new Set(errors)].slice(0, 5).join(' | ')}`);
      await context.close();
    }
  }
  return { rows, rendering, problems };
}

export async function checkoutInteractions(browser, origin, { runs = 30, lines = 10 } = {}) {
  const { page, context, errors } = await openPage(browser, `${origin}/checkout.html?lines=${lines}`);
  const rows = [];
  const problems = [];
  try {
    await page.evaluate(() => globalThis.bench.ready);
    // Fill the contact step once with real typing; the draft keeps it for every later visit of the step.
    await page.locator('sf-checkout #f-email').fill('bench@example.fi');
    await page.locator('sf-checkout #f-phone').fill('040 123 4567');
    const cont = page.locator('sf-checkout form .actions button[type="submit"]');
    const back = page.locator('sf-checkout sf-checkout-steps li button').first();
    const forward = [];
    const backward = [];
    for (let i = 0; i < runs + 3; i++) {
      await page.evaluate(() => { globalThis.__sample = globalThis.bench.armStep('delivery'); });
      await clickCenter(page, cont);
      const f = await page.evaluate(() => globalThis.__sample);
      await page.evaluate(() => { globalThis.__sample = globalThis.bench.armStep('contact'); });
      await clickCenter(page, back);
      const b = await page.evaluate(() => globalThis.__sample);
      if (i < 3) continue;
      forward.push(f);
      backward.push(b);
    }
    const pack = (list) => ({
      frame: stats(list.map((s) => s.frame)),
      updated: stats(list.map((s) => s.updated)),
      eventTiming: eventTimingStats(list.map((s) => s.eventTiming)),
      raw: { frame: list.map((s) => Math.round(s.frame * 10) / 10), eventTiming: list.map((s) => s.eventTiming) },
    });
    rows.push(summary(`checkout step: contact → delivery (Continue), ${lines}-line cart`, pack(forward), { kind: 'checkout', lines }));
    rows.push(summary(`checkout step: delivery → contact (steps nav), ${lines}-line cart`, pack(backward), { kind: 'checkout', lines }));
  } catch (e) {
    problems.push(`checkout: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    if (errors.length) problems.push(`checkout page errors: ${[...new Set(errors)].slice(0, 5).join(' | ')}`);
    await context.close();
  }
  return { rows, problems };
}
