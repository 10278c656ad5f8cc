import type { Product } from '../../commerce/types.js';

/**
 * Fired by `<sf-search>` when the shopper picks a suggested product (Enter on the active option, or a click).
 * Cancellable: call `preventDefault()` to route to the product yourself; otherwise the page navigates to `href`.
 */
export class SfSearchSelectEvent extends Event {
  static readonly eventName = 'sf-search-select';
  readonly product: Product;
  /** Where the element navigates unless the event is cancelled (`#/product/<id>` by default). */
  readonly href: string;
  constructor(product: Product, href: string) {
    super(SfSearchSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.product = product;
    this.href = href;
  }
}

/**
 * Fired by `<sf-search>` when the shopper submits the query (Enter with no active suggestion, or the search button).
 * Cancellable: with an `action`, the page navigates to `${action}?q=<text>` unless the event is cancelled.
 */
export class SfSearchSubmitEvent extends Event {
  static readonly eventName = 'sf-search-submit';
  readonly text: string;
  /** The results page URL the element navigates to, when it has an `action`. */
  readonly href: string | undefined;
  constructor(text: string, href: string | undefined) {
    super(SfSearchSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.text = text;
    this.href = href;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-search-select': SfSearchSelectEvent;
    'sf-search-submit': SfSearchSubmitEvent;
  }
}
