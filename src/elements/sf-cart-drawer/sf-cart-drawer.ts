import { css, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { commonMessages } from '../../messages/common.js';
import { cartMessages } from '../../messages/cart.js';
import { formatMoney } from '../../core/money.js';
import { safeUrl, type ProductHref } from '../../core/url.js';
import { cartToGa4 } from '../../services/telemetry/ga4.js';
import { Announcer } from '../controllers/announcer.js';
import { CartController } from '../controllers/cart-controller.js';
import { CtaController } from '../controllers/cta-controller.js';
import { SfElement } from '../base/sf-element.js';
import { ctaStyles } from '../base/styles.js';
import { CartLines, cartLineStyles } from '../sf-cart/cart-lines.js';
import { freeShippingMeterFlag, freeShippingThreshold, renderFreeShippingMeter, summaryStyles } from '../sf-cart/cart-summary.js';
import { SfCartDrawerCloseEvent, SfCartOpenRequestEvent, SfCheckoutRequestEvent } from '../events/index.js';

/** The element focused now, looking into open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The mini-cart: a modal side panel on native `<dialog>` (focus moves in, Esc or a click on the backdrop closes,
 * focus returns to the opener, the page behind is inert). Lists the lines with quantity controls and remove (with undo), the subtotal, the
 * free-delivery meter, a slot for a delivery promise and the "Go to checkout" call to action.
 *
 * It opens on `show()`, on an `sf-cart-open-request` with reason `request` from anywhere in its shop (the cart
 * button), and with `open-on-add` also after each add to cart.
 *
 * @tag sf-cart-drawer
 * @summary Mini-cart drawer on native dialog.
 * @slot promise - A delivery promise shown above the checkout button, e.g. `<sf-delivery-promise>`.
 * @fires sf-cart-change - After a change made in the drawer, or one from another tab.
 * @fires sf-checkout-request - When "Go to checkout" is chosen; cancel it to route in the page.
 * @fires sf-cart-drawer-close - When the drawer has closed, by any means, after focus went back to the opener.
 * @csspart dialog - The dialog panel.
 * @csspart lines - The list of lines.
 * @csspart line - One line.
 * @csspart free-shipping - The free-delivery meter (left out when the `sf-free-shipping-meter` experiment says false).
 * @csspart checkout-button - The "Go to checkout" link.
 * @cssproperty --sf-cart-drawer-width - Panel width, default min(28rem, 100vw).
 * @cssproperty --sf-cart-drawer-background - Panel background.
 * @cssproperty --sf-cart-drawer-backdrop - Backdrop colour.
 * @cssproperty --sf-cta-background - Checkout button background (experiment token).
 * @cssproperty --sf-cta-color - Checkout button text colour (experiment token).
 * @cssstate open - While the drawer is open.
 * @since 0.1.0
 * @status experimental
 */
export class SfCartDrawer extends SfElement {
  static override styles = [
    SfElement.styles,
    ctaStyles,
    cartLineStyles,
    summaryStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        box-sizing: border-box;
        inline-size: var(--sf-cart-drawer-width, min(28rem, 100vw));
        max-inline-size: 100vw;
        block-size: 100dvh;
        max-block-size: 100dvh;
        margin: 0 0 0 auto;
        padding: 0;
        border: 0;
        background: var(--sf-cart-drawer-background, var(--_sf-color-surface));
        color: var(--_sf-color-text);
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      dialog::backdrop {
        background: var(--sf-cart-drawer-backdrop, rgb(0 0 0 / 0.45));
      }
      .head,
      .foot {
        padding: var(--_sf-space-3) var(--_sf-space-4);
      }
      .head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        border-block-end: 1px solid var(--_sf-color-border-subtle);
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      .close {
        min-inline-size: 2.75rem;
        min-block-size: 2.75rem;
        border: 0;
        background: none;
        color: inherit;
        font: inherit;
        font-size: 1.5rem;
        cursor: pointer;
      }
      .body {
        flex: 1;
        overflow-y: auto;
        padding: 0 var(--_sf-space-4);
      }
      .foot {
        display: flex;
        flex-direction: column;
        gap: var(--_sf-space-3);
        border-block-start: 1px solid var(--_sf-color-border-subtle);
      }
      .empty {
        padding: var(--_sf-space-4) 0;
      }
      [part='checkout-button'] {
        text-decoration: none;
        inline-size: 100%;
      }
    `,
  ];

  /** Open after each add to cart (the page wants the mini-cart to confirm adds). */
  @property({ attribute: 'open-on-add', type: Boolean }) openOnAdd = false;

  /** Where "Go to checkout" leads. */
  @property({ attribute: 'checkout-href' }) checkoutHref = '/checkout';

  /** Free-delivery threshold in minor units; defaults to the backend's. */
  @property({ attribute: 'free-shipping-threshold', type: Number }) freeShippingThreshold?: number;

  /** Whether the drawer is open. Set it, or use `show()` / `close()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('dialog') protected dialog?: HTMLDialogElement;

  /** The shop's product links, for the lines (CartLines reads it). @internal */
  get productHref(): ProductHref | undefined {
    return this.shop?.productHref;
  }

  readonly #cart = new CartController(this);
  /** The checkout CTA's colour follows the `sf-cta-color` experiment (tokens on the host). */
  readonly #cta = new CtaController(this, {
    // The drawer is rendered while closed: the variant counts as shown only when the dialog shows its CTA.
    shownElement: () => this.renderRoot?.querySelector('[part=checkout-button]'),
  });
  /** The `sf-free-shipping-meter` experiment; seen only when the open drawer shows its foot. */
  readonly #meter = freeShippingMeterFlag(this, () => this.renderRoot?.querySelector('.foot'));
  readonly #announcer = new Announcer(this);
  readonly #lines = new CartLines(this, this.#cart, this.#announcer, (name, params) => this.telemetry?.track(name, params));
  #opener: HTMLElement | null = null;

  /** Opens the drawer; focus returns to `opener` (default: what is focused now) when it closes. */
  show(opener: HTMLElement | null = deepActiveElement()): void {
    this.#opener = opener;
    this.open = true;
  }

  close(): void {
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    document.addEventListener(SfCartOpenRequestEvent.eventName, this.#onOpenRequest);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isServer) return;
    document.removeEventListener(SfCartOpenRequestEvent.eventName, this.#onOpenRequest);
  }

  #onOpenRequest = (e: SfCartOpenRequestEvent) => {
    if (e.defaultPrevented) return;
    if (e.reason === 'add' && !this.openOnAdd) return;
    // Only requests from inside this drawer's shop (a page may hold two shops).
    const shop = this.closest('sf-shop');
    if (shop && !e.composedPath().includes(shop)) return;
    this.show(e.opener ?? deepActiveElement());
  };

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.dialog;
    if (!changed.has('open') || !dialog) return;
    if (this.open && !dialog.open) {
      this.#opener ??= deepActiveElement();
      dialog.showModal();
      this.toggleState('open', true);
      const cart = this.#cart.state.cart;
      if (cart) this.telemetry?.track('view_cart', cartToGa4(cart));
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  #onClose = () => {
    this.open = false;
    this.toggleState('open', false);
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new SfCartDrawerCloseEvent());
  };

  /** A click on the backdrop closes, as a side panel's does (the click lands on the dialog, outside its box). */
  #onDialogClick = (e: MouseEvent) => {
    const dialog = this.dialog;
    if (!dialog || e.target !== dialog || e.detail === 0) return;
    const r = dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) this.close();
  };

  #checkout = (e: MouseEvent) => {
    const cart = this.#cart.state.cart;
    if (!cart) return;
    if (this.#cart.store?.claimBeginCheckout() !== false) this.telemetry?.track('begin_checkout', cartToGa4(cart));
    if (!this.dispatchEvent(new SfCheckoutRequestEvent(cart))) {
      e.preventDefault();
      this.close();
    }
  };

  protected override render() {
    const locale = this.effectiveLocale;
    const t = cartMessages[locale];
    const state = this.#cart.state;
    const cart = state.cart;
    const hasContent = !!cart && (cart.lines.length > 0 || (state.removed?.length ?? 0) > 0);
    const href = safeUrl(this.checkoutHref) ?? '/checkout';
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose} @click=${this.#onDialogClick}>
      <div class="head">
        <h2 id="title">${t.title}</h2>
        <button class="close" type="button" aria-label=${t.close} @click=${() => this.close()}>×</button>
      </div>
      <div class="body">
        ${!cart
          ? html`<p class="empty">${state.error ? commonMessages[locale][`error.${state.error.code}`] : commonMessages[locale].loading}</p>`
          : hasContent
            ? this.#lines.render(cart, { compact: true, label: t.lines })
            : html`<p class="empty">${t.empty}</p>`}
      </div>
      ${cart && cart.lines.length > 0
        ? html`<div class="foot">
            ${renderFreeShippingMeter(this.#meter, cart, freeShippingThreshold(cart, this.freeShippingThreshold), locale)}
            <dl class="totals" aria-busy=${state.pending ? 'true' : 'false'}>
              <dt>${t.subtotal}</dt>
              <dd>${formatMoney(cart.subtotal, locale)}</dd>
            </dl>
            <slot name="promise"></slot>
            ${this.#cta.reserve(html`<a part="checkout-button" class="cta" href=${href} @click=${this.#checkout}>${t.checkout}</a>`)}
          </div>`
        : nothing}
      ${this.#announcer.render()}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-cart-drawer': SfCartDrawer;
  }
}
