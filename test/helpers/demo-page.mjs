/* global window, document, requestAnimationFrame, PerformanceObserver -- the page functions run in Chromium */
// What the reference-server tests watch on a page (playwright-core): problems logged, layout shift, and the moment
// every kit element has finished its update; and the server and browser they start.
import { before, after } from 'node:test';
import { launchChromium } from './chromium.mjs';

/**
 * Collects every console warning and error and every page error of `page`, as `type: text` lines. `ignore` (a
 * RegExp) leaves out console messages the test expects.
 */
export function watchProblems(page, { ignore } = {}) {
  const problems = [];
  page.on('console', (m) => {
    if ((m.type() === 'warning' || m.type() === 'error') && !ignore?.test(m.text())) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Sums every layout shift not caused by input into `window.__shift`, from before the page's scripts run. */
export function countLayoutShift(page) {
  return page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Resolves once every kit element in the page, shadow roots included, has finished its update, and two frames. */
export function kitElementsSettled(page) {
  return page.evaluate(async () => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('sf-') && el.updateComplete) all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    await Promise.all(all.map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * Starts the reference server (demo/server.mjs, which needs the build) and Chromium before a test file's tests and
 * stops both after them: `demo.server`, `demo.browser` once the tests run.
 */
export function useDemoServer(options = {}) {
  const demo = { server: undefined, browser: undefined };
  before(async () => {
    const { startDemoServer } = await import('../../demo/server.mjs');
    demo.server = await startDemoServer({ port: 0, ...options });
    demo.browser = await launchChromium();
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}
