import type { Product } from '../../core/model.js';
import { SfEvent } from './sf-event.js';

/**
 * Fired by `<sf-search>` when the shopper picks a suggested product (Enter on the active option, or a click).
 * Cancellable: call `preventDefault()` to route to the product yourself; otherwise the page navigates to `href`.
 */
export class SfSearchSelectEvent extends SfEvent {
  static readonly eventName = 'sf-search-select';
  readonly product: Product;
  /** Where the element navigates unless the event is cancelled: the shop's `product-href` for this product. */
  readonly href: string;
  constructor(product: Product, href: string) {
    super(SfSearchSelectEvent.eventName, { cancelable: true });
    this.product = product;
    this.href = href;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-search-select': SfSearchSelectEvent;
  }
}
