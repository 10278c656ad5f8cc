import '../../src/messages/locales/all.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkPromise, orderPromise, promiseResult, summarisePromiseAccuracy, type DeliveryPromiseResult,
} from '../../src/core/order-progress.js';
import { describeOrderStatus, describeCompensation } from '../../src/messages/order-status.js';
import { money } from '../../src/core/money.js';
import { progressOf, sampleOrder } from '../helpers/orders.js';

// Every instant below is written in UTC and every check is made in the promise's zone (Europe/Helsinki, UTC+2 in
// March), so the machine's own zone cannot change a result.
/** Tuesday 10 March 2026, 09:00 in Helsinki: before the 14:00 cut-off. */
const PLACED = new Date('2026-03-10T07:00:00Z');
const DAY = 86_400_000;
/** Helsinki 'YYYY-MM-DD HH:MM' (UTC+2 in early March) as an ISO instant. */
const hki = (local: string) => new Date(`${local.replace(' ', 'T')}:00+02:00`).toISOString();

describe('order progress against the promise', () => {
  it('home delivery: promised Wed 11.3.–Thu 12.3.; on time, early and late by the Helsinki day', () => {
    const order = sampleOrder('home', PLACED);
    const promise = orderPromise(order)!;
    expect([promise.earliest, promise.latest]).to.deep.equal(['2026-03-11', '2026-03-12']);
    const delivered = (at: string) => checkPromise(progressOf(order, [['received', PLACED.toISOString()], ['delivered', hki(at)]]), Date.parse(hki(at)));
    expect(delivered('2026-03-12 23:59')).to.include({ outcome: 'on-time', daysLate: 0, final: true });
    expect(delivered('2026-03-11 00:01')).to.include({ outcome: 'on-time', final: true });
    // 00:30 on Friday in Helsinki is still Thursday in UTC: the shop's day decides.
    expect(delivered('2026-03-13 00:30')).to.include({ outcome: 'late', daysLate: 1, final: true });
    expect(delivered('2026-03-10 20:00')).to.include({ outcome: 'early', daysEarly: 1, final: true });
  });

  it('is late before it arrives, once the promised latest day has passed, and the days grow with the clock', () => {
    const order = sampleOrder('pickup-point', PLACED);
    const progress = progressOf(order, [['received', PLACED.toISOString()], ['dispatched', hki('2026-03-10 15:00')]]);
    expect(checkPromise(progress, Date.parse(hki('2026-03-11 23:59')))).to.include({ stage: 'dispatched', final: false, daysLate: 0 });
    expect(checkPromise(progress, Date.parse(hki('2026-03-11 23:59'))).outcome).to.equal(undefined);
    expect(checkPromise(progress, Date.parse(hki('2026-03-12 00:00')))).to.include({ outcome: 'late', daysLate: 1, final: false });
    expect(checkPromise(progress, Date.parse(hki('2026-03-14 10:00')))).to.include({ outcome: 'late', daysLate: 3 });
  });

  it('a cancelled order has no outcome and sends no accuracy result', () => {
    const order = sampleOrder('home', PLACED);
    const progress = progressOf(order, [['received', PLACED.toISOString()], ['cancelled', hki('2026-03-13 10:00')]]);
    const check = checkPromise(progress, Date.parse(hki('2026-03-14 10:00')));
    expect(check).to.include({ stage: 'cancelled', final: true });
    expect(check.outcome).to.equal(undefined);
    expect(promiseResult(progress, check)).to.equal(null);
  });

  it('pickup is measured at "ready for pickup", not when the shopper collects it', () => {
    const order = sampleOrder('pickup-point', PLACED);
    const progress = progressOf(order, [
      ['received', PLACED.toISOString()], ['ready-for-pickup', hki('2026-03-11 17:00')], ['picked-up', hki('2026-03-16 12:00')],
    ]);
    const check = checkPromise(progress, Date.parse(hki('2026-03-16 12:00')));
    expect(check).to.include({ stage: 'picked-up', outcome: 'on-time' });
    expect(promiseResult(progress, check)).to.deep.equal({
      transaction_id: 'PP-TEST1', method: 'pickup-point', delivery_method_id: 'pickup-point', carrier: 'Matkahuolto',
      promised_earliest: '2026-03-11', promised_latest: '2026-03-11', promised_ready_from: '17:00',
      actual_at: '2026-03-11T15:00:00.000Z', actual_date: '2026-03-11', outcome: 'on-time', days_late: 0, days_early: 0,
    });
  });

  it('property: the outcome is the Helsinki day of arrival against the promised window, and days count the gap', () => {
    const order = sampleOrder('home', PLACED);
    const { earliest, latest } = orderPromise(order)!;
    const dayOf = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 * 24 * 60 }), (minutes) => {
      const at = PLACED.getTime() + minutes * 60_000;
      const progress = progressOf(order, [['received', PLACED.toISOString()], ['delivered', new Date(at).toISOString()]]);
      const check = checkPromise(progress, at);
      // An independent reading of the Helsinki day: sv-SE formats as YYYY-MM-DD.
      const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date(at));
      const day = dayOf(local);
      const expected = day > dayOf(latest) ? 'late' : day < dayOf(earliest) ? 'early' : 'on-time';
      expect(check.outcome).to.equal(expected);
      expect(check.daysLate).to.equal(Math.max(0, day - dayOf(latest)));
      expect(check.daysEarly).to.equal(Math.max(0, dayOf(earliest) - day));
      expect(promiseResult(progress, check)!.actual_date).to.equal(local);
    }), { numRuns: 300 });
  });
});

describe('promise accuracy summary', () => {
  const r = (id: string, method: DeliveryPromiseResult['method'], outcome: DeliveryPromiseResult['outcome'], days_late = 0) =>
    ({ transaction_id: id, method, outcome, days_late });

  it('gives the on-time rate (early counts as kept) and the mean lateness of late orders, per method', () => {
    const s = summarisePromiseAccuracy([
      r('A', 'home', 'on-time'), r('B', 'home', 'late', 1), r('C', 'home', 'late', 3), r('D', 'home', 'early'),
      r('E', 'pickup-point', 'on-time'),
    ]);
    expect(s).to.include({ orders: 5, onTime: 2, early: 1, late: 2, onTimeRate: 3 / 5, lateRate: 2 / 5, meanDaysLate: 2 });
    expect(s.byMethod.home).to.include({ orders: 4, onTimeRate: 0.5, meanDaysLate: 2 });
    expect(s.byMethod['pickup-point']).to.include({ orders: 1, onTimeRate: 1, meanDaysLate: 0 });
    expect(s.byMethod.store).to.equal(undefined);
  });

  it('counts a resent result once, and has no rate without orders', () => {
    expect(summarisePromiseAccuracy([r('A', 'home', 'late', 2), r('A', 'home', 'late', 2)])).to.include({ orders: 1, meanDaysLate: 2 });
    expect(summarisePromiseAccuracy([])).to.include({ orders: 0, onTimeRate: null, lateRate: null, meanDaysLate: 0 });
  });

  it('property: rates add up and on-time + early + late = orders', () => {
    const outcome = fc.constantFrom('on-time', 'early', 'late') as fc.Arbitrary<DeliveryPromiseResult['outcome']>;
    fc.assert(fc.property(fc.array(fc.record({ id: fc.integer({ min: 0, max: 30 }), outcome, d: fc.integer({ min: 1, max: 9 }) })), (rows) => {
      const s = summarisePromiseAccuracy(rows.map((x) => r(String(x.id), 'home', x.outcome, x.outcome === 'late' ? x.d : 0)));
      expect(s.onTime + s.early + s.late).to.equal(s.orders);
      expect(s.orders).to.equal(new Set(rows.map((x) => x.id)).size);
      if (s.orders) expect(s.onTimeRate! + s.lateRate!).to.be.closeTo(1, 1e-9);
    }));
  });
});

describe('order status wording', () => {
  const order = sampleOrder('pickup-point', PLACED);
  const ready = progressOf(order, [['received', PLACED.toISOString()], ['ready-for-pickup', hki('2026-03-11 17:00')]], {
    pickupUntil: hki('2026-03-18 23:59'),
  });

  it('ready for pickup: where and until when, in fi / sv / en', () => {
    const now = new Date(hki('2026-03-11 18:00'));
    const check = checkPromise(ready, now);
    expect(describeOrderStatus(ready, check, { now, locale: 'en' }).text).to.equal('Ready for pickup at Matkahuolto Kamppi until Wed 18.3.');
    expect(describeOrderStatus(ready, check, { now, locale: 'fi' }).text).to.equal('Noudettavissa noutopisteestä Matkahuolto Kamppi ke 18.3. asti.');
    expect(describeOrderStatus(ready, check, { now, locale: 'sv' }).text).to.equal('Kan hämtas på utlämningsstället Matkahuolto Kamppi till och med ons 18.3.');
  });

  it('late: "Your order is 1 day late. We are sorry." in fi / sv / en, plural from two days', () => {
    const dispatched = progressOf(order, [['received', PLACED.toISOString()], ['dispatched', hki('2026-03-10 15:00')]]);
    const at = (d: string, locale: 'fi' | 'sv' | 'en') => {
      const now = new Date(hki(d));
      return describeOrderStatus(dispatched, checkPromise(dispatched, now), { now, locale }).text;
    };
    expect(at('2026-03-12 09:00', 'en')).to.equal('Your order is 1 day late. We are sorry.');
    expect(at('2026-03-13 09:00', 'en')).to.equal('Your order is 2 days late. We are sorry.');
    expect(at('2026-03-12 09:00', 'fi')).to.equal('Tilauksesi on 1 päivän myöhässä. Pahoittelemme.');
    expect(at('2026-03-13 09:00', 'fi')).to.equal('Tilauksesi on 2 päivää myöhässä. Pahoittelemme.');
    expect(at('2026-03-12 09:00', 'sv')).to.equal('Din beställning är 1 dag försenad. Vi ber om ursäkt.');
  });

  it('the compensation in words, with the worth and the code', () => {
    expect(describeCompensation({ code: 'SORRY-5', amount: money(500) }, 'en').replace(/\u00a0/g, ' ')).to.equal(
      'As an apology, here is €5.00 off your next order with the code SORRY-5.',
    );
    expect(describeCompensation({ code: 'ANTEEKSI', percent: 10, validUntil: '2026-04-30' }, 'fi')).to.equal(
      'Pahoittelumme merkiksi saat seuraavasta tilauksestasi 10\u00a0% alennusta koodilla ANTEEKSI. Voimassa to 30.4. asti.',
    );
  });
});
