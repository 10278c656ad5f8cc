import { css, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { keyed } from 'lit/directives/keyed.js';
import { guard } from 'lit/directives/guard.js';
import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import { toCommerceError } from '../../core/errors.js';
import { PRODUCT_SORTS, type Facet, type ListFilters, type ProductSort } from '../../core/listing.js';
import type { ListQuery, Page, Product } from '../../core/model.js';
import { snapshotListing } from '../../core/snapshot.js';
import { commonMessages } from '../../messages/common.js';
import { listingMessages } from '../../messages/listing.js';
import { HistoryController } from '../controllers/history-controller.js';
import { Announcer } from '../controllers/announcer.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import type { SfFilterChangeEvent } from '../events/index.js';
import { facetTitle, facetValueLabel } from '../sf-filter-panel/labels.js';
import { readListState, writeListState } from './list-url.js';
import { numberCheck, oneOfCheck, validated, type PropertyCheck } from '../base/property-checks.js';
import { validateListFilters } from '../../core/validate.js';
import { productLink } from '../../core/url.js';
import { featuredVariant } from '../../core/catalogue.js';
import { productToGa4Item } from '../../services/telemetry/ga4.js';

const CARD_PARTS = 'card, image, name, brand, price, stock';
const ADD_TO_CART_PARTS = 'button: add-to-cart, reason: add-to-cart-reason';

/**
 * A grid longer than this is windowed in the browser: only the cards near the viewport are `<sf-product-card>`s,
 * the others light placeholders of the same size holding the product's name as a link (see #grid). A listing of
 * the default 48 per page is never windowed.
 */
const WINDOW_MIN = 48;
/**
 * How many cards of a windowed grid are real from its first frame when the list cannot measure the grid it replaces
 * (more than a wide screen shows at the top); otherwise the rows the viewport shows and a row more on each side.
 */
const WINDOW_FIRST = 24;

/** Where the grid on screen is and how its rows run (see SfProductList#readGeometry). */
interface GridGeometry {
  columns: number;
  /** A rendered row's height. */
  height: number;
  /** The height of a row not rendered yet (contain-intrinsic-size). */
  estimate: number;
  gap: number;
  /** The grid's top, from the viewport's. */
  top: number;
  /** The viewport's height. */
  viewport: number;
}

/** A grid as rendered: its generation and what it shows. */
interface GridState {
  generation: number;
  page: Page<Product>;
  level: number;
  listId: string;
  /** The products of this grid rendered as real cards: a card once rendered stays one while the grid lives. */
  real: Set<string>;
  /** The indices real from the first frame (a windowed grid): the rows in the viewport. */
  first: readonly [number, number];
  /** The indices whose placeholders are named from the first frame: a row more on each side of `first`. */
  namedFirst: readonly [number, number];
  /** What the items were last rendered from while on screen: a hidden grid is not rendered again. */
  deps?: unknown[];
  /**
   * Whether its placeholders hold their product's name yet: not in the frame that shows a new grid (they are out of
   * view, and their names and links cost more than the cards in view), but in a task after it. The rows next to
   * the viewport's are named at once (`namedFirst`), in case one still comes into view.
   */
  named: boolean;
}

/** A page without facets (a backend that offers none): one array, so comparing what the panel shows is stable. */
const NO_FACETS: readonly Facet[] = [];

/** Runs `work` in a task after the next frame has been painted, and `frameStarts` as that frame begins (browser only). */
const afterNextPaint = (work: () => void, frameStarts?: () => void): void => {
  requestAnimationFrame(() => {
    frameStarts?.();
    setTimeout(work, 0);
  });
};

const filterKey = (filters: ListFilters) =>
  JSON.stringify(Object.entries(filters).filter(([, v]) => v.length > 0).sort(([a], [b]) => a.localeCompare(b)));

/** The query the list sends (and the key of its page in a server snapshot). */
function listQuery(category: string, shown: number, sort: ProductSort, filters: ListFilters): ListQuery {
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0));
  return {
    ...(category ? { categoryId: category } : {}),
    limit: shown,
    ...(sort !== 'relevance' ? { sort } : {}),
    ...(Object.keys(chosen).length ? { filters: chosen } : {}),
  };
}

/**
 * A grid of `<sf-product-card>`s loaded from the shop's adapter, with loading, empty and error states. With
 * `add-to-cart` each card gets an `<sf-add-to-cart>` for its featured variant, so the listing is buyable.
 *
 * The cards' parts are exported under their own names (`card`, `image`, `name`, `brand`, `price`, `stock`), and the
 * add-to-cart's as `add-to-cart` and `add-to-cart-reason`, so a page styles them with
 * `sf-product-list::part(price)`.
 *
 * With `controls` it is a listing that finds: a sort select (relevance, price up and down, newest), an
 * `<sf-filter-panel>` of the adapter's facets with counts (category, brand, price, size, colour, in stock, and
 * delivery-promise facets such as "Arrives by Fri 4.12."), and "Show more", which moves focus to the first new
 * product. The number of results is announced politely after each change; an empty result offers to remove each
 * chosen filter. With `url-state` the sort, filters and pages shown live in the address (`?sort=price-asc&f.brand=Pohjola&pages=2`),
 * pushed on each change, so Back restores the previous listing.
 *
 * @tag sf-product-list
 * @summary A product listing from the commerce adapter, with sort, facets and paging.
 * @fires sf-filter-change - (from the panel) When the shopper changes the filters.
 * @fires sf-cart-change - After a card's add-to-cart changed the cart (with `add-to-cart`).
 * @fires sf-cart-open-request - After a card's successful add (with `add-to-cart`).
 * @csspart grid - The list of cards.
 * @csspart status - The loading, empty or error message.
 * @csspart toolbar - The result count and the sort select (with `controls`).
 * @csspart filters - The filter panel (with `controls`).
 * @csspart more - The "Show more" button.
 * @csspart card - Each card's box (exported from `<sf-product-card>`).
 * @csspart image - Each card's image.
 * @csspart name - Each card's product name heading.
 * @csspart brand - Each card's brand.
 * @csspart price - Each card's price.
 * @csspart stock - Each card's stock hint.
 * @csspart add-to-cart - Each card's add-to-cart button (with `add-to-cart`).
 * @csspart add-to-cart-reason - Why a card's add-to-cart is unavailable, or why its last add failed.
 * @cssproperty --sf-product-list-min-column - Narrowest card column, default 14rem.
 * @cssproperty --sf-product-list-gap - Gap between cards.
 * @cssproperty --sf-product-list-sidebar - Width of the filter sidebar, default 16rem.
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
      .layout {
        display: grid;
        gap: var(--_sf-space-4);
      }
      @media (min-width: 48rem) {
        .layout {
          grid-template-columns: var(--sf-product-list-sidebar, 16rem) 1fr;
        }
      }
      [part='toolbar'] {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: var(--_sf-space-2);
        margin-block-end: var(--_sf-space-3);
      }
      /* Cards out of view skip style, layout and paint until scrolled to (they stay in the a11y tree and
         focusable): a listing of hundreds lays out only its first rows. 'auto' remembers each card's real size. */
      [part='grid'] > li {
        content-visibility: auto;
        /* Until rendered once, a product is estimated at a rendered card's height (measured: see #measureCard), so
           rows that become cards as they are reached keep their place. */
        contain-intrinsic-size: auto var(--_card-block-size, 22rem);
      }
      [part='grid'] {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sf-product-list-min-column, 14rem)), 1fr));
        gap: var(--sf-product-list-gap, var(--_sf-space-4));
        margin: 0;
        padding: 0;
        list-style: none;
      }
      /* A grid a filter replaced, until the frame with its successor has been painted (see #retire). */
      [part='grid'][hidden] {
        display: none !important;
      }
      /* A windowed grid's placeholder: three elements (a filter change creates dozens, and each element costs), in
         the boxes of <sf-product-card>: its border, its image (::before, the card's ratio), its padding, the name
         (wrapping as the card's does), and below it (::after) the room the card's brand, price, stock, promise and
         actions take, measured from a rendered card (see #measureCard), so the card that replaces it takes the
         same place. */
      .placeholder {
        display: flex;
        flex-direction: column;
        box-sizing: border-box;
        height: 100%;
        border: 1px solid var(--sf-product-card-border-color, var(--_sf-color-border));
        border-radius: var(--sf-product-card-radius, var(--_sf-radius-l));
        background: var(--sf-product-card-background, var(--_sf-color-surface));
        overflow: hidden;
      }
      .placeholder::before {
        content: '';
        aspect-ratio: var(--sf-product-card-image-ratio, 4 / 3);
        background: var(--_sf-color-surface-muted);
      }
      .placeholder::after {
        content: '';
        flex: none;
        /* Until a card has been measured (after the grid's first frame): brand, price and stock lines, the gaps and
           the padding of the default card; with add-to-cart, its button too. */
        block-size: var(--_below-name, calc(3 * 1.5em + 3 * var(--_sf-space-1) + var(--sf-product-card-padding, var(--_sf-space-3))));
      }
      [part='grid'].action .placeholder::after {
        block-size: var(--_below-name, calc(3 * 1.5em + 4 * var(--_sf-space-1) + var(--sf-product-card-padding, var(--_sf-space-3)) + 3rem));
      }
      /* Not named yet (a new grid's first frame): below the image, the room of the card's name as well, so rows of
         such placeholders keep the height the page was laid out with. */
      .placeholder:empty::after {
        block-size: var(--_below-image, calc(4 * 1.5em + 3 * var(--_sf-space-1) + 2 * var(--sf-product-card-padding, var(--_sf-space-3))));
      }
      [part='grid'].action .placeholder:empty::after {
        block-size: var(--_below-image, calc(4 * 1.5em + 4 * var(--_sf-space-1) + 2 * var(--sf-product-card-padding, var(--_sf-space-3)) + 3rem));
      }
      .placeholder .name {
        margin: var(--sf-product-card-padding, var(--_sf-space-3));
        margin-block-end: 0;
        font-size: var(--_sf-font-size-m);
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .placeholder .name a {
        color: inherit;
        text-decoration: none;
      }
      [part='status'] {
        min-height: 3rem;
      }
      button,
      select {
        font: inherit;
        min-block-size: 2.75rem;
      }
      [part='more'] {
        display: block;
        margin: var(--_sf-space-4) auto 0;
        padding: 0 var(--_sf-space-4);
      }
      .suggestions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_sf-space-2);
        padding: 0;
        list-style: none;
      }
    `,
  ];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    limit: numberCheck({ min: 1, max: 1000, integer: true, optional: false }),
    sort: oneOfCheck(PRODUCT_SORTS),
    filters: validated(validateListFilters, {}),
  };

  /** Only products of this category id; all products when empty. */
  @property() category = '';

  /** Products per page: the most shown at first, and how many "Show more" adds. */
  @property({ type: Number }) limit = 48;

  /** Give each card an add-to-cart button for its featured variant. */
  @property({ attribute: 'add-to-cart', type: Boolean }) addToCart = false;

  /** Show the sort select, the filter panel and "Show more". */
  @property({ type: Boolean }) controls = false;

  /** The sort order. */
  @property() sort: ProductSort = 'relevance';

  /** The chosen facet values by facet id. */
  @property({ attribute: false }) filters: ListFilters = {};

  /** The listing's name for GA4 (`item_list_name` of `view_item_list` and the cards' `select_item`), e.g. "Clothing". */
  @property({ attribute: 'list-name' }) listName?: string;

  /** Keep sort, filters and pages shown in the address, so Back and shared links restore them. */
  @property({ attribute: 'url-state', type: Boolean }) urlState = false;

  /**
   * Registers `<sf-filter-panel>` when a listing with `controls` needs it; set by `storefront-elements/define/sf-product-list`,
   * so a listing without controls never downloads the panel. Resolves when the element is defined.
   */
  static loadFilterPanel: () => Promise<unknown> = () => Promise.resolve();

  /** `heading-level` is given to each card's product name. */
  protected static override defaultHeadingLevel = 3;

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  @state() private pages = 1;

  readonly #announcer = new Announcer(this);
  readonly #history = new HistoryController(this);
  /** The category last recorded as viewed, so sorting or filtering it does not count as another view. */
  #recordedCategory = '';
  /** Set by a shopper's change: the next result's count is announced. */
  #announceNext = false;
  /** Set by "Show more": focus goes to this card once it is rendered. */
  #focusIndex: number | undefined;

  #task = new Task(this, {
    task: async ([adapter, category, shown, sort, key, loaded], { signal }) => {
      if (!adapter && !loaded) return undefined;
      const filters = Object.fromEntries(JSON.parse(key) as [string, string[]][]);
      // The server's page for this very query is used as is: no second request, but it is still reported as
      // viewed, here in the browser (the task never runs on the server).
      const answer = loaded ?? (await adapter!.listProducts(listQuery(category, shown, sort, filters), { signal }));
      // A backend that ignores the limit must not make the page render thousands of cards.
      const page = answer.items.length > shown ? { ...answer, items: answer.items.slice(0, shown) } : answer;
      this.#listIds.set(page, this.#listId(category, sort, filters));
      this.#track(page, category, sort, filters);
      if (category && category !== this.#recordedCategory) {
        this.#recordedCategory = category;
        this.#history.record((h) => h.recordCategory(category));
      }
      if (this.#announceNext) {
        this.#announceNext = false;
        this.#announcer.announce(commonMessages[this.effectiveLocale].productCount(page.total));
      }
      return page;
    },
    // With the server's page the adapter is left out, so its late arrival (the default one loads on demand)
    // neither fetches nor reports the list again.
    args: () => {
      const loaded = this.#serverPage();
      return [loaded ? undefined : this.adapter, this.category, this.limit * this.pages, this.sort, filterKey(this.filters), loaded] as const;
    },
  });

  /** The GA4 list id: the category, then the sort and filters, so reports tell listings apart. */
  #listId(category: string, sort: ProductSort, filters: ListFilters): string {
    return [category || 'all', ...(sort !== 'relevance' ? [`sort=${sort}`] : []),
      ...Object.entries(filters).filter(([, v]) => v.length > 0).sort(([a], [b]) => a.localeCompare(b))
        .map(([f, v]) => `${f}=${[...v].sort().join(',')}`)].join('|');
  }

  /** The server's page (`<sf-shop snapshot>`) for the current query, if it sent one. */
  #serverPage(): Page<Product> | undefined {
    if (!this.serverData?.listings) return undefined;
    return snapshotListing(this.serverData, listQuery(this.category, this.limit * this.pages, this.sort, this.filters));
  }

  /**
   * The page on screen: the task's, else the server's. On the server the task never runs, and in the browser the
   * first render (before the task settles) shows the server's page, not "Loading".
   */
  get #page(): Page<Product> | undefined {
    return this.#task.value ?? this.#serverPage();
  }

  #track(page: Page<Product>, category: string, sort: ProductSort, filters: ListFilters) {
    this.telemetry?.track('view_item_list', {
      item_list_id: this.#listId(category, sort, filters),
      ...(this.listName ? { item_list_name: this.listName } : {}),
      items: page.items.map((p, index) => ({ item_id: p.id, item_name: p.name, item_brand: p.brand, index })),
    });
  }

  #onPopState = () => this.#readUrl();

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched alongside the first page rather than after it.
    if (this.controls) this.#panelReady();
    if (this.urlState && !isServer) {
      this.#readUrl();
      addEventListener('popstate', this.#onPopState);
    }
    if (!isServer) {
      addEventListener('scroll', this.#onViewportChange, { passive: true });
      addEventListener('resize', this.#onViewportChange, { passive: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forget();
    if (!isServer) {
      removeEventListener('popstate', this.#onPopState);
      removeEventListener('scroll', this.#onViewportChange);
      removeEventListener('resize', this.#onViewportChange);
    }
    this.#geometry = undefined;
  }

  #readUrl() {
    const state = readListState(location.search);
    this.sort = state.sort;
    this.filters = state.filters;
    this.pages = state.pages;
  }

  /** A shopper's change: new state, announced, and pushed to the address when asked for. */
  #change(next: { sort?: ProductSort; filters?: ListFilters; pages?: number }) {
    if (next.sort !== undefined) this.sort = next.sort;
    if (next.filters !== undefined) this.filters = next.filters;
    this.pages = next.pages ?? 1;
    this.#announceNext = next.pages === undefined;
    if (this.urlState && !isServer) {
      history.pushState(history.state, '', writeListState(location.href, { sort: this.sort, filters: this.filters, pages: this.pages }));
    }
  }

  #removeFilter(facet: string, value?: string) {
    const filters: Record<string, readonly string[]> = {};
    for (const [f, values] of Object.entries(this.filters)) {
      const kept = value === undefined && f === facet ? [] : values.filter((v) => !(f === facet && v === value));
      if (kept.length > 0 && facet !== '*') filters[f] = kept;
    }
    this.#change({ filters });
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    super.updated(changed);
    this.#afterPaint();
    const upgraded = this.#focusUpgraded;
    if (upgraded !== undefined) {
      this.#focusUpgraded = undefined;
      const card = this.renderRoot.querySelector<HTMLElementTagNameMap['sf-product-card']>(`[part=grid]:not([hidden]) > li[data-index="${upgraded}"] sf-product-card`);
      if (card) {
        await card.updateComplete;
        card.shadowRoot?.querySelector<HTMLElement>('a')?.focus();
      }
    }
    const index = this.#focusIndex;
    if (index === undefined || this.#task.status !== TaskStatus.COMPLETE) return;
    const card = this.renderRoot.querySelectorAll('[part=grid]:not([hidden]) > li')[index]
      ?.querySelector<HTMLElementTagNameMap['sf-product-card']>('sf-product-card');
    if (!card) return;
    this.#focusIndex = undefined;
    await card.updateComplete;
    card.shadowRoot?.querySelector<HTMLElement>('a')?.focus();
  }

  /** Counts the updates asking for #afterPaint; whether a frame that will paint them has not started yet. */
  #afterPaintAsked = 0;
  #afterPaintWaiting = false;

  /**
   * Placeholders are named and observed, a card measured and the filter panel's counts updated, in a task after the
   * frame that shows the grid: its cards have rendered by then (they render after the list), and a filter's new grid
   * paints without this work (the rows in view are cards already). Updates before that frame starts share one run;
   * an update after it started (painted in the frame after) gets a run of its own after that one, and the earlier
   * run leaves the work to it, so this work never lands in the frame of the grid it is for.
   */
  #afterPaint() {
    if (isServer) return;
    this.#afterPaintAsked += 1;
    if (this.#afterPaintWaiting) return;
    this.#afterPaintWaiting = true;
    let asked = 0;
    afterNextPaint(() => {
      if (asked !== this.#afterPaintAsked || !this.isConnected) return;
      this.#name();
      this.#updatePanel();
      this.#observePlaceholders();
      this.#measureCard();
      this.#geometry = this.#readGeometry();
    }, () => {
      this.#afterPaintWaiting = false;
      asked = this.#afterPaintAsked;
    });
  }

  /**
   * The grid on screen's placeholders get their names (see GridState.named), in an update of their own: only when it
   * has placeholders waiting for one (a grid of 48 or fewer has none, and needs no second render).
   */
  #name() {
    const grid = this.#current;
    if (!grid || grid.named) return;
    grid.named = true;
    if (!this.renderRoot.querySelector('[part=grid]:not([hidden]) > li > .placeholder:empty')) return;
    this.#revision += 1;
    this.requestUpdate();
  }

  /** Watches one rendered card of a windowed grid (see #measureCard). */
  #sizer?: ResizeObserver;
  #measured?: Element;
  #sizes = new Map<string, number>();

  /**
   * What a windowed grid's placeholders take from a rendered card, kept from the first card of the grid on screen as
   * it renders and whenever it resizes (fonts, theme, width, the page's ::part styles, a promise or an add-to-cart in
   * it): products never rendered are estimated at the card's height (contain-intrinsic-size; against a fixed
   * estimate, every row above the viewport that became cards moved what a jump down the page showed), and a
   * placeholder keeps below its name the room the card's content below the name takes. The observer reports after
   * layout and before paint, so the new sizes are in the same frame.
   */
  #measureCard() {
    if (isServer) return;
    const item = this.renderRoot.querySelector('[part=grid]:not([hidden]) > li:has(> sf-product-card)');
    if (!item || item === this.#measured || !this.renderRoot.querySelector('[part=grid]:not([hidden]) > li > .placeholder')) return;
    this.#sizer ??= new ResizeObserver(() => {
      const parts = this.#cardParts(this.#measured);
      if (!parts) return;
      const { name, body, box, lines } = parts;
      // Down to the lowest of the card's own lines and its slotted content, then the body's padding: what the card
      // takes without the stretch of a taller row (so measuring never feeds back into what is measured).
      const lowest = Math.max(...lines.map((c) => c.getBoundingClientRect().bottom));
      const padding = parseFloat(getComputedStyle(body).paddingBlockEnd);
      const border = parseFloat(getComputedStyle(box).borderBlockEndWidth);
      const sizes = [
        ['--_card-block-size', lowest + padding + border - box.getBoundingClientRect().top],
        // Below the name, and below the image (the placeholder has the card's border of its own).
        ['--_below-name', lowest - name.getBoundingClientRect().bottom + padding],
        ['--_below-image', lowest - body.getBoundingClientRect().top + padding],
      ] as const;
      const changed = sizes.filter(([prop, size]) => size > 0 && Math.abs(size - (this.#sizes.get(prop) ?? 0)) >= 0.5);
      for (const [prop, size] of changed) this.#sizes.set(prop, size);
      // Applied at the next frame's start, not from inside the observer: a new estimate changes the page's height,
      // which may bring or take a scrollbar and so resize what is observed (a loop the browser reports as an error).
      if (changed.length) requestAnimationFrame(() => {
        for (const [prop, size] of changed) this.style.setProperty(prop, `${size}px`);
      });
    });
    const parts = this.#cardParts(item);
    if (!parts) return;
    this.#sizer.disconnect();
    this.#measured = item;
    // The card's content, not its list item or box, which a taller row stretches.
    for (const el of [parts.name, ...parts.lines]) this.#sizer.observe(el);
  }

  /** A rendered card's name, body, box and content lines (its own and what is slotted into it), for #measureCard. */
  #cardParts(item: Element | undefined) {
    const card = item?.isConnected && !item.parentElement?.hasAttribute('hidden') ? item.querySelector('sf-product-card') : null;
    const name = card?.shadowRoot?.querySelector<HTMLElement>('[part=name]');
    const box = card?.shadowRoot?.querySelector<HTMLElement>('[part=card]');
    const body = name?.parentElement;
    if (!card || !name || !box || !body) return undefined;
    const lines = [...[...body.children].filter((c) => c.localName !== 'slot'), ...card.children];
    return { name, body, box, lines };
  }

  /** The one observer of this list's placeholders (browser only, made on the first windowed grid). */
  #observer?: IntersectionObserver;
  #observed = new WeakSet<Element>();
  /** The index of a focused placeholder being upgraded: focus moves to its card's link once rendered. */
  #focusUpgraded: number | undefined;
  /** Counts upgrades and namings of placeholders, so the guards in #results and #grid let the update through. */
  #revision = 0;

  /**
   * Watches the placeholders of the grid on screen: one that comes within two viewports of being seen becomes its
   * card (so scrolling finds cards already rendered, and an upgrade moves nothing the shopper sees).
   */
  #observePlaceholders() {
    if (isServer) return;
    const placeholders = this.renderRoot.querySelectorAll('[part=grid]:not([hidden]) > li > .placeholder');
    if (placeholders.length === 0) return;
    this.#observer ??= new IntersectionObserver((entries) => {
      const ids: string[] = [];
      for (const entry of entries) {
        const target = entry.target as HTMLElement;
        // A placeholder already replaced, or of a grid a filter replaced (hidden, then removed), is done with.
        if (!target.isConnected || target.closest('[part=grid]')?.hasAttribute('hidden')) this.#observer?.unobserve(target);
        else if (entry.isIntersecting) {
          this.#observer?.unobserve(target);
          const id = this.#placeholderAt(target)?.product.id;
          if (id) ids.push(id);
        }
      }
      this.#upgrade(ids);
    }, { rootMargin: '200% 0px' });
    for (const p of placeholders) {
      if (this.#observed.has(p)) continue;
      this.#observed.add(p);
      this.#observer.observe(p);
    }
  }

  /** Makes these products' placeholders in the grid on screen cards; a focused one hands focus to its card. */
  #upgrade(ids: string[]) {
    const grid = this.#current;
    const fresh = ids.filter((id) => grid && !grid.real.has(id));
    if (!grid || fresh.length === 0) return;
    const focused = (this.renderRoot as ShadowRoot).activeElement?.closest<HTMLElement>('[part=grid]:not([hidden]) > li > .placeholder');
    const focusedAt = focused ? this.#placeholderAt(focused) : undefined;
    for (const id of fresh) {
      grid.real.add(id);
      if (focusedAt?.product.id === id) this.#focusUpgraded = focusedAt.index;
    }
    this.#revision += 1;
    this.requestUpdate();
  }

  /** The product and index of a placeholder (or an element in it) of the grid on screen, from its list item. */
  #placeholderAt(el: Element): { product: Product; index: number } | undefined {
    const placeholder = el.closest('.placeholder');
    const li = placeholder?.parentElement;
    if (!li || !li.parentElement?.matches('[part=grid]:not([hidden])')) return undefined;
    const index = Number(li.dataset['index']);
    const product = this.#current?.page.items[index];
    return product ? { product, index } : undefined;
  }

  /**
   * Keyboard focus on a placeholder's link makes it its card at once (focus then moves to the card's link). One
   * listener on the grid for all its placeholders (a filter change creates dozens of them).
   */
  #onGridFocus = (e: FocusEvent) => {
    const link = e.target as HTMLElement;
    if (!link.matches('.placeholder a') || !link.matches(':focus-visible')) return;
    const at = this.#placeholderAt(link);
    if (at) this.#upgrade([at.product.id]);
  };

  /** A placeholder's link followed: see #selectPlaceholder (one listener on the grid). */
  #onGridClick = (e: MouseEvent) => {
    const link = (e.target as HTMLElement).closest('.placeholder a');
    const at = link ? this.#placeholderAt(link) : undefined;
    if (at && this.#current) this.#selectPlaceholder(at.product, at.index, this.#current.listId);
  };

  /** A placeholder's link followed (before its card arrived): the same GA4 `select_item` the card would send. */
  #selectPlaceholder(product: Product, index: number, listId: string) {
    const variant = featuredVariant(product);
    if (!variant) return;
    this.telemetry?.track('select_item', {
      item_list_id: listId,
      ...(this.listName ? { item_list_name: this.listName } : {}),
      items: [{ ...productToGa4Item(product, variant), index }],
    });
  }

  protected override render() {
    const t = commonMessages[this.effectiveLocale];
    const status = this.#task.status;
    const page = this.#page;
    if (status === TaskStatus.ERROR) {
      return html`<div part="status" role="alert">
        <p>${t[`error.${toCommerceError(this.#task.error).code}`]}</p>
        <button type="button" @click=${() => void this.#task.run()}>${t.retry}</button>
      </div>${this.#announcer.render()}`;
    }
    if (!this.controls) {
      if (!page) return html`<p part="status" role="status">${t.loading}</p>${this.#announcer.render()}`;
      return html`${this.#results(page)}${this.#announcer.render()}`;
    }
    // The panel arrives with the first page (both are fetched at once): until both are here the listing says it
    // is loading, so the sidebar never appears as an empty box that fills in later.
    if (!page || !this.#panelReady()) return html`<p part="status" role="status">${t.loading}</p>${this.#announcer.render()}`;
    const l = listingMessages[this.effectiveLocale];
    return html`<div class="layout">
      <sf-filter-panel part="filters" .facets=${this.#panelFacets(page)} .filters=${this.filters} currency=${this.shop?.currency ?? 'EUR'}
        locale=${this.locale ?? nothing} heading-level=${this.headingLevelAt(-1)}
        @sf-filter-change=${(e: SfFilterChangeEvent) => this.#change({ filters: e.filters })}></sf-filter-panel>
      <div>
        <div part="toolbar">
          <span>${t.productCount(page.total)}</span>
          <label>${l.sort}
            <select @change=${(e: Event) => this.#change({ sort: (e.target as HTMLSelectElement).value as ProductSort })}>
              ${PRODUCT_SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${l[`sort.${s}`]}</option>`)}
            </select>
          </label>
        </div>
        ${this.#results(page)}
        ${page.items.length < page.total
          ? html`<button part="more" type="button" aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}
              @click=${() => {
                this.#focusIndex = page.items.length;
                this.#change({ pages: this.pages + 1 });
              }}>${l.showMore}<span class="visually-hidden">, ${l.shown(page.items.length, page.total)}</span></button>`
          : nothing}
      </div>
    </div>${this.#announcer.render()}`;
  }

  #panelLoading = false;

  /**
   * The facets the panel shows. A new page's counts reach it in a task after the frame that shows the page's grid
   * (see #afterPaint): redrawing a few dozen counts (and the panel's layout) would otherwise share that frame with
   * the new grid. The chosen values (`filters`) reach it at once.
   */
  #panelPage?: Page<Product>;
  #panelFacets(page: Page<Product>): readonly Facet[] {
    return (this.#panelPage ??= page).facets ?? NO_FACETS;
  }

  /** The panel gets the counts of the page on screen (see #panelFacets): one update per new page. */
  #updatePanel() {
    const page = this.#page;
    if (!this.#panelPage || !page || page === this.#panelPage) return;
    this.#panelPage = page;
    this.requestUpdate();
  }

  /** Whether `<sf-filter-panel>` is defined; starts its load (once) when not. Always ready on the server. */
  #panelReady(): boolean {
    if (isServer || customElements.get('sf-filter-panel')) return true;
    if (!this.#panelLoading) {
      this.#panelLoading = true;
      void (this.constructor as typeof SfProductList).loadFilterPanel()
        .then(() => customElements.whenDefined('sf-filter-panel'))
        .then(() => this.requestUpdate(), () => { this.#panelLoading = false; });
    }
    return false;
  }

  /** The GA4 list id each loaded page was asked for, so its cards keep it while the next page loads. */
  #listIds = new WeakMap<Page<Product>, string>();

  #results(page: Page<Product>) {
    if (page.items.length === 0) return this.#empty();
    const level = this.headingLevelAt();
    const listId = this.#listIds.get(page) ?? this.#listId(this.category, this.sort, this.filters);
    // While the next page loads (a filter chosen), the grid on screen has not changed: skip its hundreds of cards.
    return guard([page, level, listId, this.locale, this.listName, this.addToCart, this.effectiveLocale, this.#retired, this.#revision],
      () => this.#grids(page, level, listId));
  }

  /** The grid on screen; the one it replaced, if any, still in the DOM but hidden (see #retire). */
  #current?: GridState;
  #retiring?: GridState;
  /** Counts retired grids, so the guard above lets the update that removes one through. */
  #retired = 0;

  /**
   * Two places for grids, taken in turn by generation: a new generation renders in the free one while the grid it
   * replaces stays in the other, hidden (`display: none`: not painted, not in the accessibility tree, not found by
   * the browser's search, not focusable), until the frame showing the new grid has been painted. Removing hundreds
   * of cards costs more than hiding their grid (on the bench: 500 cards, about 11 ms of main-thread time against 2–4),
   * so the removal runs in a task of its own after that frame rather than before it.
   */
  #grids(page: Page<Product>, level: number, listId: string) {
    const generation = this.#gridGeneration(page.items);
    // Only a grid still on screen is retired (not one an empty, loading or error state already replaced).
    const previous = !isServer && this.renderRoot.querySelector('[part=grid]:not([hidden])') ? this.#current : undefined;
    if (!previous) this.#retiring = undefined;
    if (previous && previous.generation !== generation) {
      this.#retiring = previous;
      this.#retire();
      this.#forget();
    }
    // The same generation keeps its real cards (the SSR'd and hydrated ones included); a new one starts afresh.
    const same = this.#current?.generation === generation ? this.#current : undefined;
    const rows = !same && !isServer && this.hasUpdated && page.items.length > WINDOW_MIN ? this.#rowsInView(page.items.length) : undefined;
    this.#current = {
      generation, page, level, listId,
      real: same?.real ?? new Set<string>(),
      first: same?.first ?? rows?.cards ?? [0, WINDOW_FIRST],
      namedFirst: same?.namedFirst ?? rows?.named ?? [0, 0],
      deps: same?.deps,
      named: same?.named ?? false,
    };
    const places: unknown[] = [nothing, nothing];
    const retiring = this.#retiring;
    if (retiring) places[retiring.generation % 2] = keyed(retiring.generation, this.#grid(retiring, true));
    places[generation % 2] = keyed(generation, this.#grid(this.#current, false));
    return html`${places[0]}${places[1]}`;
  }

  /**
   * Stops watching the grid being hidden: its placeholders (the observer would check hundreds of them in every frame
   * until their grid is removed) and its measured card (hidden, it would report a size of nothing, and every
   * product not rendered yet would be estimated at that for a frame). The new grid's are watched after its frame.
   */
  #forget() {
    this.#observer?.disconnect();
    this.#observed = new WeakSet();
    this.#sizer?.disconnect();
    this.#measured = undefined;
  }

  /** Removes the hidden grid in a task after the next frame (never on the server, which renders once). */
  #retire() {
    if (isServer) return;
    const retiring = this.#retiring;
    afterNextPaint(() => {
      if (this.#retiring !== retiring) return;
      this.#retiring = undefined;
      this.#retired += 1;
      this.requestUpdate();
    });
  }

  /**
   * The grid on screen as laid out by the last frame, read after that frame (see #afterPaint), when reading layout
   * costs nothing; dropped when the page scrolls or resizes (and read again after the next frame). A filter change
   * then reads no layout while it renders: reading it there forced a style and layout pass of the old grid whenever
   * something had changed since the last frame (the checkbox just clicked). (A page that scrolls and changes the
   * filters in one task, before the scroll event, gets the rows of the old position for one frame: the observer
   * then makes the ones in view cards.)
   */
  #geometry?: GridGeometry;
  #onViewportChange = () => {
    this.#geometry = undefined;
    this.#afterPaint();
  };

  /** Columns, a rendered row's height, the estimate of an unrendered one, the row gap, and where the grid starts. */
  #readGeometry(): GridGeometry | undefined {
    const grid = isServer ? null : this.renderRoot.querySelector('[part=grid]:not([hidden])');
    const items = grid ? [...grid.children].slice(0, 64) : [];
    const first = items[0]?.getBoundingClientRect();
    if (!grid || !first || first.height <= 0) return undefined;
    let columns = 1;
    while (columns < items.length && Math.abs(items[columns]!.getBoundingClientRect().top - first.top) < 1) columns += 1;
    const gap = parseFloat(getComputedStyle(grid).rowGap) || 0;
    const estimate = parseFloat(getComputedStyle(items[0]!).getPropertyValue('contain-intrinsic-height').replace('auto', '')) || first.height;
    return { columns, height: first.height, estimate, gap, top: grid.getBoundingClientRect().top, viewport: innerHeight };
  }

  /**
   * The indices of a new grid in the viewport, from the grid on screen (#geometry, or read now): its columns, the
   * height of a rendered row, and where it starts. Rows above the viewport of a new grid are not rendered yet
   * (content-visibility: auto), so they have the estimated height; the rows from there to the viewport's end are
   * real (`cards`; scrolled into the grid, with one more row on each side, for estimates that miss), and a row more
   * on each side of those has named placeholders (`named`). The rest become cards after the frame, as they near the
   * viewport. Without a grid on screen, the first WINDOW_FIRST.
   */
  #rowsInView(count: number): { cards: readonly [number, number]; named: readonly [number, number] } {
    const g = this.#geometry ?? this.#readGeometry();
    if (!g) return { cards: [0, WINDOW_FIRST], named: [0, WINDOW_FIRST] };
    const { columns, height, estimate, gap, top, viewport } = g;
    const firstRow = Math.max(0, Math.floor(-top / (estimate + gap)));
    // The rows from the first one in view to the viewport's end (a rendered row may be shorter than the estimate).
    const inView = Math.max(1, Math.ceil((viewport - (top + firstRow * (estimate + gap))) / (Math.min(height, estimate) + gap)));
    // Scrolled into the grid, one row more on each side: the rows above are estimates (a product's name may wrap).
    // At its top the rows are where the grid on screen has them. A row that still comes into view (shorter cards,
    // or what is above the grid shrank with the change) shows named placeholders for a frame: the rows next to
    // these are named at once, and become cards as the observer sees them, after the frame.
    const rows = inView + (firstRow > 0 ? 2 : 0);
    let from = Math.max(0, firstRow - 1) * columns;
    // A new grid too short to reach the viewport (the page then scrolls back to its end): its last rows.
    if (from + columns >= count) from = Math.max(0, count - rows * columns);
    const to = from + rows * columns;
    return { cards: [from, to], named: [Math.max(0, from - columns), to + columns] };
  }

  #grid(state: GridState, hidden: boolean) {
    const { page, level, listId, real, first, namedFirst } = state;
    const t = commonMessages[this.effectiveLocale];
    // Windowed: only in the browser and never on the first render, so hydration meets the server's HTML (every
    // card complete) as it is. A hidden (retiring) grid renders as it was: its own real cards, the rest placeholders.
    const windowed = !isServer && this.hasUpdated && page.items.length > WINDOW_MIN;
    const focusIndex = this.#focusIndex;
    // Keyed by product: a filter that keeps a product keeps its card (same product, nothing to re-render) instead
    // of handing every card of the grid another product. When most cards go (500 → 64), a fresh grid replaces
    // the old one (a new generation) instead of hundreds of removals.
    // A grid being hidden (retired) is not rendered again: its hundreds of items are as they were.
    const deps = hidden && state.deps
      ? state.deps
      : [page, level, listId, this.locale, this.listName, this.addToCart, this.effectiveLocale, this.#revision, focusIndex, state.named];
    if (!hidden) state.deps = deps;
    const near = (index: number) => index >= first[0] && index < first[1];
    return html`<ul part="grid" class=${this.addToCart ? 'action' : ''} aria-label=${t.products} ?hidden=${hidden} @focusin=${this.#onGridFocus} @click=${this.#onGridClick}>
      ${guard(deps, () => repeat(
        page.items,
        (p) => p.id,
        // A placeholder's list item is one template (a filter change makes dozens: the fewer parts the better);
        // its card's replaces it when it is upgraded.
        (p, index) => windowed && !near(index) && index !== focusIndex && !real.has(p.id)
          ? html`<li data-index=${index}><div class="placeholder">${state.named || (index >= namedFirst[0] && index < namedFirst[1])
            ? this.#placeholderName(p, level)
            : nothing}</div></li>`
          : html`<li data-index=${index}>${this.#card(p, index, hidden, real, level, listId)}</li>`,
      ))}
    </ul>`;
  }

  /** One product of a grid as its card. */
  #card(p: Product, index: number, hidden: boolean, real: Set<string>, level: number, listId: string) {
    if (!hidden) real.add(p.id);
    return html`<sf-product-card exportparts=${CARD_PARTS} .product=${p} heading-level=${level} locale=${this.locale ?? nothing}
      list-id=${listId} list-name=${this.listName ?? nothing} .index=${index}>
      ${this.addToCart
        ? html`<sf-add-to-cart slot="actions" exportparts=${ADD_TO_CART_PARTS} .product=${p} locale=${this.locale ?? nothing}></sf-add-to-cart>`
        : nothing}
    </sf-product-card>`;
  }

  /** A placeholder's content: its product's name as a link (see GridState.named). */
  #placeholderName(p: Product, level: number) {
    const href = productLink(this.shop?.productHref, p);
    return html`<div role="heading" aria-level=${level} class="name">${href ? html`<a href=${href}>${p.name}</a>` : p.name}</div>`;
  }

  #empty() {
    const t = commonMessages[this.effectiveLocale];
    const chosen = Object.entries(this.filters).flatMap(([facet, values]) => values.map((value) => ({ facet, value })));
    if (!this.controls || chosen.length === 0) return html`<p part="status" role="status">${t.productCount(0)}</p>`;
    const l = listingMessages[this.effectiveLocale];
    const locale = this.effectiveLocale;
    const facets = this.#lastFacets();
    const label = (facet: string, value: string) => {
      const f = facets.find((x) => x.id === facet);
      if (!f) return value;
      return `${facetTitle(f, locale)}: ${facetValueLabel(f, f.values.find((v) => v.value === value) ?? { value }, locale, this.shop?.currency)}`;
    };
    return html`<div part="status">
      <p>${l.empty} ${l.loosen}</p>
      <ul class="suggestions">
        ${chosen.map(({ facet, value }) => html`<li><button type="button" @click=${() => this.#removeFilter(facet, value)}>${l.remove(label(facet, value))}</button></li>`)}
        <li><button type="button" @click=${() => this.#removeFilter('*')}>${l.clearAll}</button></li>
      </ul>
    </div>`;
  }

  #generation = 0;
  #shownIds = new Set<string>();

  /** A new grid generation when fewer than half the cards on screen stay (they would be removed one by one). */
  #gridGeneration(items: readonly Product[]): number {
    const kept = items.reduce((n, p) => n + (this.#shownIds.has(p.id) ? 1 : 0), 0);
    if (this.#shownIds.size > 0 && kept * 2 < this.#shownIds.size) this.#generation += 1;
    this.#shownIds = new Set(items.map((p) => p.id));
    return this.#generation;
  }

  #lastFacets() {
    return this.#page?.facets ?? [];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-product-list': SfProductList;
  }
}
