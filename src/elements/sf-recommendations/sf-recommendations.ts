import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import type { DeliveryMethod, Product } from '../../core/model.js';
import {
  isRecommendationStrategy, rankRecommendations, RECOMMENDATION_STRATEGIES, type RecommendationStrategy,
} from '../../core/recommendations.js';
import type { ShoppingHistory } from '../../core/history.js';
import { cardStock } from '../../core/catalogue.js';
import { personalMessages } from '../../messages/personal.js';
import { KIT_FEATURES } from '../../services/experiments/features.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { productRailStyles } from '../base/styles.js';
import { numberCheck, oneOfCheck, type PropertyCheck } from '../base/property-checks.js';
import { CartController } from '../controllers/cart-controller.js';
import { ExperimentController } from '../controllers/experiment-controller.js';
import { HistoryController } from '../controllers/history-controller.js';

const OFF = 'off';

interface Loaded {
  strategy: RecommendationStrategy;
  items: readonly Product[];
  method: DeliveryMethod | undefined;
}

/**
 * Recommendations with a named strategy, ranked in the browser from the shopper's own history (see `<sf-shop
 * consent>`; without history the backend's order is kept):
 * - `complete-the-look` (default): the adapter's related products for the product in view (`product-id`), else for
 *   the cart, else for the last product viewed; never more of the same kind;
 * - `because-you-viewed`: related to the products viewed most recently;
 * - `popular-in-category`: the category in view (`category`), else the product's, else the one viewed most.
 *
 * Never shows the product in view, anything in the cart, or anything already bought. Each item is a product card
 * with its delivery promise (the shop's home delivery), and with `add-to-cart` a button whose `add_to_cart` carries
 * the strategy as `item_list_id`. The list is labelled and measurable: GA4 `view_item_list` once per list shown
 * and `select_item` on a click, both with `item_list_id` = the strategy.
 *
 * The `sf-recommendations` kit feature switches the strategy, or hides the list with `off`, so personalisation
 * can be A/B tested. Nothing renders while there is nothing to recommend.
 *
 * @tag sf-recommendations
 * @summary Personal recommendations: complete the look, because you viewed, popular in category.
 * @csspart heading - The list's heading.
 * @csspart list - The list of products.
 * @csspart item - One recommended product.
 * @cssproperty --sf-recommendations-gap - Space between items.
 * @cssproperty --sf-recommendations-item-width - Width of one item; the list scrolls sideways when they do not fit.
 * @cssstate empty - Nothing to recommend: the element renders nothing.
 * @since 0.2.0
 * @status experimental
 */
export class SfRecommendations extends SfElement {
  static override styles = [
    SfElement.styles,
    productRailStyles,
    css`
      :host {
        display: block;
        --_gap: var(--sf-recommendations-gap, var(--_sf-space-3));
        --_item: var(--sf-recommendations-item-width, 14rem);
      }
      [part='item'] {
        scroll-snap-align: start;
      }
    `,
  ];

  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    strategy: oneOfCheck(RECOMMENDATION_STRATEGIES),
    limit: numberCheck({ min: 1, max: 24, integer: true, optional: false }),
  };

  /** `complete-the-look`, `because-you-viewed` or `popular-in-category`; the `sf-recommendations` feature wins. */
  @property({ reflect: true }) strategy: RecommendationStrategy = 'complete-the-look';

  /** The product in view (a product page): the anchor of `complete-the-look`, never recommended itself. */
  @property({ attribute: 'product-id' }) productId?: string;

  /** The category in view, for `popular-in-category`. */
  @property() category?: string;

  /** Most products to show. */
  @property({ type: Number }) limit = 4;

  /** The heading; defaults to the strategy's localised name ("Complete the look"). */
  @property() label?: string;

  /** Show an add-to-cart button on each product. */
  @property({ attribute: 'add-to-cart', type: Boolean }) addToCart = false;

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  readonly #cart = new CartController(this);
  readonly #history = new HistoryController(this);
  readonly #feature = new ExperimentController<string>(this, KIT_FEATURES.recommendations, '', {
    validate: (v) => (v === OFF || v === '' || isRecommendationStrategy(v) ? undefined : 'expected a strategy or "off"'),
  });
  #reported = '';

  /** The strategy in effect (the feature's, else `strategy`), or `off`. */
  get effectiveStrategy(): RecommendationStrategy | typeof OFF {
    const flag = this.#feature.value;
    if (flag === OFF) return OFF;
    if (isRecommendationStrategy(flag)) return flag;
    return isRecommendationStrategy(this.strategy) ? this.strategy : 'complete-the-look';
  }

  #cartIds(): string[] {
    return [...new Set((this.#cart.state.cart?.lines ?? []).map((l) => l.productId))];
  }

  #task = new Task(this, {
    task: async ([adapter, history, strategy, productId, category, limit, cartKey], { signal }): Promise<Loaded | undefined> => {
      if (!adapter || strategy === OFF || !this.#feature.ready) return undefined;
      const cartIds = cartKey ? cartKey.split('|') : [];
      const viewed = history?.viewedIds() ?? [];
      const get = async (id: string) => adapter.getProduct(id, { signal }).catch(() => undefined);
      const present = (list: (Product | undefined)[]) => list.filter((p): p is Product => !!p);
      // The anchors: what is in view.
      let anchorIds = productId ? [productId] : [];
      if (anchorIds.length === 0 && strategy === 'complete-the-look') anchorIds = cartIds.length > 0 ? cartIds.slice(0, 3) : viewed.slice(0, 1);
      const anchors = present(await Promise.all(anchorIds.map(get)));
      let candidates: readonly Product[];
      if (strategy === 'complete-the-look') {
        candidates = anchors.length > 0 ? await adapter.getRelatedProducts(anchors.map((p) => p.id), { signal }) : [];
      } else if (strategy === 'because-you-viewed') {
        const basis = viewed.filter((id) => id !== productId).slice(0, 3);
        candidates = basis.length > 0 ? await adapter.getRelatedProducts(basis, { signal }) : [];
      } else {
        const anchorLeaf = anchors[0]?.categoryIds[anchors[0].categoryIds.length - 1];
        const categoryId = category || anchorLeaf || history?.categoriesViewed()[0];
        candidates = categoryId ? (await adapter.listProducts({ categoryId, limit: limit * 3 }, { signal })).items : [];
      }
      const items = rankRecommendations({
        strategy, candidates, anchors, cartProductIds: cartIds, limit,
        history: historyContext(history),
      });
      const methods = items.length > 0 ? await adapter.getDeliveryMethods(undefined, { signal }).catch(() => []) : [];
      return { strategy, items, method: methods.find((m) => m.kind === 'home') ?? methods[0] };
    },
    args: () => [
      this.adapter, this.#history.history, this.effectiveStrategy, this.productId, this.category, this.limit,
      this.#cartIds().join('|'), this.#history.revision, this.#feature.ready,
    ] as const,
  });

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loaded = this.#task.value;
    const empty = !loaded || loaded.items.length === 0;
    this.toggleState('empty', empty);
    if (empty || !this.isConnected) return;
    const key = `${loaded.strategy}:${loaded.items.map((p) => p.id).join(',')}`;
    if (key === this.#reported) return;
    this.#reported = key;
    this.telemetry?.track('view_item_list', {
      item_list_id: loaded.strategy,
      item_list_name: this.#label(loaded.strategy),
      items: loaded.items.map((p, index) => ({ item_id: p.id, item_name: p.name, ...(p.brand ? { item_brand: p.brand } : {}), index })),
    });
  }

  #label(strategy: RecommendationStrategy): string {
    return this.label || personalMessages[this.effectiveLocale][`strategy.${strategy}`];
  }

  protected override render() {
    const loaded = this.#task.value;
    if (!loaded || loaded.items.length === 0 || this.effectiveStrategy === OFF) return nothing;
    const { strategy, items, method } = loaded;
    return html`
      <section aria-labelledby="heading">
        <div role="heading" aria-level=${this.headingLevelAt()} id="heading" part="heading">${this.#label(strategy)}</div>
        <ul part="list" aria-labelledby="heading">
          ${items.map((p, index) => {
            const stock = cardStock(p);
            return html`<li part="item">
              <sf-product-card .product=${p} list-id=${strategy} .index=${index} heading-level=${this.headingLevelAt(1)} locale=${this.locale ?? nothing}>
                ${method
                  ? html`<sf-delivery-promise slot="promise" .method=${method} .stock=${{ available: stock.available, restockDays: stock.restockDays ?? 0 }}
                      .clock=${this.clock} locale=${this.locale ?? nothing}></sf-delivery-promise>`
                  : nothing}
                ${this.addToCart
                  ? html`<sf-add-to-cart slot="actions" .product=${p} item-list-id=${strategy} locale=${this.locale ?? nothing}></sf-add-to-cart>`
                  : nothing}
              </sf-product-card>
            </li>`;
          })}
        </ul>
      </section>
    `;
  }
}

function historyContext(history: ShoppingHistory | undefined) {
  return {
    viewedIds: history?.viewedIds() ?? [],
    categoriesViewed: history?.categoriesViewed() ?? [],
    purchasedIds: history?.purchasedIds() ?? [],
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-recommendations': SfRecommendations;
  }
}
