// Every element in storefront-elements/define renders on the server, in Node, from the built dist/, with the
// embedded local backend's data handed over as one snapshot through <sf-shop>: the HTML carries the product names,
// prices, categories and promises a shopper reads, in the shop's language (context on the server), not an empty
// template or "Loading". Nothing may touch document, window, storage or leave a timer running.
//
// Rendered with @lit-labs/ssr 4 itself (`render` + `collectResult`): declarative shadow DOM and hydration markers,
// the HTML @lit-labs/ssr-client hydrates (test/node/hydration.test.mjs does, in Chromium).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const TAGS = readFileSync(new URL('../../src/define/index.ts', import.meta.url), 'utf8').match(/(?<=\.\/)sf-[a-z-]+(?=\.js)/g);

// Nothing here may lean on browser globals: a reference to one throws ReferenceError in Node.
for (const name of ['document', 'window', 'localStorage', 'sessionStorage', 'ResizeObserver', 'MutationObserver', 'IntersectionObserver', 'matchMedia', 'HTMLElement']) {
  assert.equal(typeof globalThis[name], 'undefined', `${name} must not exist in this test's Node`);
}

const warnings = [];
const originalWarn = console.warn;
console.warn = (...args) => warnings.push(args.join(' '));

const { render } = await import('@lit-labs/ssr');
const { LitElementRenderer } = await import('@lit-labs/ssr/lib/lit-element-renderer.js');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const kit = await import('../../dist/define/index.js');
const core = await import('../../dist/core.js');
const { LocalCommerceAdapter } = await import('../../dist/adapters/local/index.js');
const { html } = await import('lit');

// Context on the server: the kit's elements get their connectedCallback (where @lit/context asks <sf-shop>), and
// the test sees every element @lit-labs/ssr renders.
let onElement;
LitElementRenderer.renderOptions.push((el) => {
  onElement?.(el);
  return el.localName.startsWith('sf-') ? { connectedCallback: true } : undefined;
});

/** A template rendered by @lit-labs/ssr to one HTML string; `seen` gets every element it rendered. */
async function renderToString(template, { seen } = {}) {
  onElement = seen;
  try {
    return await collectResult(render(template));
  } finally {
    onElement = undefined;
  }
}

// A Thursday, 10:00 in Helsinki: the promises below are computed at this instant by the server's clock.
const NOW = new Date('2026-03-12T08:00:00Z');
const clock = new core.ManualClock(NOW);

// The server's one load for the page, through the adapter, as a real server would do it.
const adapter = new LocalCommerceAdapter({ crossTab: false, storage: memoryStorage() });
const listQuery = { limit: 6 };
const product = (await adapter.listProducts({ limit: 1 })).items[0];
await adapter.addLine({ productId: product.id, variantId: product.variants[0].id, quantity: 2 });
const snapshot = core.parseSnapshot(JSON.parse(JSON.stringify(await core.loadSnapshot(adapter, {
  listings: [listQuery], products: [product.id], categoryTree: true, deliveryMethods: true, cart: true,
})))).snapshot;
const page = core.snapshotListing(snapshot, listQuery);
const leaf = findLeaf(snapshot.categoryTree);
const norm = (s) => s.replace(/\s+/g, ' ');
const fi = (m) => norm(core.formatMoney(m, 'fi'));

function memoryStorage() {
  const map = new Map();
  return { degraded: false, get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) };
}

function findLeaf(tree, trail = []) {
  for (const c of tree) {
    if (c.children?.length) return findLeaf(c.children, [...trail, c]);
    return { category: c, trail: [...trail, c] };
  }
  return undefined;
}

/** A page as a server renders it: the shop (Finnish, the snapshot) around the element under test. */
function inShop(inner, { locale = 'fi' } = {}) {
  return html`<sf-shop locale=${locale} .snapshot=${snapshot} .adapter=${adapter}>${inner}</sf-shop>`;
}

/** What each element renders on the server, and the text a shopper must be able to read in it. */
const scenarios = {
  'sf-shop': () => ({
    template: inShop(html`<sf-product-card .product=${product} .clock=${clock}></sf-product-card>`),
    expect: [product.name, fi(core.featuredVariant(product).price)],
  }),
  'sf-product-card': () => ({ template: inShop(html`<sf-product-card .product=${product}></sf-product-card>`), expect: [product.name, fi(core.featuredVariant(product).price)] }),
  'sf-product-list': () => ({
    template: inShop(html`<sf-product-list limit="6" add-to-cart></sf-product-list>`),
    expect: [...page.items.map((p) => p.name), fi(core.featuredVariant(page.items[0]).price), 'Lisää ostoskoriin'],
    absent: ['Ladataan'],
  }),
  'sf-variant-picker': () => ({
    template: inShop(html`<sf-variant-picker .product=${product}></sf-variant-picker>`),
    expect: product.variants.flatMap((v) => Object.values(v.options ?? {})).slice(0, 2),
  }),
  'sf-filter-panel': () => ({
    template: inShop(html`<sf-filter-panel .facets=${page.facets ?? []}></sf-filter-panel>`),
    expect: (page.facets ?? []).length ? [] : [],
    nonEmpty: (page.facets ?? []).length > 0,
  }),
  // Whether the shopper dismissed the question is in their storage: the server renders none (documented).
  'sf-feedback': () => ({ template: inShop(html`<sf-feedback></sf-feedback>`), expect: [], empty: true }),
  'sf-telemetry-log': () => ({ template: inShop(html`<sf-telemetry-log></sf-telemetry-log>`), expect: ['0 tapahtumaa'] }),
  'sf-delivery-promise': () => ({
    template: inShop(html`<sf-delivery-promise method-id=${snapshot.deliveryMethods[0].id} .clock=${clock}></sf-delivery-promise>`),
    expect: [],
    nonEmpty: true,
    absent: ['Ladataan'],
  }),
  // The server writes no properties: the number shows through the input's value attribute.
  'sf-quantity': () => ({ template: inShop(html`<sf-quantity value="2" max="5"></sf-quantity>`), expect: ['Määrä'], html: [/<input[^>]* value="2"/] }),
  'sf-add-to-cart': () => ({ template: inShop(html`<sf-add-to-cart .product=${product}></sf-add-to-cart>`), expect: ['Lisää ostoskoriin'] }),
  'sf-cart-button': () => ({ template: inShop(html`<sf-cart-button></sf-cart-button>`), expect: ['Ostoskori', '2'] }),
  // The drawer is closed on a page as served: its shell (title, close button) is rendered; its lines come with its
  // contents, loaded in the browser on the first open intent, so hydration matches the server's HTML.
  'sf-cart-drawer': () => ({ template: inShop(html`<sf-cart-drawer></sf-cart-drawer>`), expect: ['Ostoskorisi'], absent: ['Ladataan'] }),
  'sf-cart': () => ({ template: inShop(html`<sf-cart></sf-cart>`), expect: [product.name, fi(snapshot.cart.total)], absent: ['Ladataan'] }),
  'sf-experiments': () => ({
    template: inShop(html`<sf-experiments><sf-product-card .product=${product}></sf-product-card></sf-experiments>`),
    expect: [product.name],
  }),
  'sf-checkout-steps': () => ({
    template: inShop(html`<sf-checkout-steps current="b" .steps=${[{ id: 'a', label: 'Yhteystiedot' }, { id: 'b', label: 'Toimitus' }]} .completed=${['a']}></sf-checkout-steps>`),
    expect: ['Yhteystiedot', 'Toimitus'],
  }),
  'sf-order-confirmation': () => ({
    template: inShop(html`<sf-order-confirmation .order=${ORDER} .now=${NOW} .clock=${clock}></sf-order-confirmation>`),
    expect: [ORDER.code],
  }),
  'sf-order-status': () => ({ template: inShop(html`<sf-order-status></sf-order-status>`), expect: ['Tilausnumero'] }),
  'sf-checkout': () => ({ template: inShop(html`<sf-checkout .clock=${clock}></sf-checkout>`), expect: [], nonEmpty: true }),
  'sf-nav': () => ({ template: inShop(html`<sf-nav></sf-nav>`), expect: snapshot.categoryTree.map((c) => c.name) }),
  'sf-breadcrumbs': () => ({
    template: inShop(html`<sf-breadcrumbs category=${leaf.category.id}></sf-breadcrumbs>`),
    expect: leaf.trail.map((c) => c.name),
  }),
  'sf-search': () => ({ template: inShop(html`<sf-search></sf-search>`), expect: ['Hae tuotteita'] }),
  'sf-product-gallery': () => ({
    template: inShop(html`<sf-product-gallery .images=${product.images}></sf-product-gallery>`),
    expect: [],
    html: [/<img part="image"[^>]* src="[^"]+"/],
  }),
  'sf-product-detail': () => ({
    // A product page: the product by id from the server's snapshot, not a property.
    template: inShop(html`<sf-product-detail product-id=${product.id} .clock=${clock}></sf-product-detail>`),
    expect: [product.name, fi(core.featuredVariant(product).price), 'Lisää ostoskoriin', product.description],
    absent: ['Ladataan'],
  }),
  'sf-store-availability': () => ({
    template: inShop(html`<sf-store-availability .product=${product} .clock=${clock}></sf-store-availability>`),
    expect: [],
    nonEmpty: true,
  }),
  // Recently viewed, recommendations from it and the welcome back note come from the shopper's history in their
  // storage: the server renders none of it, and the browser decides (documented).
  'sf-recently-viewed': () => ({ template: inShop(html`<sf-recently-viewed></sf-recently-viewed>`), expect: [], empty: true }),
  'sf-recommendations': () => ({ template: inShop(html`<sf-recommendations product-id=${product.id}></sf-recommendations>`), expect: [], empty: true }),
  'sf-welcome-back': () => ({ template: inShop(html`<sf-welcome-back></sf-welcome-back>`), expect: [], empty: true }),
  'sf-skip-link': () => ({ template: inShop(html`<sf-skip-link></sf-skip-link>`), expect: ['Siirry pääsisältöön'] }),
};

// An order placed on the embedded backend, for the confirmation page.
const ORDER = await placeOrder();
async function placeOrder() {
  const methods = await adapter.getDeliveryMethods();
  const payments = await adapter.getPaymentMethods();
  const home = methods.find((m) => m.kind === 'home') ?? methods[0];
  return adapter.placeOrder({
    idempotencyKey: 'ssr-test',
    contact: { email: 'asiakas@example.fi', phone: '+358401234567' },
    shippingAddress: { name: 'Aino Asiakas', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId: home.id,
    paymentMethodId: payments[0].id,
  });
}

test('the scenario list covers every tag in src/define/index.ts', () => {
  assert.deepEqual(Object.keys(scenarios).sort(), [...TAGS].sort());
  for (const tag of TAGS) assert.ok(globalThis.customElements.get(tag), `${tag} is registered`);
  assert.ok(kit.SfShop);
});

for (const tag of TAGS) {
  test(`<${tag}> renders its content on the server`, async () => {
    const before = warnings.length;
    const { template, expect = [], absent = [], html: fragments = [], empty, nonEmpty } = scenarios[tag]();
    const rendered = [];
    const out = await renderToString(template, { seen: (el) => rendered.push(el.localName) });
    assert.ok(rendered.includes(tag), `${tag} went through the server lifecycle`);
    assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), 'declarative shadow root');
    assert.match(out, /<!--lit-part [^>]*-->/, 'hydration markers');
    const text = visibleText(out);
    for (const s of expect) assert.ok(text.includes(s), `"${s}" in the text of <${tag}>: ${text.slice(0, 400)}`);
    for (const s of absent) assert.ok(!text.includes(s), `no "${s}" in <${tag}>: ${text.slice(0, 400)}`);
    for (const s of fragments) assert.match(out, s, `${s} in the HTML of <${tag}>`);
    const own = ownShadowText(out, tag);
    if (empty) assert.equal(own, '', `<${tag}> renders nothing on the server`);
    if (nonEmpty) assert.notEqual(own, '', `<${tag}> renders text on the server`);
    const touched = warnings.slice(before).filter((w) => /storage|unavailable/i.test(w));
    assert.deepEqual(touched, [], 'no storage touched on the server');
    assert.deepEqual(warnings.slice(before), [], 'no warnings');
  });
}

test('children take the shop\'s language from <sf-shop> through context on the server', async () => {
  const price = core.featuredVariant(product).price;
  for (const locale of ['fi', 'sv', 'en']) {
    const text = visibleText(await renderToString(inShop(html`<sf-product-card .product=${product}></sf-product-card>`, { locale })));
    assert.ok(text.includes(norm(core.formatMoney(price, locale))), `${locale} price in ${text}`);
  }
  // Without a shop (and no document to read <html lang> from) the element falls back to English, and says so by
  // rendering, not by throwing.
  const alone = visibleText(await renderToString(html`<sf-product-card .product=${product}></sf-product-card>`));
  assert.ok(alone.includes(norm(core.formatMoney(price, 'en'))));
});

test('without the snapshot a listing renders its loading state on the server, and fetches nothing', async () => {
  let calls = 0;
  const counting = new Proxy(adapter, { get: (t, k) => (typeof t[k] === 'function' ? (...a) => (calls++, t[k](...a)) : t[k]) });
  const text = visibleText(await renderToString(html`<sf-shop locale="fi" .adapter=${counting}><sf-product-list limit="6"></sf-product-list><sf-nav></sf-nav></sf-shop>`));
  assert.ok(text.includes('Ladataan'));
  // A product page without the product in the snapshot says it is loading (the browser loads it), not "not found".
  const detail = visibleText(await renderToString(html`<sf-shop locale="fi" .adapter=${counting}><sf-product-detail product-id=${product.id}></sf-product-detail></sf-shop>`));
  assert.equal(detail, 'Ladataan…', detail);
  // An order page says it is loading on the server too, as the browser's first render does (hydration needs the same).
  const order = visibleText(await renderToString(html`<sf-shop locale="fi" .adapter=${counting}><sf-order-status code="SF-1"></sf-order-status></sf-shop>`));
  assert.ok(order.includes('Ladataan…'), order);
  assert.equal(calls, 0, 'no adapter call during a server render');
});

test('the page carries the snapshot in a script a product name cannot break out of', () => {
  const script = core.snapshotScript(snapshot);
  assert.match(script, /^<script type="application\/json" id="sf-snapshot">[^<]*<\/script>$/);
  assert.deepEqual(core.parseSnapshot(script.slice(script.indexOf('>') + 1, -'</script>'.length)).snapshot, snapshot);
});

test('experiments decided on the server render as decided, in Node, with nothing reserved and no storage touched', async () => {
  const before = warnings.length;
  const experiments = core.validateExperimentsSnapshot({
    reason: 'decided', anonymousId: 'shopper-0001',
    features: {
      'sf-cta-color': { value: 'red', experimentKey: 'cta-color-test', variationId: '1', variationIndex: 1, exposable: true },
      'sf-cta-label': { value: 'buy-now', experimentKey: 'cta-label-test', variationId: '1', variationIndex: 1, exposable: true },
    },
  });
  const page = (snap) => html`<sf-shop locale="en" .snapshot=${snap}><sf-experiments api-host="https://cdn.growthbook.io" client-key="sdk-x">
    <sf-add-to-cart .product=${product}></sf-add-to-cart></sf-experiments></sf-shop>`;
  const out = await renderToString(page({ ...snapshot, experiments }));
  assert.match(out, /<sf-add-to-cart[^>]*style="--sf-cta-background: #b71c1c; --sf-cta-color: #ffffff"/);
  assert.ok(visibleText(out).includes('Buy now'), visibleText(out));
  assert.doesNotMatch(out, /sf-experiment-reserved/);
  assert.match(out, /<sf-experiments[^>]*data-sf-experiments-source="server"/);
  // Without decisions the server renders the defaults, as before (the browser decides).
  const plain = await renderToString(page(snapshot));
  assert.doesNotMatch(plain, /<sf-add-to-cart[^>]*style=/);
  assert.ok(visibleText(plain).includes('Add to cart'));
  assert.deepEqual(warnings.slice(before), [], 'no warnings, no storage touched');
});

test('nothing keeps Node busy after rendering: no timers, observers or channels', async () => {
  for (const tag of TAGS) await renderToString(scenarios[tag]().template);
  const handles = process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap' && r !== 'FSReqCallback');
  assert.deepEqual(handles.filter((r) => /Timeout|Immediate|MessagePort/.test(r)), []);
  console.warn = originalWarn;
});

/** The visible text of rendered HTML, shadow roots included, styles, comments and tags left out: what a shopper reads. */
function visibleText(htmlText) {
  return htmlText
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of an element's own shadow root (first occurrence), without its styles. */
function ownShadowText(out, tag) {
  const start = out.indexOf(`<${tag}`);
  const marker = '<template shadowroot="open" shadowrootmode="open">';
  const open = out.indexOf(marker, start) + marker.length;
  let depth = 1;
  let i = open;
  while (depth > 0 && i < out.length) {
    const nextOpen = out.indexOf('<template', i);
    const nextClose = out.indexOf('</template>', i);
    if (nextClose < 0) break;
    if (nextOpen >= 0 && nextOpen < nextClose) {
      depth++;
      i = nextOpen + 9;
    } else {
      depth--;
      i = nextClose + 11;
    }
  }
  return visibleText(out.slice(open, i - 11));
}
