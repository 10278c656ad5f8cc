// The page of the outside hostile pass (test/node/hostile-pass.test.mjs): a storefront made of the *built* kit
// (dist/storefront-elements.bundled.js and dist/local.bundled.js, loaded as a shop would load them, never bundled
// into this file), with every string a backend, an experiment payload and a page author can hand the kit replaced by
// a payload. The test types the shopper's part, then counts what got through.
//
// Query: `mode=hostile` (poisoned answers, hostile errors with unknown codes) or `mode=malformed` (answers of the
// wrong shape: NaN and huge prices, missing variants, non-object items, 2000 products for a limit of 3);
// `offset=N` shifts which payload lands in which field, so a few page loads cover the whole corpus.
import type * as KitModule from '../../../src/bundled.js';
import type * as LocalModule from '../../../src/adapters/local/index.js';
import type { CommerceAdapter } from '../../../src/core/adapter.js';
import type { NavItem } from '../../../src/core/navigation.js';
import type { Order } from '../../../src/core/model.js';
import { URL_BYPASSES, XSS_TEXT, XSS_URLS } from '../xss-corpus.js';

// Variables, so that esbuild leaves these imports to the browser: the kit under test is the built one.
const KIT_URL = '/dist/storefront-elements.bundled.js';
const LOCAL_URL = '/dist/local.bundled.js';
const kit = (await import(KIT_URL)) as typeof KitModule;
const { LocalCommerceAdapter } = (await import(LOCAL_URL)) as typeof LocalModule;

const query = new URLSearchParams(location.search);
const mode = query.get('mode') === 'malformed' ? 'malformed' : 'hostile';
const offset = Number(query.get('offset') ?? 0) || 0;

/** Markup payloads that mark themselves: any element carrying `data-injected` in the DOM is an injection. */
const MARKED = [
  '<b data-injected>bold</b>',
  '<img data-injected src=x onerror="window.__xss=\'marked-img\'">',
  '<svg data-injected onload="window.__xss=\'marked-svg\'"></svg>',
  '"><i data-injected>i</i>',
  '<a data-injected href="javascript:window.__xss=\'marked-a\'">a</a>',
];
const TEXTS = [...MARKED, ...XSS_TEXT];
const URLS = [...XSS_URLS, ...URL_BYPASSES];
let t = offset * 7;
let u = offset * 11;
const text = () => TEXTS[t++ % TEXTS.length]!;
const url = () => URLS[u++ % URLS.length]!;

/** String fields of shop data a shopper reads, and URL fields: each becomes a payload. */
const TEXT_KEYS = new Set(['name', 'variantName', 'description', 'brand', 'carrier', 'street', 'city', 'openingHours', 'alt', 'sku', 'label', 'title']);
const URL_KEYS = new Set(['src', 'href', 'srcset', 'url']);

const poison = (value: unknown, parentKey = ''): unknown => {
  if (Array.isArray(value)) return value.map((x) => poison(x, parentKey));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(value as Record<string, unknown>)) {
    if (typeof x === 'string' && (TEXT_KEYS.has(k) || (parentKey === 'discounts' && k === 'code'))) out[k] = text();
    else if (typeof x === 'string' && URL_KEYS.has(k)) out[k] = url();
    else if (k === 'options' && typeof x === 'object' && x) out[k] = Object.fromEntries(Object.keys(x).map((o) => [o, text()]));
    else out[k] = poison(x, k);
  }
  return out;
};

const cyclic: Record<string, unknown> = { id: 'cyclic', name: 'cyclic' };
cyclic['self'] = cyclic;
cyclic['children'] = [cyclic];

/** Answers of the wrong shape, per adapter method (mode=malformed). */
function malformed(method: string, answer: unknown): unknown {
  const page = answer as { items?: unknown[] } | undefined;
  switch (method) {
    case 'listProducts':
    case 'search': {
      const items = page?.items ?? [];
      const first = items[0] as Record<string, unknown> | undefined;
      const broken: unknown[] = [
        null, 1, 'product', cyclic,
        { ...first, id: 'no-variants', variants: undefined },
        { ...first, id: 'null-variants', variants: null },
        { ...first, id: 'nan', variants: [{ ...(first?.['variants'] as unknown[])?.[0] as object, price: { amount: NaN, currency: 'EUR' } }] },
        { ...first, id: 'huge', variants: [{ ...(first?.['variants'] as unknown[])?.[0] as object, price: { amount: 1e308, currency: 'EUR' } }] },
        { ...first, id: 'negative', variants: [{ ...(first?.['variants'] as unknown[])?.[0] as object, price: { amount: -500, currency: 'EUR' } }] },
      ];
      // An adapter that ignores the limit: 2000 products.
      const many = Array.from({ length: 2000 }, (_, i) => ({ ...first, id: `many-${i}`, name: text() }));
      return { ...page, items: [...broken, ...items, ...many], total: 'lots' };
    }
    case 'getCategoryTree':
      return [null, 1, 'category', cyclic, { id: 'bad-children', name: text(), children: 'none' }, ...((answer as unknown[]) ?? [])];
    case 'getProduct':
      return { ...(answer as object), variants: null };
    case 'getRelatedProducts':
      return [null, 'x', { id: 'partial' }];
    case 'getCart':
      return { ...(answer as object), lines: [null, 'line', { id: 'l1', quantity: NaN }], total: { amount: NaN, currency: 'EUR' } };
    case 'getDeliveryMethods':
      return ((answer as Record<string, unknown>[]) ?? []).map((m) => ({
        ...m, timeZone: 'Mars/Olympus_Mons', cutoff: '25:99', holidays: 'every day', price: { amount: -1, currency: 'EUR' },
      }));
    case 'getPickupPoints':
      return [null, { id: 'p', name: text() }, 'point'];
    case 'getPaymentMethods':
      return [null, 7, { id: 'card' }];
    case 'getOrderProgress':
      return { code: text(), status: '<b data-injected>shipped</b>', events: 'none' };
    default:
      return answer;
  }
}

const local = new LocalCommerceAdapter({ storageKey: `hostile-${mode}-${offset}` });
let calls = 0;
let pending = 0;
/** Methods whose hostile error has an unknown code, or is not even an Error. */
const FAILING: Record<string, () => unknown> = {
  getRelatedProducts: () => new kit.CommerceError('totally-unknown-code' as never, text()),
  applyDiscountCode: () => ({ code: '<img src=x onerror=window.__xss=\'error-code\'>', message: text() }),
  submitFeedback: () => new kit.CommerceError('network' as never, text()),
};
const adapter = new Proxy(local, {
  get(target, prop, receiver) {
    const value = Reflect.get(target, prop, receiver) as unknown;
    if (typeof value !== 'function' || prop === 'constructor') return value;
    const name = String(prop);
    if (name === 'subscribe') {
      return (listener: (c: unknown) => void) => local.subscribe((c) => listener(mode === 'malformed' ? malformed('getCart', c) : poison(c)));
    }
    return async (...args: unknown[]) => {
      calls += 1;
      pending += 1;
      try {
        if (mode === 'hostile' && name in FAILING) throw FAILING[name]!();
        const answer = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        return mode === 'malformed' ? malformed(name, answer) : poison(answer);
      } finally {
        pending -= 1;
      }
    };
  },
}) as unknown as CommerceAdapter;

/** A GrowthBook payload that tries everything: code, CSS, DOM mutations, redirects off-site, hostile feature values. */
function experimentPayload() {
  const everywhere = [{ type: 'regex', include: true, pattern: '.*' }];
  const bucket = { hashAttribute: 'id', weights: [0, 1], coverage: 1, urlPatterns: everywhere };
  const shopOnly = { ...bucket, urlPatterns: [{ type: 'regex', include: true, pattern: `^${location.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/` }] };
  return {
    features: {
      'sf-cta-color': { defaultValue: 'green', rules: [{ force: { background: 'url(https://evil.example/bg.png)', text: 'expression(alert(1))' } }] },
      'sf-cta-label': {
        defaultValue: 'add-to-cart',
        rules: [{ key: text(), variations: [text(), text()], weights: [0, 1], meta: [{ key: '0', name: text() }, { key: '1', name: text() }] }],
      },
      'sf-free-shipping-meter': { defaultValue: text() },
      'sf-delivery-countdown': { defaultValue: { toString: text() } },
    },
    experiments: [
      { key: 'visual-js', changeId: 'visual-js', ...bucket, variations: [{}, {
        js: 'window.__xss = "growthbook-js"',
        css: 'sf-product-card { background: url(https://evil.example/css.png) }',
        domMutations: [
          { selector: 'sf-product-list', action: 'append', attribute: 'html', value: '<img data-injected src=x onerror="window.__xss=\'gb-dom\'">' },
          { selector: 'sf-nav', action: 'set', attribute: 'href', value: 'javascript:window.__xss="gb-attr"' },
        ],
      }] },
      // Redirects target this shop only: GrowthBook skips a redirect whose target its own patterns target too.
      { key: 'redirect-off-site', changeId: 'redirect-off-site', ...shopOnly, variations: [{}, { urlRedirect: 'https://evil.example/landing' }] },
      { key: 'redirect-script', changeId: 'redirect-script', ...shopOnly, variations: [{}, { urlRedirect: 'javascript:window.__xss="gb-redirect"' }] },
    ],
  };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Node[]) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

// The storefront: sane attributes from the page, hostile everything else.
const shop = el('sf-shop', { locale: 'en' });
shop.adapter = adapter;
const experiments = el('sf-experiments', { 'timeout-ms': '3000' });
experiments.payload = experimentPayload() as never;
experiments.stickyBucketing = false;
// The page keeps the id itself (memory), so it answers for consent and the hostile experiments really run (without
// consent, as on the server, no experiment would assign anybody and their variations would never be tried).
experiments.storage = kit.createSafeStorage(() => undefined, 'hostile pass', () => {});
experiments.targetingAttributes = { id: text(), url: url(), country: text() } as never;

const nav = el('sf-nav', { current: 'helmets' });
nav.items = [
  { id: 'a', name: text(), href: url(), children: [{ id: 'a1', name: text(), href: url(), children: [] }] },
  { id: 'b', name: text(), href: url(), children: [] },
] satisfies NavItem[];
const crumbs = el('sf-breadcrumbs', { home: '/' });
crumbs.items = [{ label: text(), href: url() }, { label: text(), href: url() }, { label: text() }];
const search = el('sf-search', { debounce: '0', action: '/search' });
const submitted: (string | undefined)[] = [];
search.addEventListener('sf-search-submit', (e) => {
  submitted.push(e.href);
  e.preventDefault();
});
const list = el('sf-product-list', { limit: '3', 'add-to-cart': '', controls: '' });
const filters = el('sf-filter-panel', { currency: 'EUR' });
filters.facets = [
  { id: 'brand', kind: 'brand', values: [{ value: text(), label: text(), count: 1 }] },
  { id: 'option.Size', kind: 'option', label: text(), values: [{ value: text(), label: text(), count: 2 }] },
];
const card = el('sf-product-card', { 'heading-level': '3', 'list-id': 'featured' });
const picker = el('sf-variant-picker', { slot: 'options' });
const add = el('sf-add-to-cart', { slot: 'actions' });
const promise = el('sf-delivery-promise', { slot: 'promise', 'all-methods': '' });
card.append(picker, add, promise);
const quantity = el('sf-quantity', { 'item-name': 'Kypärä', label: 'Quantity', value: '1', min: '1', max: '9' });
const steps = el('sf-checkout-steps', { current: 'contact' });
const confirmation = el('sf-order-confirmation', { 'heading-level': '2' });
const status = el('sf-order-status', { 'poll-interval': '600000' });
const feedback = el('sf-feedback', { kind: 'nps', context: 'hostile-pass' });
const log = el('sf-telemetry-log', { max: '40' });
const checkout = el('sf-checkout', { 'storage-key': `hostile-checkout-${offset}`, 'heading-level': '2' });
const main = el('main', { id: 'main', tabindex: '-1' }, crumbs, list, filters, card, quantity, steps, checkout, confirmation, status, feedback, log);
experiments.append(
  el('header', {}, el('sf-skip-link', { target: 'main' }), nav, search, el('sf-cart-button', { for: 'drawer' })),
  main,
  el('aside', {}, el('sf-cart', { 'checkout-href': '#checkout', 'continue-href': '/' })),
  el('sf-cart-drawer', { id: 'drawer', 'checkout-href': '#checkout' }),
);
shop.append(experiments);
document.body.append(shop);

document.addEventListener('sf-order-placed', (e) => {
  confirmation.order = e.order;
  status.code = e.order.code;
  status.email = e.order.contact?.email ?? '';
});

// The product card, picker and add-to-cart get a product from the (hostile) backend, as a page would.
void (async () => {
  try {
    const product = await adapter.getProduct('kypara-aero');
    card.product = product;
    picker.product = product;
    add.product = product;
  } catch {
    // mode=malformed: the answer may be refused; the elements keep their empty state.
  }
})();

// Malformed objects straight on properties, and every documented attribute set to a payload: what a page author
// (or a bug) hands the kit. Read from the built package's own manifest, so a new property is covered too.
interface ManifestMember { kind: string; name: string; attribute?: string; static?: boolean; privacy?: string; readonly?: boolean }
interface ManifestDeclaration { tagName?: string; attributes?: { name: string }[]; members?: ManifestMember[] }
const MALFORMED: (() => unknown)[] = [
  () => null, () => ({}), () => cyclic, () => [1, 'two', null, NaN], () => 'not an object', () => NaN, () => 1e308,
  () => ({ id: 'p', name: text(), variants: null }), () => ({ code: text(), lines: 'none', total: { amount: NaN } }),
  () => [{ id: 'x', name: text(), href: url(), children: 'none' }], () => ({ label: text(), href: url() }),
];
const BOOLEAN_ATTRIBUTES = new Set(['open', 'open-on-add', 'history', 'url-state', 'mobile']);

async function authorPass(): Promise<number> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
  const section = el('section', { 'aria-label': 'author' });
  const authorShop = el('sf-shop', { locale: 'en' });
  authorShop.adapter = adapter;
  authorShop.append(section);
  let made = 0;
  let m = offset;
  for (const declaration of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
    const tag = declaration.tagName;
    if (!tag) continue;
    const node = document.createElement(tag) as HTMLElement & Record<string, unknown>;
    for (const { name } of declaration.attributes ?? []) {
      // Opening the modal drawer would make the page inert; everything else is fair game.
      if (BOOLEAN_ATTRIBUTES.has(name)) continue;
      node.setAttribute(name, /href|action|home|src|url/.test(name) ? url() : text());
    }
    for (const member of declaration.members ?? []) {
      if (member.kind !== 'field' || member.static || member.attribute || member.readonly || member.privacy || member.name.startsWith('_')) continue;
      try {
        node[member.name] = MALFORMED[m++ % MALFORMED.length]!();
      } catch (e) {
        // A setter that throws is a crash the test counts.
        (window as unknown as { __setterErrors: string[] }).__setterErrors.push(`<${tag}>.${member.name}: ${String(e)}`);
      }
    }
    section.append(node);
    made += 1;
  }
  document.body.append(authorShop);
  return made;
}

(window as unknown as { __setterErrors: string[] }).__setterErrors = [];
Object.assign(window, {
  __hostile: {
    mode,
    submitted,
    authorPass,
    /** True when the backend has been asked something and no answer is outstanding, and no element is updating. */
    idle: () => {
      if (calls === 0 || pending > 0) return false;
      const updating: Element[] = [];
      const visit = (root: ParentNode) => {
        for (const node of root.querySelectorAll('*')) {
          if ((node as { isUpdatePending?: boolean }).isUpdatePending) updating.push(node);
          if (node.shadowRoot) visit(node.shadowRoot);
        }
      };
      visit(document);
      return updating.length === 0;
    },
    ordered: () => confirmation.order as Order | undefined,
  },
});
document.body.dataset['started'] = '1';
