/* global window, document, location, ShadowRoot, setTimeout, clearTimeout -- page functions run in Chromium (page.evaluate, waitForFunction) */
// The designers' catalogue as shipped: build the static Storybook, serve it from a plain static file server on
// 127.0.0.1 (relative paths must work anywhere), then in Chromium
//   1. buy a bike in the Pages/Storefront story by keyboard alone, and check the confirmation, GA4 `purchase` and
//      the order status page it links to;
//   2. run axe-core on every story listed in index.json: zero violations each.
// SF_STORYBOOK_DIR=<dir> reuses an existing build (development only).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { launchChromium } from '../helpers/chromium.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

// ------------------------------------------------------------------ build (before the tests are declared)

let buildError;
let dir = process.env.SF_STORYBOOK_DIR ? resolve(process.env.SF_STORYBOOK_DIR) : '';
const ownBuild = !dir;
if (ownBuild) {
  dir = mkdtempSync(join(tmpdir(), 'sf-storybook-'));
  try {
    execFileSync('npx', ['cem', 'analyze'], { stdio: 'pipe' });
    execFileSync('npx', ['storybook', 'build', '--output-dir', dir, '--quiet'], {
      stdio: 'pipe',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    buildError = new Error(`storybook build failed:\n${e.stderr?.toString().slice(-4000) ?? e.message}`);
  }
}

/** Stories (not docs pages) of the build, from its index.json. */
let stories = [];
if (!buildError) {
  try {
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    stories = Object.values(index.entries).filter((e) => e.type === 'story');
  } catch (e) {
    buildError = e;
  }
}

test('npm run build-storybook produces a static site with an index of stories', () => {
  if (buildError) throw buildError;
  assert.ok(stories.some((s) => s.id === 'pages-storefront--default'), 'the storefront story is in index.json');
  assert.ok(stories.length > 20, `a catalogue, not a stub (${stories.length} stories)`);
});

// ------------------------------------------------------------------ static server and browser

/**
 * A static file server: what any host (S3, nginx, GitHub Pages) does. No rewrites, no SPA fallback, and the site
 * sits under a sub-path (`/catalogue/`), so an asset asked for by an absolute path is a 404.
 */
const MOUNT = '/catalogue';
function serve(root) {
  const base = normalize(root + sep);
  const server = createServer(async (req, res) => {
    try {
      const full = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      if (!full.startsWith(`${MOUNT}/`)) {
        res.writeHead(404).end('not found');
        return;
      }
      const path = full.slice(MOUNT.length);
      let file = normalize(join(root, path));
      if (!file.startsWith(base) && file !== normalize(root)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

let server;
let browser;
let origin = '';
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

before(async () => {
  if (buildError) return;
  server = await serve(dir);
  origin = `http://127.0.0.1:${server.address().port}${MOUNT}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  if (ownBuild) rmSync(dir, { recursive: true, force: true });
});

// ------------------------------------------------------------------ keyboard helpers

/** What has focus, looking through open shadow roots. */
async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const host = el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null;
    return {
      tag: el.localName,
      id: el.id,
      type: el.getAttribute('type') ?? '',
      name: el.getAttribute('name') ?? '',
      part: el.getAttribute('part') ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      value: el.value ?? '',
      checked: el.checked ?? false,
      host: host?.localName ?? '',
    };
  });
}

/** Presses Tab until `match(focused)` holds; fails after `max` presses, saying where focus went. */
async function tabTo(page, what, match, max = 60) {
  const seen = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && match(f)) return f;
    seen.push(f ? `${f.host}>${f.tag}#${f.id}[${f.part}] "${f.text.slice(0, 30)}"` : 'nothing');
  }
  throw new Error(`Tab never reached ${what}; focus went: ${seen.slice(-15).join(' | ')}`);
}

/** Waits until `fn` (run in the page) returns something truthy. */
async function until(page, what, fn, arg, timeout = 15_000) {
  try {
    return await page.waitForFunction(fn, arg, { timeout, polling: 100 });
  } catch {
    throw new Error(`timed out waiting for ${what}`);
  }
}

/**
 * Gives the page `window.sfApp(selector)`, a query in the storefront's shadow root, before any of its scripts run:
 * page functions (never strings, which would be eval under the CSP) call it.
 */
function installAppQuery(context) {
  return context.addInitScript(() => {
    window.sfApp = (selector) => document.querySelector('demo-storefront')?.shadowRoot?.querySelector(selector) ?? null;
  });
}

test('the catalogue opens from a sub-path of a plain static server: its sidebar and the Introduction page', { timeout: 60_000 }, async (t) => {
  if (buildError) return t.skip('no build');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const missing = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith('http://127.0.0.1')) missing.push(`${r.status()} ${r.url()}`);
  });
  try {
    await page.goto(`${origin}/index.html?path=/docs/introduction--docs`);
    await page.getByRole('link', { name: 'Default' }).or(page.getByRole('button', { name: 'Storefront' })).first().waitFor({ timeout: 30_000 });
    const frame = page.frameLocator('#storybook-preview-iframe');
    await frame.getByRole('heading', { name: 'storefront-elements', level: 1 }).waitFor({ timeout: 30_000 });
    assert.deepEqual(missing.filter((m) => !m.endsWith('/favicon.ico')), [], 'every asset loads by a relative path');
  } finally {
    await context.close();
  }
});

test("sf-cart's docs page lists the events it really fires, typed by their classes", { timeout: 60_000 }, async (t) => {
  if (buildError) return t.skip('no build');
  const docs = Object.values(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).entries)
    .find((e) => e.type === 'docs' && e.title === 'Cart/sf-cart');
  assert.ok(docs, 'Cart/sf-cart has a docs page');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs&globals=a11y.manual:!true`);
    const table = page.locator('table.docblock-argstable').first();
    await table.waitFor({ timeout: 30_000 });
    // Name and type of each row (the first cell holds the name; the type summary sits in the description cell).
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.replace(/\s+/g, ' ').trim())));
    const named = (name) => rows.find((cells) => cells[0] === name);
    assert.ok(named('sf-cart-change')?.join(' ').includes('SfCartChangeEvent'), 'sf-cart-change is listed as an SfCartChangeEvent');
    assert.ok(named('sf-checkout-request')?.join(' ').includes('SfCheckoutRequestEvent'), 'sf-checkout-request is listed as an SfCheckoutRequestEvent');
    assert.equal(named('cart'), undefined, 'no event named after a constructor argument');
  } finally {
    await context.close();
  }
});

// ------------------------------------------------------------------ 1. the purchase by keyboard

test('Pages/Storefront: a whole purchase by keyboard alone ends in the confirmation, a GA4 purchase event and the order\u2019s live status page', { timeout: 90_000 }, async (t) => {
  if (buildError) return t.skip('no build');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await installAppQuery(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${origin}/iframe.html?id=pages-storefront--default&viewMode=story&globals=a11y.manual:!true`);
    await until(page, 'the product listing', () => !!window.sfApp('sf-product-card sf-add-to-cart'));

    // Listing: the first product's add to cart (after the skip link, header, navigation and the card's link).
    const add = await tabTo(page, 'an add-to-cart button', (f) => f.host === 'sf-add-to-cart' && f.tag === 'button');
    assert.equal(add.part, 'button');
    await page.keyboard.press('Enter');

    // The mini cart opens on add (a modal dialog: focus is inside it); go to checkout from it.
    await until(page, 'the mini cart to open', () => window.sfApp('sf-cart-drawer')?.open === true);
    await until(page, 'the line in the mini cart', () => !!window.sfApp('sf-cart-drawer')?.shadowRoot?.querySelector('[part~=checkout-button]'));
    assert.deepEqual(await axeViolations(page), [], 'the open mini cart is axe-clean');
    await tabTo(page, 'Go to checkout', (f) => f.host === 'sf-cart-drawer' && f.part.includes('checkout-button'), 20);
    await page.keyboard.press('Enter');

    // Checkout: the page heading takes focus, then contact, delivery, payment, review.
    await until(page, 'the checkout page', () => location.hash.startsWith('#/checkout') && !!window.sfApp('sf-checkout')?.shadowRoot?.querySelector('#f-email'));
    await tabTo(page, 'the email field', (f) => f.host === 'sf-checkout' && f.id === 'f-email');
    await page.keyboard.type('aino.virtanen@example.fi');
    await tabTo(page, 'the phone field', (f) => f.id === 'f-phone', 5);
    await page.keyboard.type('040 123 4567');
    await page.keyboard.press('Enter');

    await until(page, 'the delivery step', () => !!window.sfApp('sf-checkout')?.shadowRoot?.querySelector('#f-name'));
    await tabTo(page, 'the name field', (f) => f.id === 'f-name');
    await page.keyboard.type('Aino Virtanen');
    await tabTo(page, 'the street field', (f) => f.id === 'f-street', 5);
    await page.keyboard.type('Mannerheimintie 1');
    await tabTo(page, 'the postcode field', (f) => f.id === 'f-postalCode', 5);
    await page.keyboard.type('00100');
    await tabTo(page, 'the city field', (f) => f.id === 'f-city', 5);
    await page.keyboard.type('Helsinki');
    await until(page, 'the delivery methods', () => !!window.sfApp('sf-checkout')?.shadowRoot?.querySelector('input[name=deliveryMethod]'));
    await tabTo(page, 'the delivery methods', (f) => f.name === 'deliveryMethod', 10);
    // Arrow keys choose within a radio group; Home delivery is first.
    await page.keyboard.press('Space');
    const method = await focused(page);
    assert.equal(method.checked, true, 'Space chose a delivery method');
    await tabTo(page, 'Continue', (f) => f.tag === 'button' && f.type === 'submit', 20);
    await page.keyboard.press('Enter');

    await until(page, 'the payment step', () => !!window.sfApp('sf-checkout')?.shadowRoot?.querySelector('input[name=paymentMethod]'));
    const payment = await tabTo(page, 'the payment methods', (f) => f.name === 'paymentMethod');
    assert.equal(payment.value, 'invoice');
    await page.keyboard.press('Space');
    await tabTo(page, 'Continue', (f) => f.tag === 'button' && f.type === 'submit', 20);
    await page.keyboard.press('Enter');

    await until(page, 'the review step', () => !!window.sfApp('sf-checkout')?.shadowRoot?.querySelector('[part~=place-order]'));
    assert.deepEqual(await axeViolations(page), [], 'the review step is axe-clean');
    await tabTo(page, 'Place order', (f) => f.part.includes('place-order'), 40);
    await page.keyboard.press('Enter');

    // Confirmation: its own route, the order number on screen, focus on its heading, and the GA4 purchase.
    await until(page, 'the order confirmation', () => location.hash.startsWith('#/order/') && !!window.sfApp('sf-order-confirmation')?.shadowRoot?.textContent);
    const code = await page.evaluate(() => decodeURIComponent(location.hash.slice('#/order/'.length)));
    assert.ok(code, 'the route names the order');
    const confirmation = await page.evaluate(() => window.sfApp('sf-order-confirmation').shadowRoot.textContent.replace(/\s+/g, ' '));
    assert.ok(confirmation.includes(code), `the confirmation shows order ${code}`);
    await until(page, 'focus on the confirmation heading', () => window.sfApp('sf-order-confirmation')?.shadowRoot.activeElement?.getAttribute('part') === 'heading');
    const purchase = await page.evaluate(() => (window.dataLayer ?? []).filter((e) => e && e.event === 'purchase'));
    assert.equal(purchase.length, 1, 'exactly one GA4 purchase in window.dataLayer');
    assert.equal(purchase[0].ecommerce.transaction_id, code);
    assert.equal(purchase[0].ecommerce.currency, 'EUR');
    assert.ok(purchase[0].ecommerce.value > 0);
    assert.equal(purchase[0].ecommerce.items[0].item_id, 'aurora-road');
    assert.ok(await page.evaluate(() => !!window.sfApp('sf-feedback[kind=nps]')), 'the NPS question follows the order');

    // The confirmation links to the order's own page: its live status against the promise, on the demo's faster
    // order clock, with the delivery question waiting in the status's feedback slot for the delivery.
    await tabTo(page, 'Follow your order', (f) => f.tag === 'a' && f.text === 'Follow your order', 20);
    await page.keyboard.press('Enter');
    await until(page, 'the order status page', (c) => location.hash === `#/track/${encodeURIComponent(c)}`, code);
    await until(page, 'focus on the order status page heading', () => {
      const active = document.querySelector('demo-storefront')?.shadowRoot?.activeElement;
      return active?.localName === 'h1' && !active.hasAttribute('data-pending');
    });
    const status = await until(page, 'the order\u2019s live status', (c) => {
      const el = window.sfApp('sf-order-status');
      const heading = el?.shadowRoot?.querySelector('[part=heading]')?.textContent ?? '';
      const current = el?.shadowRoot?.querySelector('[part=step][aria-current=step]');
      const feedback = el.querySelector('sf-feedback[slot=feedback][kind=ces]');
      return heading.includes(c) && current ? { question: feedback?.question ?? null } : null;
    }, code).then((h) => h.jsonValue());
    assert.deepEqual(status, { question: 'How easy was it to get your order?' }, 'the delivery question waits in the feedback slot');
    await page.waitForFunction((c) => document.title.startsWith(`Status of order ${c}`), code);
    assert.deepEqual(await axeViolations(page), [], 'the order status page is axe-clean');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** Runs axe in the page (injected once per page) and returns its violations as lines. */
async function axeViolations(page, options = { resultTypes: ['violations'] }) {
  if (!(await page.evaluate(() => !!window.__sfAxe))) {
    await page.addScriptTag({ content: axeSource });
    await page.evaluate(() => {
      window.__sfAxe = window.axe;
    });
  }
  return page.evaluate(async (o) => {
    const result = await window.__sfAxe.run(document, o);
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`);
  }, options);
}

test('Pages/Storefront on a 375 px phone, by pointer: product page, variant, mini cart, cart page, checkout, confirmation', { timeout: 90_000 }, async (t) => {
  if (buildError) return t.skip('no build');
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  await installAppQuery(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const noSideScroll = async (where) => {
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(width <= 375, `${where}: no sideways scrolling at 375 px (content is ${width} px wide)`);
  };
  const app = page.locator('demo-storefront');
  try {
    await page.goto(`${origin}/iframe.html?id=pages-storefront--default&viewMode=story&globals=locale:fi;a11y.manual:!true`);
    await app.locator('sf-product-card').first().waitFor();
    await noSideScroll('listing');

    // The product page: a card's link, then a size from the radio group.
    await app.getByRole('link', { name: 'Aero Helmet' }).click();
    await page.waitForFunction(() => location.hash === '#/product/kypara-aero');
    const heading = app.locator('main h1');
    await heading.filter({ hasText: 'Aero Helmet' }).waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('demo-storefront').shadowRoot.activeElement?.localName), 'h1', 'focus moved to the heading');
    await page.waitForFunction(() => document.title.startsWith('Aero Helmet'));
    await app.getByRole('radio', { name: /^L\b/ }).check();
    await app.locator('sf-delivery-promise[all-methods]').locator('[part~=method]').first().waitFor();
    await noSideScroll('product page');
    assert.deepEqual(await axeViolations(page), [], 'the product page is axe-clean');
    const viewItem = await page.evaluate(() => window.dataLayer.filter((e) => e.event === 'view_item').at(-1));
    assert.equal(viewItem.ecommerce.items[0].item_id, 'kypara-aero');

    await app.locator('sf-product-detail sf-add-to-cart').locator('button').click();
    const drawer = app.locator('sf-cart-drawer');
    await page.waitForFunction(() => document.querySelector('demo-storefront').shadowRoot.querySelector('sf-cart-drawer').open);
    await drawer.locator('[part~=line]').first().waitFor();
    assert.match(await drawer.locator('[part~=line]').first().innerText(), /Aero Helmet/);
    await app.getByRole('link', { name: 'Näytä koko ostoskori' }).click();

    // The cart page; the mini cart closed on the way.
    await page.waitForFunction(() => location.hash === '#/cart');
    await app.locator('sf-cart [part~=checkout-button]').waitFor();
    assert.equal(await drawer.evaluate((d) => d.open), false);
    await noSideScroll('cart page');
    await app.locator('sf-cart [part~=checkout-button]').click();

    // The checkout, filled in by pointer and typing.
    await page.waitForFunction(() => location.hash.startsWith('#/checkout'));
    const checkout = app.locator('sf-checkout');
    await checkout.locator('#f-email').fill('aino.virtanen@example.fi');
    await checkout.locator('#f-phone').fill('0401234567');
    await checkout.locator('button[type=submit]').click();
    await checkout.locator('#f-name').fill('Aino Virtanen');
    await checkout.locator('#f-street').fill('Hämeentie 12');
    await checkout.locator('#f-postalCode').fill('00530');
    await checkout.locator('#f-city').fill('Helsinki');
    await checkout.locator('input[name=deliveryMethod][value=home]').check();
    await noSideScroll('checkout delivery step');
    await checkout.locator('button[type=submit]').click();
    await checkout.locator('input[name=paymentMethod][value=invoice]').check();
    await checkout.locator('button[type=submit]').click();
    await checkout.locator('[part~=place-order]').click();

    await page.waitForFunction(() => location.hash.startsWith('#/order/'));
    await app.locator('sf-order-confirmation').locator('[part~=status]').waitFor();
    await noSideScroll('confirmation');
    assert.deepEqual(await axeViolations(page), [], 'the confirmation is axe-clean');
    const purchase = await page.evaluate(() => window.dataLayer.filter((e) => e.event === 'purchase'));
    assert.equal(purchase.length, 1);
    assert.equal(purchase[0].ecommerce.items[0].item_variant, 'L');

    // Back from the confirmation goes to the cart page (the checkout's steps were replaced by the order).
    await page.goBack();
    await page.waitForFunction(() => !location.hash.startsWith('#/order/'));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// ------------------------------------------------------------------ 2. axe on every story

/**
 * Stories of single elements are fragments, not pages: the `region` rule (all content inside landmarks) applies to
 * the Pages/ stories only.
 */
function axeOptions(story) {
  const page = story.id.startsWith('pages-');
  return { resultTypes: ['violations'], rules: page ? {} : { region: { enabled: false } } };
}

// One preview page for all stories, switched through Storybook's channel as its manager does (a reload per story
// costs seconds on a busy machine). The a11y addon's own automatic run is turned off (`a11y.manual`): two axe runs
// at once refuse each other.
let preview;
/** '' or the error of the story the preview page opened with (it renders no `storyRendered` on request). */
let firstRendered;
async function previewPage() {
  if (preview && !preview.isClosed()) return preview;
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  preview = await context.newPage();
  await preview.goto(`${origin}/iframe.html?id=${encodeURIComponent(stories[0].id)}&viewMode=story&globals=a11y.manual:!true`);
  // The first story renders with the page.
  await preview.waitForFunction(
    () => !!window.__STORYBOOK_ADDONS_CHANNEL__ &&
      (document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay')),
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  firstRendered = await preview.evaluate(() => document.body.classList.contains('sb-show-errordisplay')
    ? `error: ${document.querySelector('#error-message')?.textContent ?? ''}` : '');
  await preview.addScriptTag({ content: axeSource });
  await preview.evaluate(() => {
    window.__sfAxe = window.axe;
  });
  return preview;
}

/** Renders a story in the preview; resolves with '' or the error Storybook showed. */
function renderStory(page, id) {
  return page.evaluate(
    (storyId) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const listeners = {};
        const done = (error) => {
          clearTimeout(timer);
          for (const [name, fn] of Object.entries(listeners)) channel.off(name, fn);
          resolve(error);
        };
        listeners.storyRendered = (rendered) => {
          if (rendered === storyId || rendered?.storyId === storyId) done('');
        };
        listeners.storyErrored = (e) => done(`${e?.title ?? 'error'}: ${e?.description ?? ''}`);
        listeners.storyThrewException = (e) => done(`exception: ${e?.message ?? e}`);
        listeners.storyMissing = () => done('story missing');
        for (const [name, fn] of Object.entries(listeners)) channel.on(name, fn);
        const timer = setTimeout(() => done('no storyRendered within 15 s'), 15_000);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
}

after(async () => {
  await preview?.context().close();
});

for (const story of stories) {
  test(`axe: ${story.title} / ${story.name} (${story.id})`, { timeout: 30_000 }, async (t) => {
    if (buildError) return t.skip('no build');
    const page = await previewPage();
    const error = story === stories[0] ? firstRendered : await renderStory(page, story.id);
    assert.equal(error, '', `${story.id} renders without error`);
    // Until first data has arrived: no element updating and nothing marked busy. Stories whose backend is slow stay
    // busy on purpose; after the wait they are checked in their loading state, which must be axe-clean too.
    await page.waitForFunction(() => {
      const all = [];
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return all.every((el) => !el.isUpdatePending && el.getAttribute('aria-busy') !== 'true');
    }, undefined, { timeout: 3000, polling: 50 }).catch(() => undefined);
    const violations = await page.evaluate(async (options) => {
      const result = await window.__sfAxe.run(document.querySelector('#storybook-root') ?? document, options);
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`);
    }, axeOptions(story));
    assert.deepEqual(violations, [], `axe violations in ${story.id}:\n  ${violations.join('\n  ')}`);
  });
}
