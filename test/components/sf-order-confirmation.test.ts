import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/sf-order-confirmation.js';
import '../../src/define/sf-delivery-promise.js';
import type { SfOrderConfirmation } from '../../src/elements/sf-order-confirmation/sf-order-confirmation.js';
import type { SfDeliveryPromise } from '../../src/elements/sf-delivery-promise/sf-delivery-promise.js';
import type { Order } from '../../src/core/model.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** Tuesday 10 March 2026, 09:00 in Helsinki: before the 14:00 cut-off. */
const PLACED = new Date('2026-03-10T07:00:00Z');

async function placeOrder(deliveryMethodId: string, pickupPointId?: string): Promise<Order> {
  const adapter = testAdapter();
  await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
  await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 2 });
  const order = await adapter.placeOrder({
    idempotencyKey: crypto.randomUUID(),
    contact: { email: 'aino@example.fi', phone: '+358401234567' },
    shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId,
    ...(pickupPointId ? { pickupPointId } : {}),
    paymentMethodId: 'invoice',
  });
  return { ...order, placedAt: PLACED.toISOString() };
}

describe('<sf-order-confirmation>', () => {
  it('shows the order number, what was bought, the totals and the promise in the badge\'s own words', async () => {
    const order = await placeOrder('pickup-point', 'mh-kamppi');
    const root = await fixture<HTMLDivElement>(html`<div>
      <sf-order-confirmation .order=${order} .now=${PLACED} locale="en"></sf-order-confirmation>
      <sf-delivery-promise .method=${order.deliveryMethod} .now=${PLACED} tense="order" .placeName=${order.pickupPoint!.name} locale="en"></sf-delivery-promise>
    </div>`);
    const el = root.querySelector('sf-order-confirmation') as SfOrderConfirmation;
    const badge = root.querySelector('sf-delivery-promise') as SfDeliveryPromise;
    await el.updateComplete;
    await badge.updateComplete;
    const text = plain(el.shadowRoot!.textContent);
    expect(text).to.contain(`Order number ${order.code}`);
    expect(text).to.contain('We sent a confirmation to aino@example.fi.');
    expect(text).to.contain('Aero Helmet (M) · Quantity 1');
    expect(text).to.contain(`Total€${(order.total.amount / 100).toFixed(2)}`);
    const status = plain(el.shadowRoot!.querySelector('[part=status]')!.textContent);
    const badgeText = plain(badge.shadowRoot!.querySelector('[part=promise]')!.textContent);
    expect(badgeText).to.match(/^Your order is on its way; pick it up tomorrow after 17:00 at Matkahuolto Kamppi\.?$/);
    expect(status).to.equal(`Status: Your order has been received. ${badgeText}`);
    await expectNoAxeViolations(el);
  });

  it('speaks Finnish and names the home address for home delivery', async () => {
    const order = await placeOrder('home');
    const el = await fixture<SfOrderConfirmation>(html`<sf-order-confirmation .order=${order} .now=${PLACED} locale="fi"></sf-order-confirmation>`);
    const text = plain(el.shadowRoot!.textContent);
    expect(text).to.contain('Kiitos tilauksestasi').and.contain(`Tilausnumero ${order.code}`).and.contain('Toimitusosoite Aino Virtanen');
    expect(plain(el.shadowRoot!.querySelector('[part=status]')!.textContent)).to.match(/^Tila: Tilauksesi on vastaanotettu\. \S/);
    el.focusHeading();
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('heading');
    await expectNoAxeViolations(el);
  });
});
