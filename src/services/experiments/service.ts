import type * as GrowthBookSdk from '@growthbook/growthbook';
import type {
  Attributes, EventLogger, FeatureApiResponse, FeatureResult, GrowthBook, Options, StickyAssignmentsDocument,
  TrackingCallback,
} from '@growthbook/growthbook';
import { createSafeStorage, type SafeStorage } from '../../core/storage.js';
import { experimentsStorage, STICKY_BUCKETS_PREFIX, type ConsentStorage } from '../../core/consent-storage.js';
import type { Consent } from '../../core/history.js';
import type { ExperimentsSnapshot, ServerFeatureDecision } from '../../core/experiment-decisions.js';
import type { TelemetryService } from '../telemetry/types.js';
import { anonymousId as readAnonymousId, currentDeviceType } from './attributes.js';
import type { ExperimentsService, FeatureDecision, FeaturesSource } from './types.js';
import { ctaColors } from './cta-colors.js';
import { useCtaColorCheck } from './cta-check.js';

/** The default time budget for features: short enough that a shopper never waits on experiments. */
export const DEFAULT_TIMEOUT_MS = 150;

/** How the kit's experiments service is configured (see `<sf-experiments>` for the attribute forms). */
export interface ExperimentsOptions {
  /**
   * A GrowthBook instance the page made. Evaluated as is (its attributes are merged with the kit's); its
   * `trackingCallback` is fired by the kit when a variant is really shown, never on evaluation alone.
   */
  growthbook?: GrowthBook;
  /** A GrowthBook features payload (`{ features: {...} }`): used offline, and as the fallback of `apiHost`. */
  payload?: FeatureApiResponse;
  /** A GrowthBook API host, GrowthBook Cloud (`https://cdn.growthbook.io`) or a proxy; needs `clientKey`. */
  apiHost?: string;
  clientKey?: string;
  /** For encrypted payloads from the API. */
  decryptionKey?: string;
  /** Longest wait for features, from creation (SDK download included). Default 150 ms; never unbounded. */
  timeoutMs?: number;
  /** Targeting attributes added to (and overriding) the kit's own. */
  attributes?: Attributes;
  /** Keep each shopper's variation even when an experiment's weights or targeting change (default true). */
  stickyBucketing?: boolean;
  /** QA: experiment key -> variation index, as GrowthBook's `forcedVariations`. */
  forcedVariations?: Record<string, number>;
  /** Called once per experiment per page view when its variant was really shown (GrowthBook's signature). */
  trackingCallback?: TrackingCallback;
  /** Registers the instance with the GrowthBook DevTools extension. */
  devMode?: boolean;
  /**
   * The shopper's consent (`<sf-shop consent>`), asked before every read and write, as the shopping history does.
   * `all`: the anonymous id and sticky buckets are kept in localStorage; `functional`: in sessionStorage; `none`
   * (the default): nothing is stored, and, as `decideExperiments` does on the server, no experiment assigns the
   * shopper: every experiment shows its control and no exposure is recorded (feature values that are not
   * experiments still apply). Lowering it erases the stored id and sticky buckets; raising it keeps them from then
   * on (this page view's decisions stay). Ignored when `storage` is given.
   */
  consent?: () => Consent;
  /**
   * Where the anonymous id and sticky buckets live, chosen by the integrator, who then answers for consent: it wins
   * over `consent`, and experiments run whatever the consent.
   */
  storage?: SafeStorage;
  /** The telemetry service exposures are reported to, read at exposure time. */
  telemetry?: () => TelemetryService | undefined;
  /** Where warnings go (console.warn by default). */
  warn?: (message: string) => void;
  /**
   * Lets visual-editor experiments change the page: their CSS and DOM mutations are applied. Off by default: anyone
   * who can edit an experiment can then restyle or rewrite any part of the page outside the kit's shadow roots. The
   * experiment's JavaScript stays off unless `allowJsInjection` is set too.
   */
  allowVisualEditor?: boolean;
  /**
   * With `allowVisualEditor`, also runs a visual experiment's JavaScript: whoever edits experiments can then run
   * code on the shop's pages (and a page without a CSP runs it). Off by default.
   */
  allowJsInjection?: boolean;
  /** Lets URL-redirect experiments send the shopper to another URL of the same origin. Off by default. */
  allowUrlRedirects?: boolean;
  /**
   * Decisions the server made for this page (`ShopSnapshot.experiments`, from `decideExperiments`). Each feature
   * listed is final at once, whatever GrowthBook in the browser says or however late it is: the page shows what
   * the server rendered. The server's anonymous id (from its cookie) is used instead of the stored one. The SDK
   * (with `apiHost` or `payload`) is then loaded only when `load()` is called, i.e. when an element asks for a
   * feature the server did not decide.
   */
  decided?: ExperimentsSnapshot;
}

type Sdk = typeof GrowthBookSdk;

/**
 * What a payload may do besides deciding features: nothing, unless the page opted in. A visual experiment's `js`,
 * `css` or `domMutations` and a `urlRedirect` come from whoever edits experiments, not from the shop's code.
 */
function autoExperimentOptions(o: ExperimentsOptions) {
  return {
    disableVisualExperiments: !o.allowVisualEditor,
    disableJsInjection: !(o.allowVisualEditor && o.allowJsInjection),
    disableUrlRedirectExperiments: !o.allowUrlRedirects,
    disableCrossOriginUrlRedirectExperiments: true,
  } satisfies Partial<Options>;
}

/** GrowthBook instances of the page's own that have been warned about, so each is warned about once. */
const warnedInstances = new WeakSet<GrowthBook>();

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Same kind of value as the default (a `null` default accepts anything). */
function typeProblem(value: unknown, defaultValue: unknown): string | undefined {
  if (defaultValue === null || defaultValue === undefined) return undefined;
  const want = Array.isArray(defaultValue) ? 'array' : typeof defaultValue;
  const got = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  return want === got ? undefined : `expected a ${want}, got a ${got}`;
}

/** The SDK's sticky-bucket store over the kit's safe storage, synchronous so inline payloads decide at once. */
function stickyBucketService(sdk: Sdk, storage: SafeStorage) {
  class SafeStorageStickyBucketService extends sdk.StickyBucketServiceSync {
    getAssignmentsSync(attributeName: string, attributeValue: string): StickyAssignmentsDocument | null {
      const raw = storage.get(this.getKey(attributeName, attributeValue));
      if (!raw) return null;
      try {
        const doc = JSON.parse(raw) as StickyAssignmentsDocument;
        return doc && typeof doc.assignments === 'object' ? doc : null;
      } catch {
        return null;
      }
    }

    saveAssignmentsSync(doc: StickyAssignmentsDocument): void {
      storage.set(this.getKey(doc.attributeName, doc.attributeValue), JSON.stringify(doc));
    }
  }
  return new SafeStorageStickyBucketService({ prefix: STICKY_BUCKETS_PREFIX });
}

/**
 * The kit's experiments service over GrowthBook. The SDK is imported on demand; features are awaited for at most
 * `timeoutMs`; each feature is decided once per page view (late features apply from the next one, through
 * GrowthBook's cache); exposures are fired by `expose()` when an element really shows a variant, never by
 * evaluation. Nothing here throws to the page: every failure ends in defaults and one warning.
 */
export class GrowthBookExperiments implements ExperimentsService {
  readonly anonymousId: string;
  readonly settled: Promise<void>;
  /** Where the features came from, once `ready`. */
  source: FeaturesSource | undefined;

  readonly #options: ExperimentsOptions;
  readonly #storage: SafeStorage;
  readonly #consentStorage: ConsentStorage | undefined;
  #gb: GrowthBook | undefined;
  #loader: GrowthBook | undefined;
  #sdk: Sdk | undefined;
  #ownsInstance = false;
  #ready = false;
  #resolve!: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #poll: ReturnType<typeof setInterval> | undefined;
  #kitAttributes: Attributes;
  #instanceAttributes: Attributes = {};
  #pageAttributes: Attributes;
  readonly #results = new Map<string, FeatureResult | null>();
  readonly #exposed = new Map<string, string>();
  readonly #listeners = new Set<() => void>();
  readonly #warned = new Set<string>();
  readonly #decided: Readonly<Record<string, ServerFeatureDecision>>;
  #deferred: (() => void) | undefined;

  constructor(options: ExperimentsOptions = {}) {
    this.#options = options;
    // Kit elements check a CTA colour variant at once with the kit's service (CtaController loads the check on
    // demand otherwise): the first render after the server's decides as the server did, nothing reserved.
    useCtaColorCheck(ctaColors);
    // The server decided without an id (no consent): the browser keeps nothing either, neither an id nor sticky
    // buckets, whatever storage was configured; this page view's memory only.
    const keepNothing = options.decided !== undefined && options.decided.anonymousId === undefined;
    this.#consentStorage = keepNothing || options.storage ? undefined : experimentsStorage(options.consent ?? (() => 'none'));
    this.#storage = keepNothing
      ? createSafeStorage(() => undefined, 'experiments storage', () => {})
      : options.storage ?? this.#consentStorage!;
    this.#decided = options.decided?.features ?? {};
    // The server's id is the shopper's id (its cookie is the store): nothing else is read or written for it.
    this.anonymousId = options.decided?.anonymousId ?? readAnonymousId(this.#storage);
    this.#kitAttributes = {
      id: this.anonymousId,
      anonymousId: this.anonymousId,
      deviceType: currentDeviceType(),
      ...(typeof location !== 'undefined' ? { path: location.pathname } : {}),
    };
    this.#pageAttributes = { ...options.attributes };
    this.settled = new Promise((resolve) => (this.#resolve = resolve));
    const timeout = Math.max(0, Number.isFinite(options.timeoutMs) ? options.timeoutMs! : DEFAULT_TIMEOUT_MS);

    if (options.growthbook) {
      this.#adopt(options.growthbook, timeout);
      return;
    }
    const remote = Boolean(options.apiHost && options.clientKey);
    if (options.apiHost && !options.clientKey) {
      this.#warn('config', `storefront-elements: experiments have an api-host but no client-key; the API is not used.`);
    }
    if (!remote && !options.payload) {
      this.#settle(options.decided ? 'server' : 'none');
      return;
    }
    const start = () => {
      this.#timer = setTimeout(() => this.#timedOut(remote, timeout), timeout);
      void this.#load(remote, timeout);
    };
    // With the server's decisions the page may need nothing more: the SDK is loaded when an element asks for a
    // feature the server did not decide (`load()`), and not at all otherwise.
    if (options.decided) this.#deferred = start;
    else start();
  }

  /**
   * The consent in effect for experiments: what `consent` says now, or `all` when the integrator chose `storage`
   * (they answer for consent then). Reading it applies a change: lowering erases, raising keeps from then on.
   */
  get consent(): Consent {
    return this.#consentStorage ? this.#consentStorage.consent : this.#options.storage ? 'all' : 'none';
  }

  /** Applies a consent change now (the provider calls it when `<sf-shop consent>` changes). */
  syncConsent(): void {
    this.#consentStorage?.sync();
  }

  /** True when experiments may assign this shopper: not without consent (the server shows control then too). */
  get #mayAssign(): boolean {
    return this.consent !== 'none';
  }

  /**
   * Starts loading features if the service put it off (the server decided this page's features), else nothing.
   * The time budget counts from here.
   */
  load(): void {
    const start = this.#deferred;
    this.#deferred = undefined;
    start?.();
  }

  #timedOut(remote: boolean, timeout: number): void {
    if (this.#ready) return;
    const payload = this.#options.payload;
    const fallback = Boolean(this.#sdk && payload);
    const shown = fallback ? 'the inline features' : 'defaults';
    this.#warn('load', remote
      ? `storefront-elements: experiment features did not arrive within ${timeout} ms; showing ${shown} for this page view (features that arrive later apply from the next page view).`
      : `storefront-elements: the experiments SDK did not load within ${timeout} ms; showing defaults for this page view.`);
    if (fallback) this.#evaluate(this.#sdk!, payload!);
    this.#settle(fallback ? 'fallback' : 'timeout');
  }

  /** True once features are known or the budget is spent: decisions are final from then on. */
  get ready(): boolean {
    return this.#ready;
  }

  getFeatureValue<T>(key: string, defaultValue: T): T {
    return this.decide(key, defaultValue).value;
  }

  /** True when the server decided `key` for this page: `decide()` answers at once and finally, ready or not. */
  decidedOnServer(key: string): boolean {
    return Object.hasOwn(this.#decided, key);
  }

  decide<T>(key: string, defaultValue: T, validate?: (value: unknown) => string | undefined): FeatureDecision<T> {
    if (this.decidedOnServer(key)) return this.#serverDecision(key, defaultValue, validate);
    const result = this.#result(key);
    if (!result || result.value === null || result.value === undefined) {
      return { feature: key, value: defaultValue, exposable: false };
    }
    const experiment = result.source === 'experiment' ? result.experiment : undefined;
    const exp = experiment && result.experimentResult;
    const about = exp ? { experimentKey: experiment.key, variationId: exp.key } : {};
    if (this.#refused(key, result.value, defaultValue, validate, about)) return { feature: key, value: defaultValue, exposable: false, ...about };
    return { feature: key, value: result.value as T, exposable: Boolean(exp?.inExperiment), ...about };
  }

  /** The server's decision for `key`, checked as a browser evaluation would be. */
  #serverDecision<T>(key: string, defaultValue: T, validate?: (value: unknown) => string | undefined): FeatureDecision<T> {
    const d = this.#decided[key]!;
    const about = d.experimentKey !== undefined && d.variationId !== undefined ? { experimentKey: d.experimentKey, variationId: d.variationId } : {};
    if (!('value' in d) || d.value === null || d.value === undefined) return { feature: key, value: defaultValue, exposable: false };
    if (this.#refused(key, d.value, defaultValue, validate, about)) return { feature: key, value: defaultValue, exposable: false, ...about };
    return { feature: key, value: d.value as T, exposable: d.exposable, ...about };
  }

  /** True (and one warning) when `value` cannot be shown for `key`. */
  #refused(key: string, value: unknown, defaultValue: unknown, validate: ((value: unknown) => string | undefined) | undefined,
    about: { experimentKey?: string; variationId?: string }): boolean {
    let problem: string | undefined;
    try {
      problem = typeProblem(value, defaultValue) ?? validate?.(value);
    } catch (e) {
      problem = `checking it failed (${describe(e)})`;
    }
    if (!problem) return false;
    const shown = JSON.stringify(value);
    const exp = about.experimentKey !== undefined;
    this.#warn(`reject:${key}:${shown}`,
      `storefront-elements: feature "${key}" has the value ${shown}${exp ? ` (experiment "${about.experimentKey}", variation ${about.variationId})` : ''}, ` +
        `which cannot be used: ${problem}. Showing the default ${JSON.stringify(defaultValue)} instead` +
        `${exp ? '; no exposure is recorded for this variant' : ''}.`);
    return true;
  }

  expose(decision: FeatureDecision<unknown>): void {
    const { experimentKey, variationId } = decision;
    if (!decision.exposable || !experimentKey || variationId === undefined) return;
    if (this.#exposed.has(experimentKey)) return;
    // Consent withdrawn since the decision: nothing more is recorded about this shopper.
    if (!this.#mayAssign) return;
    this.#exposed.set(experimentKey, variationId);
    this.#notify();

    if (this.decidedOnServer(decision.feature)) {
      this.#exposeServerDecision(decision.feature, experimentKey, variationId);
      return;
    }
    const evaluated = this.#results.get(decision.feature);
    const experiment = evaluated?.experiment;
    const result = evaluated?.experimentResult;
    // A variation forced by URL or by `forcedVariations` is QA: shown and listed, never recorded (GrowthBook's rule).
    if (!experiment || !result?.hashUsed) return;

    const gb = this.#gb;
    const user = { attributes: gb?.getAttributes() ?? {}, url: gb?.getUrl() || (typeof location !== 'undefined' ? location.href : '') };
    const context = this.#instanceOptions();
    const callback = this.#options.trackingCallback ?? context?.trackingCallback;
    if (callback) this.#safely('tracking', 'the experiments trackingCallback', () => callback(experiment, result, user));
    const logger: EventLogger | undefined = context?.eventLogger;
    if (logger) {
      this.#safely('tracking', 'the GrowthBook eventLogger', () =>
        logger('Experiment Viewed', {
          experimentId: experiment.key, variationId: result.key, hashAttribute: result.hashAttribute, hashValue: result.hashValue,
        }, user));
    }
    this.#safely('telemetry', 'telemetry', () =>
      this.#options.telemetry?.()?.track('experiment_viewed', { experiment_id: experimentKey, variation_id: variationId }));
  }

  /**
   * The exposure of a server decision: the same calls as for one made here, with GrowthBook's experiment and
   * result rebuilt from the decision (the browser never evaluated it; it needs no SDK for it).
   */
  #exposeServerDecision(feature: string, experimentKey: string, variationId: string): void {
    const d = this.#decided[feature]!;
    const experiment = { key: experimentKey, variations: [] as unknown[] } as unknown as Parameters<TrackingCallback>[0];
    const result = {
      featureId: feature, key: variationId, variationId: d.variationIndex ?? 0, value: d.value, inExperiment: true,
      hashUsed: true, hashAttribute: 'id', hashValue: this.anonymousId, stickyBucketUsed: false,
    } as unknown as Parameters<TrackingCallback>[1];
    const user = { attributes: { id: this.anonymousId, anonymousId: this.anonymousId }, url: typeof location !== 'undefined' ? location.href : '' };
    const context = this.#instanceOptions();
    const callback = this.#options.trackingCallback ?? context?.trackingCallback;
    if (callback) this.#safely('tracking', 'the experiments trackingCallback', () => callback(experiment, result, user));
    this.#safely('telemetry', 'telemetry', () =>
      this.#options.telemetry?.()?.track('experiment_viewed', { experiment_id: experimentKey, variation_id: variationId }));
  }

  getAssignments(): Record<string, string> {
    return Object.fromEntries(this.#exposed);
  }

  /** Calls `listener` whenever an exposure adds an assignment; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Sets targeting attributes: `kit` ones (locale, cart) under the page's. Features already decided keep their value
   * for this page view; later decisions use the new attributes.
   */
  setAttributes({ kit, page }: { kit?: Attributes; page?: Attributes }): void {
    if (kit) this.#kitAttributes = { ...this.#kitAttributes, ...kit };
    if (page) this.#pageAttributes = { ...page };
    const gb = this.#gb;
    if (gb && !gb.isDestroyed()) {
      gb.setAttributes(this.#effectiveAttributes()).catch((e: unknown) =>
        this.#warn('attributes', `storefront-elements: experiments could not update attributes (${describe(e)}).`));
    }
  }

  /** Stops timers and releases the SDK instances the service made (a page's own instance is left alone). */
  destroy(): void {
    this.#deferred = undefined;
    this.#settle(this.source ?? 'none');
    this.#listeners.clear();
    if (this.#ownsInstance) this.#gb?.destroy();
    this.#loader?.destroy();
  }

  #effectiveAttributes(): Attributes {
    return { ...this.#kitAttributes, ...this.#instanceAttributes, ...this.#pageAttributes };
  }

  #settle(source: FeaturesSource): void {
    if (this.#ready) return;
    clearTimeout(this.#timer);
    clearInterval(this.#poll);
    this.#ready = true;
    this.source = source;
    this.#resolve();
  }

  async #load(remote: boolean, timeout: number): Promise<void> {
    const started = performance.now();
    const o = this.#options;
    try {
      const sdk = await import('@growthbook/growthbook');
      this.#sdk = sdk;
      if (this.#ready) return;
      let payload = o.payload;
      let source: FeaturesSource = payload ? 'inline' : 'none';
      if (remote) {
        // The loader only fetches: it applies no experiment at all, whatever the page allowed.
        this.#loader = new sdk.GrowthBook({
          apiHost: o.apiHost!, clientKey: o.clientKey!, ...(o.decryptionKey ? { decryptionKey: o.decryptionKey } : {}),
          ...autoExperimentOptions({}), disableExperimentsOnLoad: true,
        });
        const remaining = Math.max(1, Math.round(timeout - (performance.now() - started)));
        // No streaming: a value never changes within a page view. A late answer still fills GrowthBook's cache.
        const response = await this.#loader.init({ timeout: remaining, streaming: false });
        if (this.#ready) return;
        if (response.source === 'timeout') {
          // The SDK's own timer beat ours by a hair: the same outcome, the same words.
          this.#timedOut(remote, timeout);
          return;
        }
        if (response.success) {
          payload = this.#loader.getDecryptedPayload();
          source = response.source === 'cache' ? 'cache' : 'network';
        } else {
          const why = describe(response.error);
          this.#warn('load', `storefront-elements: experiments could not load features from ${o.apiHost} (${why}); ` +
            `showing ${payload ? 'the inline features' : 'defaults'} for this page view.`);
          source = payload ? 'fallback' : 'error';
        }
      }
      this.#evaluate(sdk, payload ?? {});
      this.#settle(source);
    } catch (e) {
      if (this.#ready) return;
      this.#warn('load', `storefront-elements: experiments could not start (${describe(e)}); showing defaults.`);
      this.#settle('error');
    }
  }

  /** The instance features are evaluated on for this page view: synchronous from here on. */
  #evaluate(sdk: Sdk, payload: FeatureApiResponse): void {
    const o = this.#options;
    const gb = new sdk.GrowthBook({
      attributes: this.#effectiveAttributes(),
      // Without consent no experiment assigns the shopper (visual ones included), as on the server.
      enabled: this.#mayAssign,
      ...(o.forcedVariations ? { forcedVariations: { ...o.forcedVariations } } : {}),
      ...(o.stickyBucketing !== false ? { stickyBucketService: stickyBucketService(sdk, this.#storage) } : {}),
      ...(o.devMode ? { enableDevMode: true } : {}),
      ...autoExperimentOptions(o),
    });
    try {
      gb.initSync({ payload });
    } catch (e) {
      // An experiment the SDK could not apply (e.g. its CSS under Trusted Types) throws after the features are set:
      // it must not take every other feature down with it.
      this.#warn('apply', `storefront-elements: an experiment's page changes could not be applied (${describe(e)}); features are decided as usual.`);
    }
    this.#gb = gb;
    this.#ownsInstance = true;
  }

  #adopt(gb: GrowthBook, timeout: number): void {
    this.#gb = gb;
    const own = this.#instanceOptions();
    if (own && !own.disableJsInjection && !own.disableVisualExperiments && !warnedInstances.has(gb)) {
      warnedInstances.add(gb);
      this.#warn('js-injection', 'storefront-elements: the GrowthBook instance given to the kit allows JS injection: anyone who can ' +
        'edit an experiment can run code on this page. Create it with disableJsInjection: true (and disableVisualExperiments, ' +
        'disableUrlRedirectExperiments) unless you rely on the visual editor.');
    }
    this.#instanceAttributes = gb.getAttributes();
    this.setAttributes({});
    if (this.#options.forcedVariations) {
      gb.setForcedVariations({ ...gb.getForcedVariations(), ...this.#options.forcedVariations }).catch(() => undefined);
    }
    if (gb.ready) {
      this.#settle('instance');
      return;
    }
    this.#poll = setInterval(() => gb.ready && this.#settle('instance'), 16);
    this.#timer = setTimeout(() => {
      this.#warn('load', `storefront-elements: the GrowthBook instance had no features within ${timeout} ms; showing defaults for this page view.`);
      this.#settle('timeout');
    }, timeout);
  }

  /** The SDK instance's options object (`context`, public in practice: GrowthBook keeps its name unmangled for tools). */
  #instanceOptions(): Options | undefined {
    return this.#gb ? (this.#gb as unknown as { context?: Options }).context : undefined;
  }

  /** The SDK's evaluation of `key`, once per page view, with its own exposure tracking held back. */
  #result(key: string): FeatureResult | null {
    const gb = this.#gb;
    if (!this.#ready || !gb || gb.isDestroyed()) return null;
    if (this.#results.has(key)) return this.#results.get(key)!;
    let result: FeatureResult | null = null;
    const context = this.#instanceOptions();
    const held = context && { trackingCallback: context.trackingCallback, eventLogger: context.eventLogger, enabled: context.enabled };
    try {
      // GrowthBook fires trackingCallback during evaluation; the kit fires it when the variant is shown instead.
      if (context) {
        context.trackingCallback = undefined;
        context.eventLogger = undefined;
        // Without consent: control for every experiment, as the server decides (`enabled: false` there too).
        if (!this.#mayAssign) context.enabled = false;
        else if (this.#ownsInstance) context.enabled = true;
      }
      result = gb.evalFeature(key);
    } catch (e) {
      this.#warn(`eval:${key}`, `storefront-elements: feature "${key}" could not be evaluated (${describe(e)}); showing its default.`);
    } finally {
      if (context && held) Object.assign(context, held);
    }
    const experimentKey = result?.experiment?.key;
    if (experimentKey) {
      // Evaluation without a callback queues a deferred call; drop it so a later setTrackingCallback cannot replay it.
      gb.setDeferredTrackingCalls(gb.getDeferredTrackingCalls().filter((c) => c.experiment.key !== experimentKey));
    }
    this.#results.set(key, result);
    return result;
  }

  #safely(kind: string, what: string, call: () => unknown): void {
    const fail = (e: unknown) =>
      this.#warn(kind, `storefront-elements: ${what} failed (${describe(e)}); the exposure is still counted for this page view.`);
    try {
      const r = call();
      if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<unknown>).then(undefined, fail);
    } catch (e) {
      fail(e);
    }
  }

  #warn(kind: string, message: string): void {
    if (this.#warned.has(kind)) return;
    this.#warned.add(kind);
    (this.#options.warn ?? ((m: string) => console.warn(m)))(message);
  }

  #notify(): void {
    for (const l of this.#listeners) {
      try {
        l();
      } catch {
        // A listener's failure is its own.
      }
    }
  }
}

/** Creates the kit's experiments service (the SDK loads on demand, only when features are configured). */
export function createExperiments(options: ExperimentsOptions = {}): GrowthBookExperiments {
  return new GrowthBookExperiments(options);
}
