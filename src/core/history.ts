import type { SafeStorage } from './storage.js';
import { HISTORY_KEY, VISIT_KEY, historyStorage, type Consent, type ConsentSetting, type ConsentStorage } from './consent-storage.js';

/**
 * The shopper's own shopping history, kept in their browser only: products and categories viewed, searches, cart
 * adds and purchases, each with its time. Pure and storage-agnostic (runs in Node): the caller hands it the storage
 * areas and a clock, and the shopper's consent decides which area, if any, is used.
 *
 * Nothing here is ever sent anywhere by the kit. What leaves the module are ids and coarse segments (returning
 * visitor, days since the last visit, categories viewed, has cart, has purchased) that the page's own experiments
 * evaluate in the browser.
 */

// Consent is one rule for everything the kit keeps: the history's values and routing come from consent-storage.
export { CONSENT_VALUES, HISTORY_KEY, VISIT_KEY, type Consent, type ConsentSetting } from './consent-storage.js';

export interface Visited {
  id: string;
  /** When, in ms since the epoch (the latest time, for repeated entries). */
  at: number;
}

export interface SearchEntry {
  text: string;
  at: number;
}

export interface HistoryData {
  version: 1;
  /** Newest first, one entry per product. */
  views: Visited[];
  /** Newest first, one entry per category. `count` is how often it was viewed. */
  categories: (Visited & { count: number })[];
  /** Newest first, one entry per text (compared case-insensitively). */
  searches: SearchEntry[];
  /** Newest first, one entry per product. */
  cartAdds: Visited[];
  /** Newest first, one entry per product. */
  purchases: Visited[];
  /** When the current visit started, and when the shopper was last active. */
  visitStartedAt: number;
  lastActiveAt: number;
  /** Last activity of the previous visit; absent on a first visit. */
  previousVisitAt?: number;
  /** `visitStartedAt` of the visit in which the shopper was last welcomed back (once per visit). */
  welcomedVisit?: number;
}

/** Bounds on what is kept: each list has at most its count; anything older than `maxAgeDays` is forgotten. */
export interface HistoryLimits {
  views: number;
  categories: number;
  searches: number;
  cartAdds: number;
  purchases: number;
  maxAgeDays: number;
  /** Inactivity after which the next page load starts a new visit. */
  visitGapMinutes: number;
}

export const DEFAULT_HISTORY_LIMITS: Readonly<HistoryLimits> = {
  views: 20, categories: 20, searches: 8, cartAdds: 50, purchases: 50, maxAgeDays: 90, visitGapMinutes: 30,
};

const DAY = 86_400_000;
const MAX_TEXT = 100;

/** Coarse segments for experiment targeting; see `ShoppingHistory.segments`. */
export interface HistorySegments {
  returningVisitor: boolean;
  /** Whole days since the previous visit; 0 on a first visit. */
  daysSinceLastVisit: number;
  /** Category ids viewed, most viewed first. */
  categoriesViewed: string[];
  hasCart: boolean;
  hasPurchased: boolean;
}

export interface ShoppingHistoryOptions {
  consent?: ConsentSetting;
  /** The persistent area (`all`). */
  local?: SafeStorage;
  /** The session area (`functional`, and the visit marker under `all`). */
  session?: SafeStorage;
  /** Milliseconds since the epoch. */
  now?: () => number;
  limits?: Partial<HistoryLimits>;
  /** Called when a consent callback throws or returns something else: consent is then `none`. */
  warn?: (message: string) => void;
  /**
   * Where the history is kept, made by `historyStorage` (its consent and areas then win over `consent` and `local`;
   * `session` still holds the visit marker). For a page that applies consent before the history exists, as
   * `<sf-shop>` does while this module loads.
   */
  storage?: ConsentStorage;
}

const empty = (now: number): HistoryData => ({
  version: 1, views: [], categories: [], searches: [], cartAdds: [], purchases: [], visitStartedAt: now, lastActiveAt: now,
});

const isVisitedList = (v: unknown): v is Visited[] =>
  Array.isArray(v) && v.every((e) => e && typeof e === 'object' && typeof e.id === 'string' && Number.isFinite(e.at));

/** Reads stored history, or undefined when it is missing or not something this version wrote. */
export function parseHistory(text: string | null): HistoryData | undefined {
  if (!text) return undefined;
  try {
    const d = JSON.parse(text) as Partial<HistoryData>;
    if (d?.version !== 1 || !isVisitedList(d.views) || !isVisitedList(d.categories) || !isVisitedList(d.cartAdds)
      || !isVisitedList(d.purchases) || !Array.isArray(d.searches)
      || !d.searches.every((s) => s && typeof s.text === 'string' && Number.isFinite(s.at))
      || !Number.isFinite(d.visitStartedAt) || !Number.isFinite(d.lastActiveAt)) return undefined;
    return d as HistoryData;
  } catch {
    return undefined;
  }
}

/** Puts `entry` first, drops its older copy, keeps `max` entries. */
function front<T>(list: readonly T[], entry: T, same: (a: T) => boolean, max: number): T[] {
  return [entry, ...list.filter((e) => !same(e))].slice(0, max);
}

/**
 * The history of one shopper in one browser. Each change is written through at once to the area the consent
 * allows; lowering consent erases what the lower level may not keep. `subscribe` tells elements about changes.
 */
export class ShoppingHistory {
  /** Routes the history by consent (the kit's one rule): moves it when consent is raised, erases when lowered. */
  readonly #store: ConsentStorage;
  readonly #session: SafeStorage | undefined;
  readonly #now: () => number;
  readonly limits: Readonly<HistoryLimits>;
  #data: HistoryData;
  #mode: Consent;
  #listeners = new Set<() => void>();

  constructor(options: ShoppingHistoryOptions = {}) {
    this.#session = options.session;
    this.#now = options.now ?? Date.now;
    this.limits = { ...DEFAULT_HISTORY_LIMITS, ...options.limits };
    const consent: ConsentSetting = options.consent ?? 'none';
    this.#store = options.storage ?? historyStorage({ consent, local: options.local, session: options.session, warn: options.warn });
    this.#mode = this.#store.consent;
    this.#data = this.#load();
    this.#startVisit();
  }

  /** The consent in effect now. */
  get consent(): Consent {
    this.#sync();
    return this.#mode;
  }

  #load(): HistoryData {
    const now = this.#now();
    const stored = parseHistory(this.#store.get(HISTORY_KEY));
    return stored ? this.#prune(stored, now) : empty(now);
  }

  /** A new visit when this tab has no visit marker or the shopper was away longer than the visit gap. */
  #startVisit(): void {
    const now = this.#now();
    const d = this.#data;
    // Under `functional` the history lives exactly as long as the tab's session: one visit, never a returning one.
    const marker = this.#mode === 'all' ? Number(this.#session?.get(VISIT_KEY)) : NaN;
    const sameVisit = this.#mode !== 'all'
      || (marker === d.visitStartedAt && now - d.lastActiveAt < this.limits.visitGapMinutes * 60_000);
    if (!sameVisit && this.#hasEntries(d)) {
      d.previousVisitAt = d.lastActiveAt;
      d.visitStartedAt = now;
    } else if (!sameVisit) {
      d.visitStartedAt = now;
    }
    d.lastActiveAt = now;
    this.#save();
  }

  #hasEntries(d: HistoryData): boolean {
    return d.views.length + d.categories.length + d.searches.length + d.cartAdds.length + d.purchases.length > 0;
  }

  /** Follows a consent callback: moves the history to the newly allowed area and erases it from the others. */
  #sync(): void {
    // Reading the store's consent applies a change: the history is moved to the allowed area or erased.
    const mode = this.#store.consent;
    if (mode === this.#mode) return;
    this.#mode = mode;
    this.#save();
    // Others that keep data by the same consent (experiments, feedback) follow the change at once.
    for (const listener of [...this.#listeners]) listener();
  }

  #save(): void {
    // Under `none` the store keeps it in memory for this page view, as `#data` does.
    this.#store.set(HISTORY_KEY, JSON.stringify(this.#data));
    // The visit marker tells a reload from a new visit, which only `all` remembers.
    if (this.#mode === 'all') this.#session?.set(VISIT_KEY, String(this.#data.visitStartedAt));
    else this.#session?.remove(VISIT_KEY);
  }

  #prune(d: HistoryData, now: number): HistoryData {
    const since = now - this.limits.maxAgeDays * DAY;
    const l = this.limits;
    return {
      ...d,
      views: d.views.filter((e) => e.at >= since).slice(0, l.views),
      categories: d.categories.filter((e) => e.at >= since).slice(0, l.categories),
      searches: d.searches.filter((e) => e.at >= since).slice(0, l.searches),
      cartAdds: d.cartAdds.filter((e) => e.at >= since).slice(0, l.cartAdds),
      purchases: d.purchases.filter((e) => e.at >= since).slice(0, l.purchases),
      ...(d.previousVisitAt !== undefined && d.previousVisitAt >= since ? { previousVisitAt: d.previousVisitAt } : { previousVisitAt: undefined }),
    };
  }

  #change(update: (d: HistoryData, now: number) => void): void {
    this.#sync();
    const now = this.#now();
    update(this.#data, now);
    this.#data.lastActiveAt = now;
    this.#data = this.#prune(this.#data, now);
    this.#save();
    for (const listener of [...this.#listeners]) listener();
  }

  /** The shopper looked at a product (its page, a quick view). */
  recordView(productId: string, categoryIds: readonly string[] = []): void {
    if (typeof productId !== 'string' || !productId) return;
    this.#change((d, at) => {
      d.views = front(d.views, { id: productId, at }, (e) => e.id === productId, this.limits.views);
      for (const c of categoryIds) this.#category(d, c, at);
    });
  }

  /** The shopper opened a category listing. */
  recordCategory(categoryId: string): void {
    if (typeof categoryId !== 'string' || !categoryId) return;
    this.#change((d, at) => this.#category(d, categoryId, at));
  }

  #category(d: HistoryData, id: string, at: number): void {
    const count = (d.categories.find((e) => e.id === id)?.count ?? 0) + 1;
    d.categories = front(d.categories, { id, at, count }, (e) => e.id === id, this.limits.categories);
  }

  /** The shopper submitted a search. */
  recordSearch(text: string): void {
    const clean = typeof text === 'string' ? text.trim().slice(0, MAX_TEXT) : '';
    if (!clean) return;
    const key = clean.toLocaleLowerCase();
    this.#change((d, at) => {
      d.searches = front(d.searches, { text: clean, at }, (e) => e.text.toLocaleLowerCase() === key, this.limits.searches);
    });
  }

  /** Forgets one recent search (the shopper removed it). */
  removeSearch(text: string): void {
    const key = String(text).trim().toLocaleLowerCase();
    this.#change((d) => {
      d.searches = d.searches.filter((e) => e.text.toLocaleLowerCase() !== key);
    });
  }

  recordCartAdd(productId: string): void {
    if (typeof productId !== 'string' || !productId) return;
    this.#change((d, at) => {
      d.cartAdds = front(d.cartAdds, { id: productId, at }, (e) => e.id === productId, this.limits.cartAdds);
    });
  }

  /** An order was placed with these products. */
  recordPurchase(productIds: readonly string[]): void {
    const ids = [...new Set(productIds.filter((id) => typeof id === 'string' && id))];
    if (ids.length === 0) return;
    this.#change((d, at) => {
      for (const id of ids) d.purchases = front(d.purchases, { id, at }, (e) => e.id === id, this.limits.purchases);
    });
  }

  /** A copy of everything kept. */
  get data(): HistoryData {
    this.#sync();
    return structuredCloneData(this.#data);
  }

  /** Product ids viewed, newest first. */
  viewedIds(): string[] {
    return this.#data.views.map((e) => e.id);
  }

  /** Category ids viewed, most often first (then most recent). */
  categoriesViewed(): string[] {
    return [...this.#data.categories].sort((a, b) => b.count - a.count || b.at - a.at).map((e) => e.id);
  }

  /** Search texts, newest first. */
  recentSearches(): string[] {
    return this.#data.searches.map((e) => e.text);
  }

  purchasedIds(): string[] {
    return this.#data.purchases.map((e) => e.id);
  }

  /** True when the history holds something from an earlier visit (and consent let it survive). */
  get returning(): boolean {
    const d = this.#data;
    if (d.previousVisitAt === undefined) return false;
    return [d.views, d.categories, d.searches, d.cartAdds, d.purchases].some((list) => list.some((e) => e.at < d.visitStartedAt));
  }

  /** The last product viewed in an earlier visit, if any. */
  lastViewedBeforeThisVisit(): Visited | undefined {
    return this.#data.views.find((e) => e.at < this.#data.visitStartedAt);
  }

  /** True when the shopper was already welcomed back in this visit. */
  get welcomedThisVisit(): boolean {
    return this.#data.welcomedVisit === this.#data.visitStartedAt;
  }

  /** Notes that the shopper was welcomed back in this visit, so no page of it welcomes them again. */
  markWelcomed(): void {
    this.#sync();
    this.#data.welcomedVisit = this.#data.visitStartedAt;
    this.#save();
  }

  /** When the current visit started (ms since the epoch): a key for "once per visit". */
  get visitStartedAt(): number {
    return this.#data.visitStartedAt;
  }

  /** Segments for experiments; `hasCart` comes from the cart, which the history does not hold. */
  segments(hasCart = false): HistorySegments {
    const d = this.#data;
    const returning = this.returning;
    return {
      returningVisitor: returning,
      daysSinceLastVisit: returning && d.previousVisitAt !== undefined ? Math.max(0, Math.floor((this.#now() - d.previousVisitAt) / DAY)) : 0,
      categoriesViewed: this.categoriesViewed(),
      hasCart,
      hasPurchased: d.purchases.length > 0,
    };
  }

  /** Erases everything, from every storage area, and keeps nothing from before. */
  clear(): void {
    this.#sync();
    const now = this.#now();
    this.#data = empty(now);
    this.#store.erase();
    this.#session?.remove(VISIT_KEY);
    this.#save();
    for (const listener of [...this.#listeners]) listener();
  }

  /** Everything kept, as JSON the shopper can read (their data, for a "download my data" link). */
  export(): string {
    const d = this.data;
    return JSON.stringify({ consent: this.#mode, ...d }, null, 2);
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

function structuredCloneData(d: HistoryData): HistoryData {
  return JSON.parse(JSON.stringify(d)) as HistoryData;
}
