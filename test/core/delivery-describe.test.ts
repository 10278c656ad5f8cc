import '../../src/messages/locales/all.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { promiseDelivery } from '../../src/core/delivery/engine.js';
import {
  COUNTDOWN_MAX_MS, describeDeliveryPromise, formatCountdown, formatDeliveryDate, type DescribeDeliveryOptions,
} from '../../src/messages/describe-delivery.js';
import type { DeliveryPromiseInput } from '../../src/core/delivery/types.js';
import type { Locale } from '../../src/core/locale.js';

const TZ = 'Europe/Helsinki';

function say(now: string, params: Partial<DeliveryPromiseInput>, options: Partial<DescribeDeliveryOptions> = {}) {
  const at = new Date(now);
  const promise = promiseDelivery({ now: at, timeZone: TZ, cutoff: '14:00', transitDays: 1, holidays: 'FI', ...params });
  return describeDeliveryPromise(promise, { now: at, locale: 'en', timeZone: TZ, kind: 'home', ...options });
}

const pickupPoint = { transitDays: 1, deliveryDays: [1, 2, 3, 4, 5, 6], readyFrom: '17:00' };

describe('formatDeliveryDate and formatCountdown', () => {
  it('writes short weekday and day.month. in each locale', () => {
    expect(formatDeliveryDate('2026-11-26', 'fi')).to.equal('to 26.11.');
    expect(formatDeliveryDate('2026-11-26', 'sv')).to.equal('tors 26.11.');
    expect(formatDeliveryDate('2026-11-26', 'en')).to.equal('Thu 26.11.');
    expect(formatDeliveryDate('2027-01-04', 'fi')).to.equal('ma 4.1.');
  });

  it('writes hours and minutes, rounded up to the minute', () => {
    expect(formatCountdown((2 * 60 + 10) * 60_000, 'en')).to.equal('2 h 10 min');
    expect(formatCountdown((2 * 60 + 10) * 60_000, 'fi')).to.equal('2 t 10 min');
    expect(formatCountdown((2 * 60 + 10) * 60_000, 'sv')).to.equal('2 h 10 min');
    expect(formatCountdown(45 * 60_000, 'fi')).to.equal('45 min');
    expect(formatCountdown(3 * 3600_000, 'fi')).to.equal('3 t');
    expect(formatCountdown(44 * 60_000 + 1, 'en')).to.equal('45 min');
    expect(formatCountdown(1, 'en')).to.equal('1 min');
  });
});

describe('describeDeliveryPromise: offer', () => {
  // Wed 25.11.2026 11:50 in Helsinki (UTC+2): 2 h 10 min before the 14:00 cut-off.
  const wed = '2026-11-25T09:50:00Z';

  it('counts down and names relative days in three locales', () => {
    expect(say(wed, {}).text).to.equal('Order within 2 h 10 min and it ships today. Arrives tomorrow.');
    expect(say(wed, {}, { locale: 'fi' }).text).to.equal('Tilaa 2 t 10 min kuluessa, niin lähetämme tänään. Perillä huomenna.');
    expect(say(wed, {}, { locale: 'sv' }).text).to.equal('Beställ inom 2 h 10 min så skickar vi i dag. Levereras i morgon.');
    expect(say(wed, {}).countdown).to.equal('2 h 10 min');
  });

  it('shows a date range as two dates', () => {
    const r = say('2026-11-24T09:50:00Z', { transitDays: { min: 2, max: 3 } });
    expect(r.arrival).to.equal('Arrives Thu 26.11.–Fri 27.11.');
    expect(say('2026-11-24T09:50:00Z', { transitDays: { min: 2, max: 3 } }, { locale: 'fi' }).arrival).to.equal('Perillä to 26.11.–pe 27.11.');
  });

  it('names the pickup time and place', () => {
    const opts = { kind: 'pickup-point' as const, placeName: 'K-Market Kamppi' };
    expect(say(wed, pickupPoint, opts).arrival).to.equal('Ready for pickup tomorrow after 17:00 at K-Market Kamppi.');
    expect(say(wed, pickupPoint, { ...opts, locale: 'fi' }).arrival)
      .to.equal('Noudettavissa huomenna klo 17 jälkeen noutopisteestä K-Market Kamppi.');
    expect(say(wed, pickupPoint, { ...opts, locale: 'sv' }).arrival)
      .to.equal('Kan hämtas i morgon efter kl. 17 på utlämningsstället K-Market Kamppi.');
    expect(say(wed, { ...pickupPoint, readyFrom: '17:30' }, { kind: 'pickup-point', locale: 'fi' }).arrival)
      .to.equal('Noudettavissa huomenna klo 17.30 jälkeen.');
  });

  it('omits a countdown longer than 12 hours: names today’s cut-off time instead', () => {
    // 01:59 local: 12 h 1 min before 14:00.
    const early = say('2026-11-24T23:59:00Z', {});
    expect(early.countdown).to.equal(null);
    expect(early.dispatch).to.equal('Order by 14:00 and it ships today.');
    expect(say('2026-11-24T23:59:00Z', {}, { locale: 'fi' }).dispatch).to.equal('Tilaa viimeistään klo 14, niin lähetämme tänään.');
    expect(say('2026-11-24T23:59:00Z', {}, { locale: 'sv' }).dispatch).to.equal('Beställ senast kl. 14 så skickar vi i dag.');
    // Exactly 12 h before: counted down.
    expect(say('2026-11-25T00:00:00Z', {}).countdown).to.equal('12 h');
  });

  it('after the Friday cut-off just names the dispatch day (no countdown to Monday)', () => {
    const r = say('2026-11-27T13:00:00Z', {});
    expect(r.countdown).to.equal(null);
    expect(r.text).to.equal('Ships Mon 30.11. Arrives Tue 1.12.');
    expect(say('2026-11-27T13:00:00Z', {}, { locale: 'fi' }).text).to.equal('Lähtee ma 30.11. Perillä ti 1.12.');
    expect(say('2026-11-27T13:00:00Z', {}, { locale: 'sv' }).text).to.equal('Skickas mån 30.11. Levereras tis 1.12.');
  });

  it('after the cut-off in the evening counts down to tomorrow morning’s cut-off when it is near', () => {
    // 23:00 Wednesday, cut-off 09:00: 10 h left, ships tomorrow.
    expect(say('2026-11-25T21:00:00Z', { cutoff: '09:00' }).dispatch).to.equal('Order within 10 h and it ships tomorrow.');
  });

  it('says "today" only where true in the shop zone: 00:30 Thursday in Helsinki is Wednesday in UTC', () => {
    // Ships Thursday 26.11. ("today" in Helsinki), arrives Friday 27.11. ("tomorrow" in Helsinki).
    const r = say('2026-11-25T22:30:00Z', {});
    expect(r.text).to.equal('Order by 14:00 and it ships today. Arrives tomorrow.');
    const utc = say('2026-11-25T22:30:00Z', { timeZone: 'UTC' }, { timeZone: 'UTC' });
    // The same instant in a UTC warehouse: Thursday is tomorrow there.
    expect(utc.text).to.equal('Ships tomorrow. Arrives Fri 27.11.');
  });

  it('counts real time across the spring-forward night (7 h 30 min, not the 8 h 30 min on the wall clock)', () => {
    // Sat 28.3.2026 00:30 local → a Sunday dispatch day with cut-off 09:00 after the clocks jump at 03:00.
    const r = say('2026-03-28T22:30:00Z', { cutoff: '09:00', dispatchDays: [7], deliveryDays: [7], transitDays: 0, holidays: undefined });
    expect(r.countdown).to.equal('7 h 30 min');
  });

  it('can leave the countdown out', () => {
    const r = say(wed, {}, { countdown: false });
    expect(r.countdown).to.equal(null);
    expect(r.dispatch).to.equal('Order by 14:00 and it ships today.');
  });

  it('a day before Christmas: ships today, arrives after the holidays', () => {
    const r = say('2026-12-23T11:00:00Z', { transitDays: { min: 1, max: 2 } }, { locale: 'fi' });
    expect(r.text).to.equal('Tilaa 1 t kuluessa, niin lähetämme tänään. Perillä ma 28.12.–ti 29.12.');
  });

  it('never shows a countdown longer than the limit or a past cut-off', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2035-12-01T00:00:00Z'), noInvalidDate: true }), (now) => {
        const promise = promiseDelivery({ now, timeZone: TZ, cutoff: '14:00', transitDays: 1, holidays: 'FI' });
        const r = describeDeliveryPromise(promise, { now, locale: 'en', timeZone: TZ, kind: 'home' });
        const left = promise.orderBy.getTime() - now.getTime();
        expect(r.countdown !== null).to.equal(left <= COUNTDOWN_MAX_MS);
        expect(r.text).to.match(/^(Order within \d|Order by 14:00 and it ships today\.|Ships )/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('describeDeliveryPromise: order confirmation', () => {
  const order = (now: string, params: Partial<DeliveryPromiseInput>, options: Partial<DescribeDeliveryOptions>, locale: Locale = 'en') =>
    say(now, params, { tense: 'order', locale, ...options }).text;

  it('on its way when it ships today', () => {
    const opts = { kind: 'pickup-point' as const, placeName: 'K-Market Kamppi' };
    expect(order('2026-11-25T09:50:00Z', pickupPoint, opts))
      .to.equal('Your order is on its way; pick it up tomorrow after 17:00 at K-Market Kamppi.');
    expect(order('2026-11-25T09:50:00Z', pickupPoint, opts, 'fi'))
      .to.equal('Tilauksesi on matkalla; nouda se huomenna klo 17 jälkeen noutopisteestä K-Market Kamppi.');
    expect(order('2026-11-25T09:50:00Z', {}, {})).to.equal('Your order is on its way; it arrives tomorrow.');
    expect(order('2026-11-25T09:50:00Z', {}, {}, 'sv')).to.equal('Din beställning är på väg; den levereras i morgon.');
  });

  it('says when it ships when that is not today, never "on its way" before it is', () => {
    expect(order('2026-11-27T13:00:00Z', {}, {})).to.equal('It ships Mon 30.11.; it arrives Tue 1.12.');
    expect(order('2026-11-27T13:00:00Z', {}, {}, 'fi')).to.equal('Tilauksesi lähtee ma 30.11.; se on perillä ti 1.12.');
    const r = say('2026-11-27T13:00:00Z', {}, { tense: 'order' });
    expect(r.countdown).to.equal(null);
  });

  it('store pickup', () => {
    const store = { cutoff: '16:00', transitDays: 0, dispatchDays: [1, 2, 3, 4, 5, 6], deliveryDays: [1, 2, 3, 4, 5, 6], readyFrom: '18:00' };
    expect(order('2026-11-28T10:00:00Z', store, { kind: 'store', placeName: 'Pyöräpaja' }, 'fi'))
      .to.equal('Keräämme tilaustasi; nouda se tänään klo 18 jälkeen myymälästä Pyöräpaja.');
    expect(order('2026-11-28T10:00:00Z', store, { kind: 'store', placeName: 'Pyöräpaja' }))
      .to.equal('We are getting your order ready; pick it up today after 18:00 at Pyöräpaja.');
  });
});
