import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import { toCommerceError } from '../../core/errors.js';
import type { Product, Variant } from '../../core/model.js';
import { formatMoney } from '../../core/money.js';
import { snapshotProduct } from '../../core/snapshot.js';
import { validateProduct } from '../../core/validate.js';
import { initialVariant, restockDispatchDate, variantAvailability } from '../../core/variants.js';
import { commonMessages } from '../../messages/common.js';
import { formatDeliveryDate } from '../../messages/describe-delivery.js';
import { productMessages } from '../../messages/product.js';
import { ga4Value, productToGa4Item } from '../../services/telemetry/ga4.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { validated, type PropertyCheck } from '../base/property-checks.js';
import { productDetailStyles } from './sf-product-detail.styles.js';

/** Named slots whose replacement the detail drives with the chosen variant. */
const DRIVEN_SLOTS = ['gallery', 'variant-picker', 'quantity', 'add-to-cart', 'promise', 'availability'] as const;

/**
 * A product page in one tag: name, brand, price (with the earlier price struck through), stock hint, gallery,
 * variant picker, quantity, add to cart, delivery promise, store availability, description and specifications.
 *
 * The chosen variant drives everything that depends on it: price, stock hint, the promise (its stock), store
 * availability, and what add-to-cart adds. It loads the product by `product-id` through the shop's adapter, or
 * takes `.product` from the page. Each part is replaceable by a named slot; what is slotted into a driven slot
 * (`gallery`, `variant-picker`, `quantity`, `add-to-cart`, `promise`, `availability`) gets the same data the
 * built-in part would (`product` and `variantId`, `images`, `stock`, `quantity`) when it has such a property.
 *
 * Reports GA4 `view_item` once per product shown (currency, value, the chosen variant in `item_variant`).
 *
 * @tag sf-product-detail
 * @summary A whole product page: gallery, variant picker, price, add to cart, promise and store pickup.
 * @slot gallery - Replaces the `<sf-product-gallery>`.
 * @slot name - Replaces the product name heading.
 * @slot brand - Replaces the brand line.
 * @slot price - Replaces the price and stock hint.
 * @slot variant-picker - Replaces the `<sf-variant-picker>` (its `change` is followed).
 * @slot quantity - Replaces the `<sf-quantity>` (its `change` is followed).
 * @slot add-to-cart - Replaces the `<sf-add-to-cart>`.
 * @slot promise - Replaces the `<sf-delivery-promise>`.
 * @slot availability - Replaces the `<sf-store-availability>`.
 * @slot description - Replaces the description section.
 * @slot specifications - Replaces the specifications section.
 * @fires change - When the shopper chooses another variant (from the picker; `variantId` tells which).
 * @csspart gallery - The built-in gallery.
 * @csspart name - The product name heading.
 * @csspart brand - The brand.
 * @csspart price - The chosen variant's price.
 * @csspart stock - The chosen variant's stock hint, restock date or "Sold out".
 * @csspart picker - The built-in variant picker.
 * @csspart add-to-cart - The add-to-cart button (exported from `<sf-add-to-cart>`).
 * @csspart description - The description section.
 * @csspart specifications - The specifications section.
 * @csspart status - Loading, not-found or error message.
 * @cssproperty --sf-product-detail-gap - Space between the gallery and the information column.
 * @cssproperty --sf-product-detail-media-width - Width of the gallery column on wide screens, default 1fr.
 * @cssstate loading - While the product loads.
 * @cssstate sold-out - The chosen variant cannot be bought.
 * @since 0.1.0
 * @status experimental
 */
export class SfProductDetail extends SfElement {
  static override styles = [SfElement.styles, productDetailStyles];

  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    product: validated(validateProduct),
  };

  /** A product page's name is its top heading. */
  protected static override defaultHeadingLevel = 1;

  /** The product to show; set it, or let `product-id` load it. */
  @property({ attribute: false }) product?: Product;

  /** Loads the product with this id through the shop's adapter (unless `product` is set). */
  @property({ attribute: 'product-id' }) productId = '';

  /** The chosen variant's id; defaults to the linked one (`variant-param`), else the first in stock. */
  @property({ attribute: 'variant-id', reflect: true }) variantId?: string;

  /** Query parameter that links the chosen variant (`variant`): handed to the variant picker's `url-param`. */
  @property({ attribute: 'variant-param' }) variantParam?: string;

  /** The delivery method whose promise is shown; `home` unless set. */
  @property({ attribute: 'delivery-method' }) deliveryMethod = 'home';

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  @state() private quantity = 1;

  #viewed?: string;

  #task = new Task(this, {
    task: async ([adapter, id, given, served], { signal }) => {
      if (given || served || !adapter || !id) return undefined;
      return adapter.getProduct(id, { signal });
    },
    args: () => [this.adapter, this.productId, this.product, this.#served] as const,
  });

  /** The product the server loaded for `product-id` (in `<sf-shop>`'s snapshot): rendered without a request. */
  get #served(): Product | undefined {
    return this.productId ? snapshotProduct(this.serverData, this.productId) : undefined;
  }

  /** The product shown: the page's, else the server's, else the loaded one. */
  get shownProduct(): Product | undefined {
    return this.product ?? this.#served ?? (this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined);
  }

  /** The chosen variant. */
  get variant(): Variant | undefined {
    return this.shownProduct?.variants.find((v) => v.id === this.variantId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const product = this.shownProduct;
    if (product && !this.variant) this.variantId = initialVariant(product, this.variantId)?.id;
    this.toggleState('loading', !product && this.#task.status === TaskStatus.PENDING);
    const v = this.variant;
    this.toggleState('sold-out', !!v && variantAvailability(v) === 'sold-out');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#drive();
    const product = this.shownProduct;
    const variant = this.variant;
    if (product && variant && this.#viewed !== product.id) {
      this.#viewed = product.id;
      this.telemetry?.track('view_item', {
        currency: variant.price.currency,
        value: ga4Value(variant.price),
        items: [productToGa4Item(product, variant)],
      });
    }
  }

  /** Hands the chosen variant to what the page slotted in place of a built-in part. */
  #drive = () => {
    const product = this.shownProduct;
    const variant = this.variant;
    if (!product || !variant) return;
    for (const name of DRIVEN_SLOTS) {
      const slot = this.renderRoot.querySelector<HTMLSlotElement>(`slot[name="${name}"]`);
      for (const el of slot?.assignedElements({ flatten: true }) ?? []) {
        if (el.localName === 'sf-delivery-promise') {
          Object.assign(el, { stock: { available: Math.max(0, variant.stock), restockDays: variant.restockDays ?? 0 }, quantity: this.quantity });
        } else if (el.localName === 'sf-product-gallery') {
          Object.assign(el, { images: product.images });
        } else if ('variantId' in el) {
          Object.assign(el, { product, variantId: variant.id, ...(el.localName !== 'sf-variant-picker' && 'quantity' in el ? { quantity: this.quantity } : {}) });
        }
      }
    }
  };

  #onVariantChange = (e: Event) => {
    const id = (e.target as { variantId?: string }).variantId;
    if (!id || id === this.variantId) return;
    this.variantId = id;
    // The built-in picker's change stays in the shadow root: say it here, for the page (a slotted one's reaches it).
    if ((e.target as Node).getRootNode() === this.renderRoot) this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  #onQuantityChange = (e: Event) => {
    const value = Number((e.target as { value?: unknown }).value);
    if (Number.isInteger(value) && value > 0) this.quantity = value;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // A page's own picker or quantity, slotted in: their events reach the host through the light DOM.
    this.addEventListener('change', this.#onLightChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('change', this.#onLightChange);
  }

  #onLightChange = (e: Event) => {
    const target = e.target as Element;
    if (target === this) return;
    if (target.localName === 'sf-variant-picker') {
      const id = (target as unknown as { variantId?: string }).variantId;
      if (id && id !== this.variantId) this.variantId = id;
    } else if (target.localName === 'sf-quantity') this.#onQuantityChange(e);
  };

  protected override render() {
    const locale = this.effectiveLocale;
    const t = productMessages[locale];
    const common = commonMessages[locale];
    const product = this.shownProduct;
    if (!product) {
      if (this.#task.status === TaskStatus.ERROR) {
        const code = toCommerceError(this.#task.error).code;
        return html`<div part="status" role="alert">
          <p>${code === 'not-found' ? t.notFound : common[`error.${code}`]}</p>
          ${code === 'not-found' ? nothing : html`<button type="button" @click=${() => void this.#task.run()}>${common.retry}</button>`}
        </div>`;
      }
      // INITIAL with an id: on the server, where tasks do not run (the browser loads it), or before the first update.
      if (this.#task.status === TaskStatus.PENDING || (this.#task.status === TaskStatus.INITIAL && this.productId && this.adapter)) {
        return html`<p part="status" class="placeholder" role="status" aria-busy="true">${common.loading}</p>`;
      }
      return html`<p part="status" class="placeholder">${t.notFound}</p>`;
    }
    const variant = this.variant;
    const level = this.headingLevelAt();
    const sub = this.headingLevelAt(1);
    return html`<div class="layout">
      <div class="media">
        <slot name="gallery"><sf-product-gallery part="gallery" .images=${product.images} locale=${this.locale ?? nothing}></sf-product-gallery></slot>
      </div>
      <div class="info">
        <slot name="name"><div part="name" role="heading" aria-level=${level}>${product.name}</div></slot>
        <slot name="brand">${product.brand ? html`<p part="brand">${product.brand}</p>` : nothing}</slot>
        <slot name="price">${variant ? this.#price(variant) : nothing}</slot>
        <slot name="variant-picker" @change=${this.#onVariantChange}>
          <sf-variant-picker part="picker" .product=${product} variant-id=${variant?.id ?? nothing}
            url-param=${this.variantParam ?? nothing} locale=${this.locale ?? nothing} .clock=${this.clock}></sf-variant-picker>
        </slot>
        <div class="buy">
          <slot name="quantity" @change=${this.#onQuantityChange}>
            <sf-quantity .value=${this.quantity} min=${variant?.minQuantity ?? 1} max=${variant?.maxQuantity ?? 99}
              step=${variant?.quantityStep ?? 1} item-name=${product.name} show-label locale=${this.locale ?? nothing}></sf-quantity>
          </slot>
          <slot name="add-to-cart">
            <sf-add-to-cart exportparts="button: add-to-cart" .product=${product} variant-id=${variant?.id ?? nothing}
              .quantity=${this.quantity} locale=${this.locale ?? nothing}></sf-add-to-cart>
          </slot>
        </div>
        <slot name="promise">
          <sf-delivery-promise method-id=${this.deliveryMethod} .quantity=${this.quantity} .clock=${this.clock}
            .stock=${variant ? { available: Math.max(0, variant.stock), restockDays: variant.restockDays ?? 0 } : undefined}
            locale=${this.locale ?? nothing}></sf-delivery-promise>
        </slot>
        <slot name="availability">
          <sf-store-availability .product=${product} variant-id=${variant?.id ?? nothing} .quantity=${this.quantity}
            .clock=${this.clock} heading-level=${sub} locale=${this.locale ?? nothing}></sf-store-availability>
        </slot>
      </div>
      <div class="more">
        <slot name="description">
          <section part="description">
            <div role="heading" aria-level=${sub}>${t.description}</div>
            <p>${product.description}</p>
          </section>
        </slot>
        <slot name="specifications">
          <section part="specifications">
            <div role="heading" aria-level=${sub}>${t.specifications}</div>
            <dl>
              ${variant ? html`<dt>${t.sku}</dt><dd>${variant.sku}</dd>` : nothing}
              ${(product.specifications ?? []).map((s) => html`<dt>${s.name}</dt><dd>${s.value}</dd>`)}
            </dl>
          </section>
        </slot>
      </div>
    </div>`;
  }

  #price(variant: Variant) {
    const locale = this.effectiveLocale;
    const common = commonMessages[locale];
    const t = productMessages[locale];
    const was = variant.compareAtPrice && variant.compareAtPrice.amount > variant.price.amount ? variant.compareAtPrice : undefined;
    const availability = variantAvailability(variant);
    let stock: string;
    if (availability === 'in-stock') stock = common.inStock(variant.stock);
    else if (availability === 'backorder') {
      const date = restockDispatchDate(variant, { now: this.currentTime(), timeZone: this.timeZone, cutoff: '14:00' });
      stock = date ? t.shipsOn(formatDeliveryDate(date, locale)) : t.soldOut;
    } else stock = t.soldOut;
    return html`<p part="price">${formatMoney(variant.price, locale)} ${was
        ? html`<s class="was"><span class="visually-hidden">${common.priceWas('')}</span>${formatMoney(was, locale)}</s>`
        : nothing}</p>
      <p part="stock" class=${availability === 'in-stock' ? '' : availability === 'backorder' ? 'later' : 'out'}>${stock}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-product-detail': SfProductDetail;
  }
}
