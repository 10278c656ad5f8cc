/* global window, document, requestAnimationFrame, PerformanceObserver, ResizeObserver, MutationObserver -- the page functions run in Chromium */
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

/**
 * Sums every layout shift not caused by input into `window.__shift`, from before the page's scripts run, and notes
 * what moved in `window.__shiftSources` (element, old and new box), for the message when a test finds a shift.
 */
export function countLayoutShift(page) {
  return page.addInitScript(() => {
    window.__shift = 0;
    window.__shiftSources = [];
    const describe = (node) => {
      if (!node) return '?';
      const el = node.nodeType === 1 ? node : node.parentElement;
      const host = el?.getRootNode()?.host;
      return `${host ? `${host.localName} >>> ` : ''}${el?.localName ?? '#text'}${el?.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__shift += e.value;
        for (const s of e.sources ?? []) {
          window.__shiftSources.push(`${e.value.toFixed(5)} ${describe(s.node)}: ${Math.round(s.previousRect.x)},${Math.round(s.previousRect.y)} ${Math.round(s.previousRect.width)}×${Math.round(s.previousRect.height)} → ${Math.round(s.currentRect.x)},${Math.round(s.currentRect.y)} ${Math.round(s.currentRect.width)}×${Math.round(s.currentRect.height)}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // What changed size (the cause of a shift is often not what moved): the page's own elements and kit elements.
    const sizes = new ResizeObserver((entries) => {
      for (const e of entries) {
        const box = e.borderBoxSize?.[0];
        if (box) window.__shiftSources.push(`  size ${e.target.localName}${e.target.id ? `#${e.target.id}` : ''}: ${Math.round(box.inlineSize)}×${Math.round(box.blockSize)}`);
      }
    });
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('header > *, header, sf-nav, main')) {
        if (!el.__sized) {
          el.__sized = true;
          sizes.observe(el);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The layout shift counted by countLayoutShift, with what moved (for an assertion's message). */
export async function layoutShift(page) {
  return page.evaluate(() => ({ value: window.__shift, sources: window.__shiftSources.join('\n') }));
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
