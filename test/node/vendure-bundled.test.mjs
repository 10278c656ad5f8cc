// The no-build path as the README shows it for a Vendure shop: dist/storefront-elements.bundled.js and
// dist/vendure.bundled.js through an import map, against a live Vendure (backend/server.mjs). The shopper must see
// the message for what went wrong (server unreachable, not enough stock, a bad discount code), never the generic
// "Something went wrong" that a second copy of CommerceError in the adapter file used to cause.
/* global window, document, customElements -- page.evaluate() and waitForFunction() bodies run in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from '../helpers/chromium.mjs';
import { startVendure } from '../vendure-server.mjs';

const TYPES = { '.js': 'text/javascript', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** The README's snippet: an import map, then the kit and the adapter by their package names. */
const page = (shopApiUrl) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vendure, no build</title>
<script type="importmap">{ "imports": {
  "storefront-elements/bundled": "/storefront-elements.bundled.js",
  "storefront-elements/bundled/vendure": "/vendure.bundled.js"
} }</script>
<script type="module">
  import 'storefront-elements/bundled';
  import { VendureCommerceAdapter } from 'storefront-elements/bundled/vendure';
  const adapter = new VendureCommerceAdapter({ shopApiUrl: ${JSON.stringify(shopApiUrl)}, retries: 0, timeoutMs: 5000 });
  window.adapter = adapter;
  document.querySelector('sf-shop').adapter = adapter;
</script></head><body>
<sf-shop locale="en"><sf-add-to-cart></sf-add-to-cart><sf-cart></sf-cart><sf-product-list category="helmets"></sf-product-list></sf-shop>
</body></html>`;

let server;
let origin;
let browser;
let vendure;

before(async () => {
  // Built once and Vendure started once, in parallel: both are slow on a shared machine.
  const [started] = await Promise.all([
    startVendure(),
    promisify(execFile)('npm', ['run', 'build', '--silent']),
  ]);
  vendure = started;
  assert.ok(vendure.shopApi, 'the Vendure test server starts');
  server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(page(url.searchParams.get('api')));
    }
    const file = normalize(join('dist', url.pathname));
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
}, { timeout: 600_000 });

after(async () => {
  await browser?.close();
  server?.close();
  await vendure?.stop();
});

/** A closed port on this machine: the Shop API "cannot be reached". */
async function unreachableUrl() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/shop-api`;
}

async function open(api) {
  const p = await browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(`${origin}/?api=${encodeURIComponent(api)}`);
  await p.waitForFunction(() => !!window.adapter && !!customElements.get('sf-cart'));
  return { p, errors };
}

test('the bundled file and the Vendure entry share one module graph (one CommerceError)', async () => {
  const [kit, adapter] = await Promise.all([readFile('dist/storefront-elements.bundled.js', 'utf8'), readFile('dist/vendure.bundled.js', 'utf8')]);
  const chunks = (code) => [...code.matchAll(/from"(\.\/bundled-chunks\/[^"]+)"/g)].map((m) => m[1]);
  const shared = chunks(adapter).filter((c) => chunks(kit).includes(c));
  assert.ok(shared.length > 0, `vendure.bundled.js imports the kit's own chunk (${chunks(adapter).join(', ')})`);
});

test('server unreachable: the product list says the shop could not be reached', async () => {
  const { p, errors } = await open(await unreachableUrl());
  const status = p.locator('sf-product-list [part=status]');
  await status.waitFor({ timeout: 20_000 });
  assert.match(await status.innerText(), /We could not reach the shop/);
  assert.deepEqual(errors, []);
  await p.close();
});

test('more than the stock: the add-to-cart button says there is not enough stock', async () => {
  const { p } = await open(vendure.shopApi);
  await p.evaluate(async () => {
    const product = await window.adapter.getProduct('kypara-aero');
    const variant = product.variants[0];
    const el = document.querySelector('sf-add-to-cart');
    // The page's product data is stale: it promises more than Vendure holds, so Vendure itself refuses.
    el.product = { ...product, variants: [{ ...variant, stock: 99 }, ...product.variants.slice(1)] };
    el.variantId = variant.id;
    el.quantity = variant.stock + 1;
  });
  await p.locator('sf-add-to-cart button').click();
  const reason = p.locator('sf-add-to-cart [part=reason]');
  await p.waitForFunction(() => /stock/.test(document.querySelector('sf-add-to-cart').shadowRoot.querySelector('[part=reason]').textContent));
  assert.match(await reason.innerText(), /There is not enough stock for that quantity/);
  await p.close();
});

test('a bad discount code: the cart says the code is not valid', async () => {
  const { p } = await open(vendure.shopApi);
  await p.evaluate(async () => {
    const product = await window.adapter.getProduct('chain-lube');
    await document.querySelector('sf-shop').cart.addLine({ productId: product.id, variantId: product.variants[0].id, quantity: 1 });
  });
  const code = p.locator('sf-cart [part=discount] input');
  await code.waitFor({ timeout: 20_000 });
  await code.fill('NOT-A-CODE');
  await code.press('Enter');
  await p.waitForFunction(() => /not valid/.test(document.querySelector('sf-cart').shadowRoot.querySelector('[part=discount]').textContent));
  assert.match(await p.locator('sf-cart [part=discount]').innerText(), /That discount code is not valid/);
  assert.doesNotMatch(await p.locator('sf-cart [part=discount]').innerText(), /Something went wrong/);
  await p.close();
});
