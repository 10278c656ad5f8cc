import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-checkout.js';
import type { SfCheckout } from '../../src/components/sf-checkout/sf-checkout.js';
import type { SfOrderPlacedEvent } from '../../src/components/sf-checkout/events.js';
import type { LocalCommerceAdapter } from '../../src/commerce/local/local-adapter.js';
import type { TelemetryService } from '../../src/telemetry/types.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter, uniqueKey } from '../helpers/shop.js';

const NOW = new Date('2026-03-10T09:00:00+02:00');
const CARD = '4242424242424242';
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

interface Setup {
  adapter?: LocalCommerceAdapter;
  key?: string;
  lines?: boolean;
  locale?: string;
  events?: { name: string; params: Record<string, unknown> }[];
}

async function mount(options: Setup = {}) {
  const adapter = options.adapter ?? testAdapter();
  const key = options.key ?? uniqueKey('checkout');
  if (options.lines !== false && !options.adapter) {
    await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 2 });
  }
  const events = options.events ?? [];
  const telemetry: TelemetryService = { track: (name, params = {}) => events.push({ name, params }) };
  const shop = await fixture(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale=${options.locale ?? 'en'}>
    <sf-checkout storage-key=${key} .now=${NOW} title-prefix="Bike shop: "></sf-checkout>
  </sf-shop>`);
  const el = shop.querySelector('sf-checkout') as SfCheckout;
  await waitUntil(() => el.shadowRoot?.querySelector('.step-heading, sf-order-confirmation, .status'), 'the checkout renders');
  await waitUntil(() => el.shadowRoot?.querySelector('.step-heading, sf-order-confirmation'), 'the cart loads');
  return { el, adapter, key, events, root: el.shadowRoot! };
}

const active = (el: SfCheckout) => el.shadowRoot!.activeElement as HTMLElement | null;
const heading = (el: SfCheckout) => plain(el.shadowRoot!.querySelector('.step-heading')?.textContent);
const input = (el: SfCheckout, field: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#f-${field}`)!;

async function tab(times = 1) {
  for (let i = 0; i < times; i += 1) await sendKeys({ press: 'Tab' });
}

/** Presses Tab until `predicate` holds for the focused element in the checkout's shadow root. */
async function tabTo(el: SfCheckout, predicate: (a: HTMLElement) => boolean, what: string) {
  for (let i = 0; i < 25; i += 1) {
    const a = active(el);
    if (a && predicate(a)) return a;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

async function typeInto(el: SfCheckout, field: string, text: string) {
  await tabTo(el, (a) => a.id === `f-${field}`, field);
  await sendKeys({ type: text });
}

async function atStep(el: SfCheckout, title: string) {
  await waitUntil(() => heading(el) === title, `step "${title}" (now "${heading(el)}")`);
  await el.updateComplete;
}

function storageHolds(text: string): boolean {
  for (const store of [localStorage, sessionStorage]) {
    for (let i = 0; i < store.length; i += 1) {
      const k = store.key(i)!;
      if ((store.getItem(k) ?? '').includes(text) || k.includes(text)) return true;
    }
  }
  return false;
}

async function fillContact(el: SfCheckout) {
  await typeInto(el, 'email', 'aino@example.fi');
  await typeInto(el, 'phone', '040 123 4567');
  await sendKeys({ press: 'Enter' });
  await atStep(el, 'Delivery');
}

async function fillDelivery(el: SfCheckout, method: 'home' | 'pickup-point' = 'home') {
  await typeInto(el, 'name', 'Aino Virtanen');
  await typeInto(el, 'street', 'Mannerheimintie 1');
  await typeInto(el, 'postalCode', '00100');
  await typeInto(el, 'city', 'Helsinki');
  await waitUntil(() => el.shadowRoot!.querySelector('input[name=deliveryMethod]'), 'delivery methods load');
  await tabTo(el, (a) => a.getAttribute('name') === 'deliveryMethod', 'the delivery methods');
  if (method === 'home') {
    await sendKeys({ press: 'Space' });
  } else {
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.shadowRoot!.querySelector('input[name=pickupPoint]'), 'pickup points near 00100 load');
    await tabTo(el, (a) => a.getAttribute('name') === 'pickupPoint', 'the pickup points');
    await sendKeys({ press: 'Space' });
  }
  await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
  await sendKeys({ press: 'Enter' });
  await atStep(el, 'Payment');
}

async function fillPayment(el: SfCheckout, kind: 'invoice' | 'card') {
  await waitUntil(() => el.shadowRoot!.querySelector('input[name=paymentMethod]'), 'payment methods load');
  await tabTo(el, (a) => a.getAttribute('name') === 'paymentMethod', 'the payment methods');
  if (kind === 'invoice') {
    await sendKeys({ press: 'Space' });
  } else {
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await typeInto(el, 'cardNumber', '4242 4242 4242 4242');
    await typeInto(el, 'cardExpiry', '12/30');
    await typeInto(el, 'cardCvc', '123');
  }
  await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
  await sendKeys({ press: 'Enter' });
  await atStep(el, 'Review and place order');
  await waitUntil(() => el.shadowRoot!.querySelector('.lines li'), 'the review lists the lines');
}

async function placeOrderByKeyboard(el: SfCheckout) {
  await tabTo(el, (a) => a.getAttribute('part') === 'place-order', 'Place order');
  await sendKeys({ press: 'Enter' });
}

describe('<sf-checkout>', () => {
  it('walks from a cart to the confirmation by keyboard only', async () => {
    const { el, adapter, events } = await mount();
    let placed: SfOrderPlacedEvent | undefined;
    el.addEventListener('sf-order-placed', (e) => (placed = e));
    expect(heading(el)).to.equal('Contact details');
    expect(document.title).to.equal('Bike shop: Contact details');
    await fillContact(el);
    expect(active(el)?.classList.contains('step-heading'), 'focus on the new step heading').to.equal(true);
    await fillDelivery(el, 'pickup-point');
    await fillPayment(el, 'card');
    expect(storageHolds(CARD), 'card number in storage').to.equal(false);
    expect(storageHolds('4242 4242'), 'card number in storage').to.equal(false);
    await placeOrderByKeyboard(el);
    await waitUntil(() => el.shadowRoot!.querySelector('sf-order-confirmation'), 'the confirmation shows');
    const confirmation = el.shadowRoot!.querySelector('sf-order-confirmation')!;
    await confirmation.updateComplete;
    expect(confirmation.shadowRoot!.activeElement?.getAttribute('part'), 'focus on the thank-you heading').to.equal('heading');
    const orders = adapter.orders();
    expect(orders).to.have.length(1);
    expect(placed?.order.code).to.equal(orders[0]!.code);
    expect(orders[0]!.contact).to.deep.equal({ email: 'aino@example.fi', phone: '+358401234567' });
    expect(orders[0]!.pickupPoint?.id).to.equal('mh-kamppi');
    expect(JSON.stringify(orders[0])).not.to.contain('4242');
    expect(plain(confirmation.shadowRoot!.textContent)).to.contain(`Order number ${orders[0]!.code}`);
    expect(storageHolds(CARD)).to.equal(false);
    expect(events.map((e) => e.name)).to.deep.equal(['begin_checkout', 'add_shipping_info', 'add_payment_info', 'purchase']);
    expect(events[1]!.params.shipping_tier).to.equal('pickup-point');
    expect(events[2]!.params.payment_type).to.equal('card');
    expect(events[3]!.params).to.include({ transaction_id: orders[0]!.code, currency: 'EUR' });
    await expectNoAxeViolations(el);
  });
});
