import { css, html, isServer, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { Attributes, FeatureApiResponse, FeatureDefinition, GrowthBook, TrackingCallback } from '../../services/experiments/types.js';
import { createSafeStorage, type SafeStorage } from '../../core/storage.js';
import { validateExperimentsSnapshot, type ExperimentsSnapshot } from '../../core/experiment-decisions.js';
import { createExperiments, DEFAULT_TIMEOUT_MS, type GrowthBookExperiments } from '../../services/experiments/service.js';
import { HistoryController } from '../controllers/history-controller.js';
import { ShoppingHistory } from '../../core/history.js';
import { withHistoryCode } from '../base/shop-history.js';
import { CartController } from '../controllers/cart-controller.js';
import { experimentsContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { SfExperimentsReadyEvent } from '../events/index.js';
import { describeValue, functionCheck, methodsCheck, type PropertyCheck } from '../base/property-checks.js';

const onOff = {
  fromAttribute: (value: string | null) => value === null || !/^(off|false|0|no)$/i.test(value),
  toAttribute: (value: boolean) => (value ? 'on' : 'off'),
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Feature definitions: a record of objects. What a definition may do is the experiments service's to police. */
function featuresProblem(value: unknown, path: string): string | undefined {
  if (!isRecord(value)) return `${path} is ${describeValue(value)}, not an object of features`;
  const bad = Object.entries(value).find(([, v]) => !isRecord(v));
  return bad ? `${path}.${bad[0].slice(0, 40)} is ${describeValue(bad[1])}, not a feature definition` : undefined;
}

const featuresCheck: PropertyCheck = {
  fallback: undefined,
  check: (v) => (v === undefined || v === null ? undefined : featuresProblem(v, 'features')),
};

const payloadCheck: PropertyCheck = {
  fallback: undefined,
  check(v) {
    if (v === undefined || v === null) return undefined;
    if (!isRecord(v)) return `${describeValue(v)} is not a GrowthBook payload object`;
    return v['features'] === undefined ? undefined : featuresProblem(v['features'], 'payload.features');
  },
};

/**
 * The experiments provider: runs GrowthBook for the kit elements inside it. Give it a GrowthBook instance the page
 * made (`growthbook`), or an inline payload (`payload` / `features`, works offline), or `api-host` + `client-key`
 * (the inline payload is then the fallback). The GrowthBook SDK is loaded only when one of these is set.
 *
 * Every feature is decided once per page view, within `timeout-ms`; elements reserve their space until then, and
 * an experiment's exposure is recorded when an element really shows its variant. A variation can be forced for QA
 * with GrowthBook's URL convention (`?cta-color-test=1`) or `forcedVariations`.
 *
 * Features the server decided (`decideExperiments` from `storefront-elements/server`, carried in the snapshot of
 * the enclosing `<sf-shop>`) render as decided on the server and are final in the browser at once: nothing is
 * reserved or hidden for them, and GrowthBook in the browser (late, unreachable or with changed features) never
 * changes them. Their exposure is still recorded in the browser, when the variant is seen. GrowthBook in the
 * browser is then loaded only when an element asks for a feature the server did not decide.
 *
 * A payload only decides features: visual-editor experiments (CSS, DOM mutations, JavaScript) and URL redirects are
 * not applied unless `allow-visual-editor`, `allow-js-injection` or `allow-url-redirects` says so. An experiment the
 * browser refuses to apply (e.g. under Trusted Types) never switches off the other features.
 *
 * @tag sf-experiments
 * @summary Provides GrowthBook experiments to kit elements, flicker-free.
 * @slot - The part of the page whose kit elements take part in experiments.
 * @fires sf-experiments-ready - Features are settled (known, or the budget spent); `event.source` says from where
 * (`server` at once when the server decided the page's features).
 * @since 0.1.0
 * @status experimental
 */
export class SfExperiments extends SfElement {
  // A provider around page content: no base sheet, whose font and colour would be inherited by the page's own
  // elements inside it.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    growthbook: methodsCheck('getAttributes', 'setAttributes', 'evalFeature'),
    payload: payloadCheck,
    features: featuresCheck,
    storage: methodsCheck('get', 'set', 'remove'),
    trackingCallback: functionCheck,
  };

  /** A GrowthBook instance the page made; used instead of the options below. */
  @property({ attribute: false }) growthbook?: GrowthBook;

  /** An inline GrowthBook payload (`{ features: {...} }`), the embedded default that works offline. */
  @property({ attribute: false }) payload?: FeatureApiResponse;

  /** Inline feature definitions (the `features` of a payload); `payload` wins when both are set. */
  @property({ attribute: false }) features?: Record<string, FeatureDefinition>;

  /** GrowthBook API host, GrowthBook Cloud or a proxy, e.g. `https://cdn.growthbook.io`. */
  @property({ attribute: 'api-host' }) apiHost?: string;

  /** The SDK connection's client key, e.g. `sdk-abc123`. */
  @property({ attribute: 'client-key' }) clientKey?: string;

  /** Key for encrypted payloads from the API. */
  @property({ attribute: 'decryption-key' }) decryptionKey?: string;

  /** Longest wait for features in milliseconds, SDK download included; defaults are shown after it. */
  @property({ attribute: 'timeout-ms', type: Number }) timeoutMs = DEFAULT_TIMEOUT_MS;

  /**
   * Targeting attributes merged over the kit's (id, anonymousId, locale, currency, deviceType, path, cartValue,
   * cartItemCount, and from the shopper's history: returningVisitor, daysSinceLastVisit, categoriesViewed, hasCart,
   * hasPurchased). The HTML attribute is `attributes` (JSON); the property cannot be, `Element.attributes` is taken.
   */
  @property({ attribute: 'attributes', type: Object }) targetingAttributes?: Attributes;

  /** Keep each shopper's variation when an experiment changes (`sticky-bucketing="off"` to turn off). */
  @property({ attribute: 'sticky-bucketing', converter: onOff }) stickyBucketing = true;

  /** QA: experiment key -> variation index, e.g. `{"cta-color-test": 1}` (the Storybook toolbar sets it). */
  @property({ attribute: 'forced-variations', type: Object }) forcedVariations?: Record<string, number>;

  /** GrowthBook's trackingCallback, called when a variant is really shown (once per experiment per page view). */
  @property({ attribute: false }) trackingCallback?: TrackingCallback;

  /** Registers the instance with the GrowthBook DevTools browser extension. */
  @property({ attribute: 'dev-mode', type: Boolean }) devMode = false;

  /**
   * Where the anonymous id and sticky buckets are kept. Unset (the default), the enclosing `<sf-shop consent>`
   * decides, as for the shopping history: `all` → localStorage, `functional` → sessionStorage, `none` (also without
   * a shop) → nothing stored and every experiment shows its control, with no exposure recorded, as the server's
   * `decideExperiments` does. Lowering consent erases the id and sticky buckets. Set, it wins: the page then
   * answers for consent itself and experiments run whatever `<sf-shop consent>` says.
   */
  @property({ attribute: false }) storage?: SafeStorage;

  /**
   * Applies visual-editor experiments' CSS and DOM mutations. Off by default: whoever edits experiments can then
   * change any part of the page. Ignored when `growthbook` is given (that instance's own options decide).
   */
  @property({ attribute: 'allow-visual-editor', type: Boolean }) allowVisualEditor = false;

  /** With `allow-visual-editor`, also runs a visual experiment's JavaScript. Off by default: it is code from the payload. */
  @property({ attribute: 'allow-js-injection', type: Boolean }) allowJsInjection = false;

  /** Lets URL-redirect experiments send the shopper to another URL of the same origin. Off by default. */
  @property({ attribute: 'allow-url-redirects', type: Boolean }) allowUrlRedirects = false;

  /** The experiments service handed to descendants. */
  @provide({ context: experimentsContext })
  @state()
  protected service?: GrowthBookExperiments;

  readonly #cart = new CartController(this);
  /** The shopper's history: its coarse segments become targeting attributes (evaluated here, never sent). */
  readonly #history = new HistoryController(this);
  #config: unknown[] = [];
  #kitAttributes = '';
  #unsubscribe: (() => void) | undefined;
  #decidedFrom: unknown;
  #decided: ExperimentsSnapshot | undefined;

  /** The experiments service in use, e.g. to read `getAssignments()` or `anonymousId` for analytics. */
  get experiments(): GrowthBookExperiments | undefined {
    return this.service;
  }

  override connectedCallback(): void {
    // After super, the shop settings and telemetry have been received from context.
    super.connectedCallback();
    // On the server only what the server decided (the snapshot's `experiments`, from decideExperiments): nothing
    // there reads storage or fetches. In the browser the same decisions are adopted as final, and GrowthBook starts
    // for anything else as before.
    if (!this.service && (!isServer || this.#serverDecisions())) this.#start();
  }

  #configuration(): unknown[] {
    return [
      this.growthbook, this.payload, this.features, this.apiHost, this.clientKey, this.decryptionKey, this.timeoutMs,
      this.stickyBucketing, this.forcedVariations, this.trackingCallback, this.devMode, this.storage,
      this.allowVisualEditor, this.allowJsInjection, this.allowUrlRedirects, this.#serverDecisions(),
    ];
  }

  /**
   * The server's decisions from the snapshot of the enclosing `<sf-shop>`, which hands that part on unread: checked
   * here, once per snapshot. A malformed part warns once and is ignored (GrowthBook in the browser decides then).
   */
  #serverDecisions(): ExperimentsSnapshot | undefined {
    const part: unknown = this.serverData?.experiments;
    if (part === this.#decidedFrom) return this.#decided;
    this.#decidedFrom = part;
    this.#decided = undefined;
    if (part === undefined) return undefined;
    try {
      this.#decided = validateExperimentsSnapshot(part, 'experiments');
    } catch (e) {
      this.warnOnce('snapshot', `${e instanceof Error ? e.message : 'experiments is not valid'}; the server's decisions are ignored`);
    }
    return this.#decided;
  }

  #start(): void {
    this.service?.destroy();
    this.#unsubscribe?.();
    this.#config = this.#configuration();
    this.#kitAttributes = '';
    const decided = this.#serverDecisions();
    if (isServer) {
      // The server's render: its decisions and nothing else (no SDK, no storage, no timers, no events).
      this.service = createExperiments({ ...(decided ? { decided } : {}), storage: createSafeStorage(() => undefined, 'server', () => {}) });
      this.#reflect();
      return;
    }
    const payload = this.payload ?? (this.features ? { features: this.features } : undefined);
    const service = createExperiments({
      ...(this.growthbook ? { growthbook: this.growthbook } : {}),
      ...(payload ? { payload } : {}),
      ...(this.apiHost ? { apiHost: this.apiHost } : {}),
      ...(this.clientKey ? { clientKey: this.clientKey } : {}),
      ...(this.decryptionKey ? { decryptionKey: this.decryptionKey } : {}),
      timeoutMs: this.timeoutMs,
      ...(this.targetingAttributes ? { attributes: this.targetingAttributes } : {}),
      stickyBucketing: this.stickyBucketing,
      ...(this.forcedVariations ? { forcedVariations: this.forcedVariations } : {}),
      ...(this.trackingCallback ? { trackingCallback: this.trackingCallback } : {}),
      devMode: this.devMode,
      ...(this.storage ? { storage: this.storage } : {}),
      allowVisualEditor: this.allowVisualEditor,
      allowJsInjection: this.allowJsInjection,
      allowUrlRedirects: this.allowUrlRedirects,
      ...(decided ? { decided } : {}),
      // The shop's consent, asked before every read and write (the history holds `<sf-shop consent>`).
      consent: () => this.#history.consent,
      telemetry: () => this.telemetry,
    });
    this.service = service;
    this.#syncKitAttributes();
    this.#reflect();
    this.#unsubscribe = service.subscribe(() => this.#reflect());
    if (decided) {
      // The page's features are known now: ready at once. GrowthBook in the browser, if it is ever needed for a
      // feature the server did not decide, only updates data-sf-experiments-source when it settles.
      void Promise.resolve().then(() => this.service === service && this.dispatchEvent(new SfExperimentsReadyEvent('server')));
      void service.settled.then(() => this.service === service && this.#reflect());
      return;
    }
    void service.settled.then(() => {
      if (this.service !== service) return;
      this.#reflect();
      this.dispatchEvent(new SfExperimentsReadyEvent(service.source ?? 'none'));
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The history tells its subscribers when the shop's consent changed: lowering erases the id at once.
    this.service?.syncConsent();
    const config = this.#configuration();
    if (this.service && config.some((value, i) => value !== this.#config[i])) {
      this.#start();
      return;
    }
    if (changed.has('targetingAttributes') && this.service) this.service.setAttributes({ page: this.targetingAttributes ?? {} });
    this.#syncKitAttributes();
  }

  /** Locale, currency and cart figures as targeting attributes, passed on only when they change. */
  #syncKitAttributes(): void {
    const cart = this.#cart.state.cart;
    const kit: Attributes = {
      locale: this.effectiveLocale,
      currency: cart?.currency ?? this.shop?.currency ?? 'EUR',
      // Minor units (cents), as the kit's Money.
      cartValue: cart?.subtotal.amount ?? 0,
      cartItemCount: cart?.itemCount ?? 0,
      // Segments from the shopper's own history, as far as consent kept one (see <sf-shop consent>).
      ...(this.#history.history?.segments((cart?.itemCount ?? 0) > 0) ?? {
        returningVisitor: false, daysSinceLastVisit: 0, categoriesViewed: [], hasCart: (cart?.itemCount ?? 0) > 0, hasPurchased: false,
      }),
    };
    const signature = JSON.stringify(kit);
    if (signature === this.#kitAttributes || !this.service) return;
    this.#kitAttributes = signature;
    this.service.setAttributes({ kit });
  }

  /** `data-sf-experiments`: the variations shown so far, e.g. `cta-color-test:1 cta-label-test:0`. */
  #reflect(): void {
    const service = this.service;
    if (!service) return;
    const assignments = Object.entries(service.getAssignments()).map(([k, v]) => `${k}:${v}`).join(' ');
    this.setAttribute('data-sf-experiments', assignments);
    const source = service.source ?? (this.#serverDecisions() ? 'server' : undefined);
    if (source) this.setAttribute('data-sf-experiments-source', source);
    else this.removeAttribute('data-sf-experiments-source');
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

// Experiments target by the shopper's history from their first decision, so the history must exist then: this
// element brings its code (a shop page without experiments loads it on demand instead).
withHistoryCode(ShoppingHistory);

declare global {
  interface HTMLElementTagNameMap {
    'sf-experiments': SfExperiments;
  }
}
