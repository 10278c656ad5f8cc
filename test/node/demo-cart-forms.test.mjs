/* global window, document, fetch, Buffer -- fetch and Buffer are Node 20's; window and document in page functions run in Chromium */
// The reference server's cart without JavaScript (demo/cart-forms.mjs): a shopper with JavaScript disabled reaches
// a product by keyboard, submits the add-to-cart form with Enter, lands on the server-rendered cart with the line,
// changes its quantity (the + button, a typed quantity) and removes it; the same cart shows after hydration with
// JavaScript, where adding posts nothing and adds once. Cross-site and malformed posts change nothing. The no-JS
// cart page is axe-clean. Needs the build (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer } from '../helpers/demo-page.mjs';
import { readFileSync } from 'node:fs';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

const demo = useDemoServer();

/** Whether `locator`'s element has the keyboard focus (through shadow roots). */
const focused = (locator) => locator.evaluate((el) => el.getRootNode().activeElement === el);

/** Presses Tab until `locator` has focus; fails after `max` presses. */
async function tabTo(page, locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await focused(locator)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${locator}`);
}

/** The cart line's quantity as the input shows it (through sf-cart's and sf-quantity's shadow roots). */
const lineQuantity = (page) => page.locator('sf-cart').locator('sf-quantity').first().getByRole('textbox').inputValue();

const post = (path, body, headers = {}) => fetch(demo.server.url + path, {
  method: 'POST', redirect: 'manual', body,
  headers: { origin: demo.server.url, 'content-type': 'application/x-www-form-urlencoded', ...headers },
});

test('without JavaScript: Tab to Add to cart, Enter, the cart page has the line; +, a typed quantity and remove post too', { timeout: 60_000 }, async () => {
  const context = await demo.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(`${demo.server.url}/c/helmets`);
    const card = page.locator('sf-product-card').first();
    const name = (await card.getByRole('link').first().innerText()).trim();
    await card.getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/p/*');
    // Keyboard from the product's name to its add-to-cart button.
    const detail = page.locator('sf-product-detail');
    await detail.getByRole('heading', { level: 1, name }).click();
    const add = detail.getByRole('button', { name: /^Add to cart/ });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cart?status=added');
    assert.equal(await page.getByRole('status').filter({ hasText: 'Added to your cart.' }).count(), 1);
    const cart = page.locator('sf-cart');
    await cart.getByRole('link', { name, exact: true }).waitFor();
    assert.equal(await lineQuantity(page), '1');
    const cookies = await context.cookies();
    const cookie = cookies.find((c) => c.name === 'sf_cart');
    assert.ok(cookie, 'the cart is in its cookie');
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.expires, -1, 'a session cookie');

    // +: a submit button of its own form.
    const increase = cart.getByRole('button', { name: /Increase/ }).first();
    await increase.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cart?status=updated');
    assert.equal(await lineQuantity(page), '2');
    // A typed quantity, posted with Enter.
    const field = cart.locator('sf-quantity').first().getByRole('textbox');
    await field.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    // The same URL again: wait for the navigation itself.
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).search, '?status=updated');
    assert.equal(await lineQuantity(page), '3');
    // Remove: Tab from the field to the line's Remove button, Enter.
    const remove = cart.getByRole('button', { name: new RegExp(`^Remove ${name}`) });
    await cart.locator('sf-quantity').first().getByRole('textbox').focus();
    await tabTo(page, remove);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cart?status=removed');
    await cart.getByText('Your cart is empty').waitFor();
  } finally {
    await context.close();
  }
});

test('the cart added to without JavaScript is the one the hydrated page shows, and adding with JavaScript posts nothing', { timeout: 60_000 }, async () => {
  // No JavaScript: add the first bike twice (two posts).
  const nojs = await demo.browser.newContext({ javaScriptEnabled: false });
  const page = await nojs.newPage();
  let cookies;
  let name;
  try {
    await page.goto(`${demo.server.url}/c/bikes`);
    const link = page.locator('sf-product-card').first().getByRole('link').first();
    name = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL('**/p/*');
    for (let i = 0; i < 2; i++) {
      await page.locator('sf-product-detail').getByRole('button', { name: /^Add to cart/ }).press('Enter');
      await page.waitForURL('**/cart?status=added');
      if (i === 0) await page.goBack();
    }
    assert.equal(await lineQuantity(page), '2');
    cookies = await nojs.cookies();
  } finally {
    await nojs.close();
  }
  // With JavaScript, same cookies: the hydrated cart page shows that line without asking the backend again.
  const context = await demo.browser.newContext();
  await context.addCookies(cookies);
  const js = await context.newPage();
  const problems = [];
  js.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') problems.push(`${js.url()} ${m.type()}: ${m.text()}`);
  });
  js.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const posts = [];
  js.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });
  try {
    await js.goto(`${demo.server.url}/cart`);
    await js.waitForFunction(() => !!window.sfDemo?.hydrated);
    const cart = js.locator('sf-cart');
    await cart.getByRole('link', { name, exact: true }).waitFor();
    assert.equal(await lineQuantity(js), '2');
    assert.ok(!(await js.evaluate(() => window.sfDemo.calls)).includes('getCart'), 'the cart came with the page');
    await js.waitForFunction(() => document.querySelector('sf-cart-button')?.shadowRoot?.textContent.includes('2'));

    // Add once more with JavaScript: the element adds (once), nothing is posted, the page stays.
    await js.goto(`${demo.server.url}/c/bikes`);
    await js.locator('sf-product-card').first().getByRole('link').first().click();
    await js.waitForURL('**/p/*');
    await js.waitForFunction(() => !!window.sfDemo?.hydrated);
    const url = js.url();
    await js.locator('sf-product-detail').getByRole('button', { name: /^Add to cart/ }).press('Enter');
    await js.waitForFunction(() => document.querySelector('sf-cart-button')?.shadowRoot?.textContent.includes('3'));
    assert.equal(js.url(), url, 'no navigation');
    assert.deepEqual(posts, [], 'no form was posted');
    // The server sees the cart the page changed.
    const jar = (await context.cookies()).filter((c) => c.name === 'sf_cart').map((c) => `${c.name}=${c.value}`).join('; ');
    const html = await (await fetch(`${demo.server.url}/cart`, { headers: { cookie: jar } })).text();
    assert.match(html, /"quantity":3[,}]/, 'the server renders the cart with 3');
    assert.deepEqual(problems, [], 'no warning or error');
  } finally {
    await context.close();
  }
});

test('a post from another site, or without a same-origin sign, is refused with 403 and changes nothing', async () => {
  const form = 'product=aurora-road&variant=aurora-road-50-cm&quantity=1';
  for (const headers of [{ origin: 'https://evil.example' }, { origin: 'null' }, { origin: undefined, 'sec-fetch-site': 'cross-site' }, { origin: undefined }]) {
    const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined));
    const res = await fetch(`${demo.server.url}/cart/add`, {
      method: 'POST', redirect: 'manual', body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...clean },
    });
    assert.equal(res.status, 403, JSON.stringify(headers));
    assert.equal(res.headers.get('set-cookie'), null);
    assert.match(await res.text(), /only be sent from the shop’s own pages/);
  }
  // The same post from the shop's own origin is taken.
  const ok = await post('/cart/add', form);
  assert.equal(ok.status, 303);
  assert.match(ok.headers.get('set-cookie') ?? '', /^sf_cart=1\.[\w-]+; Path=\/; SameSite=Lax$/);
});

test('hostile and oversized forms get a clear 4xx and nothing is stored', async () => {
  const cases = [
    ['/cart/add', 'product=aurora-road&variant=aurora-road-50-cm', 400, /“quantity” is missing/],
    ['/cart/add', 'product=aurora-road&variant=aurora-road-50-cm&quantity=1&admin=1', 400, /Unexpected field “admin”/],
    ['/cart/add', 'product=aurora-road&product=x&variant=aurora-road-50-cm&quantity=1', 400, /“product” was sent twice/],
    ['/cart/add', 'product=%3Cscript%3E&variant=aurora-road-50-cm&quantity=1', 400, /“product” is not an id/],
    ['/cart/add', 'product=aurora-road&variant=aurora-road-50-cm&quantity=0', 400, /whole number from 1 to 999/],
    ['/cart/add', 'product=aurora-road&variant=aurora-road-50-cm&quantity=-1', 400, /whole number from 1 to 999/],
    ['/cart/add', 'product=aurora-road&variant=aurora-road-50-cm&quantity=1e3', 400, /whole number from 1 to 999/],
    ['/cart/add', 'product=aurora-road&variant=aurora-road-50-cm&quantity=1000', 400, /whole number from 1 to 999/],
    ['/cart/add', 'product=aurora-road&variant=aurora-road-50-cm&quantity=1.5', 400, /whole number from 1 to 999/],
    ['/cart/add', 'product=no-such-bike&variant=aurora-road-50-cm&quantity=1', 400, /no such product or variant/],
    ['/cart/add', `product=aurora-road&variant=aurora-road-50-cm&quantity=1&x=${'a'.repeat(3000)}`, 413, /larger than 2048 bytes/],
    ['/cart/update', 'line=L1&quantity=abc', 400, /whole number from 0 to 999/],
  ];
  for (const [path, body, status, message] of cases) {
    const res = await post(path, body);
    assert.equal(res.status, status, `${path} ${body.slice(0, 80)}`);
    assert.equal(res.headers.get('set-cookie'), null, `nothing stored for ${body.slice(0, 80)}`);
    const text = await res.text();
    assert.match(text, message);
    assert.match(text, /Your cart was not changed/);
    assert.doesNotMatch(text, /<script>/);
  }
  const json = await post('/cart/add', '{"product":"aurora-road"}', { 'content-type': 'application/json' });
  assert.equal(json.status, 415);
  assert.equal(json.headers.get('set-cookie'), null);
  // A cart cookie that is not one (tampered, another format) is a new, empty cart, never an error page.
  for (const value of ['garbage', '1.!!!', `1.${Buffer.from(JSON.stringify(['C1', 1, [['L1', 'aurora-road', 'aurora-road-50-cm', 1e9, 1]], []])).toString('base64url')}`]) {
    const page = await fetch(`${demo.server.url}/cart`, { headers: { cookie: `sf_cart=${value}` } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Your cart is empty/);
  }
});

test('the cart page without JavaScript, with a line and a status message, is axe-clean', { timeout: 30_000 }, async () => {
  const added = await post('/cart/add', 'product=aurora-road&variant=aurora-road-50-cm&quantity=1');
  const [pair] = added.headers.get('set-cookie').split(';');
  const [cookieName, cookieValue] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
  // axe needs script: the page's own bundle is refused, so what is checked is the server's HTML.
  const context = await demo.browser.newContext();
  await context.addCookies([{ name: cookieName, value: cookieValue, url: demo.server.url }]);
  const page = await context.newPage();
  await page.route('**/js/*.js', (route) => route.abort());
  try {
    await page.goto(`${demo.server.url}/cart?status=added`);
    assert.equal(await page.evaluate(() => window.customElements.get('sf-cart')), undefined, 'not hydrated');
    await page.locator('sf-cart').getByRole('button', { name: /Remove/ }).first().waitFor();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});
