import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-add-to-cart.js';
import type { SfAddToCart } from '../../src/elements/sf-add-to-cart/sf-add-to-cart.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfCartOpenRequestEvent } from '../../src/elements/events/index.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { Product } from '../../src/core/model.js';
import type { SfCartChangeEvent } from '../../src/elements/events/index.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';
import { click } from '../helpers/pointer.js';

interface Tracked { name: string; params: Record<string, unknown> }

async function render(adapter: LocalCommerceAdapter, productId: string, attrs: { variantId?: string; locale?: string; labelKey?: string; quantity?: number } = {}) {
  const product: Product = await adapter.getProduct(productId);
  const events: Tracked[] = [];
  const telemetry = { track: (name: string, params: Record<string, unknown> = {}) => events.push({ name, params }) };
  const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale=${attrs.locale ?? 'en'}>
    <sf-add-to-cart .product=${product} variant-id=${attrs.variantId ?? ''} label-key=${attrs.labelKey ?? 'add-to-cart'} .quantity=${attrs.quantity ?? 1}></sf-add-to-cart>
  </sf-shop>`);
  const el = shop.querySelector('sf-add-to-cart')!;
  await waitUntil(() => shop.cart?.state.status === 'ready', 'the cart loads');
  await el.updateComplete;
  const button = el.shadowRoot!.querySelector('[part=button]') as HTMLButtonElement;
  return { shop, el, button, events, product };
}

const text = (el: SfAddToCart, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<sf-add-to-cart>', () => {
  it('adds the variant with a visible pending state, announces it, reports add_to_cart and the new cart', async () => {
    const adapter = testAdapter({ faults: { latencyMs: 150 } });
    const { shop, el, button, events } = await render(adapter, 'kypara-aero', { variantId: 'kypara-aero-m', quantity: 2 });
    expect(button.textContent!.replace(/\s+/g, ' ')).to.contain('Add to cart');
    const changed = oneEvent(shop, 'sf-cart-change') as unknown as Promise<SfCartChangeEvent>;
    const openRequest = oneEvent(shop, 'sf-cart-open-request') as unknown as Promise<SfCartOpenRequestEvent>;
    await click(button);
    await el.updateComplete;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await click(button); // a second click while pending adds nothing more
    const { cart } = await changed;
    expect(cart.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([['kypara-aero-m', 2]]);
    expect((await openRequest).reason).to.equal('add');
    await waitUntil(() => text(el, '[role=status]') === 'Aero Helmet (M) added to your cart.', 'success is announced');
    expect(button.getAttribute('aria-busy')).to.equal('false');
    expect(events).to.deep.equal([{
      name: 'add_to_cart',
      params: { currency: 'EUR', value: 298, items: [{ item_id: 'kypara-aero', item_name: 'Aero Helmet', item_variant: 'M', item_brand: 'Tuisku', price: 149, quantity: 2 }] },
    }]);
    expect((await adapter.getCart()).itemCount).to.equal(2);
    await expectNoAxeViolations(shop);
  });

  it('stays focusable but unavailable, with a visible reason, when out of stock', async () => {
    const adapter = testAdapter();
    const { el, button, shop } = await render(adapter, 'lock-folding');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(el, '[part=reason]')).to.equal('Out of stock: this item cannot be ordered right now.');
    expect(el.matches(':state(unavailable)')).to.equal(true);
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await click(button);
    expect((await adapter.getCart()).lines).to.have.length(0);
    await expectNoAxeViolations(shop);
  });

  it('says so when every available unit is already in the cart (stock limit)', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'kaupunki-3', variantId: 'kaupunki-3-black', quantity: 3 });
    const { el, button } = await render(adapter, 'kaupunki-3', { variantId: 'kaupunki-3-black' });
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(el, '[part=reason]')).to.equal('You already have all 3 available in your cart.');
  });

  it('shows and announces why adding failed, and adds on a later try', async () => {
    const adapter = testAdapter({ faults: { fail: ['addLine'] } });
    const { el, button, shop } = await render(adapter, 'light-set');
    await click(button);
    await waitUntil(() => text(el, '[part=reason]').includes('could not reach the shop'), 'the error is shown');
    await waitUntil(() => text(el, '[role=status]').includes('could not reach the shop'), 'the error is announced');
    await expectNoAxeViolations(shop);
    adapter.faults = {};
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shop.cart?.cart?.itemCount === 1, 'the retry adds');
    await el.updateComplete;
    expect(text(el, '[part=reason]')).to.equal('');
  });

  it('takes its label from label-key in each language and its colour only from the CTA tokens', async () => {
    const adapter = testAdapter();
    const { el, button } = await render(adapter, 'light-set', { locale: 'fi', labelKey: 'buy-now' });
    expect(button.textContent).to.contain('Osta nyt');
    el.labelKey = 'add-to-bag';
    el.locale = 'sv';
    await el.updateComplete;
    expect(button.textContent).to.contain('Lägg i kassen');
    el.style.setProperty('--sf-cta-background', 'rgb(176, 0, 32)');
    el.style.setProperty('--sf-cta-color', 'rgb(255, 255, 255)');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(176, 0, 32)');
    expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
  });

  it('with the shop\'s cart-action, is a real POST form (for no JavaScript), yet adds here once and posts nothing', async () => {
    const adapter = testAdapter();
    const product: Product = await adapter.getProduct('kypara-aero');
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} locale="en" cart-action="/cart">
      <sf-add-to-cart .product=${product} variant-id="kypara-aero-m" .quantity=${2}></sf-add-to-cart>
    </sf-shop>`);
    const el = shop.querySelector('sf-add-to-cart')!;
    await waitUntil(() => shop.cart?.state.status === 'ready', 'the cart loads');
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector('form')!;
    expect(form.method).to.equal('post');
    expect(new URL(form.action).pathname).to.equal('/cart/add');
    expect([...new FormData(form)]).to.deep.equal([['product', 'kypara-aero'], ['variant', 'kypara-aero-m'], ['quantity', '2']]);
    const button = el.shadowRoot!.querySelector('[part=button]') as HTMLButtonElement;
    expect(button.type).to.equal('submit');
    expect(button.form).to.equal(form);
    let submits = 0;
    form.addEventListener('submit', () => submits++);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shop.cart?.cart?.itemCount === 2, 'added');
    expect(submits, 'the click is taken before the form submits').to.equal(0);
    // A submit from elsewhere (the page's requestSubmit) is taken too, and not posted.
    const taken = oneEvent(form, 'submit') as unknown as Promise<SubmitEvent>;
    form.requestSubmit();
    expect((await taken).defaultPrevented).to.equal(true);
    await waitUntil(() => shop.cart?.cart?.itemCount === 4, 'added once more');
    await expectNoAxeViolations(shop);
    // An unsafe action renders no form at all.
    shop.setAttribute('cart-action', 'javascript:alert(1)');
    await shop.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect((el.shadowRoot!.querySelector('[part=button]') as HTMLButtonElement).type).to.equal('button');
  });
});
