import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-detail.js';
import type { SfProductDetail } from '../../src/elements/sf-product-detail/sf-product-detail.js';
import type { SfAddToCart } from '../../src/elements/sf-add-to-cart/sf-add-to-cart.js';
import type { SfStoreAvailability } from '../../src/elements/sf-store-availability/sf-store-availability.js';
import type { Product } from '../../src/core/model.js';
import { ManualClock } from '../../src/core/clock.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const WEDNESDAY_MORNING = new Date('2026-12-02T08:00:00Z');

async function render(content: (clock: ManualClock) => unknown, events: { name: string; params: Record<string, unknown> }[] = []) {
  const clock = new ManualClock(WEDNESDAY_MORNING);
  const adapter = testAdapter({ clock });
  const shop = await fixture(html`<sf-shop .adapter=${adapter} .telemetry=${{ track: (name: string, params: Record<string, unknown>) => events.push({ name, params }) }} locale="en">
    ${content(clock)}
  </sf-shop>`);
  const el = shop.querySelector('sf-product-detail') as SfProductDetail;
  await waitUntil(() => el.shadowRoot?.querySelector('[part=name], [part=status]:not([aria-busy])'), 'the detail settles');
  return { el, adapter, clock };
}

const part = (el: SfProductDetail, name: string) => plain(el.shadowRoot!.querySelector(`[part=${name}]`)?.textContent);

describe('<sf-product-detail>', () => {
  it('loads by product-id and shows name, brand, price with compare-at, stock, description and specifications (axe-clean)', async () => {
    const events: { name: string; params: Record<string, unknown> }[] = [];
    const { el } = await render((clock) => html`<sf-product-detail product-id="aurora-road" .clock=${clock}></sf-product-detail>`, events);
    expect(part(el, 'name')).to.equal('Aurora Road 105');
    expect(el.shadowRoot!.querySelector('[part=name]')!.getAttribute('aria-level')).to.equal('1');
    expect(part(el, 'brand')).to.equal('Pohjola');
    expect(part(el, 'price')).to.equal('€1,899.00 Was €2,199.00');
    expect(part(el, 'stock')).to.equal('Only 2 left');
    expect(part(el, 'description')).to.contain('endurance road bike');
    expect(part(el, 'specifications')).to.contain('PP-AURORA-ROAD-50-CM');
    expect(el.shadowRoot!.querySelector('sf-product-gallery')!.images[0]!.alt).to.equal('Aurora Road 105');
    const availability = el.shadowRoot!.querySelector('sf-store-availability') as SfStoreAvailability;
    await waitUntil(() => availability.shadowRoot!.querySelectorAll('[part=store]').length === 3, 'stores listed');
    await waitUntil(() => events.some((e) => e.name === 'view_item'), 'view_item');
    const view = events.find((e) => e.name === 'view_item')!;
    expect(view.params).to.deep.include({ currency: 'EUR', value: 1899 });
    expect((view.params['items'] as { item_id: string; item_variant: string }[])[0]).to.deep.include({ item_id: 'aurora-road', item_variant: '50 cm' });
    expect(events.filter((e) => e.name === 'view_item'), 'once').to.have.length(1);
    await expectNoAxeViolations(el);
  });

  it('the chosen variant drives price, stock, add to cart, promise and store availability', async () => {
    const events: { name: string; params: Record<string, unknown> }[] = [];
    const { el } = await render((clock) => html`<sf-product-detail product-id="aurora-road" .clock=${clock}></sf-product-detail>`, events);
    const picker = el.shadowRoot!.querySelector('sf-variant-picker')!;
    picker.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.variantId === 'aurora-road-56-cm', 'the third frame');
    await el.updateComplete;
    expect(part(el, 'stock')).to.equal('Ships Wed 9.12.');
    const cta = el.shadowRoot!.querySelector('sf-add-to-cart') as SfAddToCart;
    expect(cta.variantId).to.equal('aurora-road-56-cm');
    expect((el.shadowRoot!.querySelector('sf-delivery-promise') as unknown as { stock: unknown }).stock).to.deep.equal({ available: 0, restockDays: 5 });
    const availability = el.shadowRoot!.querySelector('sf-store-availability') as SfStoreAvailability;
    expect(availability.variantId).to.equal('aurora-road-56-cm');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.variantId === 'aurora-road-58-cm');
    await el.updateComplete;
    expect(part(el, 'stock')).to.equal('Only 1 left');
    cta.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.some((e) => e.name === 'add_to_cart'), 'added');
    const item = (events.find((e) => e.name === 'add_to_cart')!.params['items'] as { item_variant: string }[])[0]!;
    expect(item.item_variant, 'the variant travels in item_variant').to.equal('58 cm');
  });

  it('every part is replaceable by a slot, and slotted replacements are driven with the variant', async () => {
    const { el } = await render((clock) => html`<sf-product-detail product-id="kaupunki-7" .clock=${clock}>
      <h2 slot="name">Our own name</h2>
      <sf-add-to-cart slot="add-to-cart" label-key="buy-now"></sf-add-to-cart>
      <p slot="specifications">No specifications here</p>
    </sf-product-detail>`);
    expect(el.shadowRoot!.querySelector('[part=name]')).to.equal(el.shadowRoot!.querySelector('slot[name=name] [part=name]'));
    const slotted = el.querySelector('sf-add-to-cart') as SfAddToCart;
    await waitUntil(() => slotted.variantId === 'kaupunki-7-green', 'driven');
    expect(slotted.product?.id).to.equal('kaupunki-7');
    const name = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=name]')!;
    expect(name.assignedElements()[0]!.textContent).to.equal('Our own name');
    await expectNoAxeViolations(el);
  });

  it('takes .product from the page; a product that is not found says so; a malformed one warns once', async () => {
    const adapter = testAdapter();
    const product: Product = await adapter.getProduct('light-set');
    const { el } = await render(() => html`<sf-product-detail .product=${product}></sf-product-detail>`);
    expect(part(el, 'name')).to.equal('Valo Light Set');
    const missing = await render(() => html`<sf-product-detail product-id="nope"></sf-product-detail>`);
    await waitUntil(() => missing.el.shadowRoot!.querySelector('[role=alert]'), 'not found');
    expect(part(missing.el, 'status')).to.equal('This product could not be found.');
    await expectNoAxeViolations(missing.el);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const bad = await render(() => html`<sf-product-detail .product=${{ id: 1 }}></sf-product-detail>`);
      expect(part(bad.el, 'status')).to.equal('This product could not be found.');
      expect(warnings.filter((w) => w.includes('sf-product-detail') && w.includes('product'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
