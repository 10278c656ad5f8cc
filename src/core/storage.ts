/**
 * Storage that never throws to the page. Browsers throw on access (blocked cookies, sandboxed frames), on write
 * (QuotaExceededError) or have no storage at all; in each case the data is kept in memory for this page and one
 * warning is logged, so nothing the shopper did is lost while the page lives.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Every key held (stored and in memory); optional for storages of the page's own. Used to erase by prefix. */
  keys?(): string[];
  /** True while values are only kept in memory. */
  readonly degraded: boolean;
}

export function createSafeStorage(
  backing: () => Storage | undefined,
  label = 'storage',
  warn: (message: string) => void = (m) => console.warn(m),
): SafeStorage {
  const memory = new Map<string, string>();
  let degraded = false;
  const degrade = (why: unknown) => {
    if (!degraded) {
      degraded = true;
      const reason = why instanceof Error ? `${why.name}: ${why.message}` : String(why);
      warn(`storefront-elements: ${label} is unavailable (${reason}); keeping data in memory for this page.`);
    }
  };
  const store = (): Storage | undefined => {
    try {
      const s = backing();
      if (!s) degrade('not supported');
      return s;
    } catch (e) {
      degrade(e);
      return undefined;
    }
  };
  return {
    get degraded() {
      return degraded;
    },
    get(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      if (degraded) return null;
      try {
        return store()?.getItem(key) ?? null;
      } catch (e) {
        degrade(e);
        return null;
      }
    },
    set(key, value) {
      if (!degraded) {
        try {
          const s = store();
          if (s) {
            s.setItem(key, value);
            memory.delete(key);
            return;
          }
        } catch (e) {
          degrade(e);
        }
      }
      memory.set(key, value);
    },
    keys() {
      const found = new Set(memory.keys());
      if (!degraded) {
        try {
          const s = store();
          for (let i = 0; s && i < s.length; i++) {
            const k = s.key(i);
            if (k !== null) found.add(k);
          }
        } catch (e) {
          degrade(e);
        }
      }
      return [...found];
    },
    remove(key) {
      memory.delete(key);
      if (degraded) return;
      try {
        store()?.removeItem(key);
      } catch (e) {
        degrade(e);
      }
    },
  };
}

// One safe store per storage area for the whole page: when the area fails, everything the kit keeps there (cart,
// checkout draft, anonymous id, feedback outbox) lives on in one shared memory, and the page is warned once. A store
// per caller would lose a draft when its element is mounted again and warn once per element.
const shared: { local?: SafeStorage; session?: SafeStorage } = {};

/**
 * The page's localStorage, safely; one instance per page, shared by every caller. Resolved lazily so Node and
 * locked-down frames work too. `label` is kept for compatibility; the warning names the storage area.
 */
export const localStore = (_label = 'localStorage'): SafeStorage =>
  (shared.local ??= createSafeStorage(() => (globalThis as { localStorage?: Storage }).localStorage, 'localStorage'));

/** The page's sessionStorage, safely; one instance per page, shared by every caller. */
export const sessionStore = (_label = 'sessionStorage'): SafeStorage =>
  (shared.session ??= createSafeStorage(() => (globalThis as { sessionStorage?: Storage }).sessionStorage, 'sessionStorage'));
