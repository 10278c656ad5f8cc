import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import type { Product } from '../../core/model.js';
import { rankRecommendations } from '../../core/recommendations.js';
import { productLink } from '../../core/url.js';
import { describeAvailability, personalMessages } from '../../messages/personal.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { CartController } from '../controllers/cart-controller.js';
import { HistoryController } from '../controllers/history-controller.js';

/**
 * One calm line for a returning shopper: the product they looked at last in an earlier visit, whether it is in
 * stock and when it ships, a link back to it, and what goes with it ("Still thinking about the Aurora Road 105? It
 * is in stock and ships today."). Only with history from an earlier visit, which needs `<sf-shop consent="all">`;
 * a new visitor sees nothing. Shown once per visit (the first page that has it), and dismissible.
 *
 * @tag sf-welcome-back
 * @summary A "welcome back" line naming the product the shopper looked at last time.
 * @csspart banner - The whole line.
 * @csspart message - The sentence about the product.
 * @csspart link - The link back to the product.
 * @csspart goes-with - What goes with it: a short list of links.
 * @csspart dismiss - The dismiss button.
 * @cssproperty --sf-welcome-back-background - Background of the line.
 * @cssproperty --sf-welcome-back-border-color - Its border colour.
 * @cssstate shown - The line is showing.
 * @since 0.2.0
 * @status experimental
 */
export class SfWelcomeBack extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: block;
      }
      [part='banner'] {
        display: flex;
        align-items: flex-start;
        gap: var(--_sf-space-2);
        padding: var(--_sf-space-2) var(--_sf-space-3);
        border: 1px solid var(--sf-welcome-back-border-color, var(--_sf-color-border));
        border-radius: var(--_sf-radius-m);
        background: var(--sf-welcome-back-background, var(--_sf-color-surface));
      }
      .text {
        flex: 1;
      }
      p {
        margin: 0;
      }
      [part='goes-with'] {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_sf-space-1) var(--_sf-space-2);
        list-style: none;
        margin: var(--_sf-space-1) 0 0;
        padding: 0;
        font-size: 0.875rem;
      }
      [part='dismiss'] {
        min-inline-size: 2.75rem;
        min-block-size: 2.75rem;
        border: 0;
        background: none;
        color: inherit;
        font: inherit;
        font-size: 1.25rem;
        cursor: pointer;
      }
    `,
  ];

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  /** The product id this page welcomes back to, decided once; '' when there is none. */
  @state() protected welcomeId: string | undefined;
  @state() protected dismissed = false;

  readonly #history = new HistoryController(this);
  readonly #cart = new CartController(this);

  #task = new Task(this, {
    task: async ([adapter, id], { signal }) => {
      if (!adapter || !id) return undefined;
      const product = await adapter.getProduct(id, { signal });
      const [related, methods] = await Promise.all([
        adapter.getRelatedProducts([id], { signal }).catch(() => [] as Product[]),
        adapter.getDeliveryMethods(undefined, { signal }).catch(() => []),
      ]);
      const history = this.#history.history;
      const goesWith = rankRecommendations({
        strategy: 'complete-the-look', candidates: related, anchors: [product], limit: 3,
        cartProductIds: (this.#cart.state.cart?.lines ?? []).map((l) => l.productId),
        history: { viewedIds: history?.viewedIds() ?? [], categoriesViewed: history?.categoriesViewed() ?? [], purchasedIds: history?.purchasedIds() ?? [] },
      });
      return { product, goesWith, method: methods.find((m) => m.kind === 'home') ?? methods[0] };
    },
    args: () => [this.adapter, this.welcomeId] as const,
  });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Decided once per page: a returning shopper, not yet welcomed in this visit.
    const history = this.#history.history;
    if (this.welcomeId === undefined && history) {
      const last = history.returning && !history.welcomedThisVisit ? history.lastViewedBeforeThisVisit() : undefined;
      this.welcomeId = last?.id ?? '';
      if (last) history.markWelcomed();
    }
  }

  #dismiss = () => {
    this.dismissed = true;
  };

  protected override render() {
    const loaded = this.#task.value;
    const shown = !!loaded && !this.dismissed;
    this.toggleState('shown', shown);
    if (!shown) return nothing;
    const { product, goesWith, method } = loaded;
    const locale = this.effectiveLocale;
    const t = personalMessages[locale];
    const href = productLink(this.shop?.productHref, product) ?? '#';
    const availability = describeAvailability(product, { method, now: this.currentTime(), timeZone: this.timeZone, locale });
    return html`
      <section part="banner" aria-label=${t.welcomeTitle}>
        <div class="text">
          <p part="message">${t.stillThinking(product.name)} ${availability} <a part="link" href=${href}>${t.seeIt(product.name)}</a></p>
          ${goesWith.length > 0
            ? html`<p id="goes-with">${t.goesWith}</p>
                <ul part="goes-with" aria-labelledby="goes-with">
                  ${goesWith.map((p) => html`<li><a href=${productLink(this.shop?.productHref, p) ?? '#'}>${p.name}</a></li>`)}
                </ul>`
            : nothing}
        </div>
        <button part="dismiss" type="button" aria-label=${t.dismiss} @click=${this.#dismiss}><span aria-hidden="true">×</span></button>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-welcome-back': SfWelcomeBack;
  }
}
