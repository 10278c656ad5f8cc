import { dateOfDay, dayNumber, parseClock, zonedInstant } from '../../core/delivery/dates.js';
import type { Order, OrderEvent, OrderProgress, OrderStage } from '../../core/model.js';
import { orderPromise } from '../../core/order-progress.js';

/**
 * What the embedded shop's warehouse and carrier will do with an order, for tests and demos. By default an order
 * arrives on the promised earliest day; `shift` moves arrival (+1: a day after the promised latest day, −1: a day
 * before the earliest).
 */
export interface OrderFate {
  /** Days late (positive) or early (negative) against the promise; 0 (default) arrives on the earliest day. */
  shift?: number;
  /** Cancelled this many hours after the order was placed (before anything else that would come later). */
  cancelAfterHours?: number;
  /** A pickup parcel is collected this many hours after it is ready; default 20. Never, when null. */
  collectAfterHours?: number | null;
  /** Returned this many days after it was delivered or collected. */
  returnAfterDays?: number;
}

/** How long a pickup point keeps a parcel, in days after it is ready. */
export const PICKUP_KEEP_DAYS = 7;

const HOUR = 3_600_000;

/**
 * The order's steps as of `now`, on the shop's calendar: packed at 10:00 and dispatched at the cut-off on the
 * promised dispatch day (never before the order plus half an hour), out for delivery at 08:00 and delivered at 14:00
 * on the arrival day, or ready for pickup at the promised time. Pure: the same order, fate and moment give the same
 * steps, so a manual clock walks an order through every state.
 */
export function simulateProgress(order: Order, fate: OrderFate, now: number): OrderProgress {
  const placed = Date.parse(order.placedAt);
  const method = order.deliveryMethod;
  const zone = method.promise.timeZone;
  const promise = orderPromise(order);
  const plan: OrderEvent[] = [{ stage: 'received', at: new Date(placed).toISOString() }];
  let pickupUntil: string | undefined;
  if (promise) {
    const local = (date: string, time: string) => zonedInstant(date, parseClock(time), zone).getTime();
    const step = (stage: OrderStage, at: number) => plan.push({ stage, at: new Date(at).toISOString() });
    const packed = Math.max(local(promise.dispatchDate, '10:00'), placed + HOUR / 2);
    step('packed', packed);
    const dispatched = Math.max(local(promise.dispatchDate, method.promise.cutoff), packed + HOUR / 2);
    step('dispatched', dispatched);
    const shift = fate.shift ?? 0;
    const arrivalDay = shift > 0 ? dayNumber(promise.latest) + shift : dayNumber(promise.earliest) + Math.min(0, shift);
    // Never before it left: an early arrival is at most the dispatch day.
    const day = dateOfDay(Math.max(arrivalDay, dayNumber(promise.dispatchDate)));
    let done: number;
    if (method.kind === 'home') {
      step('out-for-delivery', Math.max(local(day, '08:00'), dispatched + HOUR));
      done = Math.max(local(day, '14:00'), dispatched + 2 * HOUR);
      step('delivered', done);
    } else {
      const ready = Math.max(local(day, promise.readyFrom ?? '12:00'), dispatched + HOUR);
      step('ready-for-pickup', ready);
      pickupUntil = new Date(local(dateOfDay(dayNumber(day) + PICKUP_KEEP_DAYS), '23:59')).toISOString();
      done = ready;
      const collect = fate.collectAfterHours === undefined ? 20 : fate.collectAfterHours;
      if (collect !== null) {
        done = ready + collect * HOUR;
        step('picked-up', done);
      }
    }
    if (fate.returnAfterDays !== undefined) step('returned', done + fate.returnAfterDays * 24 * HOUR);
  }
  let events = plan;
  if (fate.cancelAfterHours !== undefined) {
    const at = placed + fate.cancelAfterHours * HOUR;
    events = [...plan.filter((e) => Date.parse(e.at) < at), { stage: 'cancelled', at: new Date(at).toISOString() }];
  }
  const happened = events.filter((e) => Date.parse(e.at) <= now);
  const showUntil = pickupUntil && happened.some((e) => e.stage === 'ready-for-pickup');
  return { order, events: happened, ...(showUntil ? { pickupUntil } : {}), carrier: method.carrier };
}
