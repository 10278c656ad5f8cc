import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import '../../src/define/sf-nav.js';
import '../../src/define/sf-cart.js';
import '../../src/define/sf-cart-drawer.js';
import '../../src/define/sf-checkout.js';
import '../../src/define/sf-order-confirmation.js';
import '../../src/define/sf-delivery-promise.js';
import type { SfCart } from '../../src/elements/sf-cart/sf-cart.js';
import type { SfCartDrawer } from '../../src/elements/sf-cart-drawer/sf-cart-drawer.js';
import type { SfCheckout } from '../../src/elements/sf-checkout/sf-checkout.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { Order } from '../../src/core/model.js';
import { safeUrl } from '../../src/core/url.js';
import { testAdapter } from '../helpers/shop.js';
import { allElements, hostileAdapter, injectedMarkup, RAW_MARKER, renderedText, trapDialogs } from './hostile.js';
import { fillAddress, fillContact, plain } from '../helpers/checkout-journey.js';
import { XSS_TEXT, XSS_URLS } from './xss-corpus.js';

const LONG = XSS_TEXT.find((t) => t.length >= 10_000)!;

/** The composed-tree parent: the slot a node is assigned to, its parent, or its shadow host. */
function parentOf(node: Node): Element | null {
  const slot = (node as Element).assignedSlot;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Text that sticks out of `container` to the right, where a shopper would see it spill over the page. Text
 * clipped by an ancestor with `overflow` other than visible counts as truncated, not spilled.
 */
function spills(container: Element): string[] {
  const right = container.getBoundingClientRect().right + 1;
  const out: string[] = [];
  for (const el of [container, ...allElements(container)]) {
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= right) continue;
      let clip = Infinity;
      for (let a = parentOf(node); a && a !== container; a = parentOf(a)) {
        const style = getComputedStyle(a);
        if (style.overflowX !== 'visible' || style.clipPath !== 'none' || (style.position === 'absolute' && style.clip !== 'auto')) {
          clip = Math.min(clip, a.getBoundingClientRect().right + 1);
        }
      }
      if (Math.min(rect.right, clip) > right) out.push(`${(el as Element).localName}: "${node.textContent.slice(0, 30)}…" to ${Math.round(rect.right)}px`);
    }
  }
  return out;
}

function expectNothingRan(trap: ReturnType<typeof trapDialogs>, root: ParentNode) {
  expect(trap.injected(), 'no payload set window.__xss').to.equal(undefined);
  expect(trap.calls, 'no dialog opened').to.deep.equal([]);
  expect(injectedMarkup(root), 'no script, handler or script/data URL in any shadow root').to.deep.equal([]);
}

/** Lets any payload that did get into the DOM run its handlers (image errors, SVG loads, focus). */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('hostile shop data', () => {
  let trap: ReturnType<typeof trapDialogs>;
  beforeEach(async () => {
    trap = trapDialogs();
    await setViewport({ width: 800, height: 900 });
  });
  afterEach(() => trap.restore());

  it('refuses every javascript: and data: URL of the corpus, however it is spelled', () => {
    for (const url of XSS_URLS) {
      const safe = safeUrl(url);
      if (safe === undefined) continue;
      // What passes must be a harmless relative URL: entity-encoded schemes are not schemes.
      expect(new URL(safe, location.href).protocol, url).to.match(/^https?:$/);
    }
    expect(XSS_TEXT.length + XSS_URLS.length).to.be.at.least(30);
  });

  it('has probes that do see a spill and an injected handler (so passing tests mean something)', async () => {
    const probe = await fixture(html`<div style="width: 100px"><p>${'W'.repeat(500)}</p></div>`);
    expect(spills(probe)).to.have.length(1);
    const clipped = await fixture(html`<div style="width: 100px"><p style="overflow: hidden; text-overflow: ellipsis">${'W'.repeat(500)}</p></div>`);
    expect(spills(clipped), 'truncated text does not spill').to.deep.equal([]);
    const bad = document.createElement('div');
    bad.attachShadow({ mode: 'open' }).innerHTML = '<a href=" JaVa\tScript:void 0">x</a><img alt="" onerror="void 0">';
    expect(injectedMarkup(bad)).to.have.length(2);
  });

  it('renders product, variant and brand names, descriptions and images from a hostile catalogue as text', async () => {
    for (const offset of [0, 11, 23]) {
      const hostile = hostileAdapter();
      hostile.offset = offset;
      const shop = await fixture<SfShop>(html`<div style="width: 360px"><sf-shop .adapter=${hostile.adapter} locale="en">
        <sf-product-list></sf-product-list></sf-shop></div>`);
      const list = shop.querySelector('sf-product-list')!;
      await waitUntil(() => list.shadowRoot?.querySelectorAll('sf-product-card').length, 'cards render');
      const cards = [...list.shadowRoot!.querySelectorAll('sf-product-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      await settle();
      expectNothingRan(trap, shop);
      const text = renderedText(shop);
      const names = (await hostile.adapter.listProducts()).items.map((p) => p.name);
      for (const name of names) expect(text.includes(name), `"${name.slice(0, 40)}" is shown whole, as text`).to.equal(true);
      if (names.includes(LONG)) expect(text.includes(LONG), 'a 10 000-character name is kept whole').to.equal(true);
      expect(spills(shop), 'long names wrap or truncate inside their card').to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(innerWidth);
      hostile.local.dispose();
    }
  });

  it('renders hostile category names in the navigation as text and refuses their script URLs', async () => {
    const hostile = hostileAdapter();
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${hostile.adapter} locale="en"><sf-nav></sf-nav></sf-shop>`);
    const nav = shop.querySelector('sf-nav')!;
    await waitUntil(() => nav.shadowRoot?.querySelector('a, button'), 'the category tree renders');
    const tree = await hostile.adapter.getCategoryTree();
    for (const button of nav.shadowRoot!.querySelectorAll('button')) button.click();
    await nav.updateComplete;
    await settle();
    expectNothingRan(trap, shop);
    const text = renderedText(shop);
    for (const c of tree) expect(text.includes(c.name), `"${c.name.slice(0, 40)}" is shown whole`).to.equal(true);
  });

  it('renders hostile cart lines, discounts and cross-sell in the cart page and the drawer', async () => {
    const hostile = hostileAdapter();
    await hostile.local.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    await hostile.local.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 2 });
    await hostile.local.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    await hostile.local.applyDiscountCode('PYORA10').catch(() => undefined);
    for (const offset of [0, 9, 18, 27, 36]) {
      hostile.offset = offset;
      const shop = await fixture<SfShop>(html`<div style="width: 380px"><sf-shop .adapter=${hostile.adapter} locale="en">
        <sf-cart></sf-cart><sf-cart-drawer></sf-cart-drawer></sf-shop></div>`);
      const cart = shop.querySelector('sf-cart') as SfCart;
      const drawer = shop.querySelector('sf-cart-drawer') as SfCartDrawer;
      await waitUntil(() => cart.shadowRoot?.querySelectorAll('li').length, 'the cart renders its lines');
      drawer.open = true;
      await drawer.updateComplete;
      await settle();
      expectNothingRan(trap, shop);
      const lines = (await hostile.adapter.getCart()).lines;
      const text = renderedText(shop);
      for (const line of lines) expect(text.includes(line.name), `"${line.name.slice(0, 40)}" is shown whole`).to.equal(true);
      drawer.open = false;
      await drawer.updateComplete;
    }
  });

  it('shows a hostile discount code the shopper typed as an error by code, never the backend message', async () => {
    const hostile = hostileAdapter();
    await hostile.local.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${hostile.adapter} locale="en"><sf-cart></sf-cart></sf-shop>`);
    const cart = shop.querySelector('sf-cart') as SfCart;
    await waitUntil(() => cart.shadowRoot?.querySelector('form[part=discount] input'), 'the discount form renders');
    const input = cart.shadowRoot!.querySelector<HTMLInputElement>('form[part=discount] input')!;
    for (const code of XSS_TEXT.slice(0, 12)) {
      input.value = code;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await cart.updateComplete;
      const before = hostile.thrown.length;
      cart.shadowRoot!.querySelector<HTMLFormElement>('form[part=discount]')!.requestSubmit();
      await waitUntil(() => hostile.thrown.length > before && plain(cart.shadowRoot!.querySelector('#code-error')?.textContent), `the code ${code.slice(0, 20)} is refused`);
      expect(plain(cart.shadowRoot!.querySelector('#code-error')!.textContent)).not.to.contain(RAW_MARKER);
    }
    await settle();
    expectNothingRan(trap, shop);
    expect(hostile.thrown.length, 'the backend did answer with hostile messages').to.be.at.least(12);
    expect(renderedText(shop)).not.to.contain(RAW_MARKER);
  });

  it('never shows a backend error message: every failing element speaks by error code', async () => {
    const hostile = hostileAdapter();
    hostile.local.faults = { fail: true };
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${hostile.adapter} locale="en">
      <sf-nav></sf-nav><sf-product-list></sf-product-list><sf-cart></sf-cart><sf-checkout storage-key="xss-errors"></sf-checkout>
    </sf-shop>`);
    const list = shop.querySelector('sf-product-list')!;
    const nav = shop.querySelector('sf-nav')!;
    const cart = shop.querySelector('sf-cart')!;
    await waitUntil(() => list.shadowRoot?.querySelector('[role=alert]') && nav.shadowRoot?.querySelector('[role=alert]'), 'errors show');
    await waitUntil(() => cart.shadowRoot?.querySelector('button'), 'the cart shows its error');
    await settle();
    expect(hostile.thrown.length).to.be.at.least(3);
    const text = renderedText(shop);
    expect(text).not.to.contain(RAW_MARKER);
    expect(plain(list.shadowRoot!.querySelector('[role=alert]')!.textContent)).to.contain('Try again');
    expectNothingRan(trap, shop);
  });

  it('renders hostile delivery methods, carriers, pickup point names and addresses in the checkout as text', async () => {
    const hostile = hostileAdapter();
    await hostile.local.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    const shop = await fixture<SfShop>(html`<div style="width: 380px"><sf-shop .adapter=${hostile.adapter} locale="en">
      <sf-checkout storage-key="xss-checkout-${Date.now()}"></sf-checkout></sf-shop></div>`);
    const el = shop.querySelector('sf-checkout') as SfCheckout;
    await waitUntil(() => el.shadowRoot?.querySelector('.step-heading'), 'the checkout renders');
    await fillContact(el);
    await fillAddress(el, 'pickup-point');
    await settle();
    const points = await hostile.adapter.getPickupPoints({ postalCode: '00100', methodId: 'pickup-point' });
    const text = renderedText(shop);
    expect(points.length).to.be.greaterThan(0);
    expect(text.includes(points[0]!.name), 'a hostile pickup point name shows as text').to.equal(true);
    expectNothingRan(trap, shop);
  });

  // Pending fixes in the cart's and the checkout's styles (see the hardening report): unbreakable names push the
  // line grid and the option grid wider than a 380 px phone, because `1fr` keeps a min-content width.
  it('wraps long unbreakable names inside cart lines and checkout options on a narrow screen', async () => {
    const hostile = hostileAdapter();
    await hostile.local.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    await hostile.local.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 2 });
    const shop = await fixture<SfShop>(html`<div style="width: 380px"><sf-shop .adapter=${hostile.adapter} locale="en">
      <sf-cart></sf-cart><sf-checkout storage-key="xss-layout-${Date.now()}"></sf-checkout></sf-shop></div>`);
    const cart = shop.querySelector('sf-cart') as SfCart;
    const el = shop.querySelector('sf-checkout') as SfCheckout;
    await waitUntil(() => cart.shadowRoot?.querySelectorAll('li').length, 'the cart renders its lines');
    expect(spills(cart), 'cart lines wrap long names').to.deep.equal([]);
    await waitUntil(() => el.shadowRoot?.querySelector('.step-heading'), 'the checkout renders');
    await fillContact(el);
    await fillAddress(el, 'pickup-point');
    expect(spills(el), 'long pickup point names wrap').to.deep.equal([]);
  });

  it('renders a hostile order in the confirmation as text', async () => {
    const local = testAdapter();
    await local.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    const order = await local.placeOrder({
      idempotencyKey: 'xss', contact: { email: 'a@b.fi', phone: '+358401234567' },
      shippingAddress: { name: 'A', street: 'S 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
      deliveryMethodId: 'pickup-point', pickupPointId: (await local.getPickupPoints({ postalCode: '00100', methodId: 'pickup-point' }))[0]!.id,
      paymentMethodId: 'invoice',
    });
    const hostile = hostileAdapter(local);
    const poisoned = (await hostile.adapter.getOrder!(order.code)) as Order;
    const shop = await fixture<SfShop>(html`<div style="width: 380px"><sf-shop .adapter=${hostile.adapter} locale="en">
      <sf-order-confirmation .order=${poisoned}></sf-order-confirmation></sf-shop></div>`);
    const confirmation = shop.querySelector('sf-order-confirmation')!;
    await waitUntil(() => confirmation.shadowRoot?.textContent?.includes(order.code), 'the confirmation renders');
    await settle();
    expectNothingRan(trap, shop);
    expect(renderedText(shop).includes(poisoned.lines[0]!.name), 'the hostile line name shows as text').to.equal(true);
    expect(spills(confirmation), 'the confirmation wraps long names').to.deep.equal([]);
  });
});
