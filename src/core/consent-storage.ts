import { localStore, sessionStore, type SafeStorage } from './storage.js';

/**
 * What the shopper agreed to:
 * - `none`: nothing is written to any storage; the history lives in memory for this page only and is gone on
 *   the next page load.
 * - `functional`: the history is kept for this browser tab's session (sessionStorage), never across visits.
 * - `all`: the history is kept across visits on this device (localStorage), so a returning shopper is recognised.
 */
export type Consent = 'none' | 'functional' | 'all';

/** A consent value, or a function the kit asks each time it is about to read or write (a consent manager's state). */
export type ConsentSetting = Consent | (() => Consent);

export const CONSENT_VALUES: readonly Consent[] = ['none', 'functional', 'all'];

/** The one check of a consent value: anything but `none`, `functional` or `all` keeps nothing. */
export const isConsent = (v: unknown): v is Consent => typeof v === 'string' && (CONSENT_VALUES as readonly string[]).includes(v);

/** What a consent-routed store is made of. */
export interface ConsentStorageOptions {
  /** The consent now; asked before every read and write (a consent manager's answer may change at any time). */
  consent: () => Consent;
  /** The persistent area, used under `all` (the page's localStorage). */
  local: SafeStorage;
  /** The session area, used under `functional` (the page's sessionStorage). */
  session: SafeStorage;
  /** The keys this store owns: only these are moved or erased when consent changes. */
  owns: (key: string) => boolean;
  /** Memory used under `none`; share one per page so every caller sees the same value for the page view. */
  memory?: Map<string, string>;
  /** Keys this store owns that are looked up by name too, for areas that cannot list their keys. */
  known?: readonly string[];
  /** Told when the consent callback throws or answers something else than a consent (consent is then `none`). */
  invalid?: (value: unknown) => void;
}

/** A `SafeStorage` whose area follows consent; `sync()` applies a consent change at once. */
export interface ConsentStorage extends SafeStorage {
  /** The consent in effect now. */
  readonly consent: Consent;
  /** Follows a consent change now (reads and writes do it too): lowering erases, raising keeps from then on. */
  sync(): void;
  /** Erases every key this store owns, from memory and from both areas. */
  erase(): void;
}

const RANK: Record<Consent, number> = { none: 0, functional: 1, all: 2 };

/**
 * A store that keeps data only as far as the shopper's consent allows, as the shopping history does:
 * `all` → the persistent area, `functional` → the session area, `none` → memory for this page view only.
 *
 * Created, it erases its keys from the areas the current consent does not allow (a shopper who withdrew consent
 * since the last visit). When consent is lowered at run time its keys are erased from the areas no longer allowed
 * and what the page is using moves down (to the session area, or to memory); when it is raised, the values in use
 * are kept in the newly allowed area from then on.
 */
export function createConsentStorage(options: ConsentStorageOptions): ConsentStorage {
  const { local, session, owns } = options;
  const memory = options.memory ?? new Map<string, string>();
  const read = (): Consent => {
    let c: unknown;
    try {
      c = options.consent();
    } catch (e) {
      c = e;
    }
    if (isConsent(c)) return c;
    options.invalid?.(c);
    return 'none';
  };
  const areaOf = (c: Consent): SafeStorage | undefined => (c === 'all' ? local : c === 'functional' ? session : undefined);
  const ownedKeys = (s: SafeStorage): string[] => {
    const found = new Set(s.keys ? s.keys().filter(owns) : []);
    for (const key of options.known ?? []) if (s.get(key) !== null) found.add(key);
    return [...found];
  };
  let mode = read();

  /** Removes every owned key from the areas above `c`, returning what they held (the live values). */
  const eraseAbove = (c: Consent): Map<string, string> => {
    const held = new Map<string, string>();
    for (const [area, level] of [[local, 'all'], [session, 'functional']] as const) {
      if (RANK[level] <= RANK[c]) continue;
      for (const key of ownedKeys(area)) {
        const value = area.get(key);
        if (value !== null && !held.has(key)) held.set(key, value);
        area.remove(key);
      }
    }
    return held;
  };
  // Whatever an earlier page view kept beyond what is allowed now goes; it is not carried over.
  eraseAbove(mode);
  if (mode === 'all') for (const key of ownedKeys(session)) session.remove(key);

  const sync = (): void => {
    const next = read();
    if (next === mode) return;
    const before = areaOf(mode);
    // The values in use this page view: from the area consent allowed until now, else from memory.
    const live = new Map<string, string>(memory);
    if (before) for (const key of ownedKeys(before)) {
      const v = before.get(key);
      if (v !== null) live.set(key, v);
    }
    if (RANK[next] < RANK[mode]) eraseAbove(next);
    else if (before) for (const key of ownedKeys(before)) before.remove(key);
    mode = next;
    const area = areaOf(next);
    memory.clear();
    for (const [key, value] of live) {
      if (area) area.set(key, value);
      else memory.set(key, value);
    }
  };

  return {
    get consent() {
      sync();
      return mode;
    },
    get degraded() {
      const area = areaOf(mode);
      return area ? area.degraded : true;
    },
    sync,
    get(key) {
      sync();
      const area = areaOf(mode);
      return area ? area.get(key) : memory.get(key) ?? null;
    },
    set(key, value) {
      sync();
      const area = areaOf(mode);
      if (area) area.set(key, value);
      else memory.set(key, value);
    },
    remove(key) {
      sync();
      memory.delete(key);
      areaOf(mode)?.remove(key);
    },
    keys() {
      sync();
      const area = areaOf(mode);
      return area ? ownedKeys(area) : [...memory.keys()];
    },
    erase() {
      memory.clear();
      for (const area of [local, session]) for (const key of ownedKeys(area)) area.remove(key);
    },
  };
}

/**
 * One consent-routed store per page for a kind of data (feedback, order codes, the experiments id): every caller
 * gets the same store, asking the consent of the latest caller (the page's `<sf-shop consent>`). Without a consent
 * it is `none`. `erase()` clears the kind from memory and both areas.
 */
export function pageConsentStorage(owns: (key: string) => boolean, areas: () => { local: SafeStorage; session: SafeStorage }) {
  let store: ConsentStorage | undefined;
  let current: () => Consent = () => 'none';
  const memory = new Map<string, string>();
  return {
    /** The page's store, following `consent` from now on. */
    get(consent?: () => Consent): ConsentStorage {
      if (consent) current = consent;
      store ??= createConsentStorage({ consent: () => current(), ...areas(), owns, memory });
      return store;
    },
    /** Erases this kind of data everywhere (memory, session and local), whatever the consent. */
    erase(): void {
      memory.clear();
      const { local, session } = areas();
      for (const area of [local, session]) for (const key of area.keys?.().filter(owns) ?? []) area.remove(key);
    },
  };
}

/** Storage keys of the shopping history: the history itself, and the marker of the current visit (sessionStorage). */
export const HISTORY_KEY = 'sf-history';
export const VISIT_KEY = 'sf-history-visit';

/** An area that keeps nothing, for a history given no storage of one kind. */
const NOWHERE: SafeStorage = { degraded: true, get: () => null, set() {}, remove() {}, keys: () => [] };

/**
 * Where the shopping history is kept, by consent like everything else the kit keeps (`all` → `local`, `functional`
 * → `session`, `none` → memory for this page view). The visit marker is not in it: it is kept in the session area
 * under `all` only (the history sees to it). A page makes one and hands it to `ShoppingHistory` (option `storage`)
 * when it needs to apply consent before the history is created, as `<sf-shop>` does while the history loads.
 * A consent callback that throws or answers something else is `none`, with one warning.
 */
export function historyStorage(options: {
  consent: ConsentSetting | (() => unknown);
  local?: SafeStorage | undefined;
  session?: SafeStorage | undefined;
  warn?: ((message: string) => void) | undefined;
}): ConsentStorage {
  const { consent } = options;
  let warned = false;
  return createConsentStorage({
    consent: (typeof consent === 'function' ? consent : () => consent) as () => Consent,
    local: options.local ?? NOWHERE,
    session: options.session ?? NOWHERE,
    owns: (key) => key === HISTORY_KEY,
    known: [HISTORY_KEY],
    invalid: (value) => {
      if (warned) return;
      warned = true;
      (options.warn ?? console.warn)(`storefront-elements: history consent ${typeof value === 'string' ? `"${value}"` : 'callback'} is not none, functional or all; keeping nothing.`);
    },
  });
}

/** Storage key of the shopper's anonymous id for experiments (first-party, this origin only). */
export const ANONYMOUS_ID_KEY = 'sf-anonymous-id';
/** Storage key prefix of GrowthBook's sticky buckets. */
export const STICKY_BUCKETS_PREFIX = 'sf-sticky-buckets__';

const pageAreas = () => ({ local: localStore(), session: sessionStore() });
const experimentsStore = pageConsentStorage((key) => key === ANONYMOUS_ID_KEY || key.startsWith(STICKY_BUCKETS_PREFIX), pageAreas);

/**
 * The experiments' anonymous id and sticky buckets, kept as far as consent allows (localStorage, sessionStorage or
 * memory for the page view): one store per page, so every experiments service on the page has the same id.
 */
export function experimentsStorage(consent?: () => Consent): ConsentStorage {
  return experimentsStore.get(consent);
}

/** Erases the anonymous id and sticky buckets from memory and both storage areas (`<sf-shop>.clearHistory()`). */
export function eraseExperimentsStorage(): void {
  experimentsStore.erase();
}

const feedbackStore = pageConsentStorage((key) => key.startsWith('sf-feedback:'), pageAreas);

/**
 * The page's storage for feedback, as far as the shopper's consent allows (`<sf-shop consent>`): `all` → localStorage
 * (a "not now" and the orders already asked about are remembered across visits), `functional` → sessionStorage (for
 * the tab's session), `none` (the default) → memory for this page view: the question may come back on the next
 * page, and an answer the backend has not confirmed is retried only while the page lives. Lowering consent erases
 * what the lower level may not keep. One store per page, following the consent of the latest caller.
 */
export function feedbackStorage(consent?: () => Consent): ConsentStorage {
  return feedbackStore.get(consent);
}

/** Erases every feedback key (the outbox, "not now", the orders asked about) from memory and both storage areas. */
export function eraseFeedbackStorage(): void {
  feedbackStore.erase();
}

const ledgerStore = pageConsentStorage((key) => key === 'sf-promise-results', pageAreas);

/**
 * Where `PromiseResultLedger`'s order codes are kept, as far as consent allows (`<sf-shop consent>`): `all` →
 * localStorage, `functional` → sessionStorage, `none` (the default) → memory for this page view (the result of an
 * order may then be sent again when its status page is opened on a later visit; `promiseAccuracy` counts an order
 * once by its `transaction_id`). One store per page, following the consent of the latest caller.
 */
export function promiseResultStorage(consent?: () => Consent): ConsentStorage {
  return ledgerStore.get(consent);
}

/** Erases the ledger's order codes from memory and both storage areas. */
export function erasePromiseResults(): void {
  ledgerStore.erase();
}
