import { css, html, type CSSResult, type TemplateResult } from 'lit';
import type { Cart } from '../../core/model.js';
import type { CartState } from '../../core/cart-store.js';
import { cartMessages } from '../../messages/cart.js';
import { formatMoney } from '../../core/money.js';
import { safeUrl } from '../../core/url.js';
import { cartToGa4 } from '../../services/telemetry/ga4.js';
import type { Announcer } from '../controllers/announcer.js';
import type { CartController } from '../controllers/cart-controller.js';
import { CtaController } from '../controllers/cta-controller.js';
import { ctaStyles } from '../base/styles.js';
import { CartLines, cartLineStyles } from '../sf-cart/cart-lines.js';
import { freeShippingMeterFlag, freeShippingThreshold, renderFreeShippingMeter, summaryStyles } from '../sf-cart/cart-summary.js';
import { SfCheckoutRequestEvent } from '../events/index.js';
import type { SfCartDrawer } from './sf-cart-drawer.js';

/**
 * What the open drawer shows of a cart with lines: the lines (quantity steppers, remove, undo), the free-delivery
 * meter, the subtotal and "Go to checkout". A part of `<sf-cart-drawer>` loaded on the first open intent (the cart
 * button hovered or focused, an open request, or the browser idle): a page that never opens the cart never loads it.
 */
export class DrawerContents {
  /** Adopted by the drawer's shadow root when this part arrives. */
  static readonly styles: readonly CSSResult[] = [
    ctaStyles,
    cartLineStyles,
    summaryStyles,
    css`
      .foot {
        display: flex;
        flex-direction: column;
        gap: var(--_sf-space-3);
        padding: var(--_sf-space-3) var(--_sf-space-4);
        border-block-start: 1px solid var(--_sf-color-border-subtle);
      }
      [part='checkout-button'] {
        text-decoration: none;
        inline-size: 100%;
      }
    `,
  ];

  readonly #host: SfCartDrawer;
  readonly #cart: CartController;
  readonly #lines: CartLines;
  readonly #track: (name: string, params: Record<string, unknown>) => void;
  /** The checkout CTA's colour follows the `sf-cta-color` experiment (tokens on the host). */
  readonly #cta: CtaController;
  /** The `sf-free-shipping-meter` experiment; seen only when the open drawer shows its foot. */
  readonly #meter;

  /** `seenRemote`: the cart's remote-change count the drawer saw first, so a change from another tab since is reported. */
  constructor(
    host: SfCartDrawer,
    cart: CartController,
    announcer: Announcer,
    track: (name: string, params: Record<string, unknown>) => void,
    seenRemote: number | undefined,
  ) {
    this.#host = host;
    this.#cart = cart;
    this.#track = track;
    const root = () => host.renderRoot as ShadowRoot | undefined;
    // The drawer is rendered while closed: the variant counts as shown only when the dialog shows its CTA.
    this.#cta = new CtaController(host, { shownElement: () => root()?.querySelector('[part=checkout-button]') });
    this.#meter = freeShippingMeterFlag(host, () => root()?.querySelector('.foot'));
    this.#lines = new CartLines(host, cart, announcer, track, seenRemote);
  }

  #checkout = (e: MouseEvent) => {
    const cart = this.#cart.state.cart;
    if (!cart) return;
    if (this.#cart.store?.claimBeginCheckout() !== false) this.#track('begin_checkout', cartToGa4(cart));
    if (!this.#host.dispatchEvent(new SfCheckoutRequestEvent(cart))) {
      e.preventDefault();
      this.#host.close();
    }
  };

  /** The lines (with undo rows). */
  renderLines(cart: Cart): TemplateResult {
    const t = cartMessages[this.#host.effectiveLocale];
    return this.#lines.render(cart, { compact: true, label: t.lines });
  }

  /** Meter, subtotal, the promise slot and the checkout CTA, for a cart with lines. */
  renderFoot(cart: Cart, state: CartState): TemplateResult {
    const host = this.#host;
    const locale = host.effectiveLocale;
    const t = cartMessages[locale];
    const href = safeUrl(host.checkoutHref) ?? '/checkout';
    return html`<div class="foot">
      ${renderFreeShippingMeter(this.#meter, cart, freeShippingThreshold(cart, host.freeShippingThreshold), locale)}
      <dl class="totals" aria-busy=${state.pending ? 'true' : 'false'}>
        <dt>${t.subtotal}</dt>
        <dd>${formatMoney(cart.subtotal, locale)}</dd>
      </dl>
      <slot name="promise"></slot>
      ${this.#cta.reserve(html`<a part="checkout-button" class="cta" href=${href} @click=${this.#checkout}>${t.checkout}</a>`)}
    </div>`;
  }
}
