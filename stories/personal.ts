import { HISTORY_KEY, ShoppingHistory, VISIT_KEY, type Consent } from '../src/core/history.js';
import { localStore, sessionStore } from '../src/core/storage.js';

/**
 * Sets up the shopper a story shows: `new` (nothing kept), `returning` (viewed the Aurora Road 105 and some gear
 * three days ago, in an earlier visit), always starting a fresh visit, as a new browser tab would.
 */
export function seedShopper(kind: 'new' | 'returning', consent: Consent = 'all'): void {
  for (const area of [localStore(), sessionStore()]) {
    area.remove(HISTORY_KEY);
    area.remove(VISIT_KEY);
  }
  if (kind === 'new' || consent === 'none') return;
  let t = Date.now() - 3 * 86_400_000;
  const h = new ShoppingHistory({ consent, local: localStore(), session: sessionStore(), now: () => (t += 60_000) });
  h.recordCategory('road-bikes');
  h.recordView('shoes-road', ['shoes']);
  h.recordView('light-set', ['parts', 'lights']);
  h.recordView('aurora-road', ['bikes', 'road-bikes']);
  h.recordSearch('road bike');
  // The earlier visit's tab was closed.
  sessionStore().remove(VISIT_KEY);
}
