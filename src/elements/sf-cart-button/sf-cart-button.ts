import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Cart } from '../../core/model.js';
import { cartMessages } from '../../messages/cart.js';
import { CartController } from '../controllers/cart-controller.js';
import { SfCartChangeEvent } from '../events/index.js';
import { SfElement } from '../base/sf-element.js';
import { SfCartOpenRequestEvent } from '../events/index.js';

/** What the cart button needs of a drawer it controls by id. */
interface Openable extends HTMLElement {
  show(opener?: HTMLElement | null): void;
}

/**
 * Opens the mini-cart and shows how many items the cart holds. Its accessible name says both ("Cart, 3 items").
 * The count badge's space is reserved from the start, so the header does not shift when the cart loads.
 *
 * @tag sf-cart-button
 * @summary Header cart button with an item count.
 * @fires sf-cart-open-request - On click, unless `for` names a drawer it opens directly.
 * @fires sf-cart-change - When the cart changed in another tab (once per change per shop).
 * @csspart button - The button.
 * @csspart count - The count badge.
 * @cssproperty --sf-cart-button-badge-background - Badge background.
 * @cssproperty --sf-cart-button-badge-color - Badge text colour.
 * @since 0.1.0
 * @status experimental
 */
export class SfCartButton extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: inline-block;
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: var(--_sf-space-2);
        min-block-size: 2.75rem;
        padding: var(--_sf-space-2) var(--_sf-space-3);
        border: 1px solid var(--_sf-color-border);
        border-radius: var(--_sf-radius-m);
        background: var(--_sf-color-surface);
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
      svg {
        inline-size: 1.25rem;
        block-size: 1.25rem;
      }
      [part='count'] {
        display: inline-block;
        /* A fixed box with room for "99+" from the first paint, so the count never resizes the button. */
        inline-size: 2.5em;
        padding: 0;
        white-space: nowrap;
        border-radius: 999px;
        background: var(--sf-cart-button-badge-background, var(--_sf-color-primary));
        color: var(--sf-cart-button-badge-color, var(--_sf-color-on-primary));
        font-size: 0.875rem;
        font-weight: 600;
        text-align: center;
        font-variant-numeric: tabular-nums;
      }
      [part='count'][data-empty] {
        visibility: hidden;
      }
    `,
  ];

  /** Id of an `<sf-cart-drawer>` in the same document or shadow root to open directly. */
  @property({ attribute: 'for' }) for = '';

  readonly #cart = new CartController(this);
  #seenRemote: number | undefined;

  protected override updated(): void {
    reportRemoteChange(this, this.#cart.state.remoteChange, this.#cart.state.cart, (seq) => {
      const seen = this.#seenRemote;
      this.#seenRemote = seq;
      return seen !== undefined && seq > seen && !!this.#cart.store?.claimRemoteChange(seq);
    });
  }

  protected override render() {
    const t = cartMessages[this.effectiveLocale];
    const cart = this.#cart.state.cart;
    const count = cart?.itemCount ?? 0;
    // The name contains what the badge shows (WCAG 2.5.3 label in name): "Cart, 99+ items" above 99.
    const shown = count > 99 ? '99+' : String(count);
    return html`<button part="button" type="button" aria-haspopup="dialog" aria-label=${cart ? t.cartWithCount(count, shown) : t.cart} @click=${this.#open}>
      <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
        <circle cx="9" cy="20" r="1.5"></circle><circle cx="18" cy="20" r="1.5"></circle>
        <path d="M2 3h3l2.7 12.2a1 1 0 0 0 1 .8h9.6a1 1 0 0 0 1-.8L21 7H6"></path>
      </svg>
      <span>${t.cart}</span>
      <span part="count" aria-hidden="true" ?data-empty=${!cart || count === 0}>${shown}</span>
    </button>`;
  }

  #open = () => {
    const button = this.shadowRoot?.querySelector('button') ?? null;
    if (this.for) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const drawer = root.getElementById?.(this.for) as Openable | null;
      if (drawer && typeof drawer.show === 'function') {
        drawer.show(button);
        return;
      }
    }
    this.dispatchEvent(new SfCartOpenRequestEvent('request', button));
  };
}

/**
 * Fires `sf-cart-change` for a change that arrived from outside (another tab, a bfcache re-read) if `claim` says
 * this element is the one to report it.
 */
export function reportRemoteChange(host: HTMLElement, seq: number | undefined, cart: Cart | null, claim: (seq: number) => boolean): boolean {
  if (seq === undefined || !cart || !claim(seq)) return false;
  host.dispatchEvent(new SfCartChangeEvent(cart));
  return true;
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-cart-button': SfCartButton;
  }
}
