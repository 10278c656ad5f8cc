import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Product, Variant } from '../../core/model.js';
import { toCommerceError, type CommerceError } from '../../core/errors.js';
import { commonMessages } from '../../messages/common.js';
import { cartMessages, isCtaLabelKey, type CtaLabelKey } from '../../messages/cart.js';
import { multiplyMoney } from '../../core/money.js';
import { ga4Value, productToGa4Item } from '../../services/telemetry/ga4.js';
import { Announcer } from '../controllers/announcer.js';
import { CartController } from '../controllers/cart-controller.js';
import { HistoryController } from '../controllers/history-controller.js';
import { CtaController } from '../controllers/cta-controller.js';
import { SfCartChangeEvent } from '../events/index.js';
import { SfElement } from '../base/sf-element.js';
import { ctaStyles } from '../base/styles.js';
import { featuredVariant } from '../../core/catalogue.js';
import { SfCartOpenRequestEvent } from '../events/index.js';
import { validateProduct } from '../../core/validate.js';
import { validated, type PropertyCheck } from '../base/property-checks.js';
import { cartFormAction } from '../../core/url.js';

/**
 * The product's primary call to action. It adds the chosen variant and quantity to the shop's cart, shows a
 * pending state while the backend works, announces success politely, and when the item cannot be added (out of
 * stock, all units already in the cart) stays focusable with `aria-disabled` and a visible reason.
 *
 * Its colour and label are experiment knobs: colour only through `--sf-cta-background`/`--sf-cta-color`, label only
 * through `label-key`.
 *
 * When the shop has a `cart-action` (`<sf-shop cart-action="/cart">`), the button is a real form's submit button
 * (`<form method="post" action="/cart/add">` with `product`, `variant` and `quantity`), so a server-rendered page
 * adds to the cart before (or without) JavaScript; once the element runs, it takes the submit itself.
 *
 * @tag sf-add-to-cart
 * @summary Add-to-cart button with pending, success and sold-out states.
 * @fires sf-cart-change - After the cart changed by this button.
 * @fires sf-cart-open-request - After a successful add (`reason: 'add'`, or `'request'` with `open-drawer`).
 * @csspart button - The button.
 * @csspart reason - Why the button is unavailable, or why the last add failed.
 * @cssproperty --sf-cta-background - Button background (experiment token).
 * @cssproperty --sf-cta-color - Button text colour (experiment token).
 * @cssstate pending - While the cart is being updated.
 * @cssstate unavailable - When the item cannot be added.
 * @since 0.1.0
 * @status experimental
 */
export class SfAddToCart extends SfElement {
  static override styles = [
    SfElement.styles,
    ctaStyles,
    css`
      :host {
        display: inline-block;
      }
      /* The no-JavaScript form adds no box: the button lays out as it would alone. */
      form {
        display: contents;
      }
      .cta {
        inline-size: 100%;
      }
      /* Both labels share one cell so the button keeps its width when the label changes (no layout shift). */
      .labels {
        display: inline-grid;
      }
      .labels > span {
        grid-area: 1 / 1;
        text-align: center;
      }
      .labels > [data-shown='false'] {
        visibility: hidden;
      }
      [part='reason'] {
        display: block;
        margin: var(--_sf-space-1) 0 0;
        font-size: 0.875rem;
        color: var(--_sf-color-text-muted);
      }
      [part='reason'].error {
        color: var(--_sf-color-danger);
      }
    `,
  ];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    product: validated(validateProduct),
  };

  /** The product to add. */
  @property({ attribute: false }) product?: Product;

  /** The variant to add; defaults to the product's featured variant (cheapest in stock). */
  @property({ attribute: 'variant-id' }) variantId?: string;

  /** How many to add. */
  @property({ type: Number }) quantity = 1;

  /** Which label to show: `add-to-cart` (default), `buy-now`, `add-to-bag` or `add-to-basket`. */
  @property({ attribute: 'label-key', reflect: true }) labelKey: CtaLabelKey = 'add-to-cart';

  /** Open the cart drawer after adding, whatever the drawer's `open-on-add` says. */
  @property({ attribute: 'open-drawer', type: Boolean }) openDrawer = false;

  /**
   * The list this button sits in (GA4 `item_list_id`, e.g. a recommendation strategy): sent with `add_to_cart` so
   * revenue from a list is attributable.
   */
  @property({ attribute: 'item-list-id' }) itemListId?: string;

  @state() protected pending = false;
  @state() protected error: CommerceError | null = null;

  readonly #cart = new CartController(this);
  /** Colour and label come from experiments (`sf-cta-color`, `sf-cta-label`) when a variant is running. */
  readonly #cta = new CtaController(this);
  readonly #announcer = new Announcer(this);
  readonly #history = new HistoryController(this);
  /** The variant that would be added. */
  get variant(): Variant | undefined {
    const product = this.product;
    if (!product) return undefined;
    return product.variants.find((v) => v.id === this.variantId) ?? (this.variantId ? undefined : featuredVariant(product));
  }

  /** Why the item cannot be added now, or '' when it can. */
  get unavailableReason(): string {
    const t = cartMessages[this.effectiveLocale];
    const variant = this.variant;
    if (!variant) return '';
    if (variant.stock <= 0 && !variant.restockDays) return t.soldOut;
    const line = this.#cart.state.cart?.lines.find((l) => l.variantId === variant.id);
    if (line && line.maxQuantity > 0 && line.quantity + Math.max(1, this.quantity) > line.maxQuantity) {
      return t.allInCart(line.maxQuantity);
    }
    return '';
  }

  protected override render() {
    const t = cartMessages[this.effectiveLocale];
    // A running label experiment wins over the page's label-key; reading labelKey marks the variant shown.
    const decision = this.#cta.label.decision;
    const key = decision && (decision.experimentKey || decision.value !== 'add-to-cart')
      ? this.#cta.labelKey
      : isCtaLabelKey(this.labelKey) ? this.labelKey : 'add-to-cart';
    const reason = this.unavailableReason;
    const blocked = !!reason || !this.product || !this.#cart.store;
    const errorText = this.error ? commonMessages[this.effectiveLocale][`error.${this.error.code}`] : '';
    this.toggleState('pending', this.pending);
    this.toggleState('unavailable', !!reason);
    const product = this.product;
    const variant = this.variant;
    const action = product && variant ? cartFormAction(this.shop?.cartAction, 'add') : undefined;
    const button = html`<button
        part="button"
        class="cta"
        type=${action ? 'submit' : 'button'}
        aria-disabled=${blocked || this.pending ? 'true' : 'false'}
        aria-describedby="reason"
        aria-busy=${this.pending ? 'true' : 'false'}
        @click=${this.#onClick}
      >
        <span class="labels">
          <span data-shown=${String(!this.pending)}>${t[`cta.${key}`]}</span>
          <span data-shown=${String(this.pending)}>${t.adding}</span>
        </span>
      </button>`;
    return this.#cta.reserve(html`
      ${action && product && variant
        ? html`<form method="post" action=${action} @submit=${this.#onSubmit}>
            <input type="hidden" name="product" value=${product.id} />
            <input type="hidden" name="variant" value=${variant.id} />
            <input type="hidden" name="quantity" value=${String(this.#quantity)} />
            ${button}
          </form>`
        : button}
      <span part="reason" id="reason" class=${errorText && !reason ? 'error' : ''}>${reason || errorText || nothing}</span>
      ${this.#announcer.render()}
    `);
  }

  get #quantity(): number {
    return Math.max(1, Math.floor(this.quantity) || 1);
  }

  /** A click (or Enter/Space on the button) adds here; the form, if any, is not submitted as well. */
  #onClick = (e: Event) => {
    e.preventDefault();
    void this.#add();
  };

  /** A submit that did not come from the button (the page's `requestSubmit()`): added here, not posted. */
  #onSubmit = (e: Event) => {
    e.preventDefault();
    void this.#add();
  };

  #add = async () => {
    const store = this.#cart.store;
    const product = this.product;
    const variant = this.variant;
    if (this.pending || !store || !product || !variant || this.unavailableReason) return;
    const quantity = this.#quantity;
    this.pending = true;
    this.error = null;
    try {
      const cart = await store.addLine({ productId: product.id, variantId: variant.id, quantity });
      const name = variant.name ? `${product.name} (${variant.name})` : product.name;
      this.#announcer.announce(cartMessages[this.effectiveLocale].added(name));
      this.telemetry?.track('add_to_cart', {
        currency: variant.price.currency,
        value: ga4Value(multiplyMoney(variant.price, quantity)),
        items: [productToGa4Item(product, variant, quantity)],
        ...(this.itemListId ? { item_list_id: this.itemListId } : {}),
      });
      this.#history.record((h) => h.recordCartAdd(product.id));
      this.dispatchEvent(new SfCartChangeEvent(cart));
      const button = this.shadowRoot?.querySelector('button') ?? null;
      this.dispatchEvent(new SfCartOpenRequestEvent(this.openDrawer ? 'request' : 'add', button));
    } catch (e) {
      this.error = toCommerceError(e);
      this.#announcer.announce(commonMessages[this.effectiveLocale][`error.${this.error.code}`]);
    } finally {
      this.pending = false;
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-add-to-cart': SfAddToCart;
  }
}
