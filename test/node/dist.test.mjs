// The built package as integrators get it: the bundled file on a plain page (no build step, strict CSP), and
// storefront-elements/core from dist in Node.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../helpers/chromium.mjs';
/* global window, document, addEventListener, requestAnimationFrame -- page functions run in Chromium */

// The demo catalogue's images are data: URLs (see the README's security model): the only addition to the policy.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
const PAGE = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>plain page</title>
<script type="module" src="/storefront-elements.bundled.js"></script></head><body>
<sf-shop locale="fi"><header><sf-cart-button></sf-cart-button></header>
<main><sf-product-list category="helmets"></sf-product-list></main><sf-cart-drawer open-on-add></sf-cart-drawer></sf-shop>
</body></html>`;
const TYPES = { '.js': 'text/javascript', '.svg': 'image/svg+xml', '.map': 'application/json' };

let server;
let origin;
let browser;

before(async () => {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
  server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    // Browsers ask for a favicon on their own; a plain page without one is not an error of the kit.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': CSP });
      return res.end(PAGE);
    }
    const file = normalize(join('dist', path));
    if (!file.startsWith('dist')) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('dist/storefront-elements.bundled.js runs on a plain page under a strict CSP: products with images, a working cart', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  // Functions, never strings: under require-trusted-types-for 'script' a string is refused as eval.
  await page.addInitScript(() => {
    window.__violations = [];
    addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/`);
  // No adapter given: <sf-shop> loads the embedded demo backend as a lazy chunk next to the bundle.
  const names = page.locator('sf-product-card [part=name]');
  await names.first().waitFor();
  assert.equal(await names.count(), 4);
  // Every product image loads from the bundle's own folder (a broken path would never get a natural width).
  const images = () => [...document.querySelector('sf-product-list').shadowRoot.querySelectorAll('sf-product-card')]
    .map((c) => c.shadowRoot.querySelector('img')).map((img) => !!img && img.complete && img.naturalWidth > 0);
  await page.waitForFunction(() => {
    const loaded = [...document.querySelector('sf-product-list').shadowRoot.querySelectorAll('sf-product-card')]
      .map((c) => c.shadowRoot.querySelector('img')).map((img) => !!img && img.complete && img.naturalWidth > 0);
    return loaded.length === 4 && loaded.every(Boolean);
  }, undefined, { timeout: 10000 });
  assert.deepEqual(await page.evaluate(images), [true, true, true, true]);
  await page.locator('sf-cart-button button').click();
  await page.locator('sf-cart-drawer dialog[open]').waitFor();
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.close();
});

test('storefront-elements/core from dist imports and runs in Node', async () => {
  const core = await import(pathToFileURL('dist/core.js').href);
  assert.equal(core.formatMoney(core.money(14900), 'en'), '€149.00');
  assert.equal(typeof core.promiseDelivery, 'function');
});

test('a Finnish page downloads only the Finnish words; a switch to Swedish loads them with no blank frame', async () => {
  const page = await browser.newPage();
  const bodies = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) bodies.push(r.text().then((text) => ({ url: r.url(), text }), () => ({ url: r.url(), text: '' })));
  });
  await page.goto(`${origin}/`);
  await page.locator('sf-product-card [part=name]').first().waitFor();
  const label = () => document.querySelector('sf-cart-button').shadowRoot.querySelector('button')?.getAttribute('aria-label') ?? '';
  await page.waitForFunction(() => (document.querySelector('sf-cart-button').shadowRoot.querySelector('button')?.getAttribute('aria-label') ?? '').startsWith('Ostoskori'));
  const loaded = await Promise.all(bodies);
  const holding = (words) => loaded.filter((b) => b.text.includes(words)).map((b) => b.url.replace(origin, ''));
  assert.notDeepEqual(holding('Lisää ostoskoriin'), [], 'the Finnish words were loaded');
  assert.deepEqual(holding('Lägg i varukorgen'), [], 'no Swedish words on a Finnish page');
  assert.deepEqual(holding('Add to cart'), [], 'no English words on a Finnish page');

  // Sample the cart button's name on every frame while the shop switches language.
  await page.evaluate(() => {
    window.__labels = [];
    const sample = () => {
      window.__labels.push(document.querySelector('sf-cart-button').shadowRoot.querySelector('button')?.getAttribute('aria-label') ?? '');
      if (!window.__labels.at(-1).startsWith('Varukorg')) requestAnimationFrame(sample);
    };
    sample();
    document.querySelector('sf-shop').locale = 'sv';
  });
  await page.waitForFunction(() => window.__labels.at(-1)?.startsWith('Varukorg'), undefined, { timeout: 10000 });
  const labels = await page.evaluate(() => window.__labels);
  assert.ok(labels.every((l) => l.startsWith('Ostoskori') || l.startsWith('Varukorg')), `every frame named the cart: ${labels.join(' | ')}`);
  assert.ok(holding('Lägg i varukorgen').length === 0 && (await Promise.all(bodies)).some((b) => b.text.includes('Lägg i varukorgen')), 'the Swedish words came on demand');
  assert.equal(await page.evaluate(label), labels.at(-1));
  await page.close();
});
