import { dateOfDay, dayNumber, isoWeekdayOfDay } from './dates.js';

/** A non-delivery day of the Finnish calendar. */
export interface Holiday {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** English name of the day. */
  name: string;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, valid for every year from 1583). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day number of the first `isoWeekday` on or after `year-month-day`. */
function firstWeekdayFrom(year: number, month: number, day: number, isoWeekday: number): number {
  const start = dayNumber(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
  return start + ((isoWeekday - isoWeekdayOfDay(start) + 7) % 7);
}

const cache = new Map<number, readonly Holiday[]>();

/**
 * The days Finnish carriers and warehouses do not work, for any year from 1583: the public holidays that fall on a
 * weekday or Saturday, Easter Sunday and Whitsunday, and Midsummer Eve and Christmas Eve (not statutory, but no
 * parcels move). Sorted by date.
 */
export function finnishHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`year: expected an integer from 1583 to 9999, got ${String(year)}`);
  }
  let list = cache.get(year);
  if (!list) {
    const y = String(year).padStart(4, '0');
    const easter = dayNumber(easterSunday(year));
    const fixed = (month: number, day: number, name: string): Holiday => ({ date: `${y}-${pad(month)}-${pad(day)}`, name });
    const fromEaster = (offset: number, name: string): Holiday => ({ date: dateOfDay(easter + offset), name });
    const midsummerEve = firstWeekdayFrom(year, 6, 19, 5);
    const allSaints = dayNumber(`${y}-10-31`) + ((6 - isoWeekdayOfDay(dayNumber(`${y}-10-31`)) + 7) % 7);
    list = [
      fixed(1, 1, "New Year's Day"),
      fixed(1, 6, 'Epiphany'),
      fromEaster(-2, 'Good Friday'),
      fromEaster(0, 'Easter Sunday'),
      fromEaster(1, 'Easter Monday'),
      fixed(5, 1, 'May Day'),
      fromEaster(39, 'Ascension Day'),
      fromEaster(49, 'Whitsunday'),
      { date: dateOfDay(midsummerEve), name: 'Midsummer Eve' },
      { date: dateOfDay(midsummerEve + 1), name: 'Midsummer Day' },
      { date: dateOfDay(allSaints), name: "All Saints' Day" },
      fixed(12, 6, 'Independence Day'),
      fixed(12, 24, 'Christmas Eve'),
      fixed(12, 25, 'Christmas Day'),
      fixed(12, 26, 'Boxing Day'),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    cache.set(year, Object.freeze(list.map((h) => Object.freeze(h))));
  }
  return list.map((h) => ({ ...h }));
}

const dateSets = new Map<number, ReadonlySet<string>>();

/** True when `date` ('YYYY-MM-DD') is in the Finnish calendar of {@link finnishHolidays}. */
export function isFinnishHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let set = dateSets.get(year);
  if (!set) {
    set = new Set(finnishHolidays(year).map((h) => h.date));
    dateSets.set(year, set);
  }
  return set.has(date);
}
