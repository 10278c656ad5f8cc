/**
 * `<sf-cart-drawer>` has closed, by any means: Escape, its close button, a click on the backdrop, `close()` or
 * `open = false`. Fired after focus went back to the opener, so a page can change route on it and move focus on.
 */
export class SfCartDrawerCloseEvent extends Event {
  static readonly eventName = 'sf-cart-drawer-close';
  constructor() {
    super(SfCartDrawerCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-cart-drawer-close': SfCartDrawerCloseEvent;
  }
}
