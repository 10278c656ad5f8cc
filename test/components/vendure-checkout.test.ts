// The kit's checkout element, end to end against the live Vendure server that test/run.mjs starts: a shopper walks
// from a Vendure cart to the confirmation by keyboard, and Vendure ends up with exactly one paid order.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-checkout.js';
import type { SfCheckout } from '../../src/elements/sf-checkout/sf-checkout.js';
import type { SfOrderPlacedEvent } from '../../src/elements/events/index.js';
import { placedOrders, vendureAdapter } from '../commerce/vendure-adapter-helpers.js';
import { uniqueKey } from '../helpers/shop.js';
import { atStep as journeyAtStep, plain, tabTo, typeInto } from '../helpers/checkout-journey.js';

const NOW = new Date('2026-03-10T09:00:00+02:00');
// Vendure answers slower than the embedded backend: steps get 10 s.
const atStep = (el: SfCheckout, title: string) => journeyAtStep(el, title, 10000);

describe('<sf-checkout> on a live Vendure shop', function () {
  this.timeout(60000);

  it('walks from a Vendure cart to the confirmation by keyboard, leaving one paid order in Vendure', async () => {
    const adapter = vendureAdapter();
    const lastName = `Checkout${Date.now().toString(36)}`;
    const lube = await adapter.getProduct('chain-lube');
    const cart = await adapter.addLine({ productId: 'chain-lube', variantId: lube.variants[0]!.id, quantity: 3 });
    const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en">
      <sf-checkout storage-key=${uniqueKey('vendure-checkout')} .now=${NOW}></sf-checkout>
    </sf-shop>`);
    const el = shop.querySelector('sf-checkout') as SfCheckout;
    let placed: SfOrderPlacedEvent | undefined;
    el.addEventListener('sf-order-placed', (e) => (placed = e));
    await atStep(el, 'Contact details');

    await typeInto(el, 'email', `${lastName.toLowerCase()}@example.fi`);
    await typeInto(el, 'phone', '040 123 4567');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'Delivery');

    await typeInto(el, 'name', `Aino ${lastName}`);
    await typeInto(el, 'street', 'Mannerheimintie 1');
    await typeInto(el, 'postalCode', '00100');
    await typeInto(el, 'city', 'Helsinki');
    await waitUntil(() => el.shadowRoot!.querySelector('input[name=deliveryMethod]'), 'Vendure shipping methods load', { timeout: 10000 });
    await tabTo(el, (a) => a.getAttribute('name') === 'deliveryMethod', 'the delivery methods');
    await sendKeys({ press: 'Space' });
    await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'Payment');

    await waitUntil(() => el.shadowRoot!.querySelector('input[name=paymentMethod]'), 'Vendure payment methods load', { timeout: 10000 });
    await tabTo(el, (a) => a.getAttribute('name') === 'paymentMethod', 'the payment methods');
    await sendKeys({ press: 'Space' });
    await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'Review and place order');
    await waitUntil(() => el.shadowRoot!.querySelector('.lines li'), 'the review lists the Vendure order lines');

    await tabTo(el, (a) => a.getAttribute('part') === 'place-order', 'Place order');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('sf-order-confirmation'), 'the confirmation shows', { timeout: 15000 });

    const orders = await placedOrders(lastName);
    expect(orders).to.have.length(1);
    expect(orders[0]!.code).to.equal(cart.id);
    expect(placed?.order.code).to.equal(cart.id);
    expect(orders[0]!.state).to.equal('PaymentSettled');
    expect(orders[0]!.payments.map((p) => [p.state, p.method])).to.deep.equal([['Settled', 'invoice']]);
    expect(orders[0]!.totalWithTax, '3 × €12 + €9.90 home delivery').to.equal(3600 + 990);
    const confirmation = el.shadowRoot!.querySelector('sf-order-confirmation')!;
    await confirmation.updateComplete;
    expect(plain(confirmation.shadowRoot!.textContent)).to.contain(cart.id);
    expect((await adapter.getCart()).lines, 'Vendure starts a new cart').to.have.length(0);
  });
});
