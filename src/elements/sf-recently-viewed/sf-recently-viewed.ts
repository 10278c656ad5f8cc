import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import type { Product } from '../../core/model.js';
import { featuredVariant } from '../../core/catalogue.js';
import { formatMoney } from '../../core/money.js';
import { productLink, safeUrl } from '../../core/url.js';
import { personalMessages } from '../../messages/personal.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { productRailStyles } from '../base/styles.js';
import { numberCheck, type PropertyCheck } from '../base/property-checks.js';
import { HistoryController } from '../controllers/history-controller.js';

/**
 * The products the shopper looked at last, newest first, without the one in view (`current-product-id`): a labelled
 * list of plain links. On a narrow screen the list scrolls sideways (scroll snapping); Tab moves through the links
 * and out of the list, so nothing traps focus. Reads the shopper's own history (`<sf-shop consent>`); renders
 * nothing while there is nothing to show.
 *
 * @tag sf-recently-viewed
 * @summary The products the shopper viewed last, as a sideways-scrolling list of links.
 * @csspart heading - The list's heading.
 * @csspart list - The list.
 * @csspart item - One product link.
 * @csspart image - A product image.
 * @csspart name - A product name.
 * @csspart price - A product price.
 * @cssproperty --sf-recently-viewed-item-width - Width of one item; default 9rem.
 * @cssproperty --sf-recently-viewed-gap - Space between items.
 * @cssstate empty - Nothing viewed yet: the element renders nothing.
 * @since 0.2.0
 * @status experimental
 */
export class SfRecentlyViewed extends SfElement {
  static override styles = [
    SfElement.styles,
    productRailStyles,
    css`
      :host {
        display: block;
        --_item: var(--sf-recently-viewed-item-width, 9rem);
        --_gap: var(--sf-recently-viewed-gap, var(--_sf-space-3));
      }
      li {
        scroll-snap-align: start;
      }
      [part='item'] {
        display: grid;
        gap: var(--_sf-space-1);
        color: inherit;
        text-decoration: none;
        padding: var(--_sf-space-1);
        border-radius: var(--_sf-radius-m);
      }
      [part='item']:hover [part='name'] {
        text-decoration: underline;
      }
      [part='image'] {
        inline-size: 100%;
        aspect-ratio: 4 / 3;
        object-fit: contain;
        background: var(--_sf-color-surface-muted, transparent);
        border-radius: var(--_sf-radius-s, 4px);
      }
      [part='price'] {
        color: var(--_sf-color-text-muted);
        font-size: 0.875rem;
      }
    `,
  ];

  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    limit: numberCheck({ min: 1, max: 20, integer: true, optional: false }),
  };

  /** The product in view, left out of the list. */
  @property({ attribute: 'current-product-id' }) currentProductId?: string;

  /** Most products to show. */
  @property({ type: Number }) limit = 8;

  /** The heading; defaults to the localised "Recently viewed". */
  @property() label?: string;

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  readonly #history = new HistoryController(this);

  #task = new Task(this, {
    task: async ([adapter, key], { signal }) => {
      if (!adapter || !key) return [] as Product[];
      const ids = key.split('|');
      // A product gone from the catalogue is left out, not an error.
      const products = await Promise.all(ids.map((id) => adapter.getProduct(id, { signal }).catch(() => undefined)));
      return products.filter((p): p is Product => !!p);
    },
    args: () => [this.adapter, this.#ids().join('|'), this.#history.revision] as const,
  });

  #ids(): string[] {
    const viewed = this.#history.history?.viewedIds() ?? [];
    return viewed.filter((id) => id !== this.currentProductId).slice(0, this.limit);
  }

  protected override render() {
    const products = this.#task.value ?? [];
    this.toggleState('empty', products.length === 0);
    if (products.length === 0) return nothing;
    const locale = this.effectiveLocale;
    return html`
      <section aria-labelledby="heading">
        <div role="heading" aria-level=${this.headingLevelAt()} id="heading" part="heading">${this.label || personalMessages[locale].recentlyViewed}</div>
        <ul part="list" aria-labelledby="heading">
          ${products.map((p) => {
            const href = productLink(this.shop?.productHref, p) ?? '#';
            const src = safeUrl(p.images[0]?.src, { use: 'image' });
            const variant = featuredVariant(p);
            return html`<li>
              <a part="item" href=${href}>
                ${src ? html`<img part="image" src=${src} alt="" width="144" height="108" loading="lazy" decoding="async" />` : nothing}
                <span part="name">${p.name}</span>
                ${variant ? html`<span part="price">${formatMoney(variant.price, locale)}</span>` : nothing}
              </a>
            </li>`;
          })}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-recently-viewed': SfRecentlyViewed;
  }
}
