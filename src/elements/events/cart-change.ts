import type { Cart } from '../../core/model.js';
import { SfEvent } from './sf-event.js';

/** Fired on `<sf-shop>` descendants when the cart changed by a shopper's action or from the backend. */
export class SfCartChangeEvent extends SfEvent {
  static readonly eventName = 'sf-cart-change';
  constructor(readonly cart: Cart) {
    super(SfCartChangeEvent.eventName);
  }
}
