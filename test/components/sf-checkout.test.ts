import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-checkout.js';
import type { SfCheckout } from '../../src/elements/sf-checkout/sf-checkout.js';
import type { SfOrderPlacedEvent } from '../../src/elements/events/index.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { TelemetryService } from '../../src/services/telemetry/types.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter, uniqueKey } from '../helpers/shop.js';
import * as journey from '../helpers/checkout-journey.js';
import { CARD, plain } from '../helpers/checkout-journey.js';

const NOW = new Date('2026-03-10T09:00:00+02:00');

interface Setup {
  adapter?: LocalCommerceAdapter;
  key?: string;
  lines?: boolean;
  locale?: string;
  events?: { name: string; params: Record<string, unknown> }[];
  consent?: 'none' | 'functional' | 'all';
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
  const shop = await fixture(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale=${options.locale ?? 'en'} consent=${options.consent ?? 'none'}>
    <sf-checkout storage-key=${key} .now=${NOW} history title-prefix="Bike shop: "></sf-checkout>
  </sf-shop>`);
  const el = shop.querySelector('sf-checkout') as SfCheckout;
  await waitUntil(() => el.shadowRoot?.querySelector('.step-heading, sf-order-confirmation, .status'), 'the checkout renders');
  await waitUntil(() => el.shadowRoot?.querySelector('.step-heading, sf-order-confirmation'), 'the cart loads');
  return { el, adapter, key, events, root: el.shadowRoot! };
}

const active = (el: SfCheckout) => el.shadowRoot!.activeElement as HTMLElement | null;
const heading = (el: SfCheckout) => plain(el.shadowRoot!.querySelector('.step-heading')?.textContent);
const input = (el: SfCheckout, field: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#f-${field}`)!;



// The shared keyboard helpers, with this suite's own limits: 25 Tabs to reach a control, the default step wait.
const tabTo = (el: SfCheckout, predicate: (a: HTMLElement) => boolean, what: string) => journey.tabTo(el, predicate, what, 25);
const typeInto = (el: SfCheckout, field: string, text: string) => journey.typeInto(el, field, text, 25);
const atStep = (el: SfCheckout, title: string) => journey.atStep(el, title, 1000);

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
  await journey.fillAddress(el, method, 25);
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
    // Its definition is fetched on demand: it may still be on its way when the element is in the page.
    await customElements.whenDefined('sf-order-confirmation');
    const confirmation = el.shadowRoot!.querySelector('sf-order-confirmation')!;
    // The confirmation is loaded on demand: it may be in the page before it is defined (the checkout then focuses
    // its heading once it is).
    await customElements.whenDefined('sf-order-confirmation');
    await confirmation.updateComplete;
    await waitUntil(() => confirmation.shadowRoot!.activeElement?.getAttribute('part') === 'heading', 'focus on the thank-you heading');
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

  it('validates on blur and on submit, never while typing the first time, and clears an error once fixed', async () => {
    const { el, root } = await mount();
    const email = input(el, 'email');
    const error = () => plain(root.querySelector('#e-email')?.textContent);
    await typeInto(el, 'email', 'aino');
    expect(root.querySelector('#e-email'), 'no error while typing').to.equal(null);
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(error()).to.equal('Error: Add the @ to the email address, like name@example.com');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')!.split(' ')).to.include('e-email');
    expect(email.getAttribute('autocomplete')).to.equal('email');
    input(el, 'email').focus();
    await sendKeys({ type: '@example' });
    await el.updateComplete;
    expect(error(), 'the message follows the fix').to.equal('Error: Add the part after the @, like example.com');
    await sendKeys({ type: '.fi' });
    await el.updateComplete;
    expect(root.querySelector('#e-email'), 'cleared as soon as fixed').to.equal(null);
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    // A field left untouched is not judged on blur: tabbing through the empty phone says nothing yet.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(root.querySelector('#e-phone')).to.equal(null);
  });

  it('shows a focused error summary on submit whose links move focus to each field', async () => {
    const { el, root } = await mount();
    await typeInto(el, 'email', 'aino@example');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const summary = root.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(active(el)).to.equal(summary);
    expect(plain(summary.querySelector('[role=heading]')?.textContent)).to.equal('There is a problem');
    const links = [...summary.querySelectorAll('a')].map((a) => plain(a.textContent));
    expect(links).to.deep.equal(['Add the part after the @, like example.com', 'Enter a phone number so the carrier can reach you']);
    expect(document.title).to.equal('Error: Bike shop: Contact details');
    expect(heading(el)).to.equal('Contact details');
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(plain(active(el)?.textContent)).to.equal('Enter a phone number so the carrier can reach you');
    await sendKeys({ press: 'Enter' });
    expect(active(el)).to.equal(input(el, 'phone'));
    expect(input(el, 'phone').getAttribute('aria-describedby')).to.equal('h-phone e-phone');
  });

  it('returns to the same step with everything typed after a reload at each step, never storing card details', async () => {
    const first = await mount();
    const { adapter, key } = first;
    const reload = async () => {
      first.el.closest('sf-shop')!.remove();
      return mount({ adapter, key });
    };
    await typeInto(first.el, 'email', 'aino@example.fi');
    let { el } = await reload();
    expect(heading(el)).to.equal('Contact details');
    expect(input(el, 'email').value).to.equal('aino@example.fi');
    await typeInto(el, 'phone', '+46 70 123 4567');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'Delivery');
    await typeInto(el, 'name', 'Aino Virtanen');
    await typeInto(el, 'postalCode', '33100');
    el.closest('sf-shop')!.remove();
    ({ el } = await mount({ adapter, key }));
    expect(heading(el)).to.equal('Delivery');
    expect(input(el, 'name').value).to.equal('Aino Virtanen');
    expect(input(el, 'postalCode').value).to.equal('33100');
    await typeInto(el, 'street', 'Hämeenkatu 1');
    await typeInto(el, 'city', 'Tampere');
    await waitUntil(() => el.shadowRoot!.querySelector('input[name=deliveryMethod]'));
    await tabTo(el, (a) => a.getAttribute('name') === 'deliveryMethod', 'methods');
    await sendKeys({ press: 'Space' });
    await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'Payment');
    await fillPaymentFields(el);
    el.closest('sf-shop')!.remove();
    ({ el } = await mount({ adapter, key }));
    expect(heading(el)).to.equal('Payment');
    await waitUntil(() => el.shadowRoot!.querySelector('#f-cardNumber'), 'the chosen card method shows its fields');
    expect(input(el, 'cardNumber').value, 'card number is never restored').to.equal('');
    expect(storageHolds(CARD)).to.equal(false);
    await fillPaymentFields(el, false);
    await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'Review and place order');
    // At the review with a card: the card must be typed again, so the reload goes back to payment and says why.
    el.closest('sf-shop')!.remove();
    ({ el } = await mount({ adapter, key }));
    expect(heading(el)).to.equal('Payment');
    expect(plain(el.shadowRoot!.querySelector('.notice')?.textContent)).to.contain('card details are not saved');
    await waitUntil(() => el.shadowRoot!.querySelector('input[name=paymentMethod]'));
    await tabTo(el, (a) => a.getAttribute('name') === 'paymentMethod', 'the payment methods');
    await sendKeys({ press: 'ArrowUp' });
    await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'Review and place order');
    el.closest('sf-shop')!.remove();
    ({ el } = await mount({ adapter, key }));
    expect(heading(el)).to.equal('Review and place order');
    await waitUntil(() => el.shadowRoot!.querySelector('.lines li'));
    const text = plain(el.shadowRoot!.textContent);
    expect(text).to.contain('aino@example.fi').and.contain('+46701234567').and.contain('Hämeenkatu 1').and.contain('Invoice (test)');
    expect(storageHolds(CARD)).to.equal(false);
  });

  it('moves focus to the new step heading once the step has rendered whole, in the task of the key press', async () => {
    const { el } = await mount();
    await typeInto(el, 'email', 'aino@example.fi');
    await typeInto(el, 'phone', '040 123 4567');
    // What the page holds when focus arrives: focus() lays the page out there, and a step whose own elements (the
    // steps indicator, a promise per delivery method) rendered after it would be laid out twice before its frame.
    let seen: { promises: number; unrendered: number; stepsPending: boolean; laterTask: boolean } | undefined;
    let laterTask = false;
    el.shadowRoot!.addEventListener('keydown', () => {
      // A message posted while the key is handled runs in a task of its own, after the key press's.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { laterTask = true; };
      channel.port2.postMessage(null);
    }, { once: true });
    el.shadowRoot!.addEventListener('focusin', (e) => {
      if (!(e.target as HTMLElement).classList?.contains('step-heading') || seen) return;
      const pending = (x: Element | null) => Boolean((x as (Element & { isUpdatePending?: boolean }) | null)?.isUpdatePending);
      const promises = [...el.shadowRoot!.querySelectorAll('sf-delivery-promise')];
      seen = {
        promises: promises.length,
        unrendered: promises.filter((p) => pending(p) || !p.shadowRoot?.querySelector('[part=promise]')).length,
        stepsPending: pending(el.shadowRoot!.querySelector('sf-checkout-steps')),
        laterTask,
      };
    });
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'Delivery');
    expect(active(el)?.classList.contains('step-heading'), 'focus on the new step heading').to.equal(true);
    expect(seen, 'focus moved to the heading').to.not.equal(undefined);
    expect(seen!.promises, 'the delivery methods show their promises').to.be.greaterThan(1);
    expect(seen!.unrendered, 'promises not yet rendered when focus moved').to.equal(0);
    expect(seen!.stepsPending, 'steps indicator not yet rendered when focus moved').to.equal(false);
    expect(seen!.laterTask, 'focus moved after the key press\'s task').to.equal(false);
    await expectNoAxeViolations(el);
  });

  it('moves between steps with the browser back and forward buttons without losing data', async () => {
    const { el } = await mount();
    await fillContact(el);
    await fillDelivery(el, 'home');
    const popped = () => new Promise((r) => addEventListener('popstate', r, { once: true }));
    let pop = popped();
    history.back();
    await pop;
    await atStep(el, 'Delivery');
    expect(location.hash).to.equal('#checkout/delivery');
    expect(active(el)?.classList.contains('step-heading')).to.equal(true);
    expect(document.title).to.equal('Bike shop: Delivery');
    expect(input(el, 'name').value).to.equal('Aino Virtanen');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#m-home')!.checked).to.equal(true);
    pop = popped();
    history.back();
    await pop;
    await atStep(el, 'Contact details');
    expect(input(el, 'phone').value).to.equal('040 123 4567');
    pop = popped();
    history.forward();
    await pop;
    await atStep(el, 'Delivery');
    expect(input(el, 'city').value).to.equal('Helsinki');
  });

  it('creates exactly one order from rapid double clicks and repeated Enter presses', async () => {
    const { el, adapter } = await mount();
    await fillContact(el);
    await fillDelivery(el);
    await fillPayment(el, 'invoice');
    adapter.faults = { latencyMs: 150 };
    const keys: string[] = [];
    const place = adapter.placeOrder.bind(adapter);
    adapter.placeOrder = (input) => {
      keys.push(input.idempotencyKey);
      return place(input);
    };
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=place-order]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    button.click();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(plain(button.textContent)).to.equal('Placing your order…');
    await waitUntil(() => el.shadowRoot!.querySelector('sf-order-confirmation'), 'the order is confirmed');
    expect(adapter.orders()).to.have.length(1);
    expect(new Set(keys).size).to.be.at.most(1);
  });

  for (const fault of ['loseResponse', 'fail'] as const) {
    it(`explains a failed place order (${fault}) and retries with the same key, creating one order`, async () => {
      const { el, adapter } = await mount();
      await fillContact(el);
      await fillDelivery(el);
      await fillPayment(el, 'invoice');
      const keys: string[] = [];
      const place = adapter.placeOrder.bind(adapter);
      adapter.placeOrder = (input) => {
        keys.push(input.idempotencyKey);
        return place(input);
      };
      adapter.faults = { [fault]: ['placeOrder'] };
      await placeOrderByKeyboard(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'the failure is explained');
      const alert = plain(el.shadowRoot!.querySelector('[role=alert]')!.textContent);
      expect(alert).to.contain('We could not confirm your order.').and.contain('We could not reach the shop').and.contain('never creates a second order');
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=place-order]')!;
      expect(plain(button.textContent)).to.equal('Try again');
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      await expectNoAxeViolations(el);
      adapter.faults = {};
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('sf-order-confirmation'), 'the retry is confirmed');
      expect(adapter.orders()).to.have.length(1);
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
    });
  }

  it('leaves the URL to a page that renames the confirmation in its sf-order-placed listener', async () => {
    // A page with its own router (the storefront demo) replaces the confirmation's entry with its order route.
    const { el } = await mount();
    const route = (e: SfOrderPlacedEvent) => history.replaceState(null, '', `#/order/${e.order.code}`);
    el.addEventListener('sf-order-placed', route);
    await fillContact(el);
    await fillDelivery(el);
    await fillPayment(el, 'invoice');
    await placeOrderByKeyboard(el);
    await waitUntil(() => el.shadowRoot!.querySelector('sf-order-confirmation'), 'the order is confirmed');
    await el.updateComplete;
    expect(location.hash).to.match(/^#\/order\/PP-/);
    el.removeEventListener('sf-order-placed', route);
    history.replaceState(null, '', '#');
  });

  it('starts the next checkout with a new idempotency key only after an order succeeded', async () => {
    // `functional` consent: the next checkout in this tab starts with the contact details and address.
    const { el, adapter, key } = await mount({ consent: 'functional' });
    await fillContact(el);
    await fillDelivery(el);
    await fillPayment(el, 'invoice');
    const first = JSON.parse(sessionStorage.getItem(`${key}:draft`)!).idempotencyKey as string;
    expect(first).to.match(/^[0-9a-f-]{36}$/);
    await placeOrderByKeyboard(el);
    await waitUntil(() => el.shadowRoot!.querySelector('sf-order-confirmation'));
    expect(JSON.parse(sessionStorage.getItem(`${key}:draft`)!).idempotencyKey).to.equal(null);
    el.closest('sf-shop')!.remove();
    const reloaded = await mount({ adapter, key });
    expect(reloaded.el.shadowRoot!.querySelector('sf-order-confirmation'), 'a reload of the confirmation shows it again').to.not.equal(null);
    expect(adapter.orders()).to.have.length(1);
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    history.replaceState(null, '', '#');
    reloaded.el.closest('sf-shop')!.remove();
    const next = await mount({ adapter, key, consent: 'functional' });
    expect(heading(next.el), 'a new checkout keeps the contact details').to.equal('Contact details');
    expect(input(next.el, 'email').value).to.equal('aino@example.fi');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await atStep(next.el, 'Delivery');
    expect(input(next.el, 'street').value, 'and the address').to.equal('Mannerheimintie 1');
    await waitUntil(() => next.el.shadowRoot!.querySelector('input[name=deliveryMethod]'));
    await tabTo(next.el, (a) => a.getAttribute('name') === 'deliveryMethod', 'methods');
    await sendKeys({ press: 'Space' });
    await tabTo(next.el, (a) => a.getAttribute('type') === 'submit', 'Continue');
    await sendKeys({ press: 'Enter' });
    await atStep(next.el, 'Payment');
    await fillPayment(next.el, 'invoice');
    const second = JSON.parse(sessionStorage.getItem(`${key}:draft`)!).idempotencyKey as string;
    expect(second).to.match(/^[0-9a-f-]{36}$/).and.not.equal(first);
  });

  it('keeps nothing about the shopper once the order is placed, without consent: the next checkout starts empty', async () => {
    const { el, adapter, key } = await mount();
    await fillContact(el);
    await fillDelivery(el);
    await fillPayment(el, 'invoice');
    expect(sessionStorage.getItem(`${key}:draft`), 'while buying, the draft keeps what was typed').to.include('aino@example.fi');
    await placeOrderByKeyboard(el);
    await waitUntil(() => el.shadowRoot!.querySelector('sf-order-confirmation'));
    const draft = sessionStorage.getItem(`${key}:draft`) ?? '';
    expect(draft, 'no email in the draft after the order').to.not.include('aino@example.fi');
    expect(draft, 'no address either').to.not.include('Mannerheimintie');
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    history.replaceState(null, '', '#');
    el.closest('sf-shop')!.remove();
    const next = await mount({ adapter, key });
    expect(heading(next.el)).to.equal('Contact details');
    expect(input(next.el, 'email').value, 'the next checkout asks again').to.equal('');
    await expectNoAxeViolations(next.el);
  });

  it('tells the shopper about a price change before paying, and asks again when it changes at the review', async () => {
    const { el, adapter } = await mount();
    await fillContact(el);
    await fillDelivery(el);
    adapter.setPrice('kypara-aero-m', 12900);
    await fillPayment(el, 'invoice');
    await waitUntil(() => el.shadowRoot!.querySelector('.notice'), 'the change is shown');
    expect(plain(el.shadowRoot!.querySelector('.notice')!.textContent)).to.contain('Your cart has changed').and.contain('Aero Helmet: the price changed from €149.00 to €129.00.');
    await expectNoAxeViolations(el);
    adapter.setPrice('kypara-aero-m', 13900);
    await placeOrderByKeyboard(el);
    await waitUntil(() => plain(el.shadowRoot!.querySelector('.notice')?.textContent).includes('€129.00 to €139.00'), 'the new change is shown');
    expect(plain(el.shadowRoot!.querySelector('.notice')!.textContent)).to.contain('place the order again');
    expect(adapter.orders(), 'nothing is bought at a price the shopper did not see').to.have.length(0);
    await placeOrderByKeyboard(el);
    await waitUntil(() => el.shadowRoot!.querySelector('sf-order-confirmation'));
    expect(adapter.orders()).to.have.length(1);
    expect(adapter.orders()[0]!.lines.find((l) => l.variantId === 'kypara-aero-m')!.unitPrice.amount).to.equal(13900);
  });

  it('stops at the review when stock dropped, saying what to change', async () => {
    const { el, adapter } = await mount();
    await fillContact(el);
    await fillDelivery(el);
    adapter.setStock('chain-11-default', 1);
    await fillPayment(el, 'invoice');
    await waitUntil(() => el.shadowRoot!.querySelector('.notice'));
    expect(plain(el.shadowRoot!.querySelector('.notice')!.textContent)).to.contain('only 1 left. Lower the quantity in your cart');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=place-order]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await placeOrderByKeyboard(el);
    await el.updateComplete;
    expect(adapter.orders()).to.have.length(0);
  });

  it('has no axe violations on any step, in Finnish', async () => {
    const { el, root } = await mount({ locale: 'fi' });
    expect(heading(el)).to.equal('Yhteystiedot');
    await expectNoAxeViolations(el);
    await typeInto(el, 'email', 'aino@example.fi');
    await typeInto(el, 'phone', '0401234567');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'Toimitus');
    await typeInto(el, 'postalCode', '0010');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(plain(root.querySelector('#e-postalCode')?.textContent)).to.equal('Virhe: Kirjoita postinumero viitenä numerona, esimerkiksi 00100');
    input(el, 'postalCode').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '0' });
    await waitUntil(() => root.querySelector('input[name=deliveryMethod]'));
    root.querySelector<HTMLInputElement>('#m-pickup-point')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => root.querySelector('input[name=pickupPoint]'));
    const promises = [...root.querySelectorAll('.option sf-delivery-promise')];
    expect(promises, 'each delivery method shows its own promise').to.have.length(3);
    await Promise.all(promises.map((p) => (p as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(plain(promises[1]!.shadowRoot!.textContent)).to.contain('Noudettavissa huomenna klo 17 jälkeen');
    await expectNoAxeViolations(el);
    await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Jatka');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root.querySelectorAll('.error-summary li')).to.have.length(4);
    await expectNoAxeViolations(el);
  });

  it("offers the shop's payment provider element from the payment slot instead of the local methods", async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    const key = uniqueKey('checkout');
    const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en">
      <sf-checkout storage-key=${key} .now=${NOW} payment-method="card">
        <div slot="payment"><label>Provider field <input autocomplete="off" /></label></div>
      </sf-checkout>
    </sf-shop>`);
    const el = shop.querySelector('sf-checkout') as SfCheckout;
    await waitUntil(() => el.shadowRoot!.querySelector('.step-heading'));
    await fillContact(el);
    await fillDelivery(el);
    await waitUntil(() => el.shadowRoot!.querySelector('slot[name=payment]'));
    await waitUntil(() => !el.shadowRoot!.querySelector('input[name=paymentMethod]'), 'no local methods beside the provider');
    expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=payment]')!.assignedElements()).to.have.length(1);
    await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'Review and place order');
    await waitUntil(() => el.shadowRoot!.querySelector('.lines li'));
    await placeOrderByKeyboard(el);
    await waitUntil(() => el.shadowRoot!.querySelector('sf-order-confirmation'));
    expect(adapter.orders()[0]!.paymentMethod.id).to.equal('card');
  });
});

async function fillPaymentFields(el: SfCheckout, choose = true) {
  await waitUntil(() => el.shadowRoot!.querySelector('input[name=paymentMethod]'), 'payment methods load');
  if (choose) {
    await tabTo(el, (a) => a.getAttribute('name') === 'paymentMethod', 'the payment methods');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
  }
  await typeInto(el, 'cardNumber', '4242 4242 4242 4242');
  await typeInto(el, 'cardExpiry', '12/30');
  await typeInto(el, 'cardCvc', '123');
  expect(storageHolds(CARD), 'card number in storage').to.equal(false);
}
