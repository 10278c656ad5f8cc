import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-nav.js';
import '../../src/define/sf-breadcrumbs.js';
import '../../src/define/sf-product-card.js';
import '../../src/define/sf-cart.js';
import '../../src/define/sf-cart-drawer.js';
import '../../src/define/sf-search.js';
import type { SfCartDrawer } from '../../src/elements/sf-cart-drawer/sf-cart-drawer.js';
import type { SfSearch } from '../../src/elements/sf-search/sf-search.js';
import type { SfSearchSubmitEvent } from '../../src/elements/events/index.js';
import type { NavItem } from '../../src/core/navigation.js';
import { safeUrl, type SafeUrlOptions } from '../../src/core/url.js';
import { testAdapter } from '../helpers/shop.js';
import { allElements, hostileAdapter, injectedMarkup, trapDialogs } from './hostile.js';
import { URL_BYPASSES } from './xss-corpus.js';

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster'];
// Characters a browser strips or ignores around or inside a URL: left in a rendered URL, they hide what it is.
const HIDDEN = /[\s\p{Cc}\p{Cf}\p{Z}\\]/u;

/** Why a URL as rendered (or navigated to) is not one the kit may produce, or undefined when it is fine. */
function problem(raw: string, image = false): string | undefined {
  if (HIDDEN.test(raw)) return 'hidden characters or a backslash';
  if (image && /^data:image\/[a-z0-9.+-]+[;,]/i.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw, location.href);
  } catch {
    return 'unparseable';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `scheme ${url.protocol}`;
  if (url.origin !== location.origin) return `leaves the shop for ${url.origin}`;
  return undefined;
}

/** Every URL-bearing attribute under `root`, through every shadow root, that the kit should not have rendered. */
function badUrls(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of allElements(root)) {
    for (const attr of URL_ATTRIBUTES) {
      const raw = el.getAttribute(attr);
      if (raw === null) continue;
      const image = el.localName === 'img' && (attr === 'src' || attr === 'srcset');
      const urls = attr === 'srcset' ? raw.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '') : [raw];
      for (const url of urls) {
        const why = problem(url, image);
        if (why) found.push(`<${el.localName} ${attr}="${JSON.stringify(url).slice(1, 50)}">: ${why}`);
      }
    }
  }
  return found;
}

describe('safeUrl: the one URL policy', () => {
  it(`refuses or defuses each of the ${URL_BYPASSES.length} known bypasses, for links, navigation and images`, () => {
    expect(URL_BYPASSES.length).to.be.at.least(50);
    for (const value of URL_BYPASSES) {
      for (const use of ['link', 'navigation', 'image'] as const) {
        const safe = safeUrl(value, { use });
        if (safe === undefined) continue;
        expect(problem(safe, use === 'image'), `${JSON.stringify(value)} as ${use} gave ${JSON.stringify(safe)}`).to.equal(undefined);
      }
    }
  });

  const rows: [string | null | undefined, SafeUrlOptions, string | undefined][] = [
    ['/cart', {}, '/cart'],
    ['cart', {}, 'cart'],
    ['?q=gravel', {}, '?q=gravel'],
    ['#/product/kypara-aero', {}, '#/product/kypara-aero'],
    // What is returned is what was checked: leading Unicode spaces go, and are not put back.
    ['\u00a0/bikes\u3000', {}, '/bikes'],
    ['\ufeff\u200b/bikes', {}, '/bikes'],
    ['\u00a0javascript:alert(1)', {}, undefined],
    ['/search results', {}, '/search%20results'],
    ['/a\u00a0b', {}, undefined],
    ['https://cdn.example/a.jpg', { use: 'image' }, 'https://cdn.example/a.jpg'],
    ['HTTPS://Shop.Example/x', {}, 'https://shop.example/x'],
    ['https:shop.example/x', {}, undefined],
    ['https://user:pass@shop.example/', {}, undefined],
    ['mailto:asiakaspalvelu@example.fi', {}, 'mailto:asiakaspalvelu@example.fi'],
    ['tel:+358401234567', {}, 'tel:+358401234567'],
    ['mailto:asiakaspalvelu@example.fi', { use: 'navigation' }, undefined],
    ['tel:+358401234567', { use: 'image' }, undefined],
    ['data:image/png;base64,iVBORw0KGgo=', { use: 'image' }, 'data:image/png;base64,iVBORw0KGgo='],
    ['data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E', { use: 'image' },
      'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E'],
    ['data:image/png;base64,iVBORw0KGgo=', {}, undefined],
    ['data:image/png;base64,iVBORw0KGgo=', { use: 'navigation' }, undefined],
    ['data:text/plain,hello', { use: 'image' }, undefined],
    ['//cdn.example/a.jpg', { use: 'image' }, undefined],
    ['//cdn.example/a.jpg', { use: 'image', allowedOrigins: ['https://cdn.example'] }, 'https://cdn.example/a.jpg'],
    ['/\\cdn.example/a.jpg', { allowedOrigins: ['https://cdn.example'] }, 'https://cdn.example/a.jpg'],
    ['//evil.example/a.jpg', { allowedOrigins: ['https://cdn.example'] }, undefined],
    ['/path\\with\\backslash', {}, undefined],
    ['', {}, undefined],
    ['  \u3000 ', {}, undefined],
    [null, {}, undefined],
    [undefined, {}, undefined],
  ];
  for (const [value, options, expected] of rows) {
    it(`${JSON.stringify(value)} ${JSON.stringify(options)} -> ${JSON.stringify(expected)}`, () => {
      expect(safeUrl(value, options)).to.equal(expected);
    });
  }
});

describe('hostile URLs rendered by real elements', () => {
  let trap: ReturnType<typeof trapDialogs>;
  beforeEach(() => (trap = trapDialogs()));
  afterEach(() => trap.restore());

  it('has a probe that sees script URLs, hidden characters and links that leave the shop', () => {
    const bad = document.createElement('div');
    const root = bad.attachShadow({ mode: 'open' });
    for (const [tag, attr, value] of [
      ['a', 'href', '//evil.example/'], ['a', 'href', 'https:evil.example'], ['img', 'src', 'javascript:void 0'],
      ['form', 'action', '/\\evil.example'], ['a', 'href', '\u00a0/cart'], ['a', 'href', 'data:image/png;base64,AA=='],
    ] as const) {
      const el = document.createElement(tag);
      el.setAttribute(attr, value);
      root.append(el);
    }
    const ok = document.createElement('img');
    ok.setAttribute('src', 'data:image/png;base64,AA==');
    root.append(ok);
    expect(badUrls(bad)).to.have.length(6);
  });

  /** Renders every element that turns a URL into an attribute or a navigation, with `value` as each of those URLs. */
  async function renderWith(value: string) {
    const local = testAdapter();
    await local.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    // Every href and image src the backend returns is the payload.
    const hostile = hostileAdapter(local, ['Kypärä'], [value]);
    const product = (await hostile.adapter.listProducts()).items[0]!;
    const nav: NavItem[] = [
      { id: 'bikes', name: 'Bikes', href: value, children: [{ id: 'road', name: 'Road', href: value, children: [] }] },
      { id: 'outlet', name: 'Outlet', href: value, children: [] },
    ];
    const shop = await fixture(html`<sf-shop .adapter=${hostile.adapter} locale="en">
      <sf-nav .items=${nav}></sf-nav>
      <sf-breadcrumbs .home=${value} .items=${[{ label: 'Bikes', href: value }, { label: 'Road', href: value }, { label: 'Here' }]}></sf-breadcrumbs>
      <sf-product-card .product=${product} .href=${value}></sf-product-card>
      <sf-cart .continueHref=${value} .checkoutHref=${value}></sf-cart>
      <sf-cart-drawer .checkoutHref=${value}></sf-cart-drawer>
      <sf-search .action=${value} debounce="0"></sf-search>
    </sf-shop>`);
    const q = <T extends Element>(tag: string) => shop.querySelector(tag) as T;
    await waitUntil(() => q('sf-nav').shadowRoot?.querySelector('button'), 'the navigation renders');
    for (const button of q('sf-nav').shadowRoot!.querySelectorAll('button')) button.click();
    await waitUntil(() => q('sf-breadcrumbs').shadowRoot?.querySelector('ol li'), 'the breadcrumbs render');
    await waitUntil(() => q('sf-product-card').shadowRoot?.querySelector('[part=name]'), 'the card renders');
    await waitUntil(() => q('sf-cart').shadowRoot?.querySelector('li .name'), 'the cart renders its line');

    // Search: suggestions carry the payload as image src, and submitting goes to the action.
    const search = q<SfSearch>('sf-search');
    const submitted: (string | undefined)[] = [];
    search.addEventListener('sf-search-submit', (e: SfSearchSubmitEvent) => {
      submitted.push(e.href);
      e.preventDefault();
    });
    search.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'helmet' });
    await waitUntil(() => search.shadowRoot!.querySelectorAll('[role=option]').length > 0, 'suggestions appear');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => submitted.length === 1, 'the query is submitted');

    // Last: the drawer is a modal dialog, the rest of the page is inert while it is open.
    const drawer = q<SfCartDrawer>('sf-cart-drawer');
    drawer.open = true;
    await waitUntil(() => drawer.shadowRoot?.querySelector('[part=checkout-button]'), 'the drawer renders');
    hostile.local.dispose();
    return { shop, search: submitted[0] };
  }

  it('renders a harmless URL wherever it was given (so the scan below sees every element)', async () => {
    const { shop, search } = await renderWith('/ok');
    const ok = allElements(shop).filter((el) => ['href', 'src', 'action'].some((a) => el.getAttribute(a) === '/ok'));
    const hosts = new Set(ok.map((el) => (el.getRootNode() as ShadowRoot).host?.localName));
    expect([...hosts].sort()).to.deep.equal(['sf-breadcrumbs', 'sf-cart', 'sf-cart-drawer', 'sf-nav', 'sf-product-card', 'sf-search']);
    expect(search).to.equal('/ok?q=helmet');
  });

  for (const value of URL_BYPASSES) {
    it(`renders no live URL from ${JSON.stringify(value).slice(0, 60)}`, async () => {
      const { shop, search } = await renderWith(value);
      expect(badUrls(shop)).to.deep.equal([]);
      expect(injectedMarkup(shop)).to.deep.equal([]);
      if (search !== undefined) expect(problem(search), `search goes to ${search}`).to.equal(undefined);
      expect(trap.injected()).to.equal(undefined);
    });
  }
});
