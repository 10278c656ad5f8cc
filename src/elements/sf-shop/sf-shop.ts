import { LitElement, css, html, isServer, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { CommerceAdapter } from '../../core/adapter.js';
import { guardAdapter } from '../../adapters/guard.js';
import { LazyCartStore, type CartModel } from '../../core/lazy-cart-store.js';
import type { ShoppingHistory } from '../../core/history.js';
import type { Product } from '../../core/model.js';
import { localStore, sessionStore } from '../../core/storage.js';
import { toLocale, type Locale } from '../../core/locale.js';
import { DEFAULT_PRODUCT_HREF, type ProductHref } from '../../core/url.js';
// The snapshot's experiments part is checked by <sf-experiments>, the one element that adopts it: a page without
// experiments never loads that check.
import { parseSnapshotExceptExperiments as parseSnapshot, type ShopSnapshot } from '../../core/snapshot.js';
import type { ExperimentsService } from '../../services/experiments/types.js';
import {
  CONSENT_VALUES, eraseExperimentsStorage, eraseFeedbackStorage, erasePromiseResults, experimentsStorage, feedbackStorage,
  promiseResultStorage, type Consent, type ConsentSetting,
} from '../../core/consent-storage.js';
import { ShopHistory } from '../base/shop-history.js';
import type { TelemetryService } from '../../services/telemetry/types.js';
import {
  cartContext, commerceContext, experimentsContext, historyContext, shopContext, snapshotContext, telemetryContext,
  type ShopSettings,
} from '../base/context.js';
import { LAST_GOOD, PropertyGuard, describeValue, methodsCheck, numberCheck, oneOfCheck, type PropertyCheck } from '../base/property-checks.js';

/**
 * The provider: holds the commerce adapter, locale, currency and services, and hands them to every kit element
 * inside it through context. It renders nothing of its own.
 *
 * Without an `adapter` it loads the embedded `LocalCommerceAdapter` on first connection (a separate chunk, so shops
 * with their own backend never download the demo catalogue).
 *
 * The adapter handed to elements is guarded (`guardAdapter`): every read times out after `timeout` ms, every change
 * after `mutation-timeout` ms, and every answer is validated before it is rendered (malformed data fails as
 * `malformed-response`). `adapter` still returns the adapter the page set.
 *
 * It also keeps the shopper's own shopping history (products and categories viewed, searches, cart adds,
 * purchases) in their browser, as far as `consent` allows, for recently viewed, recommendations and the
 * welcome-back line. The kit never sends it anywhere. The history's code loads on demand, when an element first
 * reads or records something (a separate chunk): consent, `clearHistory()` and recording work before it arrives.
 *
 * Server-rendered pages hand over what the server loaded (see `ShopSnapshot` in storefront-elements/core): the
 * server sets `snapshot`, and the page carries the same data in a `<script type="application/json">` that
 * `snapshot-from` names, so the elements render it on hydration instead of loading (and showing "Loading") again.
 *
 * @tag sf-shop
 * @summary Provides the shop's backend, locale and services to kit elements.
 * @slot - The shop page, or any part of it that uses kit elements.
 * @since 0.1.0
 * @status experimental
 */
// The provider stays a plain LitElement: SfElement consumes the shop settings this element provides, and its
// `locale` and `timeZone` here are the shop's own inputs, not values read from context.
export class SfShop extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** What the page may set here; a refused value warns once and falls back (see SfElement). */
  protected static propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    adapter: methodsCheck('getProduct', 'listProducts', 'getCart', 'addLine', 'setQuantity', 'removeLine'),
    locale: oneOfCheck(['fi', 'sv', 'en']),
    currency: { fallback: 'EUR', check: (v) => (typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? undefined : 'is not an ISO 4217 code such as "EUR"') },
    timeZone: { fallback: 'Europe/Helsinki', check: (v) => (typeof v === 'string' && isTimeZone(v) ? undefined : 'is not an IANA time zone') },
    timeout: numberCheck({ min: 0 }),
    mutationTimeout: numberCheck({ min: 0 }),
    telemetry: methodsCheck('track'),
    experiments: methodsCheck('getFeatureValue'),
    // A URL template from the attribute, or a function of the product set as a property.
    consent: {
      fallback: 'none',
      check: (v) => (typeof v === 'function' || (CONSENT_VALUES as readonly unknown[]).includes(v) ? undefined : `${describeValue(v)} is not none, functional, all or a function`),
    },
    snapshot: {
      fallback: undefined,
      check: (v) => (v === undefined || v === null ? undefined : parseSnapshot(v).snapshot ? undefined : `is not a snapshot (${parseSnapshot(v).problems.join('; ')})`),
    },
    snapshotFrom: { fallback: undefined, check: (v) => (v === undefined || v === null || typeof v === 'string' ? undefined : 'is not an element id') },
    productHref: {
      fallback: LAST_GOOD,
      check: (v) => (typeof v === 'string' || typeof v === 'function' ? undefined : `${describeValue(v)} is not a URL template or a function`),
    },
  };

  #guard = new PropertyGuard(this);

  /** The commerce backend. Set it before or after connection; elements follow the change. */
  @property({ attribute: false }) adapter?: CommerceAdapter;

  /**
   * Shop language: `fi`, `sv` or `en`. Defaults to the document's `lang`, then English, and follows later changes
   * of `<html lang>` until the page sets it.
   */
  @property({ reflect: true }) locale: Locale = toLocale(isServer ? undefined : document.documentElement.lang);

  /**
   * ISO 4217 currency for figures that come without one (before the first cart, experiment events). Prices,
   * totals and delivery fees carry the adapter's own currency (a Vendure channel's), which wins: the guard only
   * requires each answer to be in one currency.
   */
  @property() currency = 'EUR';

  /** IANA time zone the delivery promises are computed in. */
  @property({ attribute: 'time-zone' }) timeZone = 'Europe/Helsinki';

  /**
   * Where product pages live, for every element that links a product (cards, search suggestions, cart lines): a
   * template with `{id}` and `{slug}` placeholders, each URL-encoded (`product-href="/products/{slug}"`), or as a
   * property a function of the product. Default `#/product/{id}`, the demo's route. Links come from here, never from
   * an adapter.
   */
  @property({ attribute: 'product-href' }) productHref: ProductHref = DEFAULT_PRODUCT_HREF;
  /** ISO 3166-1 alpha-2 code of the country the shop ships to; the checkout's postal code rule follows it. */
  @property() country = 'FI';

  /**
   * Where the shop's own server takes cart forms, for shoppers whose JavaScript has not run (or never will): with
   * it, add-to-cart buttons are real `<form method="post">`s to `<cart-action>/add` (fields `product`, `variant`,
   * `quantity`) and the cart page's quantity and remove controls post to `<cart-action>/update` (`line`,
   * `quantity`; 0 removes). With JavaScript the elements take the submit themselves and nothing is posted. Unset
   * (the default): no forms, buttons only. Goes through the kit's URL policy.
   */
  @property({ attribute: 'cart-action' }) cartAction?: string;

  /**
   * What the shopper agreed to the shop keeping about their shopping (recently viewed, searches, welcome back):
   * `none` (default): nothing is stored, the history lives in memory for this page only; `functional`: kept for
   * the browser tab's session (sessionStorage); `all`: kept on this device across visits (localStorage), so a
   * returning shopper is greeted. As a property, also a function returning one of these, asked before every read
   * and write (a consent manager's current answer; call `requestUpdate('consent')` when it changes, to apply it
   * at once). Lowering consent erases what may no longer be kept. The same consent governs what experiments
   * (anonymous id, sticky buckets), feedback and order status keep; see the Privacy section of the README.
   */
  @property() consent: ConsentSetting = 'none';

  /**
   * Data the server loaded for this page (`loadSnapshot` from storefront-elements/core): the elements inside render
   * it instead of loading it. Set it on the server; in the browser `snapshot-from` reads the same data from the page.
   */
  @property({ attribute: false }) snapshot?: ShopSnapshot;

  /**
   * Id of a `<script type="application/json">` in the page that holds the server's snapshot (`snapshotScript()`
   * writes one), read once on connection.
   */
  @property({ attribute: 'snapshot-from' }) snapshotFrom?: string;

  /** How long a backend read may take before elements show a timeout, in ms (default 10 000; 0: no limit). */
  @property({ type: Number }) timeout?: number;

  /** How long a backend change (cart edit, placing the order) may take, in ms (default 20 000; 0: no limit). */
  @property({ type: Number, attribute: 'mutation-timeout' }) mutationTimeout?: number;

  /** Telemetry service handed to elements (see `createTelemetry`). */
  @property({ attribute: false })
  @provide({ context: telemetryContext })
  telemetry?: TelemetryService;

  /** Experiments service handed to elements (see the experiments module). */
  @property({ attribute: false })
  @provide({ context: experimentsContext })
  experiments?: ExperimentsService;

  @provide({ context: commerceContext })
  @state()
  protected providedAdapter?: CommerceAdapter;

  @provide({ context: shopContext })
  @state()
  protected settings: ShopSettings = {
    locale: this.locale, currency: this.currency, timeZone: this.timeZone, productHref: this.productHref, country: this.country,
    ...(this.cartAction ? { cartAction: this.cartAction } : {}),
  };

  @provide({ context: snapshotContext })
  @state()
  protected providedSnapshot?: ShopSnapshot;

  @provide({ context: cartContext })
  @state()
  protected cartStore?: CartModel;

  @provide({ context: historyContext })
  @state()
  protected shoppingHistory?: ShopHistory;

  /**
   * The shopper's history: undefined on the server, before connection and until it has loaded. Its code loads on
   * demand (a separate chunk); reading this property starts the load, and `loadHistory()` waits for it.
   */
  get history(): ShoppingHistory | undefined {
    return this.shoppingHistory?.history;
  }

  /**
   * Loads the shopper's history if it has not loaded yet and resolves with it (undefined on the server and before
   * connection): `await shop.loadHistory()` before reading `history` or calling `exportHistory()`.
   */
  loadHistory(): Promise<ShoppingHistory | undefined> {
    return this.shoppingHistory?.load() ?? Promise.resolve(undefined);
  }

  /**
   * Records that the shopper looked at a product (call it on a product page); its categories count as viewed
   * too. Kept only as far as `consent` allows.
   */
  recordView(product: string | Pick<Product, 'id' | 'categoryIds'>): void {
    // Recorded at once when the history has loaded, else as soon as it has (the call starts the load).
    if (typeof product === 'string') this.shoppingHistory?.use((h) => h.recordView(product));
    else if (product && typeof product.id === 'string') {
      const { id, categoryIds } = product;
      const categories = Array.isArray(categoryIds) ? [...categoryIds] : [];
      this.shoppingHistory?.use((h) => h.recordView(id, categories));
    }
  }

  /**
   * Erases what the kit keeps about the shopper, from memory and from every storage area: the history, the
   * experiments' anonymous id and sticky buckets, feedback ("not now", the orders asked about, unsent answers) and
   * the orders whose delivery result was reported. The cart and a checkout being filled in stay (see Privacy).
   * Synchronous, also while the history's code is still loading.
   */
  clearHistory(): void {
    this.shoppingHistory?.clear();
    if (isServer) return;
    eraseExperimentsStorage();
    eraseFeedbackStorage();
    erasePromiseResults();
  }

  /**
   * Everything the history holds, as JSON (for a "your data" page); '' before connection and until the history has
   * loaded (`await shop.loadHistory()` first).
   */
  exportHistory(): string {
    return this.shoppingHistory?.export() ?? '';
  }

  /**
   * The shared cart model, for pages that want to read or change the cart directly. It shows the cart from the
   * first load; what changes it (a `CartStore`) loads on the first intent to change it, when the browser is idle, or
   * with the first change, which waits for it.
   */
  get cart(): CartModel | undefined {
    return this.cartStore;
  }

  /** The page-set adapter the provided (guarded) one wraps. */
  #guarded?: CommerceAdapter;

  #pageshow = (e: PageTransitionEvent) => {
    // A page restored from the back/forward cache may show a cart changed elsewhere since: read it again.
    if (e.persisted) void this.cartStore?.load();
  };

  /** The locale last taken from `<html lang>`; any other value was set by the page, which then wins. */
  #documentLocale: Locale | undefined = this.locale;
  #langObserver?: MutationObserver;

  override connectedCallback(): void {
    // What the page set before connecting is checked first: connecting reads `adapter`.
    this.#guard.applyOnConnect();
    super.connectedCallback();
    // Before the elements inside connect and ask for it: they render it in their first update.
    this.providedSnapshot = this.snapshot ?? this.#readSnapshot();
    // On the server (@lit-labs/ssr with `litSsrCallConnectedCallback`) only the context providers matter: there is
    // no page to watch, and the server hands over the adapter and data it loaded itself.
    if (isServer) return;
    addEventListener('pageshow', this.#pageshow);
    // A page that switches language (a client-side router, a language picker) changes <html lang> later on.
    this.#langObserver = new MutationObserver(() => {
      if (this.locale !== this.#documentLocale) return;
      this.#documentLocale = toLocale(document.documentElement.lang);
      this.locale = this.#documentLocale;
    });
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    if (!this.adapter) void this.#loadDefaultAdapter();
    // Created on connection, never on the server: it reads storage. Consent is asked on each read and write and
    // applied at once (erasing what may no longer be kept); the history's code itself loads when first used.
    if (!this.shoppingHistory) {
      this.shoppingHistory = new ShopHistory({
        consent: () => this.#consentNow(),
        local: localStore(),
        session: sessionStore(),
      });
      // The history notices a consent callback's change on its next read or write and tells its subscribers: what
      // experiments, feedback and order status keep follows at once.
      this.shoppingHistory.subscribe(() => this.#syncConsent());
    }
  }

  /** Applies the consent now to everything kept by it besides the history: lowering erases, raising keeps. */
  #syncConsent(): void {
    const consent = () => this.#consentNow();
    for (const store of [experimentsStorage(consent), feedbackStorage(consent), promiseResultStorage(consent)]) store.sync();
  }

  #consentNow(): Consent {
    const c = this.consent;
    return typeof c === 'function' ? c() : c;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isServer) return;
    removeEventListener('pageshow', this.#pageshow);
    this.#langObserver?.disconnect();
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration, useNewValue?: boolean, newValue?: unknown): void {
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
    if (#guard in this) this.#guard.track(name);
  }

  /** The snapshot in the page's `<script id=snapshot-from>`, once; a malformed one warns and is ignored. */
  #readSnapshot(): ShopSnapshot | undefined {
    if (isServer || !this.snapshotFrom) return undefined;
    const script = (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.snapshotFrom) ?? document.getElementById(this.snapshotFrom);
    if (!script) {
      this.#guard.warnOnce('snapshotFrom', `no element with id "${this.snapshotFrom}"`);
      return undefined;
    }
    const { snapshot, problems } = parseSnapshot(script.textContent);
    for (const problem of problems) this.#guard.warnOnce('snapshotFrom', problem);
    return snapshot;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#guard.apply(changed);
    if (changed.has('snapshot') && this.snapshot) this.providedSnapshot = this.snapshot;
    const settingsKeys = ['locale', 'currency', 'timeZone', 'productHref', 'country', 'cartAction'] as const;
    if (settingsKeys.some((key) => changed.has(key))) {
      this.settings = {
        locale: toLocale(this.locale), currency: this.currency, timeZone: this.timeZone, productHref: this.productHref, country: this.country,
        ...(typeof this.cartAction === 'string' && this.cartAction ? { cartAction: this.cartAction } : {}),
      };
    }
    // A lowered consent erases at once what may no longer be kept: the history, and what experiments, feedback and
    // order status keep by the same consent (the history's subscribers, such as <sf-experiments>, hear of it too).
    // A consent manager's callback: `shop.requestUpdate('consent')` after its answer changed applies it at once.
    if (changed.has('consent') && !isServer) {
      void this.shoppingHistory?.consent;
      this.#syncConsent();
    }
    const guardChanged = changed.has('timeout') || changed.has('mutationTimeout');
    if (this.adapter && (this.adapter !== this.#guarded || (guardChanged && this.providedAdapter))) {
      this.#guarded = this.adapter;
      this.providedAdapter = guardAdapter(this.adapter, {
        ...(this.timeout !== undefined ? { timeoutMs: this.timeout } : {}),
        ...(this.mutationTimeout !== undefined ? { mutationTimeoutMs: this.mutationTimeout } : {}),
      });
      // The cart model talks to the guarded adapter too; the old one sends what it still holds, then stops.
      this.cartStore?.dispose();
      // The first store starts from the server's cart, if the snapshot has one, instead of reading it again.
      const cart = this.cartStore ? undefined : this.providedSnapshot?.cart;
      this.cartStore = new LazyCartStore(this.providedAdapter, cart ? { cart } : {});
    }
  }

  async #loadDefaultAdapter(): Promise<void> {
    const { LocalCommerceAdapter } = await import('../../adapters/local/local-adapter.js');
    if (!this.adapter) this.adapter = new LocalCommerceAdapter();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/** Zones already checked. The shop's default needs no check. */
const checkedZones = new Map<string, boolean>([['Europe/Helsinki', true]]);

/**
 * Whether `zone` is an IANA time zone this browser knows. Asked once per zone: building the first
 * `Intl.DateTimeFormat` of a page loads the browser's time zone data, which was the single longest piece of
 * `<sf-shop>`'s hydration on a phone for a value (the default) that needs no check.
 */
function isTimeZone(zone: string): boolean {
  let known = checkedZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    checkedZones.set(zone, known);
  }
  return known;
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-shop': SfShop;
  }
}
