import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import { toCommerceError } from '../../core/errors.js';
import { commonMessages } from '../../messages/common.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { numberCheck, type PropertyCheck } from '../base/property-checks.js';

const CARD_PARTS = 'card, image, name, brand, price, stock';
const ADD_TO_CART_PARTS = 'button: add-to-cart, reason: add-to-cart-reason';

/**
 * A grid of `<sf-product-card>`s loaded from the shop's adapter, with loading, empty and error states. With
 * `add-to-cart` each card gets an `<sf-add-to-cart>` for its featured variant, so the listing is buyable.
 *
 * The cards' parts are exported under their own names (`card`, `image`, `name`, `brand`, `price`, `stock`), and the
 * add-to-cart's as `add-to-cart` and `add-to-cart-reason`, so a page styles them with
 * `sf-product-list::part(price)`.
 *
 * @tag sf-product-list
 * @summary A product listing from the commerce adapter.
 * @csspart grid - The list of cards.
 * @csspart status - The loading, empty or error message.
 * @csspart card - Each card's box (exported from `<sf-product-card>`).
 * @csspart image - Each card's image.
 * @csspart name - Each card's product name heading.
 * @csspart brand - Each card's brand.
 * @csspart price - Each card's price.
 * @csspart stock - Each card's stock hint.
 * @csspart add-to-cart - Each card's add-to-cart button (with `add-to-cart`).
 * @csspart add-to-cart-reason - Why a card's add-to-cart is unavailable, or why its last add failed.
 * @fires sf-cart-change - After a card's add-to-cart changed the cart (with `add-to-cart`).
 * @fires sf-cart-open-request - After a card's successful add (with `add-to-cart`).
 * @cssproperty --sf-product-list-min-column - Narrowest card column, default 14rem.
 * @cssproperty --sf-product-list-gap - Gap between cards.
 * @since 0.1.0
 * @status experimental
 */
export class SfProductList extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: block;
      }
      [part='grid'] {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sf-product-list-min-column, 14rem)), 1fr));
        gap: var(--sf-product-list-gap, var(--_sf-space-4));
        margin: 0;
        padding: 0;
        list-style: none;
      }
      [part='status'] {
        min-height: 3rem;
      }
      button {
        font: inherit;
      }
    `,
  ];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    limit: numberCheck({ min: 1, max: 1000, integer: true, optional: false }),
  };

  /** Only products of this category id; all products when empty. */
  @property() category = '';

  /** Most products to show (a whole number from 1), even when the backend answers with more. */
  @property({ type: Number }) limit = 48;

  /** Give each card an add-to-cart button for its featured variant. */
  @property({ attribute: 'add-to-cart', type: Boolean }) addToCart = false;

  /** `heading-level` is given to each card's product name. */
  protected static override defaultHeadingLevel = 3;

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  #task = new Task(this, {
    task: async ([adapter, category, limit], { signal }) => {
      if (!adapter) return undefined;
      const answer = await adapter.listProducts({ ...(category ? { categoryId: category } : {}), limit }, { signal });
      // A backend that ignores the limit must not make the page render thousands of cards.
      const page = answer.items.length > limit ? { ...answer, items: answer.items.slice(0, limit) } : answer;
      this.telemetry?.track('view_item_list', {
        item_list_id: category || 'all',
        items: page.items.map((p, index) => ({ item_id: p.id, item_name: p.name, item_brand: p.brand, index })),
      });
      return page;
    },
    args: () => [this.adapter, this.category, this.limit] as const,
  });

  protected override render() {
    const t = commonMessages[this.effectiveLocale];
    return this.#task.render({
      initial: () => html`<p part="status" role="status">${t.loading}</p>`,
      pending: () => html`<p part="status" role="status">${t.loading}</p>`,
      error: (e) => html`<div part="status" role="alert">
        <p>${t[`error.${toCommerceError(e).code}`]}</p>
        <button type="button" @click=${() => void this.#task.run()}>${t.retry}</button>
      </div>`,
      complete: (page) =>
        !page
          ? html`<p part="status" role="status">${t.loading}</p>`
          : page.items.length === 0
            ? html`<p part="status" role="status">${t.productCount(0)}</p>`
            : html`<ul part="grid" aria-label=${t.products}>
                ${page.items.map(
                  (p) => html`<li>
                    <sf-product-card exportparts=${CARD_PARTS} .product=${p} heading-level=${this.headingLevelAt()} locale=${this.locale ?? nothing}>
                      ${this.addToCart
                        ? html`<sf-add-to-cart slot="actions" exportparts=${ADD_TO_CART_PARTS} .product=${p} locale=${this.locale ?? nothing}></sf-add-to-cart>`
                        : nothing}
                    </sf-product-card>
                  </li>`,
                )}
              </ul>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-product-list': SfProductList;
  }
}
