import { DELIVERY_METHODS, PAYMENT_METHODS, PICKUP_POINTS } from '../../src/adapters/local/catalog.js';
import { money } from '../../src/core/money.js';
import type { Order, OrderEvent, OrderProgress, OrderStage } from '../../src/core/model.js';

/** A placed order for `methodId` ('home', 'pickup-point', 'store') at `placedAt`, with one line. */
export function sampleOrder(methodId: string, placedAt: Date, code = 'PP-TEST1'): Order {
  const method = DELIVERY_METHODS.find((m) => m.id === methodId)!;
  const point = method.kind === 'home' ? undefined : PICKUP_POINTS.find((p) => p.methodId === method.id)!;
  return {
    id: `O-${code}`,
    code,
    status: 'placed',
    placedAt: placedAt.toISOString(),
    lines: [],
    subtotal: money(5000),
    discountTotal: money(0),
    shipping: method.price,
    total: money(5000 + method.price.amount),
    vat: money(996),
    currency: 'EUR',
    contact: { email: 'aino@example.fi', phone: '+358401234567' },
    shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethod: method,
    ...(point ? { pickupPoint: point } : {}),
    paymentMethod: PAYMENT_METHODS[0]!,
  };
}

/** Progress with the given steps, each at an ISO instant. */
export function progressOf(order: Order, steps: readonly [OrderStage, string][], extra: Partial<OrderProgress> = {}): OrderProgress {
  const events: OrderEvent[] = steps.map(([stage, at]) => ({ stage, at: new Date(at).toISOString() }));
  return { order, events, ...extra };
}
