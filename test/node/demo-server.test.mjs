/* global document, window, fetch -- fetch is Node 20's; the others page functions run in Chromium (page.evaluate, waitForFunction) */
// The reference server (demo/server.mjs), started by the test: a shopper in Chromium browses the server-rendered
// shop, adds a bike on its product page, opens the cart page and reaches the checkout; every page hydrates without
// a warning. With JavaScript disabled the listing, a category, search and a product page are readable and their
// links and the search form work. Needs the build (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer } from '../helpers/demo-page.mjs';

const { route } = await import('../../demo/server.mjs');

const demo = useDemoServer();

test('routes: real URLs for listing, category, search, product, cart, checkout and order', () => {
  const r = (p) => route(new URL(p, 'http://x'));
  assert.deepEqual(r('/'), { kind: 'home' });
  assert.deepEqual(r('/c/bikes'), { kind: 'category', id: 'bikes' });
  assert.deepEqual(r('/search?q=%20helmet%20'), { kind: 'search', q: 'helmet' });
  assert.deepEqual(r('/p/aurora-road'), { kind: 'product', id: 'aurora-road' });
  assert.deepEqual(r('/cart/'), { kind: 'cart' });
  assert.deepEqual(r('/checkout'), { kind: 'checkout' });
  assert.deepEqual(r('/order/SF-1'), { kind: 'order', code: 'SF-1' });
  assert.deepEqual(r('/p/<script>'), { kind: 'not-found' });
});

test('unknown pages and products answer 404 with a page that links home', async () => {
  for (const path of ['/nowhere', '/p/no-such-bike', '/c/no-such-category']) {
    const res = await fetch(demo.server.url + path);
    assert.equal(res.status, 404, path);
    assert.match(await res.text(), /href="\/"/);
  }
});

test('a page preloads the modules it hydrates with, and none of the lazy ones (other languages, later checkout steps)', async () => {
  const preloaded = async (path) => {
    const html = await (await fetch(demo.server.url + path)).text();
    const hrefs = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    const texts = [];
    for (const href of hrefs) {
      const res = await fetch(demo.server.url + href);
      assert.equal(res.status, 200, href);
      texts.push(await res.text());
    }
    return { hrefs, text: texts.join('\n') };
  };
  const home = await preloaded('/');
  assert.ok(home.hrefs.length > 0, 'the listing preloads its element modules');
  // The page is English: the Finnish and Swedish words are lazy chunks nobody on this page imports.
  assert.doesNotMatch(home.text, /Ostoskori|Varukorg/, 'no other language is preloaded');
  // No checkout on the listing: none of its code (its card fields are in its payment step, lazier still).
  assert.doesNotMatch(home.text, /"sf-checkout"/, "no checkout on the listing: its element is not preloaded");
  const checkout = await preloaded('/checkout');
  assert.doesNotMatch(checkout.text, /Ostoskori|Varukorg/, 'no other language on the checkout either');
});

test('without JavaScript: listing, category, search and product pages are readable and their links work', async () => {
  const context = await demo.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(`${demo.server.url}/`);
    assert.equal(await page.title(), 'Pyöräpaja – bicycles and gear');
    // A category from the navigation, a real link.
    await page.locator('sf-nav').getByRole('link', { name: 'Helmets', exact: true }).click();
    await page.waitForURL('**/c/helmets');
    await assertVisible(page, page.getByRole('heading', { level: 1, name: 'Helmets' }));
    // A product from the listing, a real link, to a readable product page.
    const card = page.locator('sf-product-card').first();
    const name = (await card.getByRole('link').first().innerText()).trim();
    await card.getByRole('link').first().click();
    await page.waitForURL('**/p/*');
    await assertVisible(page, page.getByRole('heading', { level: 1, name }));
    const detail = page.locator('sf-product-detail');
    await assertVisible(page, detail.getByText(/€/).first());
    await assertVisible(page, detail.getByRole('button', { name: /^Add to cart/ }));
    assert.equal(await detail.getByText('Loading').count(), 0);
    // Search: the form submits to /search?q= by itself.
    await page.getByRole('combobox', { name: /Search/ }).fill('helmet');
    await page.getByRole('combobox', { name: /Search/ }).press('Enter');
    await page.waitForURL('**/search?q=helmet');
    assert.ok(await page.locator('main sf-product-card').count() > 0, 'search results');
  } finally {
    await context.close();
  }
});

test('a shopper adds to cart on the server-rendered product page, checks out and lands on the order page', { timeout: 90_000 }, async () => {
  const context = await demo.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') problems.push(`${page.url()} ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()} pageerror: ${e.message}`));
  try {
    await page.goto(`${demo.server.url}/c/bikes`);
    const card = page.locator('sf-product-card').first();
    const name = (await card.getByRole('link').first().innerText()).trim();
    await card.getByRole('link').first().click();
    await page.waitForURL('**/p/*');
    await page.waitForFunction(() => !!window.sfDemo?.hydrated);
    await page.locator('sf-product-detail').getByRole('button', { name: /^Add to cart/ }).click();
    await page.waitForFunction(() => document.querySelector('sf-cart-button')?.shadowRoot?.textContent.includes('1'));
    await page.goto(`${demo.server.url}/cart`);
    const cart = page.locator('sf-cart');
    await cart.getByText(name).first().waitFor();
    await cart.getByRole('link', { name: /checkout/i }).click();
    await page.waitForURL(/\/checkout(#.*)?$/);
    await assertVisible(page, page.getByRole('heading', { level: 1, name: 'Checkout' }));
    const checkout = page.locator('sf-checkout');
    await checkout.getByRole('textbox', { name: /email/i }).waitFor();
    await checkout.locator('#f-email').fill('aino.virtanen@example.fi');
    await checkout.locator('#f-phone').fill('040 123 4567');
    await checkout.locator('#f-phone').press('Enter');
    await checkout.locator('#f-name').fill('Aino Virtanen');
    await checkout.locator('#f-street').fill('Mannerheimintie 1 A 2');
    await checkout.locator('#f-postalCode').fill('00100');
    await checkout.locator('#f-city').fill('Helsinki');
    await checkout.locator('#m-home').check();
    await checkout.locator('button[type=submit]').click();
    await checkout.locator('input[name=paymentMethod][value=invoice]').check();
    await checkout.locator('button[type=submit]').click();
    await checkout.locator('[part=place-order]').click();
    // The demo follows sf-order-placed to the order's own page: server-rendered, then its status in the browser.
    await page.waitForURL(/\/order\/[^/]+$/, { timeout: 15_000 });
    const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    await assertVisible(page, page.getByRole('heading', { level: 1, name: `Order ${code}` }));
    await page.waitForFunction(() => !!window.sfDemo?.hydrated);
    await page.locator('sf-order-status').getByText('Order received').first().waitFor();
    assert.deepEqual(problems, [], 'no warning or error on any page');
  } finally {
    await context.close();
  }
});

async function assertVisible(page, locator) {
  await locator.waitFor({ state: 'visible', timeout: 5000 });
}
