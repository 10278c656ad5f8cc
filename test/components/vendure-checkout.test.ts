// The kit's checkout element, end to end against the live Vendure server that test/run.mjs starts: a shopper walks
// from a Vendure cart to the confirmation by keyboard, on both of the server's channels (EUR with VAT-included prices,
// SEK with net prices as Vendure configures itself), and the order read back through Vendure's Admin API has the
// lines, totals and address the confirmation showed, to the cent / öre.
import '../../src/messages/locales/all.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-checkout.js';
import type { SfCheckout } from '../../src/elements/sf-checkout/sf-checkout.js';
import type { SfOrderPlacedEvent } from '../../src/elements/events/index.js';
import type { VendureCommerceAdapter } from '../../src/adapters/vendure/vendure-adapter.js';
import { formatMoney, money } from '../../src/core/money.js';
import type { Locale } from '../../src/core/locale.js';
import { stepTitle } from '../../src/messages/checkout.js';
import {
  adminOrder, placedOrders, SEK_CHANNEL_TOKEN, sekAdapter, vendureAdapter,
} from '../commerce/vendure-adapter-helpers.js';
import { uniqueKey } from '../helpers/shop.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { atStep as journeyAtStep, plain, tabTo, typeInto } from '../helpers/checkout-journey.js';

const NOW = new Date('2026-03-10T09:00:00+02:00');
// Vendure answers slower than the embedded backend: steps get 10 s.
const atStep = (el: SfCheckout, title: string) => journeyAtStep(el, title, 10000);

interface Journey {
  adapter: VendureCommerceAdapter;
  locale: Locale;
  lastName: string;
}

/** Cart (3 × chain lube) -> contact -> home delivery -> invoice -> review -> place order, by keyboard only. */
async function buy({ adapter, locale, lastName }: Journey) {
  const lube = await adapter.getProduct('chain-lube');
  const cart = await adapter.addLine({ productId: 'chain-lube', variantId: lube.variants[0]!.id, quantity: 3 });
  const shop = await fixture(html`<sf-shop .adapter=${adapter} locale=${locale}>
    <sf-checkout storage-key=${uniqueKey('vendure-checkout')} .now=${NOW}></sf-checkout>
  </sf-shop>`);
  const el = shop.querySelector('sf-checkout') as SfCheckout;
  let placed: SfOrderPlacedEvent | undefined;
  el.addEventListener('sf-order-placed', (e) => (placed = e));
  await atStep(el, stepTitle(locale, 'contact'));

  await typeInto(el, 'email', `${lastName.toLowerCase()}@example.fi`);
  await typeInto(el, 'phone', '040 123 4567');
  await sendKeys({ press: 'Enter' });
  await atStep(el, stepTitle(locale, 'delivery'));

  await typeInto(el, 'name', `Aino ${lastName}`);
  await typeInto(el, 'street', 'Mannerheimintie 1');
  await typeInto(el, 'postalCode', '00100');
  await typeInto(el, 'city', 'Helsinki');
  await waitUntil(() => el.shadowRoot!.querySelector('input[name=deliveryMethod]'), 'Vendure shipping methods load', { timeout: 10000 });
  await tabTo(el, (a) => a.getAttribute('name') === 'deliveryMethod', 'the delivery methods');
  await sendKeys({ press: 'Space' });
  await expectNoAxeViolations(el);
  await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
  await sendKeys({ press: 'Enter' });
  await atStep(el, stepTitle(locale, 'payment'));

  await waitUntil(() => el.shadowRoot!.querySelector('input[name=paymentMethod]'), 'Vendure payment methods load', { timeout: 10000 });
  await tabTo(el, (a) => a.getAttribute('name') === 'paymentMethod', 'the payment methods');
  await sendKeys({ press: 'Space' });
  await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
  await sendKeys({ press: 'Enter' });
  await atStep(el, stepTitle(locale, 'review'));
  await waitUntil(() => el.shadowRoot!.querySelector('.lines li'), 'the review lists the Vendure order lines');

  await tabTo(el, (a) => a.getAttribute('part') === 'place-order', 'Place order');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot!.querySelector('sf-order-confirmation'), 'the confirmation shows', { timeout: 15000 });
  const confirmation = el.shadowRoot!.querySelector('sf-order-confirmation')!;
  // Loaded on demand: it may be in the page a moment before it is defined.
  await customElements.whenDefined('sf-order-confirmation');
  await confirmation.updateComplete;
  await expectNoAxeViolations(confirmation);
  return { cart, placed, confirmation };
}

const text = (root: ShadowRoot, selector: string) => plain(root.querySelector(selector)?.textContent);

describe('<sf-checkout> on a live Vendure shop', function () {
  this.timeout(90000);

  it('walks from a Vendure cart to the confirmation by keyboard, leaving one paid order in Vendure', async () => {
    const adapter = vendureAdapter();
    const lastName = `Checkout${Date.now().toString(36)}`;
    const { cart, placed, confirmation } = await buy({ adapter, locale: 'en', lastName });

    const orders = await placedOrders(lastName);
    expect(orders).to.have.length(1);
    expect(orders[0]!.code).to.equal(cart.id);
    expect(placed?.order.code).to.equal(cart.id);
    expect(orders[0]!.state).to.equal('PaymentSettled');
    expect(orders[0]!.payments.map((p) => [p.state, p.method])).to.deep.equal([['Settled', 'invoice']]);
    expect(orders[0]!.totalWithTax, '3 × €12 + €9.90 home delivery').to.equal(3600 + 990);
    expect(plain(confirmation.shadowRoot!.textContent)).to.contain(cart.id);
    expect(text(confirmation.shadowRoot!, '[part=totals]')).to.contain('€45.90');
    expect((await adapter.getCart()).lines, 'Vendure starts a new cart').to.have.length(0);
  });

  for (const channel of [
    { name: 'EUR, prices with VAT (default channel)', token: undefined, currency: 'EUR', locale: 'en' as Locale, make: () => vendureAdapter() },
    { name: 'SEK, prices without VAT', token: SEK_CHANNEL_TOKEN, currency: 'SEK', locale: 'sv' as Locale, make: () => sekAdapter() },
  ]) {
    it(`${channel.name}: the confirmation shows what Vendure's Admin API holds, to the minor unit`, async () => {
      const lastName = `Channel${channel.currency}${Date.now().toString(36)}`;
      const { cart, placed, confirmation } = await buy({ adapter: channel.make(), locale: channel.locale, lastName });
      const order = await adminOrder(cart.id, channel.token);
      const shown = placed!.order;
      const m = (amount: number) => plain(formatMoney(money(amount, channel.currency), channel.locale));

      expect(order.currencyCode).to.equal(channel.currency);
      expect(order.state).to.equal('PaymentSettled');
      expect(shown.currency).to.equal(channel.currency);
      expect(shown.total.amount, 'total').to.equal(order.totalWithTax);
      expect(shown.subtotal.amount, 'subtotal').to.equal(order.subTotalWithTax);
      expect(shown.shipping.amount, 'shipping, as Vendure charged it').to.equal(order.shippingWithTax);
      expect(shown.vat.amount, 'VAT, as Vendure states it').to.equal(order.totalWithTax - order.total);
      expect(shown.lines.map((l) => [l.quantity, l.lineTotal.amount]))
        .to.deep.equal(order.lines.map((l) => [l.quantity, l.linePriceWithTax]));

      const root = confirmation.shadowRoot!;
      const totals = text(root, '[part=totals]');
      expect(totals).to.contain(m(order.totalWithTax));
      expect(totals).to.contain(m(order.subTotalWithTax));
      expect(totals).to.contain(m(order.shippingWithTax));
      expect(plain(root.textContent)).to.contain(m(order.totalWithTax - order.total));
      expect(text(root, '[part=lines]')).to.contain(m(order.lines[0]!.linePriceWithTax));
      const body = plain(root.textContent);
      for (const part of [order.shippingAddress.fullName, order.shippingAddress.streetLine1, order.shippingAddress.postalCode, order.shippingAddress.city]) {
        expect(body, 'the address Vendure holds').to.contain(part);
      }
      expect(order.shippingAddress.fullName).to.equal(`Aino ${lastName}`);
      if (channel.currency === 'SEK') {
        // 3 × 120,00 kr + home delivery 79,90 kr net + 25 % = 99,875 kr, which Vendure charges as 99,88 kr.
        expect(order.totalWithTax).to.equal(36000 + 9988);
        expect(totals).to.contain('459,88 kr');
      } else {
        expect(order.totalWithTax).to.equal(3600 + 990);
        expect(totals).to.contain('€45.90');
      }
    });
  }
});
