import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Product, Variant } from '../../commerce/types.js';
import { formatMoney } from '../../core/money.js';
import { commonMessages } from '../../core/i18n/common.js';
import { safeUrl } from '../../core/url.js';
import { SfElement } from '../shared/sf-element.js';
import { focusRing, tokens, visuallyHidden } from '../shared/styles.js';
import { productCardStyles } from './sf-product-card.styles.js';

/** The variant a card shows: the cheapest one in stock, else the cheapest. */
export function featuredVariant(product: Product): Variant | undefined {
  const byPrice = [...product.variants].sort((a, b) => a.price.amount - b.price.amount);
  return byPrice.find((v) => v.stock > 0) ?? byPrice[0];
}

/**
 * A product in a listing: image, name (the card's one link), brand, price, stock hint, and slots for the delivery
 * promise and the add-to-cart button.
 *
 * @tag sf-product-card
 * @summary A product tile for listings and recommendations.
 * @slot promise - A delivery promise, e.g. `<sf-delivery-promise>`.
 * @slot actions - Calls to action, e.g. `<sf-add-to-cart>`.
 * @csspart image - The product image.
 * @csspart name - The product name heading.
 * @csspart price - The price.
 * @csspart stock - The stock hint.
 * @cssproperty --sf-product-card-background - Card background.
 * @cssproperty --sf-product-card-border-color - Card border colour.
 * @cssproperty --sf-product-card-radius - Card corner radius.
 * @since 0.1.0
 * @status experimental
 */
export class SfProductCard extends SfElement {
  static override styles = [tokens, focusRing, visuallyHidden, productCardStyles];

  /** The product to show. */
  @property({ attribute: false }) product?: Product;

  /** Where the name links; defaults to `#/product/<id>`. `javascript:` and `data:` URLs are refused. */
  @property() href?: string;

  /** Heading level of the product name, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected override render() {
    const product = this.product;
    if (!product) return nothing;
    const locale = this.effectiveLocale;
    const t = commonMessages[locale];
    const variant = featuredVariant(product);
    const image = product.images[0];
    const imageSrc = safeUrl(image?.src);
    const href = safeUrl(this.href ?? `#/product/${encodeURIComponent(product.id)}`);
    const stock = product.variants.reduce((n, v) => n + Math.max(0, v.stock), 0);
    const level = Math.min(6, Math.max(2, this.headingLevel));
    const name = href ? html`<a href=${href}>${product.name}</a>` : product.name;
    return html`
      <article>
        ${imageSrc
          ? html`<img part="image" src=${imageSrc} alt="" width=${image?.width ?? 400} height=${image?.height ?? 300} loading="lazy" decoding="async" />`
          : html`<div part="image" role="presentation"></div>`}
        <div class="body">
          <div role="heading" aria-level=${level} part="name">${name}</div>
          ${product.brand ? html`<span class="brand">${product.brand}</span>` : nothing}
          ${variant
            ? html`<span part="price">
                ${formatMoney(variant.price, locale)}
                ${variant.compareAtPrice && variant.compareAtPrice.amount > variant.price.amount
                  ? html`<s class="was"><span class="visually-hidden">${t.priceWas('')}</span>${formatMoney(variant.compareAtPrice, locale)}</s>`
                  : nothing}
              </span>`
            : nothing}
          <span part="stock" class=${stock > 0 ? '' : 'out'}>${stock > 0 ? t.inStock(stock) : t.outOfStock}</span>
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
