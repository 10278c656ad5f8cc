/**
 * What kit elements use to read experiment-driven features. Implemented over GrowthBook in src/services/experiments; elements
 * never import the SDK. `getFeatureValue` never throws and returns `defaultValue` when nothing is known.
 *
 * Only `getFeatureValue`, `getAssignments` and `anonymousId` are required, so a page can hand `<sf-shop>` a plain
 * object of its own; the optional members are what `ExperimentController` uses for flicker-free decisions and
 * render-time exposures, and the kit's own service (`createExperiments`) has all of them.
 */
export interface ExperimentsService {
  /** The feature's value for this shopper, or `defaultValue`. Evaluates only: records no exposure. */
  getFeatureValue<T>(key: string, defaultValue: T): T;
  /** Experiment key -> variation id of every experiment exposed (really shown) so far in this page view. */
  getAssignments(): Record<string, string>;
  /** The shopper's persistent anonymous id, the attribute experiments are bucketed by. */
  readonly anonymousId: string;
  /** True once features are known or the time budget is spent; from then on decisions are final. */
  readonly ready?: boolean;
  /** Resolves when `ready` becomes true; never rejects, never later than the configured timeout. */
  readonly settled?: Promise<void>;
  /**
   * The feature's value and the experiment behind it, decided once per page view: later calls return the same
   * value. A value failing `validate` (which returns the reason) or of another type than `defaultValue` is replaced
   * by `defaultValue` and is not exposable. Records no exposure.
   */
  decide?<T>(key: string, defaultValue: T, validate?: (value: unknown) => string | undefined): FeatureDecision<T>;
  /** Records that a decision was really shown: fires `experiment_viewed` once per experiment per page view. */
  expose?(decision: FeatureDecision<unknown>): void;
  /** True when the server decided `key` for this page: the decision is final at once, even before `ready`. */
  decidedOnServer?(key: string): boolean;
  /** Starts loading features when the service put it off (the server decided the page's features); else nothing. */
  load?(): void;
}

/** Where a service's features came from, as reported in `sf-experiments-ready`. */
export type FeaturesSource =
  /** Nothing configured: every feature has its default. */
  | 'none'
  /** Nothing loaded in the browser: the server's decisions (`ShopSnapshot.experiments`) only. */
  | 'server'
  /** The inline payload given to the provider. */
  | 'inline'
  /** A GrowthBook instance the page made. */
  | 'instance'
  /** The GrowthBook API, just now. */
  | 'network'
  /** GrowthBook's cache of an earlier page view's answer. */
  | 'cache'
  /** The API failed or was too slow; the inline payload was used. */
  | 'fallback'
  /** The API (or loading the SDK) took longer than the budget: defaults for this page view. */
  | 'timeout'
  /** The API or the SDK failed: defaults. */
  | 'error';

/** A feature's value as decided for this page view. */
export interface FeatureDecision<T> {
  /** The feature key, e.g. `sf-cta-color`. */
  feature: string;
  /** The value to render. */
  value: T;
  /** The experiment that chose the value, when one did. */
  experimentKey?: string;
  /** The variation's id (GrowthBook's `result.key`: its meta key, else its index). */
  variationId?: string;
  /** False when the value is a default or a rejected variant: showing it exposes nothing. */
  exposable: boolean;
}

/** GrowthBook's own types, for pages and elements that hand the kit a GrowthBook instance or payload. */
export type { Attributes, FeatureApiResponse, FeatureDefinition, GrowthBook, TrackingCallback } from '@growthbook/growthbook';
