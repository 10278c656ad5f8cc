import type * as GrowthBookSdk from '@growthbook/growthbook';
import type { Attributes, FeatureApiResponse } from '@growthbook/growthbook';
import {
  ANONYMOUS_ID_COOKIE, ANONYMOUS_ID_PATTERN, isSafeKey, validateExperimentsSnapshot,
  type ExperimentsSnapshot, type ServerDecisionReason, type ServerFeatureDecision,
} from '../../core/experiment-decisions.js';
import { readCookie } from '../../core/cookies.js';
import { KIT_FEATURES } from './features.js';

/** What the shop's consent allows for the anonymous-id cookie (the same levels as `<sf-shop consent>`). */
export type ServerConsent = 'none' | 'functional' | 'all';

/** A GrowthBook payload, or something that loads one (the shop's cached fetch of the GrowthBook API). */
export type FeaturesSourceInput =
  | FeatureApiResponse
  | Promise<FeatureApiResponse>
  | (() => FeatureApiResponse | Promise<FeatureApiResponse>)
  | undefined;

export interface DecideExperimentsOptions {
  /** The request's `Cookie` header (`req.headers.cookie`), as it came. */
  cookie?: string | readonly string[] | null | undefined;
  /**
   * The shopper's consent, from the shop's consent manager: `all` keeps the id for a year, `functional` for the
   * browser session, `none` (and anything else) keeps nothing: no cookie is set, an existing one is deleted, and
   * every feature shows its control (its default), with no exposure.
   */
  consent: ServerConsent | string | undefined;
  /** The GrowthBook features payload, or a function/promise loading it (waited for at most `timeoutMs`). */
  features: FeaturesSourceInput;
  /** The feature keys decided here; default: the kit's features and every feature of the payload. */
  keys?: readonly string[];
  /** Targeting attributes for this request (locale, path…); `id` and `anonymousId` are always the cookie's id. */
  attributes?: Attributes;
  /** The page is served over https: the cookie gets `Secure`. */
  secure?: boolean;
  /** How long an `all`-consent cookie lives, in days (default 365, at most 400 as browsers cap it). */
  maxAgeDays?: number;
  /** Longest wait for `features`, in milliseconds (default 1000). */
  timeoutMs?: number;
}

/** What `decideExperiments` returns: everything the server needs for one page. */
export interface ServerExperimentsDecision {
  /** Why the page shows what it shows. */
  reason: ServerDecisionReason;
  /** The same in words, for logs. */
  message: string;
  /** The id the shopper was bucketed by (absent without consent). */
  anonymousId?: string;
  /** Experiment key -> variation id, for every experiment this shopper is in on the decided features. */
  assignments: Record<string, string>;
  /** A `Set-Cookie` header value to send with the page, when the cookie must be set or deleted. */
  setCookie?: string;
  /** Merge into the page's snapshot: `{ ...snapshot, ...decision.snapshot }`. */
  snapshot: { experiments: ExperimentsSnapshot };
  /**
   * `private` when the page carries this shopper's id or assignment (no shared cache may keep it); `shared` when
   * it is the same for every request like this one (control without consent, defaults). Send `Vary: Cookie` either way.
   */
  cache: 'private' | 'shared';
  /** What was wrong with the request or the features (a rejected cookie, a refused value); empty when nothing. */
  problems: string[];
}

const DAY = 24 * 60 * 60;
const KEY = { test: isSafeKey };
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** The `Set-Cookie` value for the id: first-party, whole site, Lax, not HttpOnly (see README: the browser reads it). */
export function anonymousIdCookie(id: string | undefined, o: { persistentDays?: number | undefined; secure?: boolean | undefined }): string {
  const parts = [`${ANONYMOUS_ID_COOKIE}=${id ?? ''}`, 'Path=/', 'SameSite=Lax'];
  if (id === undefined) parts.push('Max-Age=0');
  else if (o.persistentDays !== undefined) parts.push(`Max-Age=${Math.round(o.persistentDays * DAY)}`);
  if (o.secure) parts.push('Secure');
  return parts.join('; ');
}

async function loadFeatures(input: FeaturesSourceInput, timeoutMs: number): Promise<{ payload?: FeatureApiResponse; problem?: string }> {
  if (input === undefined) return { problem: 'no features were given' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const pending = Promise.resolve(typeof input === 'function' ? input() : input);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const payload: unknown = await Promise.race([pending, timeout]);
    if (!isRecord(payload) || !isRecord(payload['features'])) return { problem: 'the features are not a GrowthBook payload ({ features: {...} })' };
    return { payload: payload as FeatureApiResponse };
  } catch (e) {
    return { problem: `loading them failed (${describe(e)})` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Decides experiments for one request with the GrowthBook SDK in Node, by the shopper's anonymous id from a
 * first-party cookie (read, or made and set when consent allows). Deterministic: the same id and the same
 * features give the same variants on every request and every server. Never throws: every failure ends in the
 * features' defaults (control) and a reason.
 *
 * A payload only decides feature values here: visual-editor changes, JavaScript and URL redirects are never applied.
 */
export async function decideExperiments(options: DecideExperimentsOptions): Promise<ServerExperimentsDecision> {
  const problems: string[] = [];
  const consent: ServerConsent = options.consent === 'all' || options.consent === 'functional' ? options.consent : 'none';
  if (options.consent !== undefined && options.consent !== consent) {
    problems.push(`consent ${JSON.stringify(String(options.consent).slice(0, 40))} is not none, functional or all: treated as none`);
  }
  const secure = Boolean(options.secure);
  const days = Math.min(400, Math.max(1, Number.isFinite(options.maxAgeDays) ? options.maxAgeDays! : 365));

  // The id: the cookie's when it is one, else a new one (kept only if consent allows).
  const raw = readCookie(options.cookie, ANONYMOUS_ID_COOKIE);
  let id: string | undefined;
  let setCookie: string | undefined;
  if (raw !== undefined && ANONYMOUS_ID_PATTERN.test(raw)) id = raw;
  else if (raw !== undefined) problems.push(`the ${ANONYMOUS_ID_COOKIE} cookie (${raw.length} characters) is not an anonymous id: ignored`);
  if (consent === 'none') {
    // Nothing kept without consent; an id kept before consent was withdrawn is deleted.
    if (raw !== undefined) setCookie = anonymousIdCookie(undefined, { secure });
    id = undefined;
  } else if (id === undefined) {
    id = newId();
    setCookie = anonymousIdCookie(id, { persistentDays: consent === 'all' ? days : undefined, secure });
  }

  const timeoutMs = Math.max(0, Number.isFinite(options.timeoutMs) ? options.timeoutMs! : 1000);
  const { payload, problem } = await loadFeatures(options.features, timeoutMs);
  const keys = new Set<string>(Object.values(KIT_FEATURES));
  for (const k of options.keys ?? []) if (typeof k === 'string' && KEY.test(k)) keys.add(k);
  if (!options.keys && payload) for (const k of Object.keys(payload.features ?? {})) if (KEY.test(k)) keys.add(k);

  // Keys are checked (isSafeKey), and these objects have no prototype to reach anyway.
  const features: Record<string, ServerFeatureDecision> = Object.create(null);
  const assignments: Record<string, string> = Object.create(null);
  let reason: ServerDecisionReason = consent === 'none' ? 'no-consent' : 'decided';
  let message = consent === 'none'
    ? 'consent does not allow an anonymous id: every feature shows its control, nothing is recorded'
    : `decided for anonymous id ${id}`;

  const evaluated = payload ? await evaluate(payload, [...keys], consent === 'none' ? undefined : id, options.attributes) : undefined;
  if (!payload || !evaluated || typeof evaluated === 'string') {
    reason = 'features-unavailable';
    message = `experiment features are unavailable (${problem ?? evaluated}): every feature shows its default (control), nothing is recorded`;
    problems.push(message);
    for (const k of keys) features[k] = { exposable: false };
  } else {
    for (const [k, d] of Object.entries(evaluated.features)) {
      features[k] = d;
      if (d.exposable && isSafeKey(d.experimentKey) && d.variationId !== undefined) assignments[d.experimentKey] = d.variationId;
    }
    problems.push(...evaluated.problems);
  }

  const experiments = validateExperimentsSnapshot({ reason, ...(id ? { anonymousId: id } : {}), features });
  return {
    reason, message, ...(id ? { anonymousId: id } : {}), assignments: { ...assignments }, ...(setCookie ? { setCookie } : {}),
    snapshot: { experiments }, cache: id ? 'private' : 'shared', problems,
  };
}

/** GrowthBook in Node, for one request: experiments off without an id; nothing but feature values applied. */
async function evaluate(payload: FeatureApiResponse, keys: string[], id: string | undefined, attributes: Attributes | undefined) {
  const problems: string[] = [];
  let sdk: typeof GrowthBookSdk;
  try {
    sdk = await import('@growthbook/growthbook');
  } catch (e) {
    return `the GrowthBook SDK could not be loaded: ${describe(e)}`;
  }
  const gb = new sdk.GrowthBook({
    attributes: { ...attributes, id: id ?? '', anonymousId: id ?? '' },
    enabled: id !== undefined,
    disableVisualExperiments: true,
    disableJsInjection: true,
    disableUrlRedirectExperiments: true,
    disableCrossOriginUrlRedirectExperiments: true,
    disableExperimentsOnLoad: true,
  });
  try {
    gb.initSync({ payload });
    const features: Record<string, ServerFeatureDecision> = Object.create(null);
    for (const key of keys) {
      let result;
      try {
        result = gb.evalFeature(key);
      } catch (e) {
        problems.push(`feature "${key}" could not be evaluated (${describe(e)}): its default is shown`);
        features[key] = { exposable: false };
        continue;
      }
      const value: unknown = result.value;
      const exp = result.source === 'experiment' ? result.experimentResult : undefined;
      const about = exp && result.experiment
        ? { experimentKey: result.experiment.key, variationId: String(exp.key), variationIndex: exp.variationId }
        : {};
      const decision = {
        ...(value === null || value === undefined ? {} : { value }),
        ...about,
        // A forced variation (QA) is shown, never recorded, as in GrowthBook.
        exposable: Boolean(exp?.inExperiment && exp.hashUsed),
      };
      try {
        // The same check the page will apply: a value that cannot travel shows the default.
        validateExperimentsSnapshot({ reason: 'decided', features: { [key]: decision } });
        features[key] = decision;
      } catch (e) {
        problems.push(`feature "${key}" has a value the page cannot carry (${describe(e)}): its default is shown`);
        features[key] = { exposable: false };
      }
    }
    return { features, problems };
  } catch (e) {
    return `GrowthBook refused the payload: ${describe(e)}`;
  } finally {
    gb.destroy();
  }
}
