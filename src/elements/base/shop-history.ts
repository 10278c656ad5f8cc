import type { ShoppingHistory } from '../../core/history.js';
import { HISTORY_KEY, VISIT_KEY, historyStorage, type Consent, type ConsentStorage } from '../../core/consent-storage.js';
import type { SafeStorage } from '../../core/storage.js';

type HistoryClass = typeof ShoppingHistory;
/** The history's code, once it is on the page (loaded on demand, or imported by an element that needs it at once). */
let historyCode: HistoryClass | undefined;

/**
 * Makes the history's code available synchronously: an element whose first update needs the history (experiments
 * target by its segments from their first decision) imports core/history statically and hands it over here.
 */
export function withHistoryCode(code: HistoryClass): void {
  historyCode ??= code;
}

/**
 * The shopper's history as `<sf-shop>` hands it to elements: small and synchronous, while the history itself
 * (`ShoppingHistory`, core/history) is loaded on demand, so a page pays for it only when something reads or records.
 *
 * - `consent` applies the shop's consent at once, loaded or not: lowering erases what may no longer be kept.
 * - `history` is the loaded `ShoppingHistory`, undefined until it arrives (reading it starts the load);
 *   subscribers are told when it arrives and after every change.
 * - `use()` records now, or as soon as the history has loaded, so nothing recorded meanwhile is lost.
 * - `clear()` erases at once, storage included, even before the history has loaded.
 * - Under consent `all` with a history from earlier page views it loads at once: each page view is activity of
 *   the visit (see `HistoryLimits.visitGapMinutes`), as when the history was created on connection.
 *
 * Browser only: `<sf-shop>` creates it on connection, never on the server.
 */
export class ShopHistory {
  readonly #store: ConsentStorage;
  readonly #session: SafeStorage;
  readonly #warn: ((message: string) => void) | undefined;
  #history: ShoppingHistory | undefined;
  #loading: Promise<ShoppingHistory | undefined> | undefined;
  #pending: ((history: ShoppingHistory) => void)[] = [];
  #listeners = new Set<() => void>();
  #mode: Consent;

  constructor(options: { consent: () => Consent; local: SafeStorage; session: SafeStorage; warn?: (message: string) => void }) {
    this.#session = options.session;
    this.#warn = options.warn;
    // Created, the store erases what an earlier visit kept beyond the consent now, as the history would.
    this.#store = historyStorage(options);
    this.#mode = this.#follow();
    // Kept across visits: every page view counts as activity (a new visit starts after the visit gap), so the
    // history loads after connection even if nothing on the page reads it.
    if (this.#mode === 'all' && this.#store.get(HISTORY_KEY) !== null) void this.load();
  }

  /** The consent in effect now; reading it applies a change (what is kept moves down or is erased). */
  get consent(): Consent {
    if (this.#history) return this.#history.consent;
    const mode = this.#follow();
    if (mode !== this.#mode) {
      this.#mode = mode;
      this.#notify();
    }
    return mode;
  }

  /** Before the history loads: the consent now, with the visit marker kept under `all` only (as the history does). */
  #follow(): Consent {
    const mode = this.#store.consent;
    if (mode !== 'all') this.#session.remove(VISIT_KEY);
    return mode;
  }

  /** The loaded history, or undefined while it loads (reading this starts the load; subscribers hear of its arrival). */
  get history(): ShoppingHistory | undefined {
    if (!this.#history) void this.load();
    return this.#history;
  }

  /** Loads the history (once); resolves with it, or undefined when its module cannot load (warned). */
  load(): Promise<ShoppingHistory | undefined> {
    // Already on the page: created now, so it is there for this very update.
    if (!this.#history && historyCode) this.#create(historyCode);
    if (this.#history) return Promise.resolve(this.#history);
    this.#loading ??= import('../../core/history.js').then(
      ({ ShoppingHistory }) => {
        withHistoryCode(ShoppingHistory);
        return this.#history ?? this.#create(ShoppingHistory);
      },
      (e: unknown) => {
        this.#loading = undefined;
        (this.#warn ?? console.warn)(`storefront-elements: the shopping history could not load (${String(e)}); nothing is recorded for now.`);
        return undefined;
      },
    );
    return this.#loading;
  }

  #create(code: HistoryClass): ShoppingHistory {
    const history = new code({ storage: this.#store, session: this.#session, ...(this.#warn ? { warn: this.#warn } : {}) });
    // What was recorded while it loaded, in order.
    for (const record of this.#pending.splice(0)) record(history);
    this.#history = history;
    history.subscribe(() => this.#notify());
    this.#notify();
    return history;
  }

  /** Records into the history: now when it has loaded, else as soon as it has (starting the load). */
  use(record: (history: ShoppingHistory) => void): void {
    if (!this.#history) void this.load();
    if (this.#history) {
      record(this.#history);
      return;
    }
    this.#pending.push(record);
  }

  /** Erases the history from memory and every storage area, at once, loaded or not. */
  clear(): void {
    if (this.#history) {
      this.#history.clear();
      return;
    }
    this.#pending = [];
    this.#store.erase();
    this.#session.remove(VISIT_KEY);
    this.#notify();
  }

  /** Everything the history holds, as JSON; '' until it has loaded (`load()` first; calling this starts it). */
  export(): string {
    return this.history?.export() ?? '';
  }

  /** Calls `listener` when the history arrives, after every change and when consent changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
