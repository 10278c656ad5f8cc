import type { Cart } from '../../core/model.js';
import { SfEvent } from './sf-event.js';

/**
 * The shopper chose "Go to checkout". Cancel it (`preventDefault()`) to route in the page instead of following
 * the `checkout-href` link.
 */
export class SfCheckoutRequestEvent extends SfEvent {
  static readonly eventName = 'sf-checkout-request';
  constructor(readonly cart: Cart) {
    super(SfCheckoutRequestEvent.eventName, { cancelable: true });
  }
}
