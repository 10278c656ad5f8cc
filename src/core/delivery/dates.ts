/**
 * Calendar dates and wall-clock times in an IANA time zone, with nothing but `Intl.DateTimeFormat`.
 *
 * A calendar date is a 'YYYY-MM-DD' string or, for arithmetic, a day number (days since 1970-01-01): dates carry no
 * zone, so adding days to them never meets a daylight-saving change. Only the step from a date + 'HH:MM' in a zone to
 * an instant (and back) involves the zone.
 */

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Day number (days since 1970-01-01) of a 'YYYY-MM-DD' date, or NaN when it is not a real date. */
export function dayNumber(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  // Date.UTC maps years 0-99 to 1900-1999 and rolls 31 February over: both mean "not a real date" here.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return Number.NaN;
  return ms / DAY_MS;
}

/** The 'YYYY-MM-DD' date of a day number. */
export function dateOfDay(day: number): string {
  const d = new Date(day * DAY_MS);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const mo = String(d.getUTCMonth() + 1).padStart(2, '0');
  const da = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${mo}-${da}`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday of a 'YYYY-MM-DD' date. */
export function isoWeekday(date: string): number {
  return isoWeekdayOfDay(dayNumber(date));
}

/** Minutes after midnight of an 'HH:MM' time, or NaN when it is not one (24-hour clock, '00:00' to '23:59'). */
export function parseClock(time: string): number {
  const m = typeof time === 'string' ? TIME_RE.exec(time) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter giving numeric wall-clock parts in `timeZone`; throws RangeError for an unknown zone. */
function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is a zone this runtime knows. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    wallFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Wall clocks already read, by zone and whole second. Reading one is the costly step of every promise (an
 * `Intl` `formatToParts`), and the promises of one page share most readings: the methods of a checkout step all read
 * the same `now` and the same cut-off days in the same zone, and a countdown reads them again every minute.
 */
const walls = new Map<string, number>();
const WALLS_KEPT = 512;

/** The wall clock in `timeZone` at `instant` (ms), as if it were UTC: ms since epoch of that local date and time. */
function wallMs(instant: number, timeZone: string): number {
  // The wall clock of an instant is the one of its whole second (the parts below carry no milliseconds).
  const key = `${timeZone} ${Math.floor(instant / 1000)}`;
  const known = walls.get(key);
  if (known !== undefined) return known;
  const wall = readWall(instant, timeZone);
  if (walls.size >= WALLS_KEPT) walls.delete(walls.keys().next().value as string);
  walls.set(key, wall);
  return wall;
}

function readWall(instant: number, timeZone: string): number {
  const parts = wallFormatter(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  // Some engines print midnight as 24 even with h23; it is the same instant as 00.
  const hour = get('hour') % 24;
  let year = get('year');
  if (parts.some((p) => p.type === 'era' && /^b/i.test(p.value))) year = 1 - year;
  return Date.UTC(year, get('month') - 1, get('day'), hour, get('minute'), get('second'));
}

/** The zone's UTC offset at `instant`, in ms (wall clock minus UTC). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallMs(whole, timeZone) - whole;
}

/** The local date and minutes after midnight in `timeZone` at `instant`. */
export function zonedDateTime(instant: Date | number, timeZone: string): { date: string; minutes: number; seconds: number } {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  const wall = wallMs(t, timeZone) + (t - Math.floor(t / 1000) * 1000);
  const day = Math.floor(wall / DAY_MS);
  const inDay = wall - day * DAY_MS;
  return { date: dateOfDay(day), minutes: Math.floor(inDay / 60_000), seconds: (inDay % 60_000) / 1000 };
}

/** The local 'YYYY-MM-DD' date in `timeZone` at `instant`. */
export function zonedDate(instant: Date | number, timeZone: string): string {
  return zonedDateTime(instant, timeZone).date;
}

/**
 * The first instant at which the wall clock in `timeZone` reads `minutes` after midnight of `date` or later.
 *
 * On an ordinary day that is simply the instant of that local time. When the clocks go back and the time occurs
 * twice, it is the first occurrence (an order before it is before the cut-off by either reading). When the clocks go
 * forward over it (03:30 on the last Sunday of March in Helsinki), it is the moment of the jump, when the clock first
 * shows a later time: an order placed then is no longer "before 03:30".
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const target = dayNumber(date) * DAY_MS + minutes * 60_000;
  const before = offsetAt(target - DAY_MS, timeZone);
  const after = offsetAt(target + DAY_MS, timeZone);
  const valid = [target - before, target - after].filter((t) => offsetAt(t, timeZone) === target - t);
  if (valid.length > 0) return new Date(Math.min(...valid));
  // A gap: the wall clock jumps over `target`. Find the jump between the two readings, to the second.
  let lo = target - Math.max(before, after);
  let hi = target - Math.min(before, after);
  if (!(lo < hi)) return new Date(target - after);
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (mid <= lo) break;
    if (wallMs(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}
