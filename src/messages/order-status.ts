import { lazyCatalog, plural } from './catalog.js';
import { deliveryMessages } from './delivery.js';
import { describeDeliveryPromise, formatClock, formatDeliveryDate } from './describe-delivery.js';
import type { Locale } from '../core/locale.js';
import type { Compensation, OrderProgress, OrderStage } from '../core/model.js';
import type { PromiseCheck } from '../core/order-progress.js';
import { isValidTimeZone, zonedDate, zonedDateTime } from '../core/delivery/dates.js';
import { formatMoney } from '../core/money.js';
import type enMessages from './en/order-status.js';

/** The shape of order-status's words (English is the source; Finnish and Swedish are checked against it). */
export type OrderStatusMessages = typeof enMessages;

export const days = (locale: Locale, n: number) =>
  `${n} ${plural(locale, n, locale === 'fi' ? { one: 'päivän', other: 'päivää' } : locale === 'sv' ? { one: 'dag', other: 'dagar' } : { one: 'day', other: 'days' })}`;

/** The order status page: its steps, the promise against what happened, the apology and its compensation. */
export const orderStatusMessages = lazyCatalog('order-status');

const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** The name of a step in the shopper's language ("Ready for pickup"). */
export function orderStageLabel(stage: OrderStage, locale: Locale): string {
  return orderStatusMessages[locale][`stage.${stage}`];
}

/** An instant as the day it fell on in the shop's zone, worded as the badge words dates ("Fri 11.12."). */
function dayOf(iso: string, timeZone: string, locale: Locale): string {
  return formatDeliveryDate(zonedDate(Date.parse(iso), timeZone), locale);
}

export interface OrderStatusText {
  /** Where the order is ("Ready for pickup at Matkahuolto Kamppi until Fri 11.12."). */
  status: string;
  /** Early or late, with the apology when late; empty when on time or not yet known. */
  outcome: string;
  /** `status` and `outcome` as one line. */
  text: string;
  /** The promise as it was made ("Arrives Thu 26.11.–Fri 27.11."), or empty without one. */
  promised: string;
  /** When it arrived or was ready ("Fri 27.11. 17:00"), or empty before it did. */
  actual: string;
}

/**
 * The one plain line on top of the order status, in the same words as the delivery-promise badge: before the parcel
 * arrives, the badge's order tense ("Your order is on its way; pick it up tomorrow after 17:00 at …"); once ready,
 * "Ready for pickup at … until Fri 11.12."; when late, "Your order is 1 day late. We are sorry."
 */
export function describeOrderStatus(progress: OrderProgress, check: PromiseCheck, options: { now: Date; locale: Locale }): OrderStatusText {
  const { now, locale } = options;
  const t = orderStatusMessages[locale];
  const { order } = progress;
  const method = order.deliveryMethod;
  const timeZone = isValidTimeZone(method.promise.timeZone) ? method.promise.timeZone : 'Europe/Helsinki';
  const place = order.pickupPoint?.name;
  const at = (stage: OrderStage) => progress.events.find((e) => e.stage === stage)?.at;
  let status: string;
  let outcome = '';
  switch (check.stage) {
    case 'cancelled':
      status = t.cancelled;
      break;
    case 'returned':
      status = t.returned(dayOf(at('returned')!, timeZone, locale));
      break;
    case 'delivered':
      status = t.delivered(dayOf(at('delivered')!, timeZone, locale));
      break;
    case 'picked-up':
      status = t.pickedUp(dayOf(at('picked-up')!, timeZone, locale));
      break;
    case 'ready-for-pickup':
      status = t.readyAt(place ?? method.name, progress.pickupUntil ? dayOf(progress.pickupUntil, timeZone, locale) : undefined, method.kind);
      break;
    case 'out-for-delivery':
      status = t.outForDelivery;
      break;
    default:
      status = check.promise && check.outcome !== 'late'
        ? describeDeliveryPromise(check.promise, {
          now, locale, timeZone, kind: method.kind, tense: 'order', ...(place ? { placeName: place } : {}),
        }).text
        : '';
  }
  if (check.outcome === 'late' && check.stage !== 'cancelled') outcome = check.arrival ? t.wasLate(check.daysLate) : t.late(check.daysLate);
  else if (check.outcome === 'early' && check.stage !== 'returned') outcome = t.early(check.daysEarly);
  const parts = [status, outcome].filter(Boolean).map(sentence);
  return { status: status ? sentence(status) : '', outcome: outcome ? sentence(outcome) : '', text: parts.join(' '), ...promisedAndActual(progress, check, locale, timeZone) };
}

function promisedAndActual(progress: OrderProgress, check: PromiseCheck, locale: Locale, timeZone: string): Pick<OrderStatusText, 'promised' | 'actual'> {
  const p = check.promise;
  const kind = progress.order.deliveryMethod.kind;
  let promised = '';
  if (p) {
    const range = p.earliest === p.latest
      ? formatDeliveryDate(p.earliest, locale)
      : `${formatDeliveryDate(p.earliest, locale)}–${formatDeliveryDate(p.latest, locale)}`;
    const d = deliveryMessages[locale];
    promised = sentence(kind === 'home' ? d.arrives(range) : d.pickup(range, p.readyFrom ? formatClock(p.readyFrom, locale) : undefined));
  }
  return { promised, actual: check.arrival ? formatStepTime(check.arrival.at, timeZone, locale) : '' };
}

/** A step's moment as the day and time in the shop's zone ("Wed 11.3. 17:00", fi "ke 11.3. klo 17"). */
export function formatStepTime(iso: string, timeZone: string, locale: Locale): string {
  const { minutes } = zonedDateTime(Date.parse(iso), timeZone);
  return `${dayOf(iso, timeZone, locale)} ${deliveryMessages[locale].clock(Math.floor(minutes / 60), minutes % 60)}`;
}

/** The apology's compensation in words ("As an apology, here is €5.00 off your next order with the code SORRY-…"). */
export function describeCompensation(compensation: Compensation, locale: Locale): string {
  const t = orderStatusMessages[locale];
  const worth = compensation.amount
    ? formatMoney(compensation.amount, locale)
    : compensation.percent !== undefined ? `${compensation.percent}\u00a0%` : '';
  const main = sentence(t.compensation(worth, compensation.code));
  return compensation.validUntil ? `${main} ${sentence(t.validUntil(formatDeliveryDate(compensation.validUntil, locale)))}` : main;
}
