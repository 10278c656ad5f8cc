import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { promiseDelivery } from '../../src/core/delivery/engine.js';
import { easterSunday, finnishHolidays } from '../../src/core/delivery/calendar-fi.js';
import type { DeliveryPromiseInput, HolidayInput } from '../../src/core/delivery/types.js';

const TZ = 'Europe/Helsinki';
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------------------------
// An independent reference: its own calendar (an Easter table, weekday scans), its own wall clock (sv-SE format
// strings rather than the engine's parts), and brute force: day by day, and minute by minute for the cut-off instant.
// ---------------------------------------------------------------------------------------------------------------

/** Easter Sunday 2023-2036, from published tables. */
const EASTER: Record<number, string> = {
  2023: '2023-04-09', 2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28',
  2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21', 2031: '2031-04-13', 2032: '2032-03-28',
  2033: '2033-04-17', 2034: '2034-04-09', 2035: '2035-03-25', 2036: '2036-04-13',
};

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const addDays = (date: string, n: number) => iso(utcDay(date) + n * DAY);
const weekday = (date: string) => ((new Date(utcDay(date)).getUTCDay() + 6) % 7) + 1;

function referenceHolidays(year: number): Set<string> {
  const easter = EASTER[year];
  if (!easter) throw new Error(`no Easter in the reference table for ${year}`);
  const y = String(year);
  const scan = (from: string, to: string, isoWeekday: number) => {
    for (let d = from; d <= to; d = addDays(d, 1)) if (weekday(d) === isoWeekday) return d;
    throw new Error('unreachable');
  };
  const midsummerEve = scan(`${y}-06-19`, `${y}-06-25`, 5);
  return new Set([
    `${y}-01-01`, `${y}-01-06`, addDays(easter, -2), easter, addDays(easter, 1), `${y}-05-01`,
    addDays(easter, 39), addDays(easter, 49), midsummerEve, addDays(midsummerEve, 1),
    scan(`${y}-10-31`, `${y}-11-06`, 6), `${y}-12-06`, `${y}-12-24`, `${y}-12-25`, `${y}-12-26`,
  ]);
}

const wallFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TZ, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});
/** 'YYYY-MM-DD HH:MM' on the Helsinki wall clock. */
const wall = (ms: number) => wallFormat.format(new Date(ms));

/** The first instant (to the minute) at which the Helsinki wall clock shows `date cutoff` or later. */
function referenceCutoff(date: string, cutoff: string): number {
  const target = `${date} ${cutoff}`;
  const start = Date.parse(`${date}T${cutoff}:00Z`) - 4 * 3600_000; // Helsinki is never more than UTC+3
  for (let t = start; t < start + 6 * 3600_000; t += 60_000) if (wall(t) >= target) return t;
  throw new Error('unreachable');
}

function reference(input: DeliveryPromiseInput) {
  const dispatchDays = input.dispatchDays ?? [1, 2, 3, 4, 5];
  const deliveryDays = input.deliveryDays ?? [1, 2, 3, 4, 5];
  const h = input.holidays;
  const extra = Array.isArray(h) ? h : typeof h === 'object' && h !== null && 'calendar' in h ? h.extra ?? [] : [];
  const finnish = h === 'FI' || (typeof h === 'object' && h !== null && 'calendar' in h);
  const isHoliday = (d: string) => extra.includes(d) || (finnish && referenceHolidays(Number(d.slice(0, 4))).has(d));
  const canDispatch = (d: string) => dispatchDays.includes(weekday(d)) && !isHoliday(d);
  const canDeliver = (d: string) => deliveryDays.includes(weekday(d)) && !isHoliday(d);
  const now = input.now.getTime();
  const today = wall(now).slice(0, 10);

  let orderDay = today;
  while (!(canDispatch(orderDay) && (orderDay > today || now < referenceCutoff(orderDay, input.cutoff)))) {
    orderDay = addDays(orderDay, 1);
  }
  const short = input.stock && (input.quantity ?? 1) > input.stock.available ? input.stock.restockDays : 0;
  let dispatch = orderDay;
  for (let i = 0; i < (input.handlingDays ?? 0) + short; i += 1) {
    do dispatch = addDays(dispatch, 1); while (!canDispatch(dispatch));
  }
  const deliver = (n: number) => {
    let d = dispatch;
    if (n === 0) {
      while (!canDeliver(d)) d = addDays(d, 1);
      return d;
    }
    for (let i = 0; i < n; i += 1) {
      do d = addDays(d, 1); while (!canDeliver(d));
    }
    return d;
  };
  const t = input.transitDays;
  const [min, max] = typeof t === 'number' ? [t, t] : [t.min, t.max];
  return { orderDay, orderBy: referenceCutoff(orderDay, input.cutoff), dispatchDate: dispatch, earliest: deliver(min), latest: deliver(max) };
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries: any instant 2024-2035, and instants near the days that matter (DST changes, holidays).
// ---------------------------------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

const specialDays: string[] = [];
for (let y = 2024; y <= 2035; y += 1) {
  specialDays.push(...referenceHolidays(y));
  // The last Sundays of March and October: the EU's daylight-saving changes.
  for (const month of ['03', '10']) {
    let d = `${y}-${month}-31`;
    while (weekday(d) !== 7) d = addDays(d, -1);
    specialDays.push(d);
  }
}

const anyInstant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2035-12-20T00:00:00Z'), noInvalidDate: true });
const nearSpecial = fc
  .tuple(fc.constantFrom(...specialDays), fc.integer({ min: -3, max: 1 }), fc.integer({ min: 0, max: DAY / 60_000 - 1 }))
  .map(([d, shift, minute]) => new Date(utcDay(addDays(d, shift)) - 3 * 3600_000 + minute * 60_000));
const instant = fc.oneof(anyInstant, nearSpecial);
const cutoffArb = fc.oneof(
  fc.integer({ min: 0, max: 1439 }).map(clock),
  fc.integer({ min: 120, max: 299 }).map(clock), // 02:00-04:59, the hours the clocks skip or repeat
  fc.constantFrom('14:00', '16:00', '00:00', '23:59'),
);
const weekdays = fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 });
const transit = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 })).map(([min, extra]) => ({ min, max: min + extra })),
);
const holidaysArb = (now: Date): fc.Arbitrary<HolidayInput | undefined> => {
  const near = fc.array(fc.integer({ min: -2, max: 20 }).map((n) => iso(now.getTime() + n * DAY)), { maxLength: 6 });
  return fc.oneof(
    fc.constant<HolidayInput>('FI'),
    fc.constant(undefined),
    near,
    near.map((extra): HolidayInput => ({ calendar: 'FI', extra })),
  );
};
const inputArb: fc.Arbitrary<DeliveryPromiseInput> = instant.chain((now) =>
  fc.record(
    {
      now: fc.constant(now),
      timeZone: fc.constant(TZ),
      cutoff: cutoffArb,
      dispatchDays: weekdays,
      handlingDays: fc.integer({ min: 0, max: 3 }),
      transitDays: transit,
      deliveryDays: weekdays,
      holidays: holidaysArb(now),
      stock: fc.record({ available: fc.integer({ min: 0, max: 3 }), restockDays: fc.integer({ min: 0, max: 7 }) }),
      quantity: fc.integer({ min: 1, max: 4 }),
    },
    { requiredKeys: ['now', 'timeZone', 'cutoff', 'transitDays'] },
  ),
);

describe('promiseDelivery: properties over 2024-2035 in Europe/Helsinki', () => {
  it('agrees with the brute-force day-by-day reference', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const got = promiseDelivery(input);
        const want = reference(input);
        expect({ ...got, orderBy: got.orderBy.getTime() }).to.deep.equal({
          orderBy: want.orderBy, dispatchDate: want.dispatchDate, earliest: want.earliest, latest: want.latest,
        });
      }),
      { numRuns: 400 },
    );
  });

  it('never promises before the order day, on a holiday or on a non-working weekday, and orderBy is after now', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = promiseDelivery(input);
        const today = wall(input.now.getTime()).slice(0, 10);
        const orderDay = wall(p.orderBy.getTime()).slice(0, 10);
        const h = input.holidays;
        const extra = Array.isArray(h) ? h : typeof h === 'object' && h !== null && 'calendar' in h ? h.extra ?? [] : [];
        const finnish = h === 'FI' || (typeof h === 'object' && h !== null && 'calendar' in h);
        const isHoliday = (d: string) =>
          extra.includes(d) || (finnish && finnishHolidays(Number(d.slice(0, 4))).some((x) => x.date === d));

        expect(p.orderBy.getTime()).to.be.greaterThan(input.now.getTime());
        expect(orderDay >= today).to.equal(true);
        expect(p.dispatchDate >= orderDay, 'dispatch on or after the order day').to.equal(true);
        expect(p.earliest >= p.dispatchDate, 'delivery on or after dispatch').to.equal(true);
        expect(p.latest >= p.earliest).to.equal(true);
        for (const d of [orderDay, p.dispatchDate]) {
          expect(isHoliday(d), `${d} is a holiday`).to.equal(false);
          expect(input.dispatchDays ?? [1, 2, 3, 4, 5]).to.include(weekday(d));
        }
        for (const d of [p.earliest, p.latest]) {
          expect(isHoliday(d), `${d} is a holiday`).to.equal(false);
          expect(input.deliveryDays ?? [1, 2, 3, 4, 5]).to.include(weekday(d));
        }
        // The cut-off instant reads the cut-off on the wall clock, unless the clocks jumped over it (then later).
        expect(wall(p.orderBy.getTime()).slice(11) >= input.cutoff).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('holds its promise until orderBy: one minute before, the same dates; at orderBy, a later dispatch', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = promiseDelivery(input);
        const justBefore = promiseDelivery({ ...input, now: new Date(p.orderBy.getTime() - 60_000) });
        const at = promiseDelivery({ ...input, now: p.orderBy });
        expect(justBefore).to.deep.equal(p);
        expect(at.orderBy.getTime()).to.be.greaterThan(p.orderBy.getTime());
        expect(at.dispatchDate > p.dispatchDate).to.equal(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('finnishHolidays', () => {
  it('computes Easter by computus, matching the published dates 2024-2035', () => {
    for (let y = 2024; y <= 2035; y += 1) expect(easterSunday(y), String(y)).to.equal(EASTER[y]);
  });

  it('lists the 2026 Finnish non-delivery days with their names', () => {
    expect(finnishHolidays(2026)).to.deep.equal([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-01-06', name: 'Epiphany' },
      { date: '2026-04-03', name: 'Good Friday' },
      { date: '2026-04-05', name: 'Easter Sunday' },
      { date: '2026-04-06', name: 'Easter Monday' },
      { date: '2026-05-01', name: 'May Day' },
      { date: '2026-05-14', name: 'Ascension Day' },
      { date: '2026-05-24', name: 'Whitsunday' },
      { date: '2026-06-19', name: 'Midsummer Eve' },
      { date: '2026-06-20', name: 'Midsummer Day' },
      { date: '2026-10-31', name: "All Saints' Day" },
      { date: '2026-12-06', name: 'Independence Day' },
      { date: '2026-12-24', name: 'Christmas Eve' },
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-26', name: 'Boxing Day' },
    ]);
  });

  it('agrees with the reference calendar every year 2024-2035 (Midsummer on a Friday 19-25 June, All Saints on a Saturday)', () => {
    for (let y = 2024; y <= 2035; y += 1) {
      const list = finnishHolidays(y);
      expect(new Set(list.map((h) => h.date)), String(y)).to.deep.equal(referenceHolidays(y));
      const eve = list.find((h) => h.name === 'Midsummer Eve')!.date;
      expect(weekday(eve)).to.equal(5);
      expect(eve >= `${y}-06-19` && eve <= `${y}-06-25`).to.equal(true);
      const saints = list.find((h) => h.name === "All Saints' Day")!.date;
      expect(weekday(saints)).to.equal(6);
    }
    expect(finnishHolidays(2027).find((h) => h.name === "All Saints' Day")!.date).to.equal('2027-11-06');
  });

  it('returns a copy a caller cannot use to change the calendar', () => {
    const list = finnishHolidays(2026);
    list[0]!.date = '2026-01-02';
    list.pop();
    expect(finnishHolidays(2026)[0]!.date).to.equal('2026-01-01');
    expect(finnishHolidays(2026)).to.have.length(15);
  });
});

/** Posti-like home delivery from a Helsinki warehouse. */
const home = (now: string, extra: Partial<DeliveryPromiseInput> = {}) =>
  promiseDelivery({ now: new Date(now), timeZone: TZ, cutoff: '14:00', transitDays: 1, holidays: 'FI', ...extra });

describe('promiseDelivery: pinned cases', () => {
  it('ships today before the cut-off and tomorrow at it (strictly before)', () => {
    // Wed 25.11.2026, Helsinki is UTC+2.
    expect(home('2026-11-25T11:59:59Z')).to.deep.equal({
      orderBy: new Date('2026-11-25T12:00:00Z'), dispatchDate: '2026-11-25', earliest: '2026-11-26', latest: '2026-11-26',
    });
    const at = home('2026-11-25T12:00:00Z');
    expect(at.orderBy).to.deep.equal(new Date('2026-11-26T12:00:00Z'));
    expect(at.dispatchDate).to.equal('2026-11-26');
  });

  it('uses the shop zone, not UTC, for "today": 00:30 Thursday in Helsinki is still Wednesday in UTC', () => {
    const p = home('2026-11-25T22:30:00Z');
    expect(p.dispatchDate).to.equal('2026-11-26');
    expect(p.orderBy).to.deep.equal(new Date('2026-11-26T12:00:00Z'));
  });

  it('a Friday afternoon after the cut-off ships Monday', () => {
    const p = home('2026-11-27T13:30:00Z', { transitDays: { min: 1, max: 2 } });
    expect(p).to.deep.equal({
      orderBy: new Date('2026-11-30T12:00:00Z'), dispatchDate: '2026-11-30', earliest: '2026-12-01', latest: '2026-12-02',
    });
  });

  it('spring forward (Sun 29.3.2026): the cut-off after the change is at UTC+3', () => {
    const p = home('2026-03-28T10:00:00Z');
    expect(p.orderBy).to.deep.equal(new Date('2026-03-30T11:00:00Z'));
    expect(p.dispatchDate).to.equal('2026-03-30');
    // Friday before the change is still UTC+2.
    expect(home('2026-03-27T09:00:00Z').orderBy).to.deep.equal(new Date('2026-03-27T12:00:00Z'));
  });

  it('spring forward: a cut-off inside the skipped hour falls at the jump, 04:00 local', () => {
    const sunday = { dispatchDays: [7], deliveryDays: [7], transitDays: 0, holidays: undefined, cutoff: '03:30' };
    const p = home('2026-03-28T12:00:00Z', sunday);
    expect(p.orderBy).to.deep.equal(new Date('2026-03-29T01:00:00Z'));
    expect(home('2026-03-29T00:59:59Z', sunday).dispatchDate).to.equal('2026-03-29');
    expect(home('2026-03-29T01:00:00Z', sunday).dispatchDate).to.equal('2026-04-05');
  });

  it('fall back (Sun 25.10.2026): a repeated cut-off is its first occurrence; the second 03:15 is already past it', () => {
    const sunday = { dispatchDays: [7], deliveryDays: [7], transitDays: 0, holidays: undefined, cutoff: '03:30' };
    expect(home('2026-10-24T12:00:00Z', sunday).orderBy).to.deep.equal(new Date('2026-10-25T00:30:00Z'));
    // 01:15Z is 03:15 on the repeated hour, after the first 03:30.
    const p = home('2026-10-25T01:15:00Z', sunday);
    expect(p.dispatchDate).to.equal('2026-11-01');
    expect(p.orderBy).to.deep.equal(new Date('2026-11-01T01:30:00Z'));
    // Monday after the change: 14:00 is 12:00Z again.
    expect(home('2026-10-26T06:00:00Z').orderBy).to.deep.equal(new Date('2026-10-26T12:00:00Z'));
  });

  it('Easter 2026: Thursday after the cut-off ships Tuesday 7.4.; before it, arrives Tuesday', () => {
    const late = home('2026-04-02T13:00:00Z');
    expect(late).to.deep.equal({
      orderBy: new Date('2026-04-07T11:00:00Z'), dispatchDate: '2026-04-07', earliest: '2026-04-08', latest: '2026-04-08',
    });
    const early = home('2026-04-02T08:00:00Z');
    expect(early.dispatchDate).to.equal('2026-04-02');
    expect(early.earliest).to.equal('2026-04-07');
  });

  it('Midsummer 2026: Thursday 18.6. ships that day and arrives Monday 22.6., also for Saturday pickup', () => {
    expect(home('2026-06-18T10:00:00Z').earliest).to.equal('2026-06-22');
    const pickup = home('2026-06-18T10:00:00Z', { deliveryDays: [1, 2, 3, 4, 5, 6], readyFrom: '17:00' });
    expect(pickup).to.deep.equal({
      orderBy: new Date('2026-06-18T11:00:00Z'), dispatchDate: '2026-06-18', earliest: '2026-06-22', latest: '2026-06-22', readyFrom: '17:00',
    });
  });

  it('Christmas 2026: 23.12. at 13:00 ships that day, arrives 28.-29.12.; at 14:00 it ships 28.12.', () => {
    const before = home('2026-12-23T11:00:00Z', { transitDays: { min: 1, max: 2 } });
    expect(before).to.deep.equal({
      orderBy: new Date('2026-12-23T12:00:00Z'), dispatchDate: '2026-12-23', earliest: '2026-12-28', latest: '2026-12-29',
    });
    const after = home('2026-12-23T12:00:00Z', { transitDays: { min: 1, max: 2 } });
    expect(after.dispatchDate).to.equal('2026-12-28');
    expect(after.earliest).to.equal('2026-12-29');
    expect(after.latest).to.equal('2026-12-30');
  });

  it('New Year 2027: 31.12. afternoon ships Mon 4.1. and skips Epiphany on delivery', () => {
    const p = home('2026-12-31T13:00:00Z', { transitDays: { min: 1, max: 2 } });
    expect(p).to.deep.equal({
      orderBy: new Date('2027-01-04T12:00:00Z'), dispatchDate: '2027-01-04', earliest: '2027-01-05', latest: '2027-01-07',
    });
  });

  it('store pickup: Saturday dispatch, same day (transit 0), ready from 18:00', () => {
    const p = home('2026-11-28T10:00:00Z', {
      cutoff: '16:00', transitDays: 0, dispatchDays: [1, 2, 3, 4, 5, 6], deliveryDays: [1, 2, 3, 4, 5, 6], readyFrom: '18:00',
    });
    expect(p).to.deep.equal({
      orderBy: new Date('2026-11-28T14:00:00Z'), dispatchDate: '2026-11-28', earliest: '2026-11-28', latest: '2026-11-28', readyFrom: '18:00',
    });
  });

  it('transit 0 on a non-delivery day delivers the next delivery day', () => {
    const p = home('2026-11-28T10:00:00Z', { transitDays: 0, dispatchDays: [6] });
    expect(p.dispatchDate).to.equal('2026-11-28');
    expect(p.earliest).to.equal('2026-11-30');
  });

  it('handling days and short stock add dispatch days, skipping weekends and holidays', () => {
    expect(home('2026-11-25T08:00:00Z', { handlingDays: 2 }).dispatchDate).to.equal('2026-11-27');
    const enough = home('2026-11-25T08:00:00Z', { stock: { available: 2, restockDays: 5 }, quantity: 2 });
    expect(enough.dispatchDate).to.equal('2026-11-25');
    const short = home('2026-11-25T08:00:00Z', { stock: { available: 2, restockDays: 5 }, quantity: 3 });
    expect(short.dispatchDate).to.equal('2026-12-02');
    // Three restock days from Monday 21.12.: 22., 23., then past Christmas to 28.12.
    const christmas = home('2026-12-21T08:00:00Z', { stock: { available: 0, restockDays: 3 } });
    expect(christmas.dispatchDate).to.equal('2026-12-28');
  });

  it('explicit holidays, alone or on top of the Finnish calendar', () => {
    expect(home('2026-11-25T08:00:00Z', { holidays: ['2026-11-25'] }).dispatchDate).to.equal('2026-11-26');
    const both = home('2026-12-23T08:00:00Z', { holidays: { calendar: 'FI', extra: ['2026-12-23', '2026-12-28'] } });
    expect(both.dispatchDate).to.equal('2026-12-29');
    expect(home('2026-12-24T08:00:00Z', { holidays: [] }).dispatchDate).to.equal('2026-12-24');
  });
});

describe('promiseDelivery: invalid input throws a RangeError naming the field', () => {
  const base = (): DeliveryPromiseInput => ({ now: new Date('2026-11-25T08:00:00Z'), timeZone: TZ, cutoff: '14:00', transitDays: 1 });
  const cases: [string, Partial<DeliveryPromiseInput> | Record<string, unknown>, RegExp][] = [
    ['an invalid Date', { now: new Date('nope') }, /^now:/],
    ['a non-Date now', { now: '2026-11-25' }, /^now:/],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, /^timeZone:/],
    ['an empty time zone', { timeZone: '' }, /^timeZone:/],
    ["cut-off '25:00'", { cutoff: '25:00' }, /^cutoff:/],
    ["cut-off '9:00' (not HH:MM)", { cutoff: '9:00' }, /^cutoff:/],
    ['empty dispatchDays', { dispatchDays: [] }, /^dispatchDays:/],
    ['dispatchDays with 0', { dispatchDays: [0, 1] }, /^dispatchDays:/],
    ['deliveryDays with 8', { deliveryDays: [8] }, /^deliveryDays:/],
    ['empty deliveryDays', { deliveryDays: [] }, /^deliveryDays:/],
    ['negative handlingDays', { handlingDays: -1 }, /^handlingDays:/],
    ['fractional handlingDays', { handlingDays: 1.5 }, /^handlingDays:/],
    ['negative transitDays', { transitDays: -1 }, /^transitDays:/],
    ['NaN transitDays', { transitDays: Number.NaN }, /^transitDays:/],
    ['transit min > max', { transitDays: { min: 3, max: 1 } }, /^transitDays: min \(3\) is greater than max \(1\)/],
    ['negative transit min', { transitDays: { min: -1, max: 1 } }, /^transitDays\.min:/],
    ['absurd transit max', { transitDays: { min: 1, max: 10_000 } }, /^transitDays\.max:/],
    ["readyFrom '24:00'", { readyFrom: '24:00' }, /^readyFrom:/],
    ['a non-date holiday', { holidays: ['2026-02-30'] }, /^holidays:/],
    ['an unknown calendar', { holidays: 'SE' }, /^holidays:/],
    ['a bad extra holiday', { holidays: { calendar: 'FI', extra: ['tomorrow'] } }, /^holidays\.extra:/],
    ['negative stock', { stock: { available: -1, restockDays: 2 } }, /^stock\.available:/],
    ['negative restock days', { stock: { available: 1, restockDays: -2 } }, /^stock\.restockDays:/],
    ['quantity 0', { stock: { available: 1, restockDays: 2 }, quantity: 0 }, /^quantity:/],
    ['fractional quantity', { quantity: 1.5 }, /^quantity:/],
  ];
  for (const [name, patch, message] of cases) {
    it(name, () => {
      expect(() => promiseDelivery({ ...base(), ...patch } as DeliveryPromiseInput)).to.throw(RangeError, message);
    });
  }

  it('a calendar with no possible day throws instead of looping', () => {
    // Dispatch only on Mondays, and every Monday for ten years is a holiday.
    const mondays: string[] = [];
    for (let d = '2026-11-30'; d < '2036-12-01'; d = addDays(d, 7)) mondays.push(d);
    expect(() => promiseDelivery({ ...base(), dispatchDays: [1], holidays: mondays })).to.throw(RangeError, /^dispatchDays: no dispatch day/);
    expect(() => promiseDelivery({ ...base(), deliveryDays: [1], holidays: mondays })).to.throw(RangeError, /^deliveryDays: no delivery day/);
  });
});

describe('promiseDelivery: shared wall-clock readings', () => {
  it('the methods of one step, at one moment in one zone, read the zone once for what they share', () => {
    const proto = Intl.DateTimeFormat.prototype;
    const original = proto.formatToParts;
    let reads = 0;
    proto.formatToParts = function counted(this: Intl.DateTimeFormat, date?: Date | number) {
      reads += 1;
      return original.call(this, date);
    };
    try {
      // A moment no other test reads: the first method reads the zone for it, the next ones find those readings.
      const now = new Date(Date.UTC(2031, 4, 14, 7, 13, 29, 417));
      const home = { now, timeZone: TZ, cutoff: '14:00', transitDays: { min: 1, max: 2 }, holidays: 'FI' as const };
      reads = 0;
      const first = promiseDelivery(home);
      const alone = reads;
      reads = 0;
      const second = promiseDelivery({ ...home, transitDays: 1, readyFrom: '17:00', deliveryDays: [1, 2, 3, 4, 5, 6] });
      expect(alone).to.be.greaterThan(0);
      expect(reads, 'readings of the second method').to.be.lessThan(alone);
      // Shared readings give the same answers as fresh ones.
      expect(promiseDelivery(home)).to.deep.equal(first);
      expect(second.dispatchDate).to.equal(first.dispatchDate);
    } finally {
      proto.formatToParts = original;
    }
  });
});
