// Layout stability over the scripted storefront journey (the demo page), and the storefront's first render.
// `layout-shift` entries from a buffered PerformanceObserver installed before any page script runs; CLS-style is
// the largest session window (gap < 1 s, window ≤ 5 s) of shifts without recent input, raw is the sum of all.
import { openPage } from './browser.mjs';

// Runs in the page before its scripts. Describes each shifted node through shadow roots: host > … > node.
const OBSERVER = `(() => {
  const describe = (node) => {
    const parts = [];
    let n = node;
    while (n && n.nodeType !== 9) {
      if (n.nodeType === 11) { n = n.host; parts.push('::shadow'); continue; }
      if (n.nodeType === 1) {
        let s = n.localName;
        if (n.id) s += '#' + n.id;
        const part = n.getAttribute && n.getAttribute('part');
        if (part) s += '[part=' + part + ']';
        else if (n.classList && n.classList.length) s += '.' + [...n.classList].slice(0, 2).join('.');
        parts.push(s);
      } else if (n.nodeType === 3) parts.push('#text');
      n = n.parentNode;
    }
    return parts.reverse().join(' > ').replace(/ > ::shadow > /g, ' >> ');
  };
  const rect = (r) => r && [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  // Chromium does not expose nodes inside shadow roots as sources: find what is now at the shifted rect instead.
  const deepAt = (x, y) => {
    let el = document.elementFromPoint(x, y);
    while (el && el.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };
  const name = (s) => {
    if (s.node) return describe(s.node);
    const r = s.currentRect;
    const el = r && r.width > 0 && r.height > 0 ? deepAt(r.x + Math.min(4, r.width / 2), r.y + Math.min(4, r.height / 2)) : null;
    return el ? 'at its new place: ' + describe(el) : '(removed, or not exposed)';
  };
  globalThis.__shifts = [];
  window.__step = 'load';
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      globalThis.__shifts.push({
        step: window.__step,
        value: e.value,
        hadRecentInput: e.hadRecentInput,
        startTime: Math.round(e.startTime),
        sources: (e.sources || []).map((s) => ({ node: name(s), from: rect(s.previousRect), to: rect(s.currentRect) })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/** The journey's steps before any input: what "CLS at load" covers. */
export const LOAD_STEPS = ['load', 'features load late (experiments, listing, promises)', 'promise countdown crosses a minute boundary'];
/** The step the "after Continue" budget reads. */
export const CONTINUE_STEP = 'checkout: contact → delivery';

/** CLS as Core Web Vitals defines it: the largest session window of shifts without recent input. */
export function clsOf(shifts) {
  let best = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of shifts.filter((x) => !x.hadRecentInput).sort((a, b) => a.startTime - b.startTime)) {
    if (s.startTime - last < 1000 && s.startTime - first < 5000) current += s.value;
    else {
      current = s.value;
      first = s.startTime;
    }
    last = s.startTime;
    best = Math.max(best, current);
  }
  return best;
}

/**
 * The journey: load the demo, wait for late features (experiments decided, listing and promise rendered), let the
 * promise countdown cross a minute boundary (Playwright's clock, fast-forwarded), add to cart (the drawer opens on
 * add), open the drawer from the cart button, go to checkout, fill contact and continue to delivery.
 */
export async function storefrontJourney(browser, url, { width = 1280, height = 800 } = {}) {
  const { page, context, errors } = await openPage(browser, url, {
    width,
    height,
    init: OBSERVER,
    before: async (p) => {
      // A clock the bench can move: time flows as usual until fast-forwarded.
      await p.clock.install();
    },
  });
  const steps = [];
  const step = async (name, action) => {
    await page.evaluate((n) => { globalThis.__step = n; }, name);
    const t0 = Date.now();
    await action();
    // The bench's observation window, not a wait for anything: shifts from late work (lazy chunks, tasks, the next
    // frames) after each step are what it measures.
    await page.waitForTimeout(400);
    steps.push({ name, ms: Date.now() - t0 });
  };
  await page.evaluate(() => globalThis.bench.ready);
  await step('features load late (experiments, listing, promises)', async () => {
    // Until the experiments have settled (from the payload or the timeout) and the listing shows products.
    await page.waitForFunction(() => {
      const app = globalThis.document.querySelector('demo-storefront')?.shadowRoot;
      return !!app?.querySelector('sf-experiments[data-sf-experiments-source]') && !!app.querySelector('sf-product-card sf-add-to-cart');
    });
  });
  await step('promise countdown crosses a minute boundary', async () => {
    await page.clock.fastForward('01:05');
    // The countdown re-renders on the clock's tick: two frames after it, it has painted.
    await page.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve))));
  });
  const addButtons = page.locator('sf-add-to-cart button[aria-disabled="false"]');
  await step('add to cart (drawer opens on add)', async () => {
    await addButtons.first().click();
    await page.locator('sf-cart-drawer dialog[open]').waitFor({ timeout: 5000 }).catch(() => undefined);
  });
  await step('close and reopen the drawer from the cart button', async () => {
    await page.keyboard.press('Escape');
    await page.locator('sf-cart-drawer dialog[open]').waitFor({ state: 'detached', timeout: 5000 });
    await page.locator('sf-cart-button button').click();
    await page.locator('sf-cart-drawer dialog[open]').waitFor({ timeout: 5000 });
  });
  await step('go to checkout from the drawer', async () => {
    await page.locator('sf-cart-drawer [part="checkout-button"]').click();
    await page.locator('sf-checkout #f-email').waitFor({ timeout: 5000 });
  });
  await step('checkout: type the contact details', async () => {
    await page.locator('sf-checkout #f-email').fill('bench@example.fi');
    await page.locator('sf-checkout #f-phone').fill('040 123 4567');
  });
  await step(CONTINUE_STEP, async () => {
    await page.locator('sf-checkout form .actions button[type="submit"]').click();
    await page.locator('sf-checkout #f-street').waitFor({ timeout: 5000 });
  });
  const shifts = await page.evaluate(() => globalThis.__shifts);
  const cartCount = await page.locator('sf-cart-drawer li[data-line]').count();
  await context.close();
  const raw = shifts.reduce((a, s) => a + s.value, 0);
  const cls = clsOf(shifts);
  const bySource = new Map();
  for (const s of shifts) {
    for (const src of s.sources) {
      const key = `${s.step}: ${src.node}`;
      const entry = bySource.get(key) ?? { step: s.step, node: src.node, shifts: 0, valueOfItsShifts: 0, hadRecentInput: s.hadRecentInput, example: { from: src.from, to: src.to } };
      entry.shifts += 1;
      entry.valueOfItsShifts += s.value;
      bySource.set(key, entry);
    }
  }
  // Per step: the raw sum with and without recent input, and a CLS-style value of that step's shifts alone.
  const byStep = {};
  for (const { name } of [{ name: 'load' }, ...steps]) {
    const of = shifts.filter((s) => s.step === name);
    const sum = (list) => +list.reduce((a, s) => a + s.value, 0).toFixed(4);
    byStep[name] = { raw: sum(of), afterInput: sum(of.filter((s) => s.hadRecentInput)), withoutInput: sum(of.filter((s) => !s.hadRecentInput)), cls: +clsOf(of).toFixed(4), entries: of.length };
  }
  // "At load": until the shopper first acts (page load, late features, a minute of countdown).
  const loadShifts = shifts.filter((s) => LOAD_STEPS.includes(s.step));
  return {
    viewport: `${width}×${height}`,
    width,
    layout: {
      steps,
      byStep,
      clsAtLoad: +clsOf(loadShifts).toFixed(4),
      rawAtLoad: +loadShifts.reduce((a, s) => a + s.value, 0).toFixed(4),
      entries: shifts.length,
      raw: +raw.toFixed(4),
      cls: +cls.toFixed(4),
      shifted: [...bySource.values()].map((e) => ({ ...e, valueOfItsShifts: +e.valueOfItsShifts.toFixed(4) })).sort((a, b) => b.valueOfItsShifts - a.valueOfItsShifts),
      withoutRecentInput: shifts.filter((x) => !x.hadRecentInput).length,
      linesInDrawerAtEnd: cartCount,
    },
    errors: [...new Set(errors)].slice(0, 10),
  };
}

/** Time to first render of a bench page (`globalThis.bench.ready`), median over `runs` fresh loads. */
export async function firstRender(browser, url, runs = 5) {
  const nav = [];
  const script = [];
  const errors = [];
  for (let i = 0; i < runs; i++) {
    const { page, context, errors: e } = await openPage(browser, url);
    try {
      const r = await page.evaluate(() => globalThis.bench.ready);
      nav.push(r.fromNavigation);
      script.push(r.fromScript);
    } finally {
      errors.push(...e);
      await context.close();
    }
  }
  const med = (v) => Math.round([...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]);
  return { runs, fromNavigationMs: med(nav), fromScriptMs: med(script), errors: [...new Set(errors)].slice(0, 5) };
}
