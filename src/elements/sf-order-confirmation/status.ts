import type { Order } from '../../core/model.js';
import { describeDeliveryPromise } from '../../messages/describe-delivery.js';
import { promiseDelivery } from '../../core/delivery/engine.js';
import { checkoutMessages } from '../../messages/checkout.js';
import type { Locale } from '../../core/locale.js';

/**
 * The order's status in words: "received", then the promise computed from the moment the order was placed, told
 * with the delivery-promise badge's own wording in the 'order' tense ("Your order is on its way; pick it up
 * tomorrow after 17:00 at …"), so the confirmation never contradicts what the shopper was promised.
 */
export function orderStatusText(order: Order, options: { now: Date; locale: Locale }): string {
  const received = checkoutMessages[options.locale].received;
  const method = order.deliveryMethod;
  const placedAt = new Date(order.placedAt);
  try {
    const promise = promiseDelivery({ ...method.promise, now: Number.isNaN(placedAt.getTime()) ? options.now : placedAt });
    const words = describeDeliveryPromise(promise, {
      now: options.now,
      locale: options.locale,
      timeZone: method.promise.timeZone,
      kind: method.kind,
      tense: 'order',
      ...(order.pickupPoint ? { placeName: order.pickupPoint.name } : {}),
    });
    return `${received} ${words.text}`;
  } catch {
    // A backend's method without usable promise parameters: say what is certain and nothing more.
    return received;
  }
}
