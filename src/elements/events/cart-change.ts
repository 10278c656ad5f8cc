import type { Cart } from '../../core/model.js';

/** Fired on `<sf-shop>` descendants when the cart changed by a shopper's action or from the backend. */
export class SfCartChangeEvent extends Event {
  static readonly eventName = 'sf-cart-change';
  readonly cart: Cart;
  constructor(cart: Cart) {
    super(SfCartChangeEvent.eventName, { bubbles: true, composed: true });
    this.cart = cart;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-cart-change': SfCartChangeEvent;
  }
}
