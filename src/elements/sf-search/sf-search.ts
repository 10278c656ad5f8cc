import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { CommerceAdapter } from '../../core/adapter.js';
import { toCommerceError, type CommerceErrorCode } from '../../core/errors.js';
import type { Product } from '../../core/model.js';
import { commonMessages } from '../../messages/common.js';
import { navMessages } from '../../messages/nav.js';
import { formatMoney } from '../../core/money.js';
import { moveIndex, searchUrl } from '../../core/navigation.js';
import { productLink, safeUrl } from '../../core/url.js';
import { productToGa4Item } from '../../services/telemetry/ga4.js';
import { featuredVariant } from '../../core/catalogue.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { SfSearchSelectEvent, SfSearchSubmitEvent } from '../events/index.js';
import { searchStyles } from './sf-search.styles.js';
import { RecentSearches, recentSearchesStyles } from './recent-searches.js';
import { numberCheck, type PropertyCheck } from '../base/property-checks.js';

const magnifier = svg`<circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2" /><path d="M15.5 15.5L21 21" stroke="currentColor" stroke-width="2" />`;

type Outcome =
  | { kind: 'results'; query: string; items: readonly Product[]; total: number }
  | { kind: 'empty'; query: string }
  | { kind: 'error'; query: string; code: CommerceErrorCode };

/**
 * Product search as a WAI-ARIA APG *combobox with a listbox popup* (list autocomplete with manual selection).
 *
 * A real `<input role="combobox">` with a (visually hidden) label asks the adapter's `search()` after the shopper
 * pauses typing (`debounce`). Each query has its own `AbortController` and a sequence number, so an older answer
 * arriving late never replaces a newer one, even from a backend that ignores the abort signal.
 *
 * Suggestions show each product's image, name and price. Keyboard: ArrowDown/ArrowUp move the active option
 * (`aria-activedescendant`, wrapping; they also open the popup), Enter opens the active product or, with none
 * active, submits the query. An option made active while a newer query is on its way stays active when that
 * query answers, if the same product (by id) is still among the results; otherwise none is active. Escape closes the popup, and a second Escape clears the text. The number of results,
 * "no results" and backend failures are shown in the popup and announced in a polite live region once per query.
 *
 * Opening a product fires the cancellable `sf-search-select`; unless cancelled, the page goes to the product's link
 * from the shop's `product-href` (`#/product/{id}` by default).
 * Submitting fires the cancellable `sf-search-submit`; with an `action`, the page then goes to `${action}?q=<text>`.
 * Without JavaScript (a server-rendered page) the form itself submits `q` to `action` with GET.
 *
 * @tag sf-search
 * @summary Product search box with suggestions (APG combobox).
 * @fires sf-search-select - A suggested product was chosen. Cancellable; `event.product`, `event.href`.
 * @fires sf-search-submit - The query was submitted. Cancellable; `event.text`, `event.href`.
 * @csspart input - The text field.
 * @csspart submit - The search button.
 * @csspart popup - The suggestions popup.
 * @csspart listbox - The list of suggestions.
 * @csspart option - A suggestion.
 * @csspart recent - The shopper's recent searches, under the empty focused field (only with `<sf-shop consent>`).
 * @csspart recent-term - A recent search: searches it again.
 * @csspart recent-remove - Forgets one recent search (Delete on a recent search does the same).
 * @cssproperty --sf-search-background - Field and popup background.
 * @cssproperty --sf-search-border-color - Field border colour.
 * @cssproperty --sf-search-active-background - Background of the active suggestion.
 * @cssproperty --sf-search-z-index - Stacking of the popup, default 30.
 * @cssstate open - The popup is shown.
 * @cssstate loading - A search is in flight.
 * @since 0.1.0
 * @status experimental
 */
export class SfSearch extends SfElement {
  static override styles = [SfElement.styles, searchStyles, recentSearchesStyles];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    limit: numberCheck({ min: 1, max: 100, integer: true, optional: false }),
  };

  /** The search text. */
  @property() value = '';

  /** The field's accessible name; defaults to the localised "Search products". */
  @property() label?: string;

  /** Placeholder text; defaults to the localised "Search products…". */
  @property() placeholder?: string;

  /**
   * The results page: on submit the page goes to `${action}?q=<text>` (hash routes such as `#/search` work too).
   * Only a relative or http(s) URL is followed (the kit's `safeUrl` policy); anything else submits nowhere.
   */
  @property() action?: string;

  /** Milliseconds to wait after the last keystroke before searching. */
  @property({ type: Number }) debounce = 200;

  /** Most suggestions to show. */
  @property({ type: Number }) limit = 6;

  /** Fewest characters before suggestions are fetched. */
  @property({ type: Number, attribute: 'min-length' }) minLength = 2;

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  @state() protected open = false;
  @state() protected active = -1;
  @state() protected loading = false;
  @state() protected outcome: Outcome | undefined;

  /** Recent searches from the shopper's history (with consent): runs a chosen one as a submitted search. */
  readonly #recent = new RecentSearches(this, (text) => {
    this.value = text;
    this.#submit();
  });

  #seq = 0;
  #controller: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  get #items(): readonly Product[] {
    return this.outcome?.kind === 'results' ? this.outcome.items : [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancel();
  }

  /** Stops a pending or running search; its answer, if one still comes, is ignored. */
  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
    this.#seq += 1;
    this.loading = false;
  }

  #onInput = (e: InputEvent) => {
    this.value = (e.target as HTMLInputElement).value;
    this.active = -1;
    // Whatever is in flight answers a text the shopper has already changed: it must not land.
    this.#cancel();
    const text = this.value.trim();
    if (text.length < this.minLength) {
      this.outcome = undefined;
      this.open = false;
      return;
    }
    this.#timer = setTimeout(() => void this.#search(text), this.debounce);
  };

  async #search(text: string): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const seq = ++this.#seq;
    this.loading = true;
    try {
      const page = await adapter.search(text, { signal: controller.signal, limit: this.limit });
      if (seq !== this.#seq) return;
      // The shopper may have picked an option of the previous answer while this one was on its way: keep it.
      const activeId = this.#items[this.active]?.id;
      this.outcome = page.items.length > 0
        ? { kind: 'results', query: text, items: page.items.slice(0, this.limit), total: Math.max(page.total, page.items.length) }
        : { kind: 'empty', query: text };
      this.active = activeId === undefined ? -1 : this.#items.findIndex((p) => p.id === activeId);
    } catch (e) {
      if (seq !== this.#seq || controller.signal.aborted) return;
      this.outcome = { kind: 'error', query: text, code: toCommerceError(e).code };
      this.active = -1;
    }
    this.loading = false;
    this.open = true;
  }

  #href(product: Product): string {
    return productLink(this.shop?.productHref, product) ?? '#';
  }

  #select(product: Product, index: number): void {
    const href = this.#href(product);
    const variant = featuredVariant(product);
    this.telemetry?.track('select_item', {
      item_list_id: 'search_suggestions',
      item_list_name: 'Search suggestions',
      items: variant ? [{ ...productToGa4Item(product, variant), index }] : [],
    });
    this.#close();
    const event = new SfSearchSelectEvent(product, href);
    if (this.dispatchEvent(event)) location.assign(href);
  }

  #submit(): void {
    const text = this.value.trim();
    if (!text) return;
    this.#cancel();
    this.#close();
    this.telemetry?.track('search', { search_term: text });
    this.#recent.record(text);
    const action = safeUrl(this.action, { use: 'navigation' });
    const href = action ? searchUrl(action, text) : undefined;
    const event = new SfSearchSubmitEvent(text, href);
    if (this.dispatchEvent(event) && href) location.assign(href);
  }

  #close(): void {
    this.open = false;
    this.active = -1;
  }

  #onKeydown = (e: KeyboardEvent) => {
    const items = this.#items;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (items.length === 0) return;
        e.preventDefault();
        const wasOpen = this.open;
        this.open = true;
        // Alt+ArrowDown only opens the popup (APG).
        if (e.altKey) return;
        const move = e.key === 'ArrowDown' ? 'next' : 'previous';
        this.active = wasOpen ? moveIndex(this.active, items.length, move) : move === 'next' ? 0 : items.length - 1;
        return;
      }
      case 'Enter': {
        e.preventDefault();
        const product = this.open ? items[this.active] : undefined;
        if (product) this.#select(product, this.active);
        else this.#submit();
        return;
      }
      case 'Escape': {
        if (this.open) {
          e.preventDefault();
          this.#cancel();
          this.#close();
        } else if (this.value) {
          e.preventDefault();
          this.#cancel();
          this.value = '';
          this.outcome = undefined;
        }
        return;
      }
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text: visual focus returns to the field.
        this.active = -1;
        return;
    }
  };

  #onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (!to || !this.renderRoot.contains(to)) this.#close();
  };

  protected override updated(): void {
    this.toggleState('open', this.open);
    this.toggleState('loading', this.loading);
    if (this.active >= 0) this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** What the popup says about the last answer, and what the live region announces. */
  #message(): string {
    const t = navMessages[this.effectiveLocale];
    const outcome = this.outcome;
    if (!outcome) return '';
    if (outcome.kind === 'results') return t.resultCount(outcome.total);
    if (outcome.kind === 'empty') return t.noResults(outcome.query);
    return commonMessages[this.effectiveLocale][`error.${outcome.code}`];
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const t = navMessages[locale];
    const items = this.#items;
    const outcome = this.outcome;
    const expanded = this.open && items.length > 0;
    const message = this.#message();
    const showLoading = this.loading && !outcome;
    const popupShown = this.open || showLoading;
    return html`
      <form role="search" action=${safeUrl(this.action, { use: 'navigation' }) ?? nothing} method="get" @submit=${(e: Event) => { e.preventDefault(); this.#submit(); }} @focusout=${this.#onFocusOut}>
        <label for="input" class="visually-hidden">${this.label || t.searchLabel}</label>
        <input
          id="input"
          part="input"
          name="q"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          placeholder=${this.placeholder ?? t.searchPlaceholder}
          .value=${this.value}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @click=${() => { if (items.length > 0) this.open = true; }}
        />
        <button type="submit" part="submit" aria-label=${t.searchSubmit}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${magnifier}</svg>
        </button>
      </form>
      <div part="popup" ?hidden=${!popupShown} @mousedown=${(e: Event) => e.preventDefault()}>
        <ul id="listbox" part="listbox" role="listbox" aria-label=${t.suggestions} aria-busy=${this.loading ? 'true' : 'false'} ?hidden=${!expanded}>
          ${items.map((product, i) => {
            const variant = featuredVariant(product);
            const image = product.images[0];
            const src = safeUrl(image?.src, { use: 'image' });
            return html`<li
              id=${`option-${i}`}
              part="option"
              role="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @click=${() => this.#select(product, i)}
            >
              ${src
                ? html`<img class="thumb" src=${src} alt="" width="48" height="36" loading="lazy" decoding="async" />`
                : html`<span class="thumb"></span>`}
              <span class="name">${product.name}</span>
              <span class="price">${variant ? formatMoney(variant.price, locale) : nothing}</span>
            </li>`;
          })}
        </ul>
        ${outcome?.kind === 'results' && outcome.total > items.length && this.open
          ? html`<p class="more">${t.showingOf(items.length, outcome.total)}</p>`
          : nothing}
        ${outcome && outcome.kind !== 'results' && this.open
          ? html`<p class="message ${outcome.kind === 'error' ? 'error' : ''}">${message}</p>`
          : nothing}
        ${showLoading ? html`<p class="message">${t.searching}</p>` : nothing}
      </div>
      <div role="status" class="visually-hidden">${this.open && !this.loading ? message : ''}</div>
      ${this.#recent.render(!popupShown && String(this.value ?? '').trim().length < this.minLength)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-search': SfSearch;
  }
}
