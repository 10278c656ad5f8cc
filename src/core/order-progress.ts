import { promiseDelivery } from './delivery/engine.js';
import { dayNumber, isValidTimeZone, zonedDate } from './delivery/dates.js';
import type { DeliveryPromise } from './delivery/types.js';
import type { DeliveryKind, Order, OrderEvent, OrderProgress, OrderStage } from './model.js';
import type { SafeStorage } from './storage.js';

/**
 * Kept promises: where an order is, whether the delivery promise made at checkout held, and the promise's accuracy
 * as a measured figure. Pure: time is passed in, nothing here touches the DOM.
 *
 * A promise is kept or broken by the day, in the promise's own time zone: an order is on time when it arrives
 * (home: `delivered`; pickup: `ready-for-pickup`) on a day from the promised earliest to the promised latest date,
 * early before it, late after it. The shop's calendar day is what the shopper was told ("Arrives Thu 26.11."), so it
 * is what is measured.
 */

/** The steps of a home delivery, in order. */
export const HOME_STAGES: readonly OrderStage[] = ['received', 'packed', 'dispatched', 'out-for-delivery', 'delivered'];
/** The steps of a pickup (pickup point or store), in order. */
export const PICKUP_STAGES: readonly OrderStage[] = ['received', 'packed', 'dispatched', 'ready-for-pickup', 'picked-up'];

/** The steps an order of this delivery kind takes when all goes well. */
export function orderStages(kind: DeliveryKind): readonly OrderStage[] {
  return kind === 'home' ? HOME_STAGES : PICKUP_STAGES;
}

/** The step that keeps or breaks the promise: the parcel at the door, or ready at the pickup point. */
export function arrivalStage(kind: DeliveryKind): OrderStage {
  return kind === 'home' ? 'delivered' : 'ready-for-pickup';
}

/**
 * The promise the shopper was given when the order was placed: the delivery method's parameters from the moment of
 * `placedAt`. Null when the method's parameters or the date cannot make one (a backend without promise data).
 */
export function orderPromise(order: Order): DeliveryPromise | null {
  const placedAt = new Date(order.placedAt);
  if (Number.isNaN(placedAt.getTime())) return null;
  try {
    return promiseDelivery({ ...order.deliveryMethod.promise, now: placedAt });
  } catch {
    return null;
  }
}

/** On time: arrived from the promised earliest to the latest day; early: before it; late: after it. */
export type PromiseOutcome = 'on-time' | 'early' | 'late';

/** Where an order stands against its promise. */
export interface PromiseCheck {
  /** The promise made at checkout, or null when none can be computed. */
  promise: DeliveryPromise | null;
  /** Where the order is now: the stage of the latest event (`received` when the backend lists none). */
  stage: OrderStage;
  /** When the order reached its current stage (ISO 8601), when known. */
  stageAt?: string;
  /** The arrival step (delivered, or ready for pickup), once it happened. */
  arrival?: OrderEvent;
  /**
   * Undefined while the order can still be on time (and for a cancelled order or one without a promise). `late`
   * as soon as the promised latest day has passed without arrival: the shopper hears it before asking.
   */
  outcome?: PromiseOutcome;
  /** Days after the promised latest day (arrival's, or today's while it has not arrived); 0 unless late. */
  daysLate: number;
  /** Days before the promised earliest day; 0 unless early. */
  daysEarly: number;
  /** True once the outcome can no longer change: the order arrived (or was cancelled before it did). */
  final: boolean;
}

function latestEvent(events: readonly OrderEvent[]): OrderEvent | undefined {
  let last: OrderEvent | undefined;
  for (const e of events) if (!last || Date.parse(e.at) >= Date.parse(last.at)) last = e;
  return last;
}

/** Compares what happened to an order with what it was promised, as of `now`. */
export function checkPromise(progress: OrderProgress, now: Date | number): PromiseCheck {
  const { order, events } = progress;
  const promise = orderPromise(order);
  const last = latestEvent(events);
  const stage = last?.stage ?? 'received';
  const kind = order.deliveryMethod.kind;
  // A parcel picked up without a recorded "ready" step was ready by then at the latest.
  const arrival = events.find((e) => e.stage === arrivalStage(kind))
    ?? (kind === 'home' ? undefined : events.find((e) => e.stage === 'picked-up'));
  const cancelled = events.some((e) => e.stage === 'cancelled');
  const base = { promise, stage, ...(last ? { stageAt: last.at } : {}), ...(arrival ? { arrival } : {}), daysLate: 0, daysEarly: 0 };
  const timeZone = order.deliveryMethod.promise.timeZone;
  if (!promise || !isValidTimeZone(timeZone)) return { ...base, final: !!arrival || cancelled };
  const earliest = dayNumber(promise.earliest);
  const latest = dayNumber(promise.latest);
  if (arrival) {
    const day = dayNumber(zonedDate(Date.parse(arrival.at), timeZone));
    if (day > latest) return { ...base, outcome: 'late', daysLate: day - latest, final: true };
    if (day < earliest) return { ...base, outcome: 'early', daysEarly: earliest - day, final: true };
    return { ...base, outcome: 'on-time', final: true };
  }
  if (cancelled) return { ...base, final: true };
  const today = dayNumber(zonedDate(now, timeZone));
  if (today > latest) return { ...base, outcome: 'late', daysLate: today - latest, final: false };
  return { ...base, final: false };
}

/** The telemetry event that measures a promise: sent once per order, when its outcome is final. */
export const DELIVERY_PROMISE_RESULT = 'delivery_promise_result';

/** Parameters of `delivery_promise_result`. No personal data: the order code, dates, the method and the carrier. */
export interface DeliveryPromiseResult {
  /** The order code (GA4's `transaction_id`, as in `purchase`). */
  transaction_id: string;
  /** `home`, `pickup-point` or `store`. */
  method: DeliveryKind;
  delivery_method_id: string;
  carrier?: string;
  /** The promised window, 'YYYY-MM-DD' in the shop's zone, and the pickup time ('HH:MM') when one was promised. */
  promised_earliest: string;
  promised_latest: string;
  promised_ready_from?: string;
  /** When the parcel arrived or was ready (ISO 8601), and that day in the shop's zone. */
  actual_at: string;
  actual_date: string;
  outcome: PromiseOutcome;
  days_late: number;
  days_early: number;
}

/** The accuracy event's parameters, or null while the outcome is not final (or there is no promise to measure). */
export function promiseResult(progress: OrderProgress, check: PromiseCheck): DeliveryPromiseResult | null {
  if (!check.final || !check.outcome || !check.promise || !check.arrival) return null;
  const { order } = progress;
  const method = order.deliveryMethod;
  const carrier = progress.carrier ?? method.carrier;
  return {
    transaction_id: order.code,
    method: method.kind,
    delivery_method_id: method.id,
    ...(carrier ? { carrier } : {}),
    promised_earliest: check.promise.earliest,
    promised_latest: check.promise.latest,
    ...(check.promise.readyFrom ? { promised_ready_from: check.promise.readyFrom } : {}),
    actual_at: new Date(Date.parse(check.arrival.at)).toISOString(),
    actual_date: zonedDate(Date.parse(check.arrival.at), method.promise.timeZone),
    outcome: check.outcome,
    days_late: check.daysLate,
    days_early: check.daysEarly,
  };
}

/** A promise's accuracy over a set of orders. Rates are null when there are no orders. */
export interface PromiseAccuracy {
  orders: number;
  onTime: number;
  early: number;
  late: number;
  /** Share of orders that kept the promise: on time or early (the shopper had it when told, or sooner). */
  onTimeRate: number | null;
  /** Share of orders that arrived after the promised latest day. */
  lateRate: number | null;
  /** Mean days late among the late orders (0 when none was late). */
  meanDaysLate: number;
}

/** Accuracy overall and per delivery kind (`home`, `pickup-point`, `store`). */
export interface PromiseAccuracySummary extends PromiseAccuracy {
  byMethod: Partial<Record<DeliveryKind, PromiseAccuracy>>;
}

function accuracy(results: readonly Pick<DeliveryPromiseResult, 'outcome' | 'days_late'>[]): PromiseAccuracy {
  const count = (o: PromiseOutcome) => results.filter((r) => r.outcome === o).length;
  const late = results.filter((r) => r.outcome === 'late');
  const orders = results.length;
  return {
    orders,
    onTime: count('on-time'),
    early: count('early'),
    late: late.length,
    onTimeRate: orders ? (orders - late.length) / orders : null,
    lateRate: orders ? late.length / orders : null,
    meanDaysLate: late.length ? late.reduce((sum, r) => sum + r.days_late, 0) / late.length : 0,
  };
}

/**
 * Sums up `delivery_promise_result` events (their parameters): on-time rate and mean lateness, overall and per
 * delivery kind. An order counted twice (a resent event) counts once: the first result of each `transaction_id`.
 */
export function summarisePromiseAccuracy(
  results: Iterable<Pick<DeliveryPromiseResult, 'transaction_id' | 'method' | 'outcome' | 'days_late'>>,
): PromiseAccuracySummary {
  const seen = new Set<string>();
  const unique: Pick<DeliveryPromiseResult, 'transaction_id' | 'method' | 'outcome' | 'days_late'>[] = [];
  for (const r of results) {
    if (seen.has(r.transaction_id)) continue;
    seen.add(r.transaction_id);
    unique.push(r);
  }
  const byMethod: Partial<Record<DeliveryKind, PromiseAccuracy>> = {};
  for (const kind of ['home', 'pickup-point', 'store'] as const) {
    const of = unique.filter((r) => r.method === kind);
    if (of.length) byMethod[kind] = accuracy(of);
  }
  return { ...accuracy(unique), byMethod };
}

/** How many order codes the ledger remembers; older ones drop off (an order's outcome is final within weeks). */
export const PROMISE_LEDGER_LIMIT = 200;

/**
 * Remembers which orders' promise results were sent, so `delivery_promise_result` goes once per order even when the
 * status page is opened again. Storage is passed in (the element's own, or `promiseResultStorage(consent)`).
 */
export class PromiseResultLedger {
  readonly #storage: SafeStorage;
  readonly #key: string;

  constructor(storage: SafeStorage, key = 'sf-promise-results') {
    this.#storage = storage;
    this.#key = key;
  }

  #codes(): string[] {
    try {
      const parsed = JSON.parse(this.#storage.get(this.#key) ?? '[]') as unknown;
      return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
    } catch {
      return [];
    }
  }

  /** True when the result of this order was already sent. */
  has(code: string): boolean {
    return this.#codes().includes(code);
  }

  /** Records that the result of this order was sent. */
  add(code: string): void {
    const codes = this.#codes().filter((c) => c !== code);
    codes.push(code);
    this.#storage.set(this.#key, JSON.stringify(codes.slice(-PROMISE_LEDGER_LIMIT)));
  }
}

export { promiseResultStorage, erasePromiseResults } from './consent-storage.js';
