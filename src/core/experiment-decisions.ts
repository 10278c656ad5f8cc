/**
 * Experiments decided on the server, as they travel inside the page (`ShopSnapshot.experiments`): plain data, no
 * SDK. The server decides with GrowthBook in Node (`decideExperiments` in `storefront-elements/server`); the
 * browser's `<sf-experiments>` adopts these decisions as final, so a variant in the first HTML never flips.
 */

/** The first-party cookie holding the shopper's anonymous id (the same name as the browser's storage key). */
export const ANONYMOUS_ID_COOKIE = 'sf-anonymous-id';

/** What an anonymous id may look like: letters, digits and `-`, 8 to 64 of them (a UUID fits). */
export const ANONYMOUS_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

/** Why the server decided as it did. */
export type ServerDecisionReason =
  /** GrowthBook evaluated the features for the shopper's anonymous id. */
  | 'decided'
  /** Consent does not allow an id to be kept: every feature shows its control (its default), nothing is exposed. */
  | 'no-consent'
  /** The features could not be had (unreachable, too slow, malformed): every feature shows its default. */
  | 'features-unavailable';

/** One feature as the server decided it. */
export interface ServerFeatureDecision {
  /** The value to render; absent: the element's own default. */
  readonly value?: unknown;
  /** The experiment that chose the value, when one did. */
  readonly experimentKey?: string;
  /** The variation's id (GrowthBook's `result.key`). */
  readonly variationId?: string;
  /** The variation's index in the experiment. */
  readonly variationIndex?: number;
  /** True when showing the value is an exposure to record (a real assignment, not a default or forced variation). */
  readonly exposable: boolean;
}

/** The experiments part of a page's snapshot. */
export interface ExperimentsSnapshot {
  /** Why the server decided as it did. */
  readonly reason: ServerDecisionReason;
  /** The anonymous id the server bucketed by; absent without consent. */
  readonly anonymousId?: string;
  /** Feature key -> decision. A feature listed here is final in the browser: it is never evaluated again there. */
  readonly features: Readonly<Record<string, ServerFeatureDecision>>;
}

const REASONS: readonly string[] = ['decided', 'no-consent', 'features-unavailable'];
const KEY_PATTERN = /^[\w.:-]{1,100}$/;
/** A feature or experiment key that is safe as a property name (never `__proto__` and friends). */
export function isSafeKey(key: unknown): key is string {
  return typeof key === 'string' && KEY_PATTERN.test(key) && key !== '__proto__' && key !== 'constructor' && key !== 'prototype';
}
const KEY = { test: isSafeKey };
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Plain JSON of bounded depth and size (what a feature value may be). */
function jsonProblem(value: unknown, depth = 0): string | undefined {
  if (depth > 8) return 'is nested too deeply';
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'is not a finite number';
  if (Array.isArray(value)) {
    if (value.length > 100) return 'has more than 100 items';
    for (const v of value) {
      const p = jsonProblem(v, depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  if (isRecord(value) && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value);
    if (entries.length > 100) return 'has more than 100 keys';
    for (const [, v] of entries) {
      const p = jsonProblem(v, depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  return 'is not plain JSON';
}

/**
 * Checks the experiments part of a snapshot (it arrives from the page, so it is read like any answer): throws a
 * TypeError naming the first problem, returns a clean copy otherwise.
 */
export function validateExperimentsSnapshot(value: unknown, path = 'experiments'): ExperimentsSnapshot {
  if (!isRecord(value)) throw new TypeError(`${path} is not an object`);
  const reason = value['reason'];
  if (typeof reason !== 'string' || !REASONS.includes(reason)) throw new TypeError(`${path}.reason is not one of ${REASONS.join(', ')}`);
  const id = value['anonymousId'];
  if (id !== undefined && (typeof id !== 'string' || !ANONYMOUS_ID_PATTERN.test(id))) {
    throw new TypeError(`${path}.anonymousId is not 8-64 letters, digits or -`);
  }
  const features = value['features'];
  if (!isRecord(features)) throw new TypeError(`${path}.features is not an object`);
  const entries = Object.entries(features);
  if (entries.length > 200) throw new TypeError(`${path}.features has more than 200 features`);
  const out: Record<string, ServerFeatureDecision> = {};
  for (const [key, d] of entries) {
    const at = `${path}.features[${JSON.stringify(key.slice(0, 40))}]`;
    if (!KEY.test(key)) throw new TypeError(`${at} is not a feature key`);
    if (!isRecord(d)) throw new TypeError(`${at} is not an object`);
    if (typeof d['exposable'] !== 'boolean') throw new TypeError(`${at}.exposable is not a boolean`);
    const problem = 'value' in d ? jsonProblem(d['value']) : undefined;
    if (problem) throw new TypeError(`${at}.value ${problem}`);
    for (const name of ['experimentKey', 'variationId'] as const) {
      const s = d[name];
      if (s !== undefined && (typeof s !== 'string' || !KEY.test(s))) throw new TypeError(`${at}.${name} is not a key`);
    }
    const index = d['variationIndex'];
    if (index !== undefined && !(Number.isInteger(index) && (index as number) >= 0 && (index as number) < 1000)) {
      throw new TypeError(`${at}.variationIndex is not a variation index`);
    }
    if (d['exposable'] && (d['experimentKey'] === undefined || d['variationId'] === undefined)) {
      throw new TypeError(`${at} is exposable without an experiment and variation`);
    }
    Object.defineProperty(out, key, {
      enumerable: true, writable: false,
      value: {
        exposable: d['exposable'],
        ...('value' in d ? { value: d['value'] } : {}),
        ...(d['experimentKey'] !== undefined ? { experimentKey: d['experimentKey'] } : {}),
        ...(d['variationId'] !== undefined ? { variationId: d['variationId'] } : {}),
        ...(index !== undefined ? { variationIndex: index } : {}),
      },
    });
  }
  return { reason: reason as ServerDecisionReason, ...(typeof id === 'string' ? { anonymousId: id } : {}), features: out };
}
