/**
 * The storefront demo: the whole shopping journey on kit elements, as one demo-only element `<demo-storefront>`
 * plus `mountStorefront()`. Storybook renders it (Pages/Storefront); standalone.ts mounts it in a static page that
 * runs under a strict CSP with Trusted Types, so this module uses no inline handlers, no eval, no `unsafeHTML`, and
 * styles only through Lit's adopted stylesheets and the CSSOM.
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { FeatureApiResponse } from '@growthbook/growthbook';
import '../../../src/define/sf-shop.js';
import '../../../src/define/sf-product-card.js';
import '../../../src/define/sf-product-list.js';
import '../../../src/define/sf-product-detail.js';
import '../../../src/define/sf-add-to-cart.js';
import '../../../src/define/sf-cart-button.js';
import '../../../src/define/sf-cart-drawer.js';
import '../../../src/define/sf-cart.js';
import '../../../src/define/sf-quantity.js';
import '../../../src/define/sf-delivery-promise.js';
import '../../../src/define/sf-nav.js';
import '../../../src/define/sf-breadcrumbs.js';
import '../../../src/define/sf-search.js';
import '../../../src/define/sf-skip-link.js';
import '../../../src/define/sf-checkout.js';
import '../../../src/define/sf-order-confirmation.js';
import '../../../src/define/sf-feedback.js';
import '../../../src/define/sf-order-status.js';
import '../../../src/define/sf-telemetry-log.js';
import '../../../src/define/sf-experiments.js';
import '../../../src/define/sf-welcome-back.js';
import '../../../src/define/sf-recently-viewed.js';
import '../../../src/define/sf-recommendations.js';
import type { CommerceAdapter } from '../../../src/core/adapter.js';
import type { Consent } from '../../../src/core/history.js';
import { toCommerceError } from '../../../src/core/errors.js';
import { LocalCommerceAdapter, type SimulatedFaults } from '../../../src/adapters/local/local-adapter.js';
import { PICKUP_POINTS } from '../../../src/adapters/local/catalog.js';
import type { DeliveryMethod, Order, Page, Product } from '../../../src/core/model.js';
import { define } from '../../../src/elements/base/define.js';
import { focusRing, tokens, visuallyHidden } from '../../../src/elements/base/styles.js';
import { featuredVariant } from '../../../src/core/catalogue.js';
import type { SfOrderConfirmation } from '../../../src/elements/sf-order-confirmation/sf-order-confirmation.js';
import type { SfSearchSubmitEvent } from '../../../src/elements/events/index.js';
import type { SfOrderPlacedEvent } from '../../../src/elements/events/index.js';
import { commonMessages } from '../../../src/messages/common.js';
import { hasMessages } from '../../../src/messages/catalog.js';
import { loadMessages } from '../../../src/messages/locales/load.js';
import { toLocale, type Locale } from '../../../src/core/locale.js';
import { createTelemetry, experimentContext, type Telemetry } from '../../../src/services/telemetry/telemetry.js';
import { consoleSink, dataLayerSink } from '../../../src/services/telemetry/sinks.js';
import { measureWebVitals } from '../../../src/services/telemetry/vitals.js';
import type { TelemetryService } from '../../../src/services/telemetry/types.js';
import demoFeatures from '../../../src/services/experiments/demo-features.json';
import { applyTheme, isThemeName, type ThemeName } from '../../themes.js';
import { demoMessages } from './messages.js';
import { parseRoute, routeKey, type Route } from './routes.js';
import { ORDER_DEMO_SPEED, orderClock } from './order-clock.js';
import type { Clock } from '../../../src/core/clock.js';

/** How the demo's backend behaves. `vendure` needs a Vendure server (see `npm run backend`). */
export type BackendMode = 'normal' | 'slow' | 'failing' | 'vendure';

export interface StorefrontOptions {
  locale?: Locale;
  backend?: BackendMode;
  /** GrowthBook QA overrides: experiment key -> variation index, e.g. `{ 'cta-color-test': 1 }`. */
  forcedVariations?: Record<string, number>;
  theme?: ThemeName;
  /** Storage key prefix of the cart, orders and checkout draft, so several demos on one origin stay apart. */
  storageKey?: string;
  /** Where the local backend's product images live (a bundle without Vite's asset handling sets this). */
  imageBase?: string;
  /** The Vendure Shop API endpoint for `backend: 'vendure'`. */
  vendureShopApi?: string;
  /** A Vendure channel token, e.g. `sek` for the dev server's SEK channel (net prices, Swedish VAT). */
  vendureChannel?: string;
  /** Show the telemetry panel open. */
  telemetryOpen?: boolean;
}

/** Fault simulation of the embedded backend per demo mode. */
export function backendFaults(mode: BackendMode): SimulatedFaults {
  if (mode === 'slow') return { latencyMs: 1500 };
  if (mode === 'failing') return { fail: true };
  return {};
}

const TITLE_SEPARATOR = ' – ';

/**
 * Web vitals are measured once per page, for whichever storefront is connected: Storybook re-creates the story
 * (toolbar changes, re-renders), and a detached instance's observers would otherwise keep reporting duplicates.
 */
let vitalsTarget: Telemetry | undefined;
let vitalsStarted = false;
function measureVitalsOnce(telemetry: Telemetry): void {
  vitalsTarget = telemetry;
  if (vitalsStarted) return;
  vitalsStarted = true;
  const forward: TelemetryService = { track: (name, params) => vitalsTarget?.track(name, params) };
  void measureWebVitals(forward).catch(() => undefined);
}

/**
 * The storefront demo (demo code, not a kit element): header with navigation, search and cart button, product
 * listings, product pages, the cart, the checkout and the order confirmation, with hash routing that keeps the
 * browser's back button working and moves focus to each new page's heading.
 */
export class DemoStorefront extends LitElement {
  static override styles = [
    tokens,
    focusRing,
    visuallyHidden,
    css`
      :host {
        display: block;
        min-block-size: 100vh;
        background: var(--sf-color-surface, #ffffff);
        color: var(--sf-color-text, #1f2933);
      }
      a {
        color: var(--sf-color-link, #1a5fb4);
      }
      header {
        display: grid;
        grid-template-columns: auto 1fr auto;
        grid-template-areas: 'brand search cart' 'nav nav nav';
        align-items: center;
        gap: var(--sf-space-2, 0.5rem) var(--sf-space-4, 1rem);
        padding: var(--sf-space-3, 0.75rem) var(--sf-space-4, 1rem);
        border-block-end: 1px solid var(--sf-color-border-subtle, #d1d5db);
      }
      .brand {
        grid-area: brand;
        display: flex;
        flex-direction: column;
        color: inherit;
        text-decoration: none;
        font-weight: 800;
        font-size: 1.25rem;
        line-height: 1.2;
      }
      .brand small {
        font-weight: 400;
        font-size: 0.8125rem;
        color: var(--sf-color-text-muted, #4b5563);
      }
      .search {
        grid-area: search;
        max-inline-size: 28rem;
        justify-self: end;
        inline-size: 100%;
      }
      .button {
        min-block-size: 2.75rem;
        padding: 0 var(--sf-space-3, 0.75rem);
        border: 1px solid var(--sf-color-border, #6b7280);
        border-radius: var(--sf-radius-s, 0.25rem);
        background: var(--sf-color-surface, #ffffff);
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
      sf-cart-button {
        grid-area: cart;
      }
      sf-nav {
        grid-area: nav;
      }
      @media (max-width: 40rem) {
        header {
          grid-template-columns: 1fr auto;
          grid-template-areas: 'brand cart' 'nav nav' 'search search';
        }
        .brand small {
          display: none;
        }
        .search {
          max-inline-size: none;
        }
      }
      .notice {
        margin: 0 0 var(--sf-space-3, 0.75rem);
        border-radius: var(--sf-radius-s, 0.25rem);
        padding: var(--sf-space-2, 0.5rem) var(--sf-space-4, 1rem);
        background: var(--sf-color-warning-surface, #fff8e6);
        color: var(--sf-color-warning-text, #7a4100);
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--sf-space-4, 1rem);
        padding: var(--sf-space-4, 1rem);
        max-inline-size: 90rem;
        margin-inline: auto;
      }
      @media (min-width: 75rem) {
        .layout {
          grid-template-columns: minmax(0, 1fr) 22rem;
          align-items: start;
        }
      }
      /* The page's content owns the first screen: what follows it (the footer) starts below the fold, so a short
         page that grows moves nothing on screen. */
      main {
        min-block-size: 100vh;
      }
      main:focus {
        outline: none;
      }
      h1 {
        margin: var(--sf-space-2, 0.5rem) 0 var(--sf-space-4, 1rem);
        font-size: 1.75rem;
        line-height: 1.2;
      }
      h1:focus {
        outline: none;
      }
      h1:focus-visible {
        outline: var(--sf-focus-width, 3px) solid var(--sf-color-focus, #1a5fb4);
      }
      h2 {
        font-size: 1.25rem;
        margin: var(--sf-space-6, 2rem) 0 var(--sf-space-3, 0.75rem);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
        gap: var(--sf-space-4, 1rem);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .grid sf-add-to-cart {
        inline-size: 100%;
        margin-block-start: var(--sf-space-2, 0.5rem);
      }
      /* The button fills its host; border-box keeps its padding inside the card. */
      sf-add-to-cart::part(button) {
        box-sizing: border-box;
      }
      .status {
        min-block-size: 3rem;
      }
      .error {
        color: var(--sf-color-danger, #b3261e);
      }
      .muted {
        color: var(--sf-color-text-muted, #4b5563);
        margin: 0;
      }
      fieldset {
        margin: 0;
        padding: var(--sf-space-2, 0.5rem) var(--sf-space-3, 0.75rem) var(--sf-space-3, 0.75rem);
        border: 1px solid var(--sf-color-border-subtle, #d1d5db);
        border-radius: var(--sf-radius-m, 0.5rem);
      }
      legend {
        font-weight: 600;
        padding: 0 var(--sf-space-1, 0.25rem);
      }
      aside details {
        border: 1px solid var(--sf-color-border-subtle, #d1d5db);
        border-radius: var(--sf-radius-m, 0.5rem);
        padding: var(--sf-space-2, 0.5rem) var(--sf-space-3, 0.75rem);
      }
      aside summary {
        cursor: pointer;
        font-weight: 600;
        min-block-size: 2.75rem;
        display: flex;
        align-items: center;
      }
      /* The telemetry panel comes first in the page (a side column on wide screens, above the content in one
         column): below the content it moved whenever the content above it changed height (a checkout step, a cart
         line removed), wherever the shopper had scrolled to. Its log is a reserved area, so it never moves what
         follows it either. */
      @media (min-width: 75rem) {
        main {
          grid-column: 1;
          grid-row: 1;
        }
        aside {
          grid-column: 2;
          grid-row: 1;
          position: sticky;
          inset-block-start: var(--sf-space-4, 1rem);
        }
      }
      /* Workaround: the checkout's text inputs are width 100% in content-box (the kit's box-sizing reset does not
         reach shadow children), so they overflow by their padding; keep that much room on narrow screens. */
      sf-checkout {
        display: block;
        padding-inline-end: 1.25rem;
      }
      .drawer-extra {
        display: flex;
        flex-direction: column;
        gap: var(--sf-space-2, 0.5rem);
      }
      sf-feedback {
        margin-block-start: var(--sf-space-6, 2rem);
      }
      footer {
        padding: var(--sf-space-4, 1rem);
        border-block-start: 1px solid var(--sf-color-border-subtle, #d1d5db);
        color: var(--sf-color-text-muted, #4b5563);
      }
    `,
  ];

  /** Shop language. */
  @property({ reflect: true }) locale: Locale = 'en';

  /** How the backend behaves. */
  @property({ reflect: true }) backend: BackendMode = 'normal';

  /** GrowthBook forced variations for QA and the Storybook toolbar. */
  @property({ attribute: false }) forcedVariations?: Record<string, number>;

  /** Theme made of kit tokens. */
  @property({ reflect: true }) theme: ThemeName = 'kit';

  /** Storage key prefix for the cart, orders and checkout draft. */
  @property({ attribute: 'storage-key' }) storageKey = 'sf-demo';

  /** What the demo shopper agreed to the shop keeping (`<sf-shop consent>`): none, functional or all. */
  @property({ reflect: true }) consent: Consent = 'all';

  /** Where product images live, for bundles without Vite's asset handling. */
  @property({ attribute: 'image-base' }) imageBase?: string;

  /** The Vendure Shop API endpoint for the `vendure` backend. */
  @property({ attribute: 'vendure-shop-api' }) vendureShopApi = 'http://127.0.0.1:3000/shop-api';

  /** The Vendure channel token (`sek`: the dev server's SEK channel); none is the default EUR channel. */
  @property({ attribute: 'vendure-channel' }) vendureChannel?: string;

  /** Show the telemetry panel open. */
  @property({ type: Boolean, attribute: 'telemetry-open' }) telemetryOpen = false;

  /** The telemetry service every kit element reports to (also pushed to `window.dataLayer`). */
  readonly telemetry: Telemetry;

  @state() protected adapter?: CommerceAdapter;
  @state() protected route: Route = { kind: 'home' };

  #local?: LocalCommerceAdapter;
  #orders = new Map<string, Order>();
  /** The order page's adapter on the demo's faster order clock, for the order shown. */
  #orderAdapter?: { code: string; adapter: LocalCommerceAdapter; clock: Clock };
  #focusPending = false;
  #onHashChange = () => this.#followLocation();

  constructor() {
    super();
    this.telemetry = createTelemetry({
      sinks: [dataLayerSink(), consoleSink()],
      context: experimentContext(() => this.renderRoot?.querySelector?.('sf-experiments')?.experiments),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    measureVitalsOnce(this.telemetry);
    addEventListener('hashchange', this.#onHashChange);
    this.route = parseRoute(location.hash) ?? { kind: 'home' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (vitalsTarget === this.telemetry) vitalsTarget = undefined;
    removeEventListener('hashchange', this.#onHashChange);
    this.#disposeOrderBackend();
  }

  // The page renders the kit's words too (counts, errors): like the kit's elements, wait for the language's
  // messages (loaded on demand) before rendering, rather than reading a catalogue that is not there yet.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = toLocale(this.locale);
    if (hasMessages(locale)) return super.scheduleUpdate();
    return loadMessages(locale).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend') || changed.has('storageKey') || changed.has('imageBase') || changed.has('vendureShopApi') || changed.has('vendureChannel')) {
      this.#disposeOrderBackend();
      void this.#setUpBackend();
    }
    if ((changed as Map<PropertyKey, unknown>).has('route') && this.route.kind !== 'track') this.#disposeOrderBackend();
    if (changed.has('theme')) applyTheme(this, isThemeName(this.theme) ? this.theme : 'kit');
    if (changed.has('locale')) this.#updateTitle();
  }

  async #setUpBackend(): Promise<void> {
    if (this.backend === 'vendure') {
      // A separate chunk: the local demo never downloads the Vendure adapter.
      const { VendureCommerceAdapter } = await import('../../../src/adapters/vendure/vendure-adapter.js');
      // The demo server's catalogue has no images and Vendure has no pickup points: take both from the local
      // catalogue (same product ids), as a shop would from its own asset and carrier services.
      const local = new LocalCommerceAdapter({ crossTab: false, ...(this.imageBase ? { imageBase: this.imageBase } : {}) });
      const images = new Map(local.allProducts().map((p) => [p.id, p.images[0]]));
      local.dispose();
      this.adapter = new VendureCommerceAdapter({
        shopApiUrl: this.vendureShopApi,
        ...(this.vendureChannel ? { channelToken: this.vendureChannel } : {}),
        pickupPoints: PICKUP_POINTS,
        // The demo server has the store availability plugin (backend/store-availability-plugin.mjs).
        storeAvailability: true,
        fallbackImage: (id, name) => {
          const image = images.get(id);
          return image ? { ...image, alt: name } : undefined;
        },
      });
      return;
    }
    // A new adapter on the same storage key: the cart survives a change of mode, every task reloads.
    this.#local?.dispose();
    this.#local = new LocalCommerceAdapter({
      storageKey: this.storageKey,
      faults: backendFaults(this.backend),
      ...(this.imageBase ? { imageBase: this.imageBase } : {}),
    });
    this.adapter = this.#local;
  }

  get #t() {
    return demoMessages[toLocale(this.locale)];
  }

  // ---------------------------------------------------------------- routing

  /** Goes to a route with a new history entry, as a link would. */
  navigate(hash: string): void {
    if (location.hash === hash) return;
    location.hash = hash;
  }

  #followLocation(): void {
    const next = parseRoute(location.hash);
    // A hash that is not one of ours (an in-page anchor) leaves the page as it is.
    if (!next) return;
    // The checkout moves between its own steps (its own history entries): not a page change here.
    if (routeKey(next) === routeKey(this.route)) return;
    // A link in the mini cart (checkout, the whole cart): close it first and change page once it has handed focus
    // back, so the new page's heading keeps the focus.
    const drawer = this.renderRoot.querySelector('sf-cart-drawer');
    if (drawer?.open) {
      drawer.addEventListener('sf-cart-drawer-close', () => this.#show(next), { once: true });
      drawer.close();
      return;
    }
    this.#show(next);
  }

  #show(route: Route): void {
    this.route = route;
    this.#focusPending = true;
  }

  #onOrderPlaced = (e: SfOrderPlacedEvent) => {
    const order = e.order;
    this.#orders.set(order.code, order);
    // Replace the checkout's confirmation entry: Back from the confirmation leads to the shop, not the checkout.
    history.replaceState(null, '', `#/order/${encodeURIComponent(order.code)}`);
    this.#show({ kind: 'order', code: order.code });
  };

  /** Search results are a route of their own: `#/search/<text>`. */
  #onSearch = (e: SfSearchSubmitEvent) => {
    e.preventDefault();
    const q = e.text.trim();
    if (q) this.navigate(`#/search/${encodeURIComponent(q)}`);
  };

  protected override updated(): void {
    this.#updateTitle();
    if (!this.#focusPending) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('main h1');
    if (heading && !heading.hasAttribute('data-pending')) {
      this.#focusPending = false;
      const focus = () => {
        heading.focus({ preventScroll: false });
        this.#updateTitle();
      };
      // The product page's heading is slotted into <sf-product-detail>: focusable once the detail has rendered.
      const detail = heading.closest('sf-product-detail');
      if (detail) void detail.updateComplete.then(focus);
      else focus();
      return;
    }
    const confirmation = this.renderRoot.querySelector<SfOrderConfirmation>('main sf-order-confirmation');
    if (confirmation) {
      this.#focusPending = false;
      void confirmation.updateComplete.then(() => confirmation.focusHeading());
      this.#updateTitle();
    }
  }

  #pageTitle(): string {
    const t = this.#t;
    const heading = this.renderRoot?.querySelector?.('main h1:not([data-pending])')?.textContent?.trim();
    switch (this.route.kind) {
      case 'order': return t.orderTitle(this.route.code);
      case 'track': return t.trackTitle(this.route.code);
      case 'checkout': return t.checkout;
      default: return heading || t.allProducts;
    }
  }

  #updateTitle(): void {
    if (!this.hasUpdated) return;
    // The checkout titles its own steps.
    if (this.route.kind === 'checkout') return;
    document.title = `${this.#pageTitle()}${TITLE_SEPARATOR}${this.#t.shopName}`;
  }

  // ---------------------------------------------------------------- data

  #methods = new Task(this, {
    task: async ([adapter], { signal }) => (adapter ? adapter.getDeliveryMethods({}, { signal }) : undefined),
    args: () => [this.adapter] as const,
  });

  #listing = new Task(this, {
    task: async ([adapter, route], { signal }): Promise<Page<Product> | undefined> => {
      if (!adapter) return undefined;
      if (route.kind === 'search') return adapter.search(route.q, { signal, limit: 48 });
      // A category page is <sf-product-list>, which loads and reports its own listing.
      if (route.kind === 'home') {
        const page = await adapter.listProducts({ limit: 48 }, { signal });
        this.telemetry.track('view_item_list', {
          item_list_id: 'all',
          items: page.items.map((p, index) => ({ item_id: p.id, item_name: p.name, ...(p.brand ? { item_brand: p.brand } : {}), index })),
        });
        return page;
      }
      return undefined;
    },
    args: () => [this.adapter, this.route] as const,
  });

  #product = new Task(this, {
    task: async ([adapter, route], { signal }) => {
      if (!adapter || route.kind !== 'product') return undefined;
      const product = await adapter.getProduct(route.id, { signal });
      // The shopper's own history (kept as far as the shop's consent allows): recently viewed, welcome back.
      this.renderRoot.querySelector('sf-shop')?.recordView(product);
      return product;
    },
    args: () => [this.adapter, this.route] as const,
  });

  #related = new Task(this, {
    task: async ([adapter, route], { signal }) => {
      if (!adapter || route.kind !== 'product') return undefined;
      return adapter.getRelatedProducts([route.id], { signal });
    },
    args: () => [this.adapter, this.route] as const,
  });

  #order = new Task(this, {
    task: async ([adapter, route], { signal }) => {
      if (!adapter || (route.kind !== 'order' && route.kind !== 'track')) return undefined;
      let order = this.#orders.get(route.code);
      if (!order) {
        if (!adapter.getOrder) throw toCommerceError(new Error('This backend cannot look orders up.'));
        order = await adapter.getOrder(route.code, { signal });
      }
      if (route.kind === 'track') this.#orderBackend(order);
      return order;
    },
    args: () => [this.adapter, this.route] as const,
  });

  get #homeMethod(): DeliveryMethod | undefined {
    return this.#methods.value?.find((m) => m.kind === 'home');
  }

  // ---------------------------------------------------------------- rendering

  protected override render() {
    const t = this.#t;
    const locale = toLocale(this.locale);
    const route = this.route;
    const currentCategory = route.kind === 'category' ? route.id : route.kind === 'product' ? (this.#product.value?.categoryIds.at(-1) ?? '') : '';
    return html`<sf-shop .adapter=${this.adapter} locale=${locale} .telemetry=${this.telemetry} consent=${this.consent}>
      <sf-experiments
        timeout-ms="1000"
        .payload=${demoFeatures as unknown as FeatureApiResponse}
        .forcedVariations=${this.forcedVariations}
        @sf-order-placed=${this.#onOrderPlaced}
      >
        <header>
          <sf-skip-link target="main"></sf-skip-link>
          <a class="brand" href="#/">${t.shopName}<small>${t.tagline}</small></a>
          <sf-search class="search" .value=${route.kind === 'search' ? route.q : ''} @sf-search-submit=${this.#onSearch}></sf-search>
          <sf-cart-button for="drawer"></sf-cart-button>
          <sf-nav current=${currentCategory}></sf-nav>
        </header>
        <div class="layout">
          <aside aria-label=${t.telemetry}>
            <details ?open=${this.telemetryOpen}>
              <summary>${t.telemetry}</summary>
              <sf-telemetry-log max="60"></sf-telemetry-log>
            </details>
          </aside>
          <main id="main" tabindex="-1">${this.#notice()}<sf-welcome-back></sf-welcome-back>${this.#page()}</main>
        </div>
        ${route.kind === 'checkout'
          ? // Nothing under the checkout, as in most shops' checkouts: its steps differ in height, and whatever is
            // below it on screen would move when the shopper continues to the next step.
            nothing
          : html`<footer><p class="muted">${t.vatIncluded}</p></footer>`}
        <sf-cart-drawer id="drawer" open-on-add checkout-href="#/checkout">
          <div slot="promise" class="drawer-extra">
            <sf-delivery-promise .method=${this.#homeMethod}></sf-delivery-promise>
            <a href="#/cart">${t.viewCart}</a>
          </div>
        </sf-cart-drawer>
      </sf-experiments>
    </sf-shop>`;
  }

  /** Says which backend mode the demo runs in, when it is not the normal one. */
  #notice(): TemplateResult | typeof nothing {
    const t = this.#t;
    const text = { slow: t.backendSlow, failing: t.backendFailing, vendure: t.backendVendure, normal: '' }[this.backend];
    return text ? html`<p class="notice" role="note">${text}</p>` : nothing;
  }

  #page(): TemplateResult {
    const route = this.route;
    switch (route.kind) {
      case 'home':
      case 'category':
      case 'search':
        return this.#listingPage();
      case 'product':
        return this.#productPage();
      case 'cart':
        return html`<h1 tabindex="-1">${this.#t.cart}</h1>
          <sf-cart checkout-href="#/checkout" continue-href="#/" heading-level="2"></sf-cart>
          <sf-recommendations strategy="complete-the-look" add-to-cart heading-level="2"></sf-recommendations>
          <sf-recently-viewed heading-level="2"></sf-recently-viewed>`;
      case 'checkout':
        return html`<h1 tabindex="-1">${this.#t.checkout}</h1>
          <sf-checkout history hash-prefix="#/checkout/" storage-key=${`${this.storageKey}-checkout`} heading-level="2"></sf-checkout>`;
      case 'order':
        return this.#orderPage(route.code);
      case 'track':
        return this.#trackPage(route.code);
      case 'not-found':
        return html`<h1 tabindex="-1">${this.#t.notFound}</h1><p><a href="#/">${this.#t.backHome}</a></p>`;
    }
  }

  #errorBlock(error: unknown, retry: () => void): TemplateResult {
    const c = commonMessages[toLocale(this.locale)];
    return html`<div class="status" role="alert">
      <p class="error">${c[`error.${toCommerceError(error).code}`]}</p>
      <button class="button" type="button" @click=${retry}>${c.retry}</button>
    </div>`;
  }

  #listingTitle(): string {
    const t = this.#t;
    const route = this.route;
    if (route.kind === 'search') return t.searchResults(route.q);
    if (route.kind === 'category') return this.#categoryName(route.id) ?? t.allProducts;
    return t.allProducts;
  }

  #categoryName(id: string): string | undefined {
    // The nav has the tree; ask the listing's products otherwise. The name is the catalogue's own word.
    const nav = this.renderRoot?.querySelector?.('sf-nav');
    const find = (items: readonly { id: string; name: string; children: readonly unknown[] }[]): string | undefined => {
      for (const item of items) {
        if (item.id === id) return item.name;
        const below = find(item.children as typeof items);
        if (below) return below;
      }
      return undefined;
    };
    return nav ? find(nav.tree) : undefined;
  }

  #listingPage(): TemplateResult {
    const route = this.route;
    const pending = !this.#listing.value && !this.#listing.error;
    const title = this.#listingTitle();
    if (route.kind === 'category') {
      // The kit's findable listing: sort, facets with counts (and promise facets), "Show more", add to cart.
      return html`<sf-breadcrumbs category=${route.id} home="#/"></sf-breadcrumbs>
        <h1 tabindex="-1">${title}</h1>
        <sf-product-list controls add-to-cart category=${route.id} list-name=${title} limit="12" heading-level="2"></sf-product-list>`;
    }
    return html`
      <h1 tabindex="-1" ?data-pending=${pending}>${title}</h1>
      ${this.#listing.render({
        initial: () => this.#placeholders(),
        pending: () => (this.#listing.value ? this.#grid(this.#listing.value.items) : this.#placeholders()),
        error: (e) => this.#errorBlock(e, () => void this.#listing.run()),
        complete: (page) =>
          !page
            ? this.#placeholders()
            : page.items.length === 0
              ? html`<p class="status" role="status">${route.kind === 'search' ? this.#t.noResults : commonMessages[toLocale(this.locale)].productCount(0)}</p>`
              : this.#grid(page.items),
      })}
    `;
  }

  #placeholders(): TemplateResult {
    return html`<ul class="grid" aria-busy="true" aria-label=${this.#t.loading}>
      ${[0, 1, 2, 3, 4, 5].map(() => html`<li><sf-product-card heading-level="2"></sf-product-card></li>`)}
    </ul>`;
  }

  #grid(products: readonly Product[], listId = this.route.kind === 'category' ? this.route.id : this.route.kind, level = 2): TemplateResult {
    const home = this.#homeMethod;
    return html`<ul class="grid" aria-label=${commonMessages[toLocale(this.locale)].products}>
      ${products.map((p, index) => {
        const variant = featuredVariant(p);
        return html`<li>
          <sf-product-card .product=${p} heading-level=${level} list-id=${listId} .index=${index}>
            ${home && variant
              ? html`<sf-delivery-promise slot="promise" .method=${home} .stock=${{ available: variant.stock, restockDays: variant.restockDays ?? 0 }}></sf-delivery-promise>`
              : nothing}
            <sf-add-to-cart slot="actions" .product=${p}></sf-add-to-cart>
          </sf-product-card>
        </li>`;
      })}
    </ul>`;
  }

  #productPage(): TemplateResult {
    const t = this.#t;
    return this.#product.render({
      initial: () => html`<h1 tabindex="-1" data-pending>${t.loading}</h1>`,
      pending: () => html`<h1 tabindex="-1" data-pending>${t.loading}</h1>`,
      error: (e) => html`<h1 tabindex="-1">${t.notFound}</h1>${this.#errorBlock(e, () => void this.#product.run())}`,
      complete: (product) => {
        if (!product) return html`<h1 tabindex="-1" data-pending>${t.loading}</h1>`;
        // The kit's product page; the demo's own heading goes into its name slot so route focus lands on it, and
        // the promise shows every delivery method (the detail hands it the chosen variant's stock).
        return html`
          <sf-breadcrumbs category=${product.categoryIds.at(-1) ?? ''} current-label=${product.name} home="#/"></sf-breadcrumbs>
          <sf-product-detail .product=${product} variant-param="variant">
            <h1 slot="name" tabindex="-1">${product.name}</h1>
            <sf-delivery-promise slot="promise" all-methods></sf-delivery-promise>
          </sf-product-detail>
          <h2>${t.related}</h2>
          ${this.#related.render({
            initial: () => html`<p class="status" role="status">${t.loading}</p>`,
            pending: () => html`<p class="status" role="status">${t.loading}</p>`,
            error: (e) => this.#errorBlock(e, () => void this.#related.run()),
            complete: (related) => (related && related.length > 0 ? this.#grid(related, 'related', 3) : nothing),
          })}
          <sf-recommendations strategy="complete-the-look" product-id=${product.id} add-to-cart heading-level="2"></sf-recommendations>
          <sf-recently-viewed current-product-id=${product.id} heading-level="2"></sf-recently-viewed>
        `;
      },
    });
  }

  /**
   * The embedded backend's orders on the demo's order clock, for the order page: the local adapter moves orders
   * forward on its own clock, so the order page gets a second adapter on the same orders whose clock runs a day per
   * minute from the moment of the order (order-clock.ts), and the shopper sees it packed, dispatched and delivered.
   * Made when an order page loads its order (never while rendering) and disposed when the page is left.
   */
  #orderBackend(order: Order): void {
    if (this.backend === 'vendure' || this.#orderAdapter?.code === order.code) return;
    this.#disposeOrderBackend();
    const clock = orderClock(order.placedAt);
    const adapter = new LocalCommerceAdapter({
      storageKey: this.storageKey, crossTab: false, clock, faults: backendFaults(this.backend),
      ...(this.imageBase ? { imageBase: this.imageBase } : {}),
    });
    this.#orderAdapter = { code: order.code, adapter, clock };
  }

  #disposeOrderBackend(): void {
    this.#orderAdapter?.adapter.dispose();
    this.#orderAdapter = undefined;
  }

  /**
   * Where the order is, live. On the embedded backend the status sits in a shop of its own (the order adapter and
   * its clock; the page's consent and telemetry), reading every 3 real seconds; Vendure's orders move when the shop
   * fulfils them (its Admin API), read every few seconds from the page's shop. The delivery question waits in the
   * status's feedback slot until the order is delivered or picked up, asked once per order.
   */
  #orderStatus(order: Order): TemplateResult {
    const t = this.#t;
    // The CES question about the delivery, not the purchase (asked on the confirmation already).
    const feedback = html`<sf-feedback slot="feedback" kind="ces" question=${t.deliveryQuestion}></sf-feedback>`;
    if (this.backend === 'vendure') {
      return html`<sf-order-status code=${order.code} email=${order.contact.email} heading-level="2" poll-interval="5000">${feedback}</sf-order-status>`;
    }
    const own = this.#orderAdapter;
    if (own?.code !== order.code) return html`<p class="status" role="status">${t.loading}</p>`;
    return html`<p class="notice" role="note">${t.orderDemoTime}</p>
      <sf-shop .adapter=${own.adapter} locale=${toLocale(this.locale)} .telemetry=${this.telemetry} consent=${this.consent}>
        <sf-order-status code=${order.code} email=${order.contact.email} heading-level="2" .clock=${own.clock}
          poll-interval=${3000 * ORDER_DEMO_SPEED}>${feedback}</sf-order-status>
      </sf-shop>`;
  }

  /** The confirmation, right after the order: what was ordered, a link to follow it, and the NPS question. */
  #orderPage(code: string): TemplateResult {
    const t = this.#t;
    return this.#order.render({
      initial: () => html`<h1 tabindex="-1" data-pending>${t.loading}</h1>`,
      pending: () => html`<h1 tabindex="-1" data-pending>${t.loading}</h1>`,
      error: (e) => html`<h1 tabindex="-1">${t.orderTitle(code)}</h1>${this.#errorBlock(e, () => void this.#order.run())}`,
      complete: (order) =>
        order
          ? html`<sf-order-confirmation .order=${order} heading-level="1"></sf-order-confirmation>
              <p><a href=${`#/track/${encodeURIComponent(order.code)}`}>${t.trackOrder}</a></p>
              <sf-feedback kind="nps" context=${order.code}></sf-feedback>
              <p><a href="#/">${t.backHome}</a></p>`
          : html`<h1 tabindex="-1" data-pending>${t.loading}</h1>`,
    });
  }

  /** The order's own page (`#/track/<code>`): its live status against the promise. */
  #trackPage(code: string): TemplateResult {
    const t = this.#t;
    return this.#order.render({
      initial: () => html`<h1 tabindex="-1" data-pending>${t.loading}</h1>`,
      pending: () => html`<h1 tabindex="-1" data-pending>${t.loading}</h1>`,
      error: (e) => html`<h1 tabindex="-1">${t.trackTitle(code)}</h1>${this.#errorBlock(e, () => void this.#order.run())}`,
      complete: (order) =>
        order
          ? html`<h1 tabindex="-1">${t.trackTitle(order.code)}</h1>
              ${this.#orderStatus(order)}
              <p><a href="#/">${t.backHome}</a></p>`
          : html`<h1 tabindex="-1" data-pending>${t.loading}</h1>`,
    });
  }
}

/**
 * Registers `<demo-storefront>`. A function, not only a module side effect: the package's `sideEffects` list names
 * src/define only, so a bundler may drop a bare `import './app.js'`.
 */
export function defineStorefront(): void {
  define('demo-storefront', DemoStorefront);
}
defineStorefront();

declare global {
  interface HTMLElementTagNameMap {
    'demo-storefront': DemoStorefront;
  }
}

/**
 * Mounts the storefront demo into `root` (replacing its content) and returns the element; call again with other
 * options to change them in place.
 */
export function mountStorefront(root: HTMLElement, options: StorefrontOptions = {}): DemoStorefront {
  defineStorefront();
  let el = root.querySelector('demo-storefront');
  if (!el) {
    el = document.createElement('demo-storefront');
    root.replaceChildren(el);
  }
  el.locale = toLocale(options.locale ?? 'en');
  el.backend = options.backend ?? 'normal';
  el.forcedVariations = options.forcedVariations;
  el.theme = options.theme ?? 'kit';
  el.storageKey = options.storageKey ?? 'sf-demo';
  if (options.imageBase) el.imageBase = options.imageBase;
  if (options.vendureShopApi) el.vendureShopApi = options.vendureShopApi;
  if (options.vendureChannel) el.vendureChannel = options.vendureChannel;
  el.telemetryOpen = options.telemetryOpen ?? false;
  return el;
}
