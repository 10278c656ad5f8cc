import { LitElement, css, html, isServer, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { CommerceAdapter } from '../../core/adapter.js';
import { guardAdapter } from '../../adapters/guard.js';
import { CartStore } from '../../core/cart-store.js';
import { toLocale, type Locale } from '../../core/locale.js';
import { DEFAULT_PRODUCT_HREF, type ProductHref } from '../../core/url.js';
import type { ExperimentsService } from '../../services/experiments/types.js';
import type { TelemetryService } from '../../services/telemetry/types.js';
import {
  cartContext, commerceContext, experimentsContext, shopContext, telemetryContext, type ShopSettings,
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
  };

  @provide({ context: cartContext })
  @state()
  protected cartStore?: CartStore;

  /** The shared cart model, for pages that want to read or change the cart directly. */
  get cart(): CartStore | undefined {
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
    addEventListener('pageshow', this.#pageshow);
    // A page that switches language (a client-side router, a language picker) changes <html lang> later on.
    this.#langObserver = new MutationObserver(() => {
      if (this.locale !== this.#documentLocale) return;
      this.#documentLocale = toLocale(document.documentElement.lang);
      this.locale = this.#documentLocale;
    });
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    if (!this.adapter) void this.#loadDefaultAdapter();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pageshow', this.#pageshow);
    this.#langObserver?.disconnect();
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration, useNewValue?: boolean, newValue?: unknown): void {
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
    if (#guard in this) this.#guard.track(name);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#guard.apply(changed);
    const settingsKeys = ['locale', 'currency', 'timeZone', 'productHref', 'country'] as const;
    if (settingsKeys.some((key) => changed.has(key))) {
      this.settings = {
        locale: toLocale(this.locale), currency: this.currency, timeZone: this.timeZone, productHref: this.productHref, country: this.country,
      };
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
      this.cartStore = new CartStore(this.providedAdapter);
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

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-shop': SfShop;
  }
}
