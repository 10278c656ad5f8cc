import { SfEvent } from './sf-event.js';

/**
 * Asks the page's `<sf-cart-drawer>` to open. `reason: 'add'` comes after every successful add-to-cart and opens
 * only a drawer with `open-on-add`; `'request'` (the cart button, or an add-to-cart with `open-drawer`) always does.
 * Cancelable: a page that shows its own confirmation can `preventDefault()`.
 */
export class SfCartOpenRequestEvent extends SfEvent {
  static readonly eventName = 'sf-cart-open-request';
  constructor(
    readonly reason: 'add' | 'request',
    /** Where focus returns when the drawer closes. */
    readonly opener: HTMLElement | null = null,
  ) {
    super(SfCartOpenRequestEvent.eventName, { cancelable: true });
  }
}
