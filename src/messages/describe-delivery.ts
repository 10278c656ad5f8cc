import { deliveryMessages } from './delivery.js';
import { intlLocale, type Locale } from '../core/locale.js';
import { dayNumber, isValidTimeZone, parseClock, zonedDateTime } from '../core/delivery/dates.js';
import type { DeliveryPromise } from '../core/delivery/types.js';
import type { StoreAvailability } from '../core/model.js';

/**
 * A countdown longer than this is not shown: "Order within 20 h 5 min" is noise and invites a mistake about which
 * day is meant. Beyond it the text names the cut-off time when it is today ("Order by 14:00 and it ships today"),
 * else just the dispatch day ("Ships Mon 30.11."), since ordering now or later that day changes nothing.
 */
export const COUNTDOWN_MAX_MS = 12 * 60 * 60 * 1000;

/** Where the parcel goes. */
export type DeliveryPlace = 'home' | 'pickup-point' | 'store';

export interface DescribeDeliveryOptions {
  /** The instant the text is for (the page's clock). */
  now: Date;
  locale: Locale;
  /** The zone the promise's dates are in; 'today' and 'tomorrow' are only said where true in it. */
  timeZone: string;
  kind: DeliveryPlace;
  /** Show the time left until the cut-off when it is 12 hours or less; default true. */
  countdown?: boolean;
  /** The pickup point's or store's name, shown as given. */
  placeName?: string;
  /** 'offer' (default) for a product page or checkout; 'order' for the order confirmation. */
  tense?: 'offer' | 'order';
}

export interface DeliveryPromiseText {
  /** The time left as shown inside `dispatch` ("2 h 10 min"), or null when no countdown is shown. */
  countdown: string | null;
  /**
   * The first sentence: when to order and when it ships ("Order within 2 h 10 min and it ships today."); in the
   * order tense the first clause ("Your order is on its way;").
   */
  dispatch: string;
  /** The second sentence: when it arrives or can be picked up ("Arrives Thu 26.11."; order tense "it arrives …"). */
  arrival: string;
  /** The whole text: `dispatch` and `arrival` joined by a space. */
  text: string;
}

const weekdayFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A delivery date as shoppers read it: short weekday and day.month. in every locale ("to 26.11.", "tors 26.11.",
 * "Thu 26.11."). Only the weekday comes from Intl; the numbers are written here so all three read the same way.
 */
export function formatDeliveryDate(date: string, locale: Locale): string {
  const day = dayNumber(date);
  if (Number.isNaN(day)) throw new RangeError(`date: ${JSON.stringify(date)} is not a 'YYYY-MM-DD' date`);
  let f = weekdayFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' });
    weekdayFormats.set(locale, f);
  }
  const weekday = f.formatToParts(new Date(day * 86_400_000)).find((p) => p.type === 'weekday')?.value ?? '';
  return `${weekday} ${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.`;
}

/** Time left as hours and minutes, rounded up to the minute ("2 h 10 min", "45 min"; fi "2 t 10 min"). */
export function formatCountdown(ms: number, locale: Locale): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return deliveryMessages[locale].duration(Math.floor(minutes / 60), minutes % 60);
}

/** An 'HH:MM' time as the locale says it in running text ("17:00", fi "klo 17", sv "kl. 17.30"). */
export function formatClock(time: string, locale: Locale): string {
  const minutes = parseClock(time);
  if (Number.isNaN(minutes)) throw new RangeError(`time: ${JSON.stringify(time)} is not an 'HH:MM' time`);
  return deliveryMessages[locale].clock(Math.floor(minutes / 60), minutes % 60);
}

const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/**
 * The shared wording of a delivery promise, for the badge, the checkout's delivery step and the order confirmation.
 *
 * Offer tense: "Order within 2 h 10 min and it ships today. Arrives Thu 26.11." — the countdown only when the
 * cut-off is at most {@link COUNTDOWN_MAX_MS} away; "today"/"tomorrow" only where true in `timeZone`; a range as
 * "Arrives Thu 26.11.–Fri 27.11."; pickup as "Ready for pickup tomorrow after 17:00 at <place>."
 * Order tense: "Your order is on its way; it arrives Thu 26.11." when it ships today (or has shipped), else
 * "It ships Mon 30.11.; it arrives Tue 1.12." — never "on its way" before it is.
 */
export function describeDeliveryPromise(promise: DeliveryPromise, options: DescribeDeliveryOptions): DeliveryPromiseText {
  const { now, locale, timeZone, kind, placeName } = options;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`timeZone: unknown IANA time zone ${JSON.stringify(timeZone)}`);
  const t = deliveryMessages[locale];
  const today = dayNumber(zonedDateTime(now, timeZone).date);
  const day = (date: string) => {
    const offset = dayNumber(date) - today;
    return offset === 0 ? t.today : offset === 1 ? t.tomorrow : formatDeliveryDate(date, locale);
  };
  const days = promise.earliest === promise.latest
    ? day(promise.earliest)
    : `${formatDeliveryDate(promise.earliest, locale)}–${formatDeliveryDate(promise.latest, locale)}`;
  const ready = promise.readyFrom ? formatClock(promise.readyFrom, locale) : undefined;
  const place = placeName?.trim() || undefined;

  if (options.tense === 'order') {
    const shipped = dayNumber(promise.dispatchDate) <= today;
    const dispatch = kind === 'store'
      ? (shipped ? t.preparing : t.preparingOn(day(promise.dispatchDate)))
      : (shipped ? t.onItsWay : t.shipsLater(day(promise.dispatchDate)));
    const arrival = sentence(kind === 'home' ? t.itArrives(days) : t.pickItUp(days, ready, place, kind));
    return { countdown: null, dispatch: `${dispatch};`, arrival, text: `${dispatch}; ${arrival}` };
  }

  const left = promise.orderBy.getTime() - now.getTime();
  const countdown = options.countdown !== false && left > 0 && left <= COUNTDOWN_MAX_MS ? formatCountdown(left, locale) : null;
  const cutoff = zonedDateTime(promise.orderBy, timeZone);
  const ships = day(promise.dispatchDate);
  let dispatch: string;
  if (countdown) dispatch = t.orderWithin(countdown, ships);
  else if (left > 0 && dayNumber(cutoff.date) === today) {
    dispatch = t.orderBy(t.clock(Math.floor(cutoff.minutes / 60), cutoff.minutes % 60), ships);
  } else dispatch = t.ships(ships);
  const arrival = kind === 'home' ? t.arrives(days) : t.pickup(days, ready, place, kind);
  return { countdown, dispatch: sentence(dispatch), arrival: sentence(arrival), text: `${sentence(dispatch)} ${sentence(arrival)}` };
}

/**
 * One store's line of `<sf-store-availability>`, in the promise's words: "In stock at Kamppi: pick up today after
 * 17:00" (on the shelf), "Order by 14:00, pick up tomorrow after 17:00 at Tampere" (from the warehouse, cut-off
 * today), "Pick up Tue 9.12. after 17:00 at Turku" (cut-off on a later day), "Not available at Turku".
 * "today"/"tomorrow" only where true in `timeZone`; a cut-off already past is not offered.
 */
export function describeStorePickup(store: StoreAvailability, options: { now: Date; locale: Locale; timeZone: string }): string {
  const { now, locale, timeZone } = options;
  const t = deliveryMessages[locale];
  const place = store.storeName;
  const pickup = store.pickup;
  if (!pickup || Number.isNaN(dayNumber(pickup.date))) return t.storeUnavailable(place);
  const today = dayNumber(zonedDateTime(now, timeZone).date);
  const offset = dayNumber(pickup.date) - today;
  const day = offset === 0 ? t.today : offset === 1 ? t.tomorrow : formatDeliveryDate(pickup.date, locale);
  const ready = pickup.readyFrom && !Number.isNaN(parseClock(pickup.readyFrom)) ? formatClock(pickup.readyFrom, locale) : undefined;
  if (pickup.orderBy === undefined) return t.storeInStock(place, day, ready);
  const orderBy = new Date(pickup.orderBy);
  const cutoff = Number.isNaN(orderBy.getTime()) ? undefined : zonedDateTime(orderBy, timeZone);
  if (cutoff && orderBy.getTime() > now.getTime() && dayNumber(cutoff.date) === today) {
    return t.storeOrderBy(t.clock(Math.floor(cutoff.minutes / 60), cutoff.minutes % 60), day, ready, place);
  }
  return t.storePickup(day, ready, place);
}
