import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-order-status.js';
import '../../src/define/sf-delivery-promise.js';
import type { SfOrderStatus } from '../../src/elements/sf-order-status/sf-order-status.js';
import type { SfDeliveryPromise } from '../../src/elements/sf-delivery-promise/sf-delivery-promise.js';
import type { SfOrderStatusChangeEvent } from '../../src/elements/events/order-status-change.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { ManualClock } from '../../src/core/clock.js';
import { createSafeStorage, type SafeStorage } from '../../src/core/storage.js';
import type { Locale } from '../../src/core/locale.js';
import type { Order } from '../../src/core/model.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
/** Tuesday 10 March 2026, 09:00 in Helsinki: before the 14:00 cut-off. */
const PLACED = new Date('2026-03-10T07:00:00Z');
const hki = (local: string) => new Date(`${local.replace(' ', 'T')}:00+02:00`);

class RecordingTelemetry {
  readonly tracks: { name: string; params: Record<string, unknown> }[] = [];
  track(name: string, params: Record<string, unknown> = {}): void {
    this.tracks.push({ name, params });
  }
}

const memoryStorage = (): SafeStorage => {
  const data = new Map<string, string>();
  const backing = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => data.set(k, v), removeItem: (k: string) => data.delete(k) };
  return createSafeStorage(() => backing as unknown as Storage);
};

async function place(adapter: LocalCommerceAdapter, deliveryMethodId: string, pickupPointId?: string): Promise<Order> {
  await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
  return adapter.placeOrder({
    idempotencyKey: crypto.randomUUID(),
    contact: { email: 'aino@example.fi', phone: '+358401234567' },
    shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId,
    ...(pickupPointId ? { pickupPointId } : {}),
    paymentMethodId: 'invoice',
  });
}

interface Setup {
  method: string;
  point?: string;
  locale?: Locale;
  fate?: Parameters<LocalCommerceAdapter['setOrderFate']>[1];
  storage?: SafeStorage;
  telemetry?: RecordingTelemetry;
}

async function setup({ method, point, locale = 'en', fate, storage = memoryStorage(), telemetry = new RecordingTelemetry() }: Setup) {
  const clock = new ManualClock(PLACED);
  const adapter = testAdapter({ clock });
  const order = await place(adapter, method, point);
  if (fate) adapter.setOrderFate(order.code, fate);
  let compensationCalls = 0;
  let reads = 0;
  const getOrderProgress = adapter.getOrderProgress.bind(adapter);
  adapter.getOrderProgress = (c, o) => {
    reads += 1;
    return getOrderProgress(c, o);
  };
  const compensationFor = adapter.compensationFor.bind(adapter);
  adapter.compensationFor = (o, l) => {
    compensationCalls += 1;
    return compensationFor(o, l);
  };
  const changes: SfOrderStatusChangeEvent[] = [];
  const shop = await fixture<HTMLElement>(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale=${locale}>
    <sf-order-status code=${order.code} email="aino@example.fi" .clock=${clock} .storage=${storage}
      @sf-order-status-change=${(e: SfOrderStatusChangeEvent) => changes.push(e)}></sf-order-status>
  </sf-shop>`);
  const el = shop.querySelector('sf-order-status') as SfOrderStatus;
  const status = () => plain(el.shadowRoot!.querySelector('[part=heading]') ? el.shadowRoot!.querySelector('[part=status]')!.textContent : '');
  /** The visible name of the step marked current (without its screen-reader suffix). */
  const current = () => {
    const label = el.shadowRoot!.querySelector('[aria-current=step] .label');
    return label ? [...label.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim() : undefined;
  };
  /** Moves the shop's clock and waits until the element has read the order at that moment and shows `stage`. */
  const at = async (local: string, stage: string) => {
    clock.set(hki(local));
    await waitUntil(() => current() === stage, `expected the step "${stage}" at ${local}, saw "${current()}"`);
    await el.updateComplete;
  };
  /** Moves the shop's clock and waits until the element has read the order again. */
  const tick = async (local: string) => {
    const before = reads;
    clock.set(hki(local));
    await waitUntil(() => reads > before, `no read at ${local}`);
    await waitUntil(() => el.progress && !el.matches(':state(loading)'));
    await el.updateComplete;
  };
  await waitUntil(() => status() !== '', 'the order did not load');
  return { clock, adapter, order, el, shop, status, at, tick, telemetry, storage, changes, compensations: () => compensationCalls };
}

describe('<sf-order-status>', () => {
  it('pickup on time: every step, the badge\'s own words before it is ready, "ready at … until …", one accuracy event', async () => {
    const s = await setup({ method: 'pickup-point', point: 'mh-kamppi' });
    const badge = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise .method=${s.order.deliveryMethod} .clock=${new ManualClock(PLACED)}
      tense="order" .placeName=${'Matkahuolto Kamppi'} locale="en"></sf-delivery-promise>`);
    const badgeText = plain(badge.shadowRoot!.querySelector('[part=promise]')!.textContent);
    expect(badgeText).to.match(/^Your order is on its way; pick it up tomorrow after 17:00 at Matkahuolto Kamppi\.?$/);
    expect(s.status()).to.equal(badgeText.endsWith('.') ? badgeText : `${badgeText}.`);
    const promised = () => [...s.el.shadowRoot!.querySelectorAll('[part=promise] dt, [part=promise] dd')].map((n) => plain(n.textContent));
    expect(promised()).to.deep.equal(['Promised', 'Ready for pickup Wed 11.3. after 17:00.', 'Ready for pickup', 'Not yet']);
    await expectNoAxeViolations(s.el);

    await s.at('2026-03-10 10:00', 'Packed');
    await s.at('2026-03-10 14:00', 'Dispatched');
    await expectNoAxeViolations(s.el);
    const stepsBox = s.el.shadowRoot!.querySelector('[part=steps]')!.getBoundingClientRect();
    await s.at('2026-03-11 17:00', 'Ready for pickup');
    expect(s.status()).to.equal('Ready for pickup at Matkahuolto Kamppi until Wed 18.3.');
    expect(promised()[3]).to.equal('Wed 11.3. 17:00');
    // Every step was listed from the start: the timeline neither moved nor grew as the order advanced.
    const after = s.el.shadowRoot!.querySelector('[part=steps]')!.getBoundingClientRect();
    expect([after.top, after.height]).to.deep.equal([stepsBox.top, stepsBox.height]);
    await expectNoAxeViolations(s.el);
    expect(s.telemetry.tracks.filter((t) => t.name === 'delivery_promise_result')).to.deep.equal([{
      name: 'delivery_promise_result',
      params: {
        transaction_id: s.order.code, method: 'pickup-point', delivery_method_id: 'pickup-point', carrier: 'Matkahuolto',
        promised_earliest: '2026-03-11', promised_latest: '2026-03-11', promised_ready_from: '17:00',
        actual_at: hki('2026-03-11 17:00').toISOString(), actual_date: '2026-03-11', outcome: 'on-time', days_late: 0, days_early: 0,
      },
    }]);

    await s.at('2026-03-12 13:00', 'Picked up');
    expect(s.status()).to.equal('Picked up Thu 12.3.');
    expect(s.changes.map((e) => e.stage)).to.deep.equal(['packed', 'dispatched', 'ready-for-pickup', 'picked-up']);
    await expectNoAxeViolations(s.el);
    // Still one result for this order, across reads and across a second status page on the same storage.
    const again = await fixture<HTMLElement>(html`<sf-shop .adapter=${s.adapter} .telemetry=${s.telemetry} locale="en">
      <sf-order-status code=${s.order.code} .clock=${s.clock} .storage=${s.storage}></sf-order-status></sf-shop>`);
    const second = again.querySelector('sf-order-status') as SfOrderStatus;
    await waitUntil(() => second.progress !== undefined);
    expect(s.telemetry.tracks.filter((t) => t.name === 'delivery_promise_result')).to.have.length(1);
  });

  it('home delivery, late, in Finnish: the apology before it arrives, the compensation asked once and shown once', async () => {
    const s = await setup({ method: 'home', locale: 'fi', fate: { shift: 1 } });
    await s.at('2026-03-10 14:00', 'Lähetetty');
    // The last promised day, late in the evening: not late yet, so no apology.
    await s.tick('2026-03-12 23:00');
    expect(s.status()).to.equal('Tilauksesi on matkalla; se on perillä ke 11.3.–to 12.3.');
    expect(s.el.shadowRoot!.querySelector('[part=compensation]')).to.equal(null);

    await s.at('2026-03-13 08:00', 'Jakelussa');
    await waitUntil(() => s.el.shadowRoot!.querySelector('[part=compensation]'), 'no compensation shown');
    expect(s.status()).to.equal('Tilauksesi on jakelussa tänään. Tilauksesi on 1 päivän myöhässä. Pahoittelemme.');
    const code = `SORRY-${s.order.code.slice(3)}`;
    const compensation = plain(s.el.shadowRoot!.querySelector('[part=compensation]')!.textContent);
    expect(compensation).to.equal(`Pahoittelumme merkiksi saat seuraavasta tilauksestasi 5,00 € alennusta koodilla ${code}. Voimassa to 11.6. asti.`);
    await waitUntil(() => plain(s.el.shadowRoot!.querySelector('[role=status][aria-live=polite]')!.textContent).includes(code), 'the compensation was not announced');
    expect(s.el.matches(':state(late)')).to.equal(true);
    await expectNoAxeViolations(s.el);

    await s.at('2026-03-13 14:00', 'Toimitettu');
    expect(s.status()).to.equal('Toimitettu pe 13.3. Se oli 1 päivän myöhässä. Pahoittelemme.');
    await s.tick('2026-03-13 15:00');
    expect(s.el.shadowRoot!.querySelectorAll('[part=compensation]')).to.have.length(1);
    expect(s.compensations()).to.equal(1);
    const results = s.telemetry.tracks.filter((t) => t.name === 'delivery_promise_result');
    expect(results).to.have.length(1);
    expect(results[0]!.params).to.include({ method: 'home', carrier: 'Posti', outcome: 'late', days_late: 1, promised_latest: '2026-03-12', actual_date: '2026-03-13' });
    await expectNoAxeViolations(s.el);
  });

  it('early in Swedish, and cancelled in English, which sends no accuracy result', async () => {
    const early = await setup({ method: 'home', locale: 'sv', fate: { shift: -1 } });
    await early.at('2026-03-10 16:00', 'Levererad');
    expect(early.status()).to.equal('Levererad tis 10.3. Det är 1 dag tidigare än utlovat.');
    expect(early.telemetry.tracks.find((t) => t.name === 'delivery_promise_result')!.params).to.include({ outcome: 'early', days_early: 1, days_late: 0 });
    await expectNoAxeViolations(early.el);

    const cancelled = await setup({ method: 'pickup-point', point: 'mh-kamppi', fate: { cancelAfterHours: 2 } });
    await cancelled.at('2026-03-10 11:00', 'Cancelled');
    expect(cancelled.status()).to.equal('Your order was cancelled.');
    expect(cancelled.el.matches(':state(cancelled)')).to.equal(true);
    cancelled.clock.set(hki('2026-03-20 12:00'));
    expect(cancelled.telemetry.tracks.filter((t) => t.name === 'delivery_promise_result')).to.deep.equal([]);
    await expectNoAxeViolations(cancelled.el);
  });

  it('a page of its own: the order number and email typed in, "not found" for a wrong email', async () => {
    const clock = new ManualClock(PLACED);
    const adapter = testAdapter({ clock });
    const order = await place(adapter, 'home');
    const shop = await fixture<HTMLElement>(html`<sf-shop .adapter=${adapter} locale="en"><sf-order-status .clock=${clock}></sf-order-status></sf-shop>`);
    const el = shop.querySelector('sf-order-status') as SfOrderStatus;
    await el.updateComplete;
    await expectNoAxeViolations(el);
    const code = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=code]')!;
    code.focus();
    await sendKeys({ type: order.code });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'someone@example.fi' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'no "not found" message');
    expect(plain(el.shadowRoot!.querySelector('[part=error]')!.textContent)).to.equal('We found no order with that number and email. Check both and try again.');
    await expectNoAxeViolations(el);
    const email = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=email]')!;
    email.select();
    email.focus();
    await sendKeys({ type: 'aino@example.fi' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.progress, 'the order did not load');
    await el.updateComplete;
    expect(plain(el.shadowRoot!.querySelector('[part=heading]')!.textContent)).to.equal(`Order ${order.code}`);
    expect(el.shadowRoot!.querySelector('[part=lookup]')).to.equal(null);
  });
});
