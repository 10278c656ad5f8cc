import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Product, Variant } from '../../core/model.js';
import { cardStock, featuredVariant } from '../../core/catalogue.js';
import { formatMoney } from '../../core/money.js';
import { commonMessages } from '../../messages/common.js';
import { productLink, safeUrl } from '../../core/url.js';
import { productToGa4Item } from '../../services/telemetry/ga4.js';
import { SfElement } from '../base/sf-element.js';
import { productCardStyles } from './sf-product-card.styles.js';
import { validateProduct } from '../../core/validate.js';
import { validated, type PropertyCheck } from '../base/property-checks.js';

/**
 * For properties only read on an event: stored as usual, and a good value asks for no update; a malformed one
 * does, so the property check refuses it and warns (element and property named).
 */
const textNotRendered = (value: unknown) => value !== undefined && typeof value !== 'string';
const numberNotRendered = (value: unknown) => value !== undefined && !(typeof value === 'number' && Number.isFinite(value));

/**
 * A product in a listing: image, name (the card's one link, covering the whole card), brand, price (with the
 * earlier price struck through), a stock hint, and slots for a delivery promise and calls to action. Without a
 * `product` it renders a placeholder of the same size, so a listing that is still loading does not shift.
 *
 * Following the name link reports GA4 `select_item` (with `list-id` and `index`, when given) to the shop's
 * telemetry.
 *
 * @tag sf-product-card
 * @summary A product tile for listings and recommendations.
 * @slot promise - A delivery promise, e.g. `<sf-delivery-promise>`.
 * @slot actions - Calls to action, e.g. `<sf-add-to-cart>`.
 * @csspart card - The card box.
 * @csspart image - The product image (or its placeholder).
 * @csspart name - The product name heading.
 * @csspart brand - The brand.
 * @csspart price - The price.
 * @csspart stock - The stock hint.
 * @cssproperty --sf-product-card-background - Card background.
 * @cssproperty --sf-product-card-border-color - Card border colour.
 * @cssproperty --sf-product-card-radius - Card corner radius.
 * @cssproperty --sf-product-card-padding - Space inside the card body.
 * @cssproperty --sf-product-card-image-ratio - Aspect ratio of the image box, default 4 / 3.
 * @cssstate loading - No product yet: the placeholder is shown.
 * @cssstate sold-out - Nothing in stock and no backorder.
 * @since 0.1.0
 * @status experimental
 */
export class SfProductCard extends SfElement {
  static override styles = [SfElement.styles, productCardStyles];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    product: validated(validateProduct),
  };
  protected static override defaultHeadingLevel = 3;

  /** The product to show; while unset the card shows a same-sized placeholder. */
  @property({ attribute: false }) product?: Product;

  /** The variant whose price and stock to show; defaults to the featured one (cheapest in stock). */
  @property({ attribute: 'variant-id' }) variantId?: string;

  /**
   * Where the name links; defaults to the shop's `product-href` (`#/product/{id}` without one). `javascript:` and
   * `data:` URLs are refused.
   */
  @property() href?: string;

  // The three GA4 properties below are read when the name is followed, never rendered: a change (a listing
  // re-filtered or re-sorted gives every card a new list id and index) must not re-render the card.

  /** The listing's id for GA4 `select_item` (`item_list_id`), e.g. a category id or `related`. */
  @property({ attribute: 'list-id', hasChanged: textNotRendered }) listId?: string;

  /** The listing's name for GA4 `select_item` (`item_list_name`), e.g. "Clothing". */
  @property({ attribute: 'list-name', hasChanged: textNotRendered }) listName?: string;

  /** The card's position in its listing for GA4 `select_item` (`index`, from 0). */
  @property({ type: Number, hasChanged: numberNotRendered }) index?: number;

  /** The variant whose price and stock the card shows. */
  get variant(): Variant | undefined {
    const product = this.product;
    if (!product) return undefined;
    return product.variants.find((v) => v.id === this.variantId) ?? featuredVariant(product);
  }

  #select = () => {
    const product = this.product;
    const variant = this.variant;
    if (!product || !variant) return;
    this.telemetry?.track('select_item', {
      ...(this.listId ? { item_list_id: this.listId } : {}),
      ...(this.listName ? { item_list_name: this.listName } : {}),
      items: [{ ...productToGa4Item(product, variant), ...(this.index !== undefined ? { index: this.index } : {}) }],
    });
  };

  protected override render() {
    const product = this.product;
    const locale = this.effectiveLocale;
    const t = commonMessages[locale];
    const level = this.headingLevelAt();
    this.toggleState('loading', !product);
    if (!product) {
      this.toggleState('sold-out', false);
      return html`<div part="card" class="card placeholder" aria-busy="true">
        <div part="image" class="image"></div>
        <div class="body">
          <span class="visually-hidden">${t.loading}</span>
          <span class="bar wide"></span><span class="bar"></span><span class="bar short"></span>
        </div>
      </div>`;
    }
    const variant = this.variant;
    const image = product.images[0];
    const imageSrc = safeUrl(image?.src, { use: 'image' });
    const href = this.href !== undefined ? safeUrl(this.href) : productLink(this.shop?.productHref, product);
    const stock = cardStock(product, this.variantId ? variant : undefined);
    const soldOut = stock.available <= 0 && !stock.restockDays;
    this.toggleState('sold-out', soldOut);
    const name = href ? html`<a href=${href} @click=${this.#select}>${product.name}</a>` : product.name;
    const was = variant?.compareAtPrice && variant.compareAtPrice.amount > variant.price.amount ? variant.compareAtPrice : undefined;
    return html`
      <article part="card" class="card">
        ${imageSrc
          ? html`<img part="image" class="image" src=${imageSrc} alt="" width=${image?.width ?? 400} height=${image?.height ?? 300} loading="lazy" decoding="async" />`
          : html`<div part="image" class="image"></div>`}
        <div class="body">
          <div role="heading" aria-level=${level} part="name">${name}</div>
          ${product.brand ? html`<span part="brand" class="brand">${product.brand}</span>` : nothing}
          ${variant
            ? html`<span part="price">
                ${formatMoney(variant.price, locale)}
                ${was
                  ? html`<s class="was"><span class="visually-hidden">${t.priceWas('')}</span>${formatMoney(was, locale)}</s>`
                  : nothing}
              </span>`
            : nothing}
          <span part="stock" class=${stock.available > 0 ? '' : stock.restockDays ? 'later' : 'out'}>${stock.available > 0
            ? t.inStock(stock.available)
            : stock.restockDays
              ? t.backorder(stock.restockDays)
              : t.outOfStock}</span>
          <slot name="promise"></slot>
          <slot name="actions"></slot>
        </div>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-product-card': SfProductCard;
  }
}
