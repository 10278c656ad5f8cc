/* global window, document, customElements, Node, getComputedStyle -- page functions run in Chromium (page.evaluate, waitForFunction) */
// The server-rendered storefront page (demo/server.mjs: shop, nav, product list with add to cart, cart button,
// drawer, delivery promise; @lit-labs/ssr on the server) hydrated in Chromium by @lit-labs/ssr-client:
// no warning or error (a hydration mismatch throws or warns), the text a shopper reads is the same before and
// after hydration, nothing shifts, the elements ask the backend for nothing the page's snapshot already had,
// and the page works afterwards (add to cart, the drawer). With JavaScript disabled the server HTML is axe-clean.
// Needs the build (dist/): run `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchChromium } from '../helpers/chromium.mjs';
import { countLayoutShift, kitElementsSettled, watchProblems, layoutShift } from '../helpers/demo-page.mjs';

const { startDemoServer } = await import('../../demo/server.mjs');
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let server;
let autoloaded;
let browser;
before(async () => {
  // The same pages, registered by their define modules (`server`) and by storefront-elements/autoloader.
  [server, autoloaded] = await Promise.all([startDemoServer({ port: 0 }), startDemoServer({ port: 0, loader: 'autoloader' })]);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await autoloaded?.close();
});

/**
 * The text a shopper reads: every text node of a rendered element, through open shadow roots, in tree order
 * (styles, scripts and what is not displayed, such as the closed drawer, left out).
 */
function deepText(selector = '#app') {
  const out = [];
  const walk = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const t = node.textContent.trim();
        if (t) out.push(t);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) continue;
        if (!node.checkVisibility({ visibilityProperty: true }) && getComputedStyle(node).display !== 'contents') continue;
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  const start = document.querySelector(selector);
  if (start.shadowRoot) walk(start.shadowRoot);
  walk(start);
  return out.join(' ').replace(/\s+/g, ' ');
}

async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

test('the server HTML, with JavaScript disabled, is readable and axe-clean', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // axe needs script: the same HTML in a second page whose kit bundle is refused (so nothing hydrates).
  const axeContext = await browser.newContext();
  const axePage = await axeContext.newPage();
  await axePage.route('**/js/client.js', (route) => route.abort());
  try {
    await page.goto(`${server.url}/`);
    const text = await page.evaluate(deepText, 'main');
    assert.match(text, /All products/);
    assert.match(text, /Add to cart/);
    assert.match(text, /€/);
    assert.doesNotMatch(text, /Loading/, 'the listing is rendered, not loading');
    assert.match(await page.evaluate(deepText, 'sf-nav'), /Bikes/);
    assert.equal(await page.evaluate(() => customElements.get('sf-shop')), undefined, 'no script ran');
    await axePage.goto(`${server.url}/`);
    assert.equal(await axePage.evaluate(() => customElements.get('sf-shop')), undefined, 'not hydrated');
    assert.deepEqual(await axeViolations(axePage), []);
  } finally {
    await context.close();
    await axeContext.close();
  }
});

/** Hydrates the page `origin` serves and checks everything a shopper and the backend would notice. */
async function hydrates(origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await countLayoutShift(page);
  // Hold the client bundle until the server's HTML has been read.
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/js/client.js', async (route) => {
    await gate;
    await route.continue();
  });
  try {
    // A module script holds DOMContentLoaded back: wait for the end of the body instead.
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.waitForSelector('#demo-page', { state: 'attached' });
    const before = await page.evaluate(deepText);
    assert.match(before, /All products .*€.* Add to cart/, 'the server rendered the listing');
    assert.equal(await page.evaluate(() => customElements.get('sf-product-list')), undefined, 'not hydrated yet');
    release();
    await page.waitForFunction(() => !!window.sfDemo?.hydrated, undefined, { timeout: 15_000 })
      .catch((e) => assert.fail(`${e.message}\n${problems.join('\n')}`));
    // Every kit element has finished its first (hydrating) update.
    await kitElementsSettled(page);
    const after = await page.evaluate(deepText);
    // The delivery promise's countdown may have turned a minute in between (the issue allows that, nothing else).
    const minute = (t) => t.replace(/Order within [^.]*\./, 'Order within …');
    assert.equal(minute(after), minute(before), 'the text before and after hydration');
    assert.deepEqual(problems, [], 'no console warning or error through hydration');
    const shift = await layoutShift(page);
    assert.equal(shift.value, 0, `no layout shift through hydration; what moved:\n${shift.sources}`);
    const calls = await page.evaluate(() => window.sfDemo.calls);
    for (const m of ['listProducts', 'getCategoryTree', 'getDeliveryMethods']) {
      assert.ok(!calls.includes(m), `${m} is in the snapshot, not asked again: ${calls.join(', ')}`);
    }

    // Interactive: add the first product, the cart button counts it, the drawer opens with it.
    const firstName = await page.evaluate(() => {
      const list = document.querySelector('sf-product-list');
      return list.shadowRoot.querySelector('sf-product-card').product.name;
    });
    await page.getByRole('button', { name: /^Add to cart/ }).first().click();
    await page.waitForFunction(() => document.querySelector('sf-cart-button')?.shadowRoot?.textContent.includes('1'));
    await page.locator('sf-cart-button').getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    // Lines are `content-visibility: auto`: their text is in innerText once the opened dialog has rendered them.
    await dialog.getByText(firstName).first().waitFor({ state: 'visible' });
    assert.match(await dialog.innerText(), new RegExp(firstName));
    assert.deepEqual(problems, [], 'no console warning or error afterwards');
  } finally {
    await context.close();
  }
}

test('hydration: no warning, same text, no shift, no refetch; then add to cart and the drawer work', { timeout: 60_000 }, async () => {
  await hydrates(server.url);
});

test('hydration with storefront-elements/autoloader, elements arriving in any order: the same', { timeout: 60_000 }, async () => {
  // The page's top-level template hands each element its data (hydrate-page.mjs), and an element defined before
  // the <sf-shop> around it waits for it: a first (hydrating) render that differed from the server's would warn or
  // throw, or change the text.
  await hydrates(autoloaded.url);
});
