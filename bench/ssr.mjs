/* global window, document, performance, requestAnimationFrame, setTimeout -- the init script runs in Chromium */
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

/** `csrUrl`: the client-rendered demo page (bench/.tmp/site), or undefined when it was not built. */
export async function measureSsr({ csrUrl, runs = 5 }) {
  const { startDemoServer } = await import('../demo/server.mjs');
  const demo = await startDemoServer({ port: 0 });
  const browser = await launch();
  try {
    const ssrUrl = `${demo.url}/`;
    const ssr = { url: ssrUrl, firstCard: await firstCard(browser, ssrUrl, runs) };
    const csr = csrUrl ? { url: csrUrl, firstCard: await firstCard(browser, csrUrl, runs) } : { why: 'client-rendered demo page not built' };
    await browser.close();
    ssr.lighthouse = await runLighthouse(ssrUrl);
    if (csrUrl) csr.lighthouse = await runLighthouse(csrUrl);
    return { ssr, csr };
  } finally {
    await browser.close().catch(() => {});
    await demo.close();
  }
}
