import { SfEvent } from './sf-event.js';

/**
 * `<sf-cart-drawer>` has closed, by any means: Escape, its close button, a click on the backdrop, `close()` or
 * `open = false`. Fired after focus went back to the opener, so a page can change route on it and move focus on.
 */
export class SfCartDrawerCloseEvent extends SfEvent {
  static readonly eventName = 'sf-cart-drawer-close';
  constructor() {
    super(SfCartDrawerCloseEvent.eventName);
  }
}
