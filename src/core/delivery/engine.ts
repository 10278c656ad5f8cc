import { isFinnishHoliday } from './calendar-fi.js';
import {
  dateOfDay, dayNumber, isValidTimeZone, isoWeekdayOfDay, parseClock, zonedDateTime, zonedInstant,
} from './dates.js';
import type { DeliveryPromise, DeliveryPromiseInput, HolidayInput } from './types.js';

/** The largest number of days any single day count (handling, restock, transit) may add. */
export const MAX_PROMISE_DAYS = 366;

const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const EARLIEST_INSTANT = Date.UTC(1600, 0, 1);
const LATEST_INSTANT = Date.UTC(9998, 11, 31);

function fail(field: string, problem: string): never {
  throw new RangeError(`${field}: ${problem}`);
}

function checkDays(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PROMISE_DAYS) {
    fail(field, `expected a whole number of days from 0 to ${MAX_PROMISE_DAYS}, got ${String(value)}`);
  }
  return value;
}

function checkWeekdays(field: string, value: unknown): ReadonlySet<number> {
  if (!Array.isArray(value) || value.length === 0) fail(field, 'expected a non-empty list of ISO weekdays (1 = Monday … 7 = Sunday)');
  for (const d of value) {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 7) fail(field, `${String(d)} is not an ISO weekday (1 = Monday … 7 = Sunday)`);
  }
  return new Set(value as number[]);
}

function checkClock(field: string, value: unknown): number {
  const minutes = parseClock(value as string);
  if (Number.isNaN(minutes)) fail(field, `expected a 24-hour 'HH:MM' time from '00:00' to '23:59', got ${JSON.stringify(value)}`);
  return minutes;
}

interface Holidays {
  finnish: boolean;
  dates: ReadonlySet<string>;
}

function checkHolidays(value: HolidayInput | undefined): Holidays {
  if (value === undefined) return { finnish: false, dates: new Set() };
  if (value === 'FI') return { finnish: true, dates: new Set() };
  const checkList = (list: unknown, field: string): ReadonlySet<string> => {
    if (!Array.isArray(list)) fail(field, "expected a list of 'YYYY-MM-DD' dates");
    for (const d of list) {
      if (typeof d !== 'string' || Number.isNaN(dayNumber(d))) fail(field, `${JSON.stringify(d)} is not a 'YYYY-MM-DD' date`);
    }
    return new Set(list as string[]);
  };
  if (Array.isArray(value)) return { finnish: false, dates: checkList(value, 'holidays') };
  if (typeof value === 'object' && value !== null && (value as { calendar?: unknown }).calendar === 'FI') {
    const extra = (value as { extra?: unknown }).extra;
    return { finnish: true, dates: extra === undefined ? new Set() : checkList(extra, 'holidays.extra') };
  }
  return fail('holidays', `expected 'FI', a list of 'YYYY-MM-DD' dates or { calendar: 'FI', extra }, got ${JSON.stringify(value)}`);
}

/**
 * Computes when an order placed at `input.now` ships and arrives, and until when that promise holds.
 *
 * - Order day: today in `timeZone` if it is a dispatch day, not a holiday and `now` is strictly before today's
 *   cut-off; else the next such day. `orderBy` is that day's cut-off instant (see `zonedInstant` for the two
 *   daylight-saving edge cases), so it is always later than `now`.
 * - Dispatch: the order day plus `handlingDays` (plus `stock.restockDays` when `quantity` exceeds
 *   `stock.available`) further dispatch days, skipping non-dispatch weekdays and holidays.
 * - Delivery: `transitDays` delivery days (weekdays in `deliveryDays` that are not holidays) after the dispatch date;
 *   0 means the dispatch date itself when it is a delivery day, else the next delivery day.
 *
 * Pure and deterministic: the same input gives the same promise in Node and in every browser.
 *
 * @throws RangeError naming the field, for invalid input (unknown time zone, '25:00', empty `dispatchDays`,
 *   negative or fractional days, `min` > `max`, bad holiday dates) and for a calendar that leaves no working day
 *   within a year plus the listed holidays.
 */
export function promiseDelivery(input: DeliveryPromiseInput): DeliveryPromise {
  if (typeof input !== 'object' || input === null) fail('input', 'expected an object');
  const { now, timeZone } = input;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) fail('now', `expected a valid Date, got ${String(now)}`);
  if (now.getTime() < EARLIEST_INSTANT || now.getTime() > LATEST_INSTANT) fail('now', 'must be between the years 1600 and 9998');
  if (!isValidTimeZone(timeZone)) fail('timeZone', `unknown IANA time zone ${JSON.stringify(timeZone)}`);
  const cutoff = checkClock('cutoff', input.cutoff);
  const dispatchDays = checkWeekdays('dispatchDays', input.dispatchDays ?? WEEKDAYS);
  const deliveryDays = checkWeekdays('deliveryDays', input.deliveryDays ?? WEEKDAYS);
  const handlingDays = checkDays('handlingDays', input.handlingDays ?? 0);
  let transitMin: number;
  let transitMax: number;
  const transit = input.transitDays as unknown;
  if (typeof transit === 'object' && transit !== null) {
    transitMin = checkDays('transitDays.min', (transit as { min?: unknown }).min);
    transitMax = checkDays('transitDays.max', (transit as { max?: unknown }).max);
    if (transitMin > transitMax) fail('transitDays', `min (${transitMin}) is greater than max (${transitMax})`);
  } else {
    transitMin = transitMax = checkDays('transitDays', transit);
  }
  if (input.readyFrom !== undefined) checkClock('readyFrom', input.readyFrom);
  const holidays = checkHolidays(input.holidays);
  let restockDays = 0;
  if (input.stock !== undefined) {
    const { available, restockDays: restock } = input.stock ?? {};
    if (typeof available !== 'number' || !Number.isFinite(available) || available < 0) {
      fail('stock.available', `expected a number of at least 0, got ${String(available)}`);
    }
    checkDays('stock.restockDays', restock);
    const quantity = input.quantity ?? 1;
    if (!Number.isInteger(quantity) || quantity < 1) fail('quantity', `expected a whole number of at least 1, got ${String(quantity)}`);
    if (quantity > available) restockDays = restock;
  } else if (input.quantity !== undefined && (!Number.isInteger(input.quantity) || input.quantity < 1)) {
    fail('quantity', `expected a whole number of at least 1, got ${String(input.quantity)}`);
  }

  const isHoliday = (day: number): boolean => {
    const date = dateOfDay(day);
    return holidays.dates.has(date) || (holidays.finnish && isFinnishHoliday(date));
  };
  const canDispatch = (day: number) => dispatchDays.has(isoWeekdayOfDay(day)) && !isHoliday(day);
  const canDeliver = (day: number) => deliveryDays.has(isoWeekdayOfDay(day)) && !isHoliday(day);
  // However the weekdays and holidays combine, a working day turns up within a year plus one day per listed
  // holiday; a calendar that finds none never will.
  const horizon = 371 + holidays.dates.size;
  const firstFrom = (start: number, ok: (day: number) => boolean, field: string, what: string): number => {
    for (let day = start; day < start + horizon; day += 1) if (ok(day)) return day;
    return fail(field, `no ${what} day within ${horizon} days of ${dateOfDay(start)}: the weekdays and holidays exclude every day`);
  };
  const advance = (start: number, count: number, ok: (day: number) => boolean, field: string, what: string): number => {
    let day = start;
    for (let i = 0; i < count; i += 1) day = firstFrom(day + 1, ok, field, what);
    return day;
  };

  const local = zonedDateTime(now, timeZone);
  const today = dayNumber(local.date);
  const beforeCutoff = now.getTime() < zonedInstant(local.date, cutoff, timeZone).getTime();
  const orderDay = firstFrom(
    canDispatch(today) && beforeCutoff ? today : today + 1, canDispatch, 'dispatchDays', 'dispatch',
  );
  const orderBy = zonedInstant(dateOfDay(orderDay), cutoff, timeZone);
  const dispatch = advance(orderDay, handlingDays + restockDays, canDispatch, 'dispatchDays', 'dispatch');
  const deliverAfter = (count: number) => count === 0
    ? firstFrom(dispatch, canDeliver, 'deliveryDays', 'delivery')
    : advance(dispatch, count, canDeliver, 'deliveryDays', 'delivery');
  const earliest = deliverAfter(transitMin);
  const latest = transitMax === transitMin ? earliest : deliverAfter(transitMax);

  const promise: DeliveryPromise = {
    orderBy,
    dispatchDate: dateOfDay(dispatch),
    earliest: dateOfDay(earliest),
    latest: dateOfDay(latest),
  };
  if (input.readyFrom !== undefined) promise.readyFrom = input.readyFrom;
  return promise;
}
