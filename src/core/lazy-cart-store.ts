import type { CommerceAdapter } from './adapter.js';
import { toCommerceError } from './errors.js';
import type { AddLineInput, Cart, CartWriteOptions } from './model.js';
import type * as CartStoreModule from './cart-store.js';
import type { CartState, CartStore, CartStoreOptions } from './cart-store.js';
import { changedSince, followPushes, isStale } from './cart-revisions.js';

/**
 * What elements and pages use of the shop's cart model (`<sf-shop>.cart`): a {@link CartStore}, or the
 * {@link LazyCartStore} in front of one.
 */
export type CartModel = Pick<
  CartStore,
  | 'adapter' | 'state' | 'cart' | 'debounceMs' | 'undoMs' | 'subscribe' | 'load' | 'claimRemoteChange' | 'claimBeginCheckout'
  | 'addLine' | 'setQuantity' | 'removeLine' | 'undoRemove' | 'dismissRemoved' | 'holdUndo' | 'applyDiscountCode'
  | 'removeDiscountCode' | 'dispose'
> & {
  /** Fetches what changes the cart ahead of the shopper's first change (an intent: pointer or focus on a control). */
  prepare?(): Promise<void>;
};

/**
 * The cart model of a shop page, light enough for its first load: it shows the cart (the server's, or read once),
 * follows changes from other tabs, and tells subscribers, as a {@link CartStore} does. Everything that changes the
 * cart (optimistic updates, quantity coalescing, undo, reconciliation after a failure) is the `CartStore` itself,
 * loaded by `prepare()` (an intent to change the cart, the browser being idle) or by the first change, which waits
 * for it: a change asked for before it arrived is sent once it is here, never lost and never sent twice. From then
 * on every call goes to that store, and its state is this one's.
 */
export class LazyCartStore implements CartModel {
  /** Loads the full store (a separate chunk). Tests hold it back to see a change asked for before it arrived. @internal */
  static load: () => Promise<typeof CartStoreModule> = () => import('./cart-store.js');

  readonly adapter: CommerceAdapter;
  readonly #options: CartStoreOptions;
  #debounceMs: number | undefined;
  #undoMs: number | undefined;
  readonly #listeners = new Set<(state: CartState) => void>();
  #state: CartState;
  #confirmed: Cart | null = null;
  /** The adapter's push subscription (before the store came), or the store's subscription (after). */
  #unsubscribe: (() => void) | undefined;
  #store: CartStore | undefined;
  #loading: Promise<CartStore> | undefined;
  /** Changes waiting for the store: the state says pending meanwhile, as the store's would. */
  #waiting = 0;
  /** Remote changes counted before the store came: its own count continues from here. */
  #remoteBefore = 0;
  #claimed = 0;
  #checkoutBegunFor: string | undefined;
  #mapped: { from: CartState; waiting: number; state: CartState } | undefined;

  constructor(adapter: CommerceAdapter, options: CartStoreOptions = {}) {
    this.adapter = adapter;
    this.#options = options;
    this.#state = {
      cart: null, status: 'idle', error: null, confirmed: null, lineErrors: {}, pendingLineIds: [], pending: false,
      removed: [], remoteChange: 0,
    };
    if (options.cart) this.#accept(options.cart);
  }

  /** How long quantity changes of one line are gathered into one backend call, in ms (see `CartStore`). */
  get debounceMs(): number {
    return this.#store?.debounceMs ?? this.#debounceMs ?? this.#options.debounceMs ?? 250;
  }
  set debounceMs(ms: number) {
    this.#debounceMs = ms;
    if (this.#store) this.#store.debounceMs = ms;
  }

  /** How long a removed line can be restored, in ms (see `CartStore`). */
  get undoMs(): number {
    return this.#store?.undoMs ?? this.#undoMs ?? this.#options.undoMs ?? 8000;
  }
  set undoMs(ms: number) {
    this.#undoMs = ms;
    if (this.#store) this.#store.undoMs = ms;
  }

  get state(): CartState {
    const store = this.#store;
    if (!store) return this.#state;
    const from = store.state;
    const m = this.#mapped;
    if (m?.from === from && m.waiting === this.#waiting) return m.state;
    const state = {
      ...from,
      pending: !!from.pending || this.#waiting > 0,
      remoteChange: this.#remoteBefore + (from.remoteChange ?? 0),
    };
    this.#mapped = { from, waiting: this.#waiting, state };
    return state;
  }

  /** The cart as the shopper sees it. */
  get cart(): Cart | null {
    return this.state.cart;
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: (state: CartState) => void): () => void {
    this.#listeners.add(listener);
    listener(this.state);
    if (this.#listeners.size === 1) {
      if (this.#store) {
        this.#unsubscribe = this.#store.subscribe(() => this.#tell());
      } else {
        this.#unsubscribe = followPushes(this.adapter, {
          confirmed: () => this.#confirmed,
          accept: (cart) => this.#accept(cart),
          markRemote: () => this.#markRemote(),
        });
        if (this.#state.status === 'idle') void this.load();
      }
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) {
        this.#unsubscribe?.();
        this.#unsubscribe = undefined;
      }
    };
  }

  /** (Re)reads the cart. A change found this way counts as remote. */
  async load(): Promise<void> {
    if (this.#store) return this.#store.load();
    if (!this.#confirmed) this.#publish({ status: 'loading', error: null });
    const before = this.#confirmed;
    try {
      const cart = await this.adapter.getCart();
      if (this.#store) return this.#reread(this.#store);
      if (this.#accept(cart) && changedSince(before, cart)) this.#markRemote();
    } catch (e) {
      if (this.#store) return this.#reread(this.#store);
      this.#publish({ status: this.#confirmed ? 'ready' : 'error', error: toCommerceError(e) });
    }
  }

  /**
   * The store came while this read was out, with the cart as it was before it: the store reads it again (unless it
   * is reading it already), so what this read was for (a back/forward-cache restore, the cart after an order) is
   * not lost.
   */
  #reread(store: CartStore): Promise<void> | undefined {
    return store.state.status === 'loading' ? undefined : store.load();
  }

  /** True once per remote change (see `CartStore.claimRemoteChange`). */
  claimRemoteChange(seq: number): boolean {
    if (seq <= this.#claimed) return false;
    this.#claimed = seq;
    return true;
  }

  /** True the first time it is asked for this cart (see `CartStore.claimBeginCheckout`). */
  claimBeginCheckout(): boolean {
    const state = this.state;
    const id = state.confirmed?.id ?? state.cart?.id;
    if (!id || this.#checkoutBegunFor === id) return false;
    this.#checkoutBegunFor = id;
    return true;
  }

  /** Fetches the store now, so that the shopper's first change shows at once. Never rejects. */
  prepare(): Promise<void> {
    return this.#full().then(
      () => undefined,
      () => undefined,
    );
  }

  addLine(input: AddLineInput, options?: CartWriteOptions): Promise<Cart> {
    return this.#store ? this.#store.addLine(input, options) : this.#later((s) => s.addLine(input, options));
  }

  setQuantity(lineId: string, quantity: number): Promise<Cart> {
    return this.#store ? this.#store.setQuantity(lineId, quantity) : this.#later((s) => s.setQuantity(lineId, quantity));
  }

  removeLine(lineId: string): Promise<Cart> {
    return this.#store ? this.#store.removeLine(lineId) : this.#later((s) => s.removeLine(lineId));
  }

  undoRemove(lineIdOrVariantId: string): Promise<Cart> {
    return this.#store ? this.#store.undoRemove(lineIdOrVariantId) : this.#later((s) => s.undoRemove(lineIdOrVariantId));
  }

  applyDiscountCode(code: string): Promise<Cart> {
    return this.#store ? this.#store.applyDiscountCode(code) : this.#later((s) => s.applyDiscountCode(code));
  }

  removeDiscountCode(code: string): Promise<Cart> {
    return this.#store ? this.#store.removeDiscountCode(code) : this.#later((s) => s.removeDiscountCode(code));
  }

  // Before the store came, no line was removed here: nothing to dismiss or hold.
  dismissRemoved(lineIdOrVariantId: string): void {
    this.#store?.dismissRemoved(lineIdOrVariantId);
  }

  holdUndo(lineIdOrVariantId: string, hold: boolean): void {
    this.#store?.holdUndo(lineIdOrVariantId, hold);
  }

  dispose(): void {
    this.#store?.dispose();
  }

  /** Runs a change once the store is here; pending meanwhile. A failed download rejects it as a network error. */
  async #later(change: (store: CartStore) => Promise<Cart>): Promise<Cart> {
    this.#waiting += 1;
    this.#tell();
    let store: CartStore;
    try {
      store = await this.#full();
    } catch (e) {
      this.#waiting -= 1;
      this.#tell();
      throw toCommerceError(e);
    }
    // The change starts (and the store says pending) before this wait ends, so pending never blinks off between.
    const result = change(store);
    this.#waiting -= 1;
    this.#tell();
    return result;
  }

  /** The store, created once from what this one knows; a failed download is tried again on the next call. */
  #full(): Promise<CartStore> {
    this.#loading ??= LazyCartStore.load().then(
      ({ CartStore }) => {
        if (this.#store) return this.#store;
        const options: CartStoreOptions = { ...this.#options };
        delete options.cart;
        if (this.#debounceMs !== undefined) options.debounceMs = this.#debounceMs;
        if (this.#undoMs !== undefined) options.undoMs = this.#undoMs;
        if (this.#confirmed) options.cart = this.#confirmed;
        const store = new CartStore(this.adapter, options);
        this.#remoteBefore = this.#state.remoteChange ?? 0;
        this.#store = store;
        if (this.#listeners.size > 0) {
          // The store follows the adapter's pushes from now on (and reads the cart if this one had not).
          this.#unsubscribe?.();
          this.#unsubscribe = store.subscribe(() => this.#tell());
        }
        return store;
      },
      (e: unknown) => {
        this.#loading = undefined;
        throw e;
      },
    );
    return this.#loading;
  }

  #accept(cart: Cart): boolean {
    if (isStale(this.#confirmed, cart)) return false;
    this.#confirmed = cart;
    this.#publish({ cart, confirmed: cart, status: 'ready', error: null });
    return true;
  }

  #markRemote(): void {
    this.#publish({ remoteChange: (this.#state.remoteChange ?? 0) + 1 });
  }

  #publish(patch: Partial<CartState>): void {
    this.#state = { ...this.#state, ...patch };
    this.#tell();
  }

  #tell(): void {
    if (!this.#store) this.#state = { ...this.#state, pending: this.#waiting > 0 };
    const state = this.state;
    for (const l of this.#listeners) l(state);
  }
}
