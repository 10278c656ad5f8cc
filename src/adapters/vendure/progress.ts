import type { DeliveryKind, OrderEvent, OrderStage } from '../../core/model.js';
import type { VOrder } from './mapping.js';

/**
 * Order progress from Vendure: its order states and fulfilments, with the times its order history records.
 *
 * Vendure's default processes know: an order placed (PaymentAuthorized / PaymentSettled), fulfilments (Pending, then
 * Shipped, then Delivered) and the order following them (PartiallyShipped, Shipped, PartiallyDelivered, Delivered),
 * and Cancelled. The kit's steps from them:
 * - received: the order was placed (`orderPlacedAt`);
 * - packed: the first fulfilment was created (Pending: the goods are picked and packed for it);
 * - dispatched: the first fulfilment was shipped (a split order is on its way with its first parcel);
 * - delivered (home) / picked up (pickup point, store): the whole order Delivered (a split order has arrived when
 *   its last parcel has);
 * - cancelled: the order Cancelled.
 * Vendure has no "out for delivery", "ready for pickup" or "returned": a shop that adds fulfilment states
 * `OutForDelivery` / `ReadyForPickup` or an order state `Returned` (custom processes) gets those steps too.
 */

export interface VHistoryEntry { type: string; createdAt: string; data: Record<string, unknown> | null }
export interface VFulfillment { id: string; state: string; createdAt: string; updatedAt: string; method: string; trackingCode: string | null }
export interface VProgressOrder extends VOrder {
  history: { items: VHistoryEntry[] };
  fulfillments: VFulfillment[] | null;
}

/** Fulfilment states and the step each is. */
const FULFILMENT_STAGES: Readonly<Record<string, OrderStage | 'arrived'>> = {
  Pending: 'packed',
  Shipped: 'dispatched',
  OutForDelivery: 'out-for-delivery',
  ReadyForPickup: 'ready-for-pickup',
};

/** Order states and the step each is; `arrived` is delivered or picked up by the delivery kind. */
const ORDER_STAGES: Readonly<Record<string, OrderStage | 'arrived'>> = {
  PartiallyShipped: 'dispatched',
  Shipped: 'dispatched',
  Delivered: 'arrived',
  Cancelled: 'cancelled',
  Returned: 'returned',
};

/** Steps in the order they can happen; cancelled and returned end an order. */
const STAGE_ORDER: readonly OrderStage[] = [
  'received', 'packed', 'dispatched', 'out-for-delivery', 'ready-for-pickup', 'delivered', 'picked-up', 'cancelled', 'returned',
];

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The steps an order took, oldest first, each at the first time it was reached. */
export function orderEvents(order: VProgressOrder, kind: DeliveryKind): OrderEvent[] {
  const first = new Map<OrderStage, number>();
  const reach = (stage: OrderStage | 'arrived' | undefined, at: string | null | undefined) => {
    const time = at ? Date.parse(at) : Number.NaN;
    if (!stage || Number.isNaN(time)) return;
    const s: OrderStage = stage === 'arrived' ? (kind === 'home' ? 'delivered' : 'picked-up') : stage;
    const seen = first.get(s);
    if (seen === undefined || time < seen) first.set(s, time);
  };
  reach('received', order.orderPlacedAt);
  for (const entry of order.history.items) {
    const to = text(entry.data?.to);
    if (entry.type === 'ORDER_STATE_TRANSITION') reach(ORDER_STAGES[to], entry.createdAt);
    else if (entry.type === 'ORDER_FULFILLMENT_TRANSITION') reach(FULFILMENT_STAGES[to], entry.createdAt);
    else if (entry.type === 'ORDER_FULFILLMENT') reach('packed', entry.createdAt);
    else if (entry.type === 'ORDER_CANCELLATION') reach('cancelled', entry.createdAt);
  }
  // Without (public) history entries, the fulfilments themselves: created when packed, changed when they moved on.
  for (const f of order.fulfillments ?? []) {
    reach('packed', f.createdAt);
    const stage = FULFILMENT_STAGES[f.state];
    if (stage && stage !== 'packed') reach(stage, f.updatedAt);
  }
  if (!first.has('received') && first.size > 0) reach('received', order.updatedAt);
  const stage = ORDER_STAGES[order.state];
  if (stage && !first.has(stage === 'arrived' ? (kind === 'home' ? 'delivered' : 'picked-up') : stage)) reach(stage, order.updatedAt);
  // In the order steps happen, each no earlier than the one before: Vendure's history keeps whole seconds while
  // orderPlacedAt has milliseconds, so a fulfilment made within the second would otherwise precede the order.
  let floor = -Infinity;
  return [...first]
    .sort(([a], [b]) => STAGE_ORDER.indexOf(a) - STAGE_ORDER.indexOf(b))
    .map(([s, at]) => {
      floor = Math.max(floor, at);
      return { stage: s, at: new Date(floor).toISOString() };
    });
}

/** The carrier's tracking code and method of the latest fulfilment, when Vendure has them. */
export function latestFulfilment(order: VProgressOrder): VFulfillment | undefined {
  return [...(order.fulfillments ?? [])].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
}
