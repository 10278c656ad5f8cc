import type { CommerceAdapter } from './adapter.js';
import type { Cart } from './model.js';

/**
 * How a cart model (`CartStore`, and `LazyCartStore` before the store comes) follows the backend's revisions of a
 * cart: one set of rules for both, in a module of its own so a shop page's first load takes only these lines.
 */

/** An answer overtaken by a later one: the same cart at a lower revision than the one confirmed. */
export function isStale(confirmed: Cart | null, cart: Cart): boolean {
  return !!confirmed && confirmed.id === cart.id && confirmed.revision > cart.revision;
}

/** A cart read again that is not the one confirmed before the read: it changed elsewhere meanwhile. */
export function changedSince(before: Cart | null, cart: Cart): boolean {
  return !!before && (before.id !== cart.id || before.revision !== cart.revision);
}

/** What a cart model lets the adapter's pushes reach. */
export interface PushedCartModel {
  /** The last cart the backend confirmed. */
  confirmed(): Cart | null;
  /** Takes a cart from the backend unless it is stale; true if taken. */
  accept(cart: Cart): boolean;
  /** The cart changed under the page. */
  markRemote(): void;
}

/**
 * Follows the adapter's pushes (another tab's change): a cart taken that the page had not seen (another cart, or a
 * later revision) counts as a remote change. Returns the unsubscribe function, if the adapter pushes at all.
 */
export function followPushes(adapter: CommerceAdapter, model: PushedCartModel): (() => void) | undefined {
  return adapter.subscribe?.((cart) => {
    const known = model.confirmed();
    const news = !known || known.id !== cart.id || cart.revision > known.revision;
    if (model.accept(cart) && news) model.markRemote();
  });
}
