import { defineMessages, plural } from './catalog.js';
import { deliveryMessages } from './delivery.js';
import { describeDeliveryPromise, formatClock, formatDeliveryDate } from './describe-delivery.js';
import type { Locale } from '../core/locale.js';
import type { Compensation, DeliveryKind, OrderProgress, OrderStage } from '../core/model.js';
import type { PromiseCheck } from '../core/order-progress.js';
import { isValidTimeZone, zonedDate, zonedDateTime } from '../core/delivery/dates.js';
import { formatMoney } from '../core/money.js';

const days = (locale: Locale, n: number) =>
  `${n} ${plural(locale, n, locale === 'fi' ? { one: 'päivän', other: 'päivää' } : locale === 'sv' ? { one: 'dag', other: 'dagar' } : { one: 'day', other: 'days' })}`;

/** The order status page: its steps, the promise against what happened, the apology and its compensation. */
export const orderStatusMessages = defineMessages({
  en: {
    'stage.received': 'Order received',
    'stage.packed': 'Packed',
    'stage.dispatched': 'Dispatched',
    'stage.out-for-delivery': 'Out for delivery',
    'stage.ready-for-pickup': 'Ready for pickup',
    'stage.delivered': 'Delivered',
    'stage.picked-up': 'Picked up',
    'stage.cancelled': 'Cancelled',
    'stage.returned': 'Returned',
    title: (code: string) => `Order ${code}`,
    steps: 'Order progress',
    done: 'done',
    current: 'current step',
    upcoming: 'not yet',
    promised: 'Promised',
    arrived: 'Delivered',
    ready: 'Ready for pickup',
    notYet: 'Not yet',
    readyAt: (place: string, until?: string, _kind?: DeliveryKind) => `Ready for pickup at ${place}${until ? ` until ${until}` : ''}`,
    outForDelivery: 'Your order is out for delivery today',
    delivered: (day: string) => `Delivered ${day}`,
    pickedUp: (day: string) => `Picked up ${day}`,
    cancelled: 'Your order was cancelled',
    returned: (day: string) => `Your return arrived ${day}`,
    early: (n: number) => `That is ${days('en', n)} early`,
    late: (n: number) => `Your order is ${days('en', n)} late. We are sorry`,
    wasLate: (n: number) => `It was ${days('en', n)} late. We are sorry`,
    compensation: (worth: string, code: string) => `As an apology, here is ${worth} off your next order with the code ${code}`,
    validUntil: (day: string) => `Valid until ${day}`,
    lookup: 'Find your order',
    orderCode: 'Order number',
    email: 'Email',
    show: 'Show order',
    notFound: 'We found no order with that number and email. Check both and try again.',
    updated: (text: string) => `Order status updated: ${text}`,
  },
  fi: {
    'stage.received': 'Tilaus vastaanotettu',
    'stage.packed': 'Pakattu',
    'stage.dispatched': 'Lähetetty',
    'stage.out-for-delivery': 'Jakelussa',
    'stage.ready-for-pickup': 'Noudettavissa',
    'stage.delivered': 'Toimitettu',
    'stage.picked-up': 'Noudettu',
    'stage.cancelled': 'Peruttu',
    'stage.returned': 'Palautettu',
    title: (code: string) => `Tilaus ${code}`,
    steps: 'Tilauksen vaiheet',
    done: 'valmis',
    current: 'nykyinen vaihe',
    upcoming: 'ei vielä',
    promised: 'Luvattu',
    arrived: 'Toimitettu',
    ready: 'Noudettavissa',
    notYet: 'Ei vielä',
    // As in the badge: the place name is not inflected, "noutopisteestä <name>" reads right whatever the name.
    readyAt: (place: string, until?: string, kind?: DeliveryKind) =>
      `Noudettavissa ${kind === 'store' ? 'myymälästä' : 'noutopisteestä'} ${place}${until ? ` ${until} asti` : ''}`,
    outForDelivery: 'Tilauksesi on jakelussa tänään',
    delivered: (day: string) => `Toimitettu ${day}`,
    pickedUp: (day: string) => `Noudettu ${day}`,
    cancelled: 'Tilauksesi on peruttu',
    returned: (day: string) => `Palautuksesi saapui ${day}`,
    early: (n: number) => `Se on ${days('fi', n)} etuajassa`,
    late: (n: number) => `Tilauksesi on ${days('fi', n)} myöhässä. Pahoittelemme`,
    wasLate: (n: number) => `Se oli ${days('fi', n)} myöhässä. Pahoittelemme`,
    compensation: (worth: string, code: string) => `Pahoittelumme merkiksi saat seuraavasta tilauksestasi ${worth} alennusta koodilla ${code}`,
    validUntil: (day: string) => `Voimassa ${day} asti`,
    lookup: 'Etsi tilauksesi',
    orderCode: 'Tilausnumero',
    email: 'Sähköposti',
    show: 'Näytä tilaus',
    notFound: 'Emme löytäneet tilausta tällä numerolla ja sähköpostilla. Tarkista molemmat ja yritä uudelleen.',
    updated: (text: string) => `Tilauksen tila päivittyi: ${text}`,
  },
  sv: {
    'stage.received': 'Beställningen mottagen',
    'stage.packed': 'Packad',
    'stage.dispatched': 'Skickad',
    'stage.out-for-delivery': 'Ute för leverans',
    'stage.ready-for-pickup': 'Kan hämtas',
    'stage.delivered': 'Levererad',
    'stage.picked-up': 'Hämtad',
    'stage.cancelled': 'Annullerad',
    'stage.returned': 'Returnerad',
    title: (code: string) => `Beställning ${code}`,
    steps: 'Beställningens förlopp',
    done: 'klart',
    current: 'nuvarande steg',
    upcoming: 'inte än',
    promised: 'Utlovat',
    arrived: 'Levererad',
    ready: 'Kan hämtas',
    notYet: 'Inte än',
    readyAt: (place: string, until?: string, kind?: DeliveryKind) =>
      `Kan hämtas ${kind === 'store' ? 'i butiken' : 'på utlämningsstället'} ${place}${until ? ` till och med ${until}` : ''}`,
    outForDelivery: 'Din beställning är ute för leverans i dag',
    delivered: (day: string) => `Levererad ${day}`,
    pickedUp: (day: string) => `Hämtad ${day}`,
    cancelled: 'Din beställning har annullerats',
    returned: (day: string) => `Din retur kom fram ${day}`,
    early: (n: number) => `Det är ${days('sv', n)} tidigare än utlovat`,
    late: (n: number) => `Din beställning är ${days('sv', n)} försenad. Vi ber om ursäkt`,
    wasLate: (n: number) => `Den var ${days('sv', n)} försenad. Vi ber om ursäkt`,
    compensation: (worth: string, code: string) => `Som ursäkt får du ${worth} rabatt på din nästa beställning med koden ${code}`,
    validUntil: (day: string) => `Giltig till och med ${day}`,
    lookup: 'Hitta din beställning',
    orderCode: 'Ordernummer',
    email: 'E-post',
    show: 'Visa beställning',
    notFound: 'Vi hittade ingen beställning med det numret och den e-postadressen. Kontrollera båda och försök igen.',
    updated: (text: string) => `Beställningens status uppdaterades: ${text}`,
  },
});

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
