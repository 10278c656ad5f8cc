import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import { toCommerceError, type CommerceError } from '../../core/errors.js';
import { commonMessages } from '../../messages/common.js';
import { cartMessages } from '../../messages/cart.js';
import { formatMoney } from '../../core/money.js';
import { cartFormAction, safeUrl, type ProductHref } from '../../core/url.js';
import { cartToGa4 } from '../../services/telemetry/ga4.js';
import { Announcer } from '../controllers/announcer.js';
import { CartController } from '../controllers/cart-controller.js';
import { CtaController } from '../controllers/cta-controller.js';
import { commerceContext } from '../base/context.js';
import { SfCartChangeEvent } from '../events/index.js';
import { SfElement } from '../base/sf-element.js';
import { ctaStyles } from '../base/styles.js';
import { SfCheckoutRequestEvent } from '../events/index.js';
import { CartLines, cartLineStyles } from './cart-lines.js';
import { freeShippingMeterFlag, freeShippingThreshold, renderFreeShippingMeter, summaryStyles } from './cart-summary.js';

/**
 * The full cart page: lines (image, name, variant, unit price, line total, quantity, remove with undo), flagged
 * lines whose product or stock changed, a discount code form, subtotal / discount / delivery estimate / total with
 * the VAT it contains, the free-delivery meter, an empty state with a way back, and "Complete your ride":
 * products related to the cart from the adapter.
 *
 * With the shop's `cart-action` set, each line's quantity and remove controls are also real forms posting to
 * `<cart-action>/update` (`line`, `quantity`; 0 removes), so a server-rendered cart page works without JavaScript.
 *
 * @tag sf-cart
 * @summary Full cart page.
 * @slot cross-sell - Replaces the built-in "Complete your ride" recommendations.
 * @slot promise - A delivery promise shown in the summary, e.g. `<sf-delivery-promise>`.
 * @fires sf-cart-change - After a change made here, or one from another tab.
 * @fires sf-checkout-request - When "Go to checkout" is chosen; cancel it to route in the page.
 * @csspart lines - The list of lines.
 * @csspart line - One line.
 * @csspart line-issue - What changed about a line (unavailable, stock reduced, price changed).
 * @csspart line-error - Why the shopper's last change of a line failed.
 * @csspart discount - The discount code form.
 * @csspart summary - The totals.
 * @csspart free-shipping - The free-delivery meter (left out when the `sf-free-shipping-meter` experiment says false).
 * @csspart checkout-button - The "Go to checkout" link.
 * @csspart empty - The empty-cart message.
 * @csspart cross-sell - The recommendations section.
 * @cssproperty --sf-cart-gap - Space between the lines and the summary.
 * @cssproperty --sf-cart-summary-background - Summary panel background.
 * @cssproperty --sf-cta-background - Checkout button background (experiment token).
 * @cssproperty --sf-cta-color - Checkout button text colour (experiment token).
 * @since 0.1.0
 * @status experimental
 */
export class SfCart extends SfElement {
  static override styles = [
    SfElement.styles,
    ctaStyles,
    cartLineStyles,
    summaryStyles,
    css`
      :host {
        display: block;
      }
      .layout {
        display: grid;
        gap: var(--sf-cart-gap, var(--_sf-space-6));
        grid-template-columns: minmax(0, 1fr);
        min-block-size: 12rem;
      }
      @media (min-width: 52rem) {
        .layout {
          grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr);
        }
      }
      .title {
        font-size: 1.25rem;
        font-weight: 700;
        margin: 0 0 var(--_sf-space-3);
      }
      [part='summary'] {
        display: flex;
        flex-direction: column;
        gap: var(--_sf-space-3);
        align-self: start;
        padding: var(--_sf-space-4);
        border-radius: var(--_sf-radius-m);
        background: var(--sf-cart-summary-background, var(--_sf-color-surface-muted));
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_sf-space-2);
        align-items: end;
      }
      form label {
        flex-basis: 100%;
      }
      form input {
        flex: 1;
        min-inline-size: 8rem;
        min-block-size: 2.75rem;
        padding: 0 var(--_sf-space-2);
        border: 1px solid var(--_sf-color-border);
        border-radius: var(--_sf-radius-s);
        font: inherit;
      }
      form input[aria-invalid='true'] {
        border-color: var(--_sf-color-danger);
      }
      .secondary {
        min-block-size: 2.75rem;
        padding: 0 var(--_sf-space-3);
        border: 1px solid var(--_sf-color-border);
        border-radius: var(--_sf-radius-s);
        background: var(--_sf-color-surface);
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
      .codes {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .field-error {
        flex-basis: 100%;
        margin: 0;
        color: var(--_sf-color-danger);
        font-size: 0.875rem;
      }
      [part='checkout-button'] {
        text-decoration: none;
      }
      [part='empty'] {
        min-block-size: 12rem;
      }
      [part='cross-sell'] {
        margin-block-start: var(--_sf-space-6);
      }
      .products {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
        gap: var(--_sf-space-4);
        margin: 0;
        padding: 0;
        list-style: none;
        /* Room for one row of cards before they load. */
        min-block-size: 20rem;
      }
    `,
  ];

  /** Where "Go to checkout" leads. */
  @property({ attribute: 'checkout-href' }) checkoutHref = '/checkout';

  /** Where "Continue shopping" leads from an empty cart. */
  @property({ attribute: 'continue-href' }) continueHref = '/';

  /** Free-delivery threshold in minor units; defaults to the backend's. */
  @property({ attribute: 'free-shipping-threshold', type: Number }) freeShippingThreshold?: number;

  /** Most related products in "Complete your ride"; 0 hides the section. */
  @property({ attribute: 'cross-sell-limit', type: Number }) crossSellLimit = 4;

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  @state() protected discountError: CommerceError | 'missing' | null = null;
  @state() protected discountPending = false;

  /** The shop's product links, for the lines (CartLines reads it). @internal */
  get productHref(): ProductHref | undefined {
    return this.shop?.productHref;
  }

  /** Where the lines' quantity and remove controls post without JavaScript (the shop's `cart-action`). @internal */
  get cartUpdateAction(): string | undefined {
    return cartFormAction(this.shop?.cartAction, 'update');
  }

  readonly #cart = new CartController(this);
  /** The checkout CTA's colour follows the `sf-cta-color` experiment (tokens on the host). */
  readonly #cta = new CtaController(this);
  /** The `sf-free-shipping-meter` experiment; seen when the summary is. */
  readonly #meter = freeShippingMeterFlag(this, () => this.renderRoot?.querySelector('[part=summary]'));
  readonly #announcer = new Announcer(this);
  readonly #lines = new CartLines(this, this.#cart, this.#announcer, (name, params) => this.telemetry?.track(name, params));
  #viewed = false;

  /** Related products, refetched only when the set of products in the cart changes. */
  #related = new Task(this, {
    task: async ([adapter, key, limit], { signal }) => {
      if (!adapter || !key || limit <= 0) return [];
      const related = await adapter.getRelatedProducts(key.split('|'), { signal });
      return related.slice(0, limit);
    },
    args: () => [this.adapter, this.#productKey(), this.crossSellLimit] as const,
  });

  #productKey(): string {
    const ids = [...new Set(this.#cart.state.confirmed?.lines.map((l) => l.productId) ?? [])].sort();
    return ids.join('|');
  }

  protected override updated(): void {
    const cart = this.#cart.state.cart;
    if (!this.#viewed && cart && this.#cart.state.status === 'ready') {
      this.#viewed = true;
      this.telemetry?.track('view_cart', cartToGa4(cart));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#viewed = false;
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const t = cartMessages[locale];
    const common = commonMessages[locale];
    const state = this.#cart.state;
    const cart = state.cart;
    let body;
    if (!cart) {
      body = state.error
        ? html`<div role="alert" part="empty">
            <p>${common[`error.${state.error.code}`]}</p>
            <button class="secondary" type="button" @click=${() => void this.#cart.store?.load()}>${common.retry}</button>
          </div>`
        : html`<p part="empty">${common.loading}</p>`;
    } else if (cart.lines.length === 0 && (state.removed?.length ?? 0) === 0) {
      body = html`<div part="empty">
        <p>${t.empty}</p>
        <a href=${safeUrl(this.continueHref) ?? '/'}>${t.continueShopping}</a>
      </div>`;
    } else {
      body = html`<div class="layout">
        <div>${this.#lines.render(cart, { compact: false, label: t.lines })}</div>
        ${cart.lines.length > 0 ? this.#summary() : html`<div part="empty"><a href=${safeUrl(this.continueHref) ?? '/'}>${t.continueShopping}</a></div>`}
      </div>`;
    }
    return html`${body}${this.#crossSell()}${this.#announcer.render()}`;
  }

  #summary() {
    const locale = this.effectiveLocale;
    const t = cartMessages[locale];
    const state = this.#cart.state;
    const cart = state.cart!;
    const level = this.headingLevelAt();
    const codeError =
      this.discountError === 'missing'
        ? t.codeMissing
        : this.discountError
          ? commonMessages[locale][`error.${this.discountError.code}`]
          : '';
    return html`<section part="summary" aria-labelledby="summary-title">
      <div role="heading" aria-level=${level} id="summary-title" class="title">${t.summary}</div>
      ${renderFreeShippingMeter(this.#meter, cart, freeShippingThreshold(cart, this.freeShippingThreshold), locale)}
      <form part="discount" novalidate @submit=${this.#applyCode}>
        <label for="code">${t.discountCode}</label>
        <input
          id="code"
          name="code"
          autocomplete="off"
          autocapitalize="characters"
          aria-invalid=${codeError ? 'true' : 'false'}
          aria-describedby="code-error"
          @input=${() => (this.discountError = null)}
        />
        <button class="secondary" type="submit" aria-disabled=${this.discountPending ? 'true' : 'false'}>${t.apply}</button>
        <p id="code-error" class="field-error">${codeError}</p>
      </form>
      ${cart.discounts.length > 0
        ? html`<ul class="codes">
            ${cart.discounts.map(
              (d) => html`<li>
                ${d.code}: ${d.description}
                <button class="secondary" type="button" aria-label=${t.removeCode(d.code)} @click=${() => void this.#removeCode(d.code)}>×</button>
              </li>`,
            )}
          </ul>`
        : nothing}
      <dl class="totals" aria-busy=${state.pending ? 'true' : 'false'}>
        <dt>${t.subtotal}</dt>
        <dd>${formatMoney(cart.subtotal, locale)}</dd>
        ${cart.discountTotal.amount > 0
          ? html`<dt>${t.discount}</dt>
              <dd>−${formatMoney(cart.discountTotal, locale)}</dd>`
          : nothing}
        <dt>${t.delivery}</dt>
        <dd>
          ${cart.shippingEstimate === null
            ? t.deliveryLater
            : cart.shippingEstimate.amount === 0
              ? t.deliveryFree
              : formatMoney(cart.shippingEstimate, locale)}
        </dd>
        <dt class="grand">${t.total}</dt>
        <dd class="grand">${formatMoney(cart.total, locale)}</dd>
        <dd class="vat">${t.vatAmount(formatMoney(cart.vat, locale))}</dd>
      </dl>
      <slot name="promise"></slot>
      ${this.#cta.reserve(html`<a part="checkout-button" class="cta" href=${safeUrl(this.checkoutHref) ?? '/checkout'} @click=${this.#checkout}>${t.checkout}</a>`)}
    </section>`;
  }

  #crossSell() {
    if (this.crossSellLimit <= 0 || !this.#cart.state.confirmed?.lines.length) return nothing;
    const t = cartMessages[this.effectiveLocale];
    const level = this.headingLevelAt();
    const products = this.#related.value ?? [];
    if (this.#related.status === TaskStatus.COMPLETE && products.length === 0) return nothing;
    return html`<section part="cross-sell" aria-labelledby="cross-sell-title">
      <div role="heading" aria-level=${level} id="cross-sell-title" class="title">${t.crossSell}</div>
      <slot name="cross-sell">
        <ul class="products" aria-busy=${this.#related.status === TaskStatus.PENDING ? 'true' : 'false'}>
          ${products.map(
            (p) => html`<li>
              <sf-product-card .product=${p} heading-level=${this.headingLevelAt(1)}>
                <sf-add-to-cart slot="actions" .product=${p}></sf-add-to-cart>
              </sf-product-card>
            </li>`,
          )}
        </ul>
      </slot>
    </section>`;
  }

  #applyCode = async (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector('input')!;
    const code = input.value.trim();
    const store = this.#cart.store;
    if (!store || this.discountPending) return;
    if (!code) {
      this.discountError = 'missing';
      input.focus();
      return;
    }
    this.discountPending = true;
    try {
      const cart = await store.applyDiscountCode(code);
      this.discountError = null;
      input.value = '';
      this.#announcer.announce(cartMessages[this.effectiveLocale].codeApplied(code.toUpperCase()));
      this.dispatchEvent(new SfCartChangeEvent(cart));
    } catch (err) {
      this.discountError = toCommerceError(err);
      this.#announcer.announce(commonMessages[this.effectiveLocale][`error.${this.discountError.code}`]);
      input.focus();
    } finally {
      this.discountPending = false;
    }
  };

  async #removeCode(code: string): Promise<void> {
    const store = this.#cart.store;
    if (!store) return;
    try {
      const cart = await store.removeDiscountCode(code);
      this.#announcer.announce(cartMessages[this.effectiveLocale].codeRemoved(code));
      this.dispatchEvent(new SfCartChangeEvent(cart));
    } catch (err) {
      this.discountError = toCommerceError(err);
      this.#announcer.announce(commonMessages[this.effectiveLocale][`error.${this.discountError.code}`]);
    }
  }

  #checkout = (e: MouseEvent) => {
    const cart = this.#cart.state.cart;
    if (!cart) return;
    if (this.#cart.store?.claimBeginCheckout() !== false) this.telemetry?.track('begin_checkout', cartToGa4(cart));
    if (!this.dispatchEvent(new SfCheckoutRequestEvent(cart))) e.preventDefault();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-cart': SfCart;
  }
}
