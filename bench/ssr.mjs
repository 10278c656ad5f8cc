/* global window, document, performance, requestAnimationFrame, setTimeout -- the init script and page functions run in Chromium */
// Server rendering, measured next to client rendering in the same run: the reference server (demo/server.mjs,
// @lit-labs/ssr + hydration, needs dist/) against the client-rendered standalone demo page. Lighthouse (mobile,
// simulated) on both, and the time to the first product card painted (with its name) from navigation, in
// Chromium at 1280×800, median of fresh loads, measured the same way on both pages.
import { launch, openPage, stats } from './browser.mjs';
import { runLighthouse } from './lighthouse.mjs';

/**
 * Installed before any page script: each frame, looks for a product card whose shadow root shows a product name
 * (its `name` part), through open shadow roots; when one is there, records the time after the next frame.
 */
function watchFirstCard() {
  const find = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'sf-product-card' && el.shadowRoot?.querySelector('[part="name"]')?.textContent.trim()) return true;
      if (el.shadowRoot && find(el.shadowRoot)) return true;
    }
    return false;
  };
  const tick = () => {
    if (document.documentElement && find(document)) {
      requestAnimationFrame(() => setTimeout(() => { window.__firstCardPainted = performance.now(); }, 0));
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function firstCard(browser, url, runs) {
  const times = [];
  const errors = [];
  for (let i = 0; i < runs; i++) {
    const { page, context, errors: e } = await openPage(browser, url, { init: watchFirstCard });
    try {
      await page.waitForFunction(() => window.__firstCardPainted !== undefined, undefined, { timeout: 20_000 });
      times.push(await page.evaluate(() => window.__firstCardPainted));
    } finally {
      errors.push(...e);
      await context.close();
    }
  }
  return { ...stats(times), errors: [...new Set(errors)].slice(0, 5) };
}

/** Whether a product card shows its product's name (through open shadow roots): the client-rendered page has rendered. */
function cardShown() {
  const find = (root) => [...root.querySelectorAll('*')].some((el) => (el.localName === 'sf-product-card' && el.shadowRoot?.querySelector('[part="name"]')?.textContent.trim()) || (el.shadowRoot && find(el.shadowRoot)));
  return find(document);
}

/**
 * The page's main-thread tasks from a Chrome trace, by thread time (time the thread ran, so other processes on a
 * loaded machine do not inflate it), on a phone-sized screen, each ×4 (Lighthouse's simulated CPU slowdown) until
 * the page has settled: `blocking` = Σ max(0, 4·t − 50 ms) (TBT's rule, over every task rather than from FCP to
 * TTI), `longest` = the longest task ×4. Lighthouse's own TBT uses wall time and swings by hundreds of ms when the
 * machine is busy; this is the figure to compare before/after.
 */
export async function mainThreadTasks(browser, url, runs, settled) {
  const blocking = [];
  const longest = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
    const page = await context.newPage();
    try {
      const cdp = await context.newCDPSession(page);
      const events = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(settled, undefined, { timeout: 20_000 });
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
      await cdp.send('Tracing.end');
      await complete;
      // The page's renderer: the process whose main thread ran the page's parse.
      const parse = events.find((e) => e.name === 'ParseHTML');
      const tasks = events
        .filter((e) => e.name === 'RunTask' && e.ph === 'X' && parse && e.pid === parse.pid && e.tid === parse.tid)
        .map((e) => (4 * (e.tdur ?? e.dur)) / 1000);
      blocking.push(tasks.reduce((sum, t) => sum + Math.max(0, t - 50), 0));
      longest.push(Math.max(0, ...tasks));
    } finally {
      await context.close();
    }
  }
  return { blocking: stats(blocking), longest: stats(longest) };
}

/** `csrUrl`: the client-rendered demo page (bench/.tmp/site), or undefined when it was not built. */
export async function measureSsr({ csrUrl, runs = 5 }) {
  const { startDemoServer } = await import('../demo/server.mjs');
  const demo = await startDemoServer({ port: 0 });
  const browser = await launch();
  try {
    const ssrUrl = `${demo.url}/`;
    const ssr = { url: ssrUrl, firstCard: await firstCard(browser, ssrUrl, runs) };
    ssr.tasks = await mainThreadTasks(browser, ssrUrl, runs, () => window.sfDemo?.hydrated === true);
    const csr = csrUrl ? { url: csrUrl, firstCard: await firstCard(browser, csrUrl, runs) } : { why: 'client-rendered demo page not built' };
    if (csrUrl) csr.tasks = await mainThreadTasks(browser, csrUrl, runs, cardShown);
    await browser.close();
    ssr.lighthouse = await runLighthouse(ssrUrl);
    if (csrUrl) csr.lighthouse = await runLighthouse(csrUrl);
    return { ssr, csr };
  } finally {
    await browser.close().catch(() => {});
    await demo.close();
  }
}
