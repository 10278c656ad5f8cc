// The whole storefront journey under a strict Content Security Policy with Trusted Types enforced: the demo
// (stories/pages/storefront/standalone.ts) is bundled with esbuild, served from 127.0.0.1 with the policy in the
// headers, and a shopper buys a helmet with the test card in real Chromium. Nothing may violate the policy, and
// afterwards no storage area may hold the card number.
import { test, before, after } from 'node:test';
/* global window, document, location, localStorage, sessionStorage, indexedDB, caches, self -- page.evaluate() bodies run in the browser */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../helpers/chromium.mjs';
import { buildDemo, serveStrict, STRICT_CSP } from '../hardening/csp-server.mjs';

const CARD = '4242 4242 4242 4242';
const CARD_DIGITS = CARD.replace(/\D/g, '');

let dir;
let server;
let browser;

before(async () => {
  dir = await buildDemo();
  server = await serveStrict(dir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A page that records every CSP violation (from before the first script runs), console error and page error. */
async function strictPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const seen = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const failed = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) consoleErrors.push(m.text());
    if (/Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(m.text())) consoleErrors.push(`CSP: ${m.text()}`);
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`);
  });
  return { context, page, consoleErrors, pageErrors, failed };
}

/** Everything the page stored anywhere: web storage, IndexedDB (every database), Cache Storage and cookies. */
async function everythingStored(page, context) {
  const inPage = await page.evaluate(async () => {
    const out = [];
    for (const [name, area] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
      for (let i = 0; i < area.length; i += 1) {
        const key = area.key(i);
        out.push(`${name} ${key} ${area.getItem(key)}`);
      }
    }
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    for (const info of dbs) {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(info.name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise((resolve) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => resolve([]);
        });
        out.push(`indexedDB ${info.name}/${store} ${JSON.stringify(all)}`);
      }
      db.close();
    }
    if ('caches' in self) {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          out.push(`cache ${name} ${request.url} ${response ? await response.text() : ''}`);
        }
      }
    }
    out.push(`document.cookie ${document.cookie}`);
    return { entries: out, databases: dbs.map((d) => d.name) };
  });
  const cookies = (await context.cookies()).map((c) => `cookie ${c.name} ${c.value}`);
  return [...inPage.entries, ...cookies];
}

test('a full purchase under a strict CSP with Trusted Types: no violation, and the card number is stored nowhere', async () => {
  const { context, page, consoleErrors, pageErrors, failed } = await strictPage();
  try {
    const response = await page.goto(`${server.url}index.html?images=./images&storage=csp-journey&locale=en`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'the page is served under the strict policy');
    assert.equal(await page.evaluate(() => typeof window.trustedTypes?.createPolicy), 'function', 'Trusted Types are available');

    // Browse: the home grid, then a product page.
    await page.locator('sf-product-card').first().waitFor();
    await page.evaluate(() => (location.hash = '#/product/kypara-aero'));
    const add = page.locator('sf-add-to-cart button').first();
    await add.waitFor();
    await add.click();

    // The mini-cart opens on add; its checkout link leads to the checkout.
    const toCheckout = page.locator('sf-cart-drawer [part=checkout-button]');
    await toCheckout.waitFor({ state: 'visible' });
    await toCheckout.click();
    const checkout = page.locator('sf-checkout');
    await checkout.locator('#f-email').waitFor();

    await checkout.locator('#f-email').fill('aino@example.fi');
    await checkout.locator('#f-phone').fill('040 123 4567');
    await checkout.locator('button[type=submit]').click();

    await checkout.locator('#f-name').waitFor();
    await checkout.locator('#f-name').fill('Aino Virtanen');
    await checkout.locator('#f-street').fill('Mannerheimintie 1');
    await checkout.locator('#f-postalCode').fill('00100');
    await checkout.locator('#f-city').fill('Helsinki');
    await checkout.locator('#m-home').check();
    await checkout.locator('button[type=submit]').click();

    await checkout.locator('#pm-card').check();
    await checkout.locator('#f-cardNumber').fill(CARD);
    await checkout.locator('#f-cardExpiry').fill('12/30');
    await checkout.locator('#f-cardCvc').fill('123');
    await checkout.locator('button[type=submit]').click();

    // The card number is typed and in the page right now: nothing may have written it down.
    await checkout.locator('[part=place-order]').waitFor();
    let stored = await everythingStored(page, context);
    assert.deepEqual(stored.filter((s) => s.includes(CARD) || s.replace(/\D/g, '').includes(CARD_DIGITS)), [], 'no card number at the review');

    await checkout.locator('[part=place-order]').click();
    await page.locator('sf-order-confirmation').first().waitFor({ timeout: 15000 });
    const confirmation = await page.locator('sf-order-confirmation').first().evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.match(confirmation, /[A-Z]{2}-[A-Z0-9]+/, 'an order number is shown');

    stored = await everythingStored(page, context);
    assert.ok(stored.some((s) => s.startsWith('localStorage csp-journey')), 'the journey did store its cart (the probe sees storage)');
    assert.deepEqual(stored.filter((s) => s.includes(CARD) || s.replace(/\D/g, '').includes(CARD_DIGITS)), [], 'no card number after the purchase');

    // Experiments and telemetry, end to end: each experiment is exposed once however many pages showed it, and
    // every event reaching the dataLayer carries the assignments and the anonymous id; no event carries the card.
    const layer = await page.evaluate(() => JSON.parse(JSON.stringify(window.dataLayer ?? [])));
    const events = layer.filter((e) => typeof e.event === 'string' && !e.event.startsWith('gtm.'));
    const names = events.map((e) => e.event);
    for (const name of ['view_item_list', 'add_to_cart', 'begin_checkout', 'add_shipping_info', 'add_payment_info', 'purchase']) {
      assert.ok(names.includes(name), `${name} reached the dataLayer (got ${names.join(', ')})`);
    }
    const exposures = events.filter((e) => e.event === 'experiment_viewed').map((e) => e.experiment_id);
    assert.ok(exposures.length > 0, 'the demo runs experiments');
    assert.equal(new Set(exposures).size, exposures.length, `each experiment is exposed once (${exposures.join(', ')})`);
    // Events carry the assignments the shopper has been exposed to: every event from an experiment's exposure on.
    events.forEach((e, i) => {
      assert.equal(typeof e.anonymous_id, 'string', `${e.event} carries the anonymous id`);
      const exposedBefore = events.slice(0, i).filter((x) => x.event === 'experiment_viewed').map((x) => x.experiment_id);
      for (const id of exposedBefore) assert.ok(id in (e.experiments ?? {}), `${e.event} is tagged with ${id}`);
    });
    assert.ok(exposures.every((id) => id in (events.find((e) => e.event === 'purchase')?.experiments ?? {})), 'the purchase is tagged');
    const purchase = events.find((e) => e.event === 'purchase');
    assert.ok(confirmation.includes(purchase.ecommerce.transaction_id), 'the purchase event names the order shown');
    assert.ok(!JSON.stringify(layer).replace(/\D/g, '').includes(CARD_DIGITS), 'no card number in telemetry');

    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, [], 'no securitypolicyviolation event');
    assert.deepEqual(consoleErrors, [], 'no console error (CSP or other)');
    assert.deepEqual(pageErrors, [], 'no uncaught error');
    assert.deepEqual(failed, [], 'every resource loads');
  } finally {
    await context.close();
  }
});

test('the policy is really enforced: inline scripts, untrusted HTML sinks and undocumented policies are refused', async () => {
  writeFileSync(join(dir, 'inline.html'), '<!doctype html><title>x</title><script>window.__inlineRan = true</script><p style="color: red">x</p>');
  const { context, page } = await strictPage();
  try {
    await page.goto(`${server.url}inline.html`);
    assert.equal(await page.evaluate(() => Boolean(window.__inlineRan)), false, 'the inline script did not run');
    await page.goto(`${server.url}index.html?images=./images&storage=csp-probe&locale=en`);
    await page.locator('sf-product-card').first().waitFor();
    const outcome = await page.evaluate(() => {
      let sinkRefused = false;
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
      } catch (e) {
        sinkRefused = e instanceof TypeError;
      }
      let policyRefused = false;
      try {
        window.trustedTypes.createPolicy('not-documented', { createHTML: (s) => s });
      } catch {
        policyRefused = true;
      }
      return { sinkRefused, policyRefused };
    });
    assert.deepEqual(outcome, { sinkRefused: true, policyRefused: true });
    const directives = (await page.evaluate(() => window.__cspViolations)).map((v) => v.directive);
    assert.ok(directives.includes('require-trusted-types-for'), `violations seen: ${directives.join(', ')}`);
    assert.ok(directives.includes('trusted-types'), `violations seen: ${directives.join(', ')}`);
  } finally {
    await context.close();
  }
});
