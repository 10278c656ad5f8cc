import type { CommerceAdapter } from './adapter.js';
import { toCommerceError, type CommerceError } from './errors.js';
import type { AddLineInput, Cart, CartLine, CartWriteOptions } from './model.js';
import { systemClock, type Clock } from './clock.js';
import { money, multiplyMoney } from './money.js';
import { createIdempotencyKey } from './ids.js';
import { changedSince, followPushes, isStale } from './cart-revisions.js';

export type CartStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A line the shopper removed, kept for a while so that it can be put back in place. */
export interface RemovedLine {
  /** The line as it was when removed. */
  readonly line: CartLine;
  /** Its position in the cart, so that undo restores it there. */
  readonly index: number;
  /** Why putting it back failed (e.g. sold out meanwhile); the entry stays so the shopper can try again. */
  readonly error?: CommerceError;
  /** Undo in progress. */
  readonly restoring?: boolean;
}

export interface CartState {
  /** The cart as the shopper sees it: the last confirmed cart with the changes still on their way applied. */
  cart: Cart | null;
  status: CartStatus;
  /** The last error loading the cart (mutation errors are kept per line in `lineErrors`). */
  error: CommerceError | null;
  /** The cart as the backend last confirmed it. */
  confirmed?: Cart | null;
  /** The latest failed change of each line, by line id; the line itself is back in its confirmed state. */
  lineErrors?: Readonly<Record<string, CommerceError>>;
  /** Lines with a change scheduled or in flight. */
  pendingLineIds?: readonly string[];
  /** True while any change is scheduled or in flight: totals other than the subtotal may still move. */
  pending?: boolean;
  /** Recently removed lines that can still be restored with `undoRemove`, oldest first. */
  removed?: readonly RemovedLine[];
  /**
   * Counts changes that arrived from outside this page's own calls (another tab, a re-read after a
   * back/forward-cache restore). Elements use it with `claimRemoteChange` to report each such change once.
   */
  remoteChange?: number;
}

export interface CartStoreOptions {
  /** How long quantity changes of one line are gathered into one backend call, in ms. */
  debounceMs?: number;
  /** How long a removed line can be restored, in ms. */
  undoMs?: number;
  /** Where time and timers come from (the system clock by default; a `ManualClock` in tests and stories). */
  clock?: Clock;
  /**
   * The cart as already loaded (a server-rendered page's snapshot): the store starts ready with it and does not
   * read it again when the first element subscribes.
   */
  cart?: Cart;
}

/** Errors after which nobody knows whether the backend applied the change (it may have, and only the answer got lost). */
const isUnsure = (error: CommerceError) => error.code === 'timeout' || error.code === 'network' || error.code === 'malformed-response';

/** How many adds of unknown outcome keep their key for a retry. */
const UNSURE_ADDS_KEPT = 20;

interface QuantityWaiter {
  resolve: (cart: Cart) => void;
  reject: (error: CommerceError) => void;
}

/**
 * The cart model every cart element shares: one per `<sf-shop>`. It loads the cart from the adapter, applies
 * changes optimistically (rolling a line back to its last confirmed state when the backend refuses, with the error
 * kept on that line), gathers rapid quantity changes of a line into one call, keeps removed lines for undo,
 * follows changes from other tabs, and tells subscribers. Elements read it through a controller.
 */
export class CartStore {
  #state: CartState = emptyState();
  readonly #listeners = new Set<(state: CartState) => void>();
  #unsubscribe: (() => void) | undefined;
  readonly adapter: CommerceAdapter;
  /** How long quantity changes of one line are gathered into one backend call, in ms. */
  debounceMs: number;
  /** How long a removed line can be restored, in ms. */
  undoMs: number;

  #confirmed: Cart | null = null;
  /** Quantities the shopper asked for that the backend has not confirmed yet, by line id. */
  readonly #wanted = new Map<string, number>();
  /** Lines removed optimistically, until the backend confirms. */
  readonly #hidden = new Set<string>();
  readonly #timers = new Map<string, unknown>();
  readonly #inFlight = new Set<string>();
  readonly #waiters = new Map<string, QuantityWaiter[]>();
  /** Work on one line runs in order (a removal waits for its quantity change). */
  readonly #chains = new Map<string, Promise<unknown>>();
  #lineErrors: Record<string, CommerceError> = {};
  #removed: RemovedLine[] = [];
  readonly #undoTimers = new Map<string, unknown>();
  readonly #heldUndo = new Set<string>();
  /** The order lines are shown in, by line id: stable across re-adds (a backend may append them at the end). */
  #order: string[] = [];
  /** Where a line being restored goes back to, by variant id. */
  readonly #restoreAt = new Map<string, number>();
  #remoteChange = 0;
  /** Idempotency keys of adds whose outcome is unknown (timeout, lost answer), by what they added: see `addLine`. */
  readonly #unsureAdds = new Map<string, string>();
  readonly #clock: Clock;
  #busy = 0;

  constructor(adapter: CommerceAdapter, options: CartStoreOptions = {}) {
    this.adapter = adapter;
    this.debounceMs = options.debounceMs ?? 250;
    this.undoMs = options.undoMs ?? 8000;
    this.#clock = options.clock ?? systemClock;
    if (options.cart) this.#accept(options.cart);
  }

  /**
   * True the first time it is asked for this cart: `begin_checkout` is reported once per checkout, whether the
   * shopper starts it from the drawer, the cart page or by opening the checkout itself.
   */
  claimBeginCheckout(): boolean {
    const id = this.#confirmed?.id ?? this.state.cart?.id;
    if (!id || this.#checkoutBegunFor === id) return false;
    this.#checkoutBegunFor = id;
    return true;
  }

  #checkoutBegunFor: string | undefined;

  get state(): CartState {
    return this.#state;
  }

  /** The cart as the shopper sees it. */
  get cart(): Cart | null {
    return this.#state.cart;
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: (state: CartState) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    if (this.#listeners.size === 1) {
      this.#unsubscribe = followPushes(this.adapter, {
        confirmed: () => this.#confirmed,
        accept: (cart) => this.#accept(cart),
        markRemote: () => this.#markRemote(),
      });
      if (this.#state.status === 'idle') void this.load();
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) {
        this.#unsubscribe?.();
        this.#unsubscribe = undefined;
      }
    };
  }

  /** (Re)reads the cart, e.g. after a back/forward-cache restore. A change found this way counts as remote. */
  async load(): Promise<void> {
    if (!this.#confirmed) this.#publish({ status: 'loading', error: null });
    const before = this.#confirmed;
    try {
      const cart = await this.adapter.getCart();
      if (this.#accept(cart) && changedSince(before, cart)) this.#markRemote();
    } catch (e) {
      this.#publish({ status: this.#confirmed ? 'ready' : 'error', error: toCommerceError(e) });
    }
  }

  /**
   * Returns true once per remote change: the first element to claim a change reports it (`sf-cart-change`), so
   * a page with a cart button, a drawer and a cart page hears of each change once.
   */
  claimRemoteChange(seq: number): boolean {
    if (seq <= this.#claimed) return false;
    this.#claimed = seq;
    return true;
  }
  #claimed = 0;

  /**
   * Adds a line (or more of a variant already in the cart). Rejects with a CommerceError the caller shows.
   *
   * Each add carries an idempotency key (`options.idempotencyKey`, else a new random one). When an add fails
   * without knowing whether the backend applied it (timeout, network, unreadable answer), its key is kept: the next
   * add of the same variant and quantity is taken as its retry and sends the same key, so the backend applies it at
   * most once, and the cart is read again meanwhile so the page shows what the backend has. The kept key is dropped
   * once that add succeeds or fails for certain, or the cart is replaced by a new one. The one limit: a shopper who,
   * after such a failure, really means to add the same quantity again gets it once.
   */
  async addLine(input: AddLineInput, options: CartWriteOptions = {}): Promise<Cart> {
    return this.#track(() => this.#addOnce(`add\u0000${input.productId}\u0000${input.variantId}\u0000${input.quantity}`, input, options));
  }

  /** Sends an add with its key, keeping the key for a retry when the outcome is unknown (see `addLine`). */
  async #addOnce(what: string, input: AddLineInput, options: CartWriteOptions): Promise<Cart> {
    const idempotencyKey = options.idempotencyKey ?? this.#unsureAdds.get(what) ?? createIdempotencyKey();
    try {
      const cart = this.#acceptOrCurrent(await this.adapter.addLine(input, { idempotencyKey }));
      this.#unsureAdds.delete(what);
      return cart;
    } catch (e) {
      const error = toCommerceError(e);
      this.#unsureAdds.delete(what);
      if (isUnsure(error)) {
        this.#unsureAdds.set(what, idempotencyKey);
        for (const old of [...this.#unsureAdds.keys()].slice(0, Math.max(0, this.#unsureAdds.size - UNSURE_ADDS_KEPT))) {
          this.#unsureAdds.delete(old);
        }
      }
      this.#resyncIfUnsure(error);
      throw error;
    }
  }

  /**
   * Sets a line's quantity. The cart shows it at once; changes to one line within `debounceMs`, and those made
   * while a call is in flight, become one call with the final quantity. On failure the line returns to its
   * confirmed quantity, the error is kept in `state.lineErrors`, and the promise rejects. When a call fails while
   * a newer quantity is already asked for, the newer one stands: it is sent next, the failure is not shown, and
   * every promise of the line settles with the newer change's outcome. Each call carries its own idempotency key.
   */
  setQuantity(lineId: string, quantity: number): Promise<Cart> {
    const line = this.#confirmed?.lines.find((l) => l.id === lineId);
    if (!line || this.#hidden.has(lineId)) {
      return Promise.reject(toCommerceError(new Error(`No cart line "${lineId}".`)));
    }
    this.#wanted.set(lineId, quantity);
    this.#clearLineError(lineId);
    const promise = new Promise<Cart>((resolve, reject) => {
      const list = this.#waiters.get(lineId) ?? [];
      list.push({ resolve, reject });
      this.#waiters.set(lineId, list);
    });
    this.#schedule(lineId);
    this.#refresh();
    return promise;
  }

  /**
   * Removes a line at once and keeps it in `state.removed` for `undoMs`. On failure the line comes back with the
   * error on it, and the promise rejects.
   */
  removeLine(lineId: string): Promise<Cart> {
    const view = this.#state.cart;
    const index = view?.lines.findIndex((l) => l.id === lineId) ?? -1;
    const line = view?.lines[index];
    if (!view || !line) return Promise.reject(toCommerceError(new Error(`No cart line "${lineId}".`)));
    // A removal supersedes quantity changes not yet sent.
    this.#cancelTimer(lineId);
    this.#wanted.delete(lineId);
    this.#settleWaiters(lineId, (w) => w.resolve(view));
    this.#clearLineError(lineId);
    this.#hidden.add(lineId);
    this.#removed = [...this.#removed.filter((r) => r.line.variantId !== line.variantId), { line, index }];
    this.#startUndoTimer(line.variantId);
    this.#refresh();
    return this.#onLine(lineId, async () => {
      try {
        const cart = this.#acceptOrCurrent(await this.adapter.removeLine(lineId));
        this.#hidden.delete(lineId);
        this.#refresh();
        return cart;
      } catch (e) {
        const error = toCommerceError(e);
        this.#hidden.delete(lineId);
        if (error.code === 'not-found') {
          // Already gone (removed in another tab meanwhile): what the shopper wanted.
          this.#refresh();
          return this.#view()!;
        }
        this.#dropRemoved(line.variantId);
        this.#lineErrors = { ...this.#lineErrors, [lineId]: error };
        this.#refresh();
        this.#resyncIfUnsure(error);
        throw error;
      }
    });
  }

  /**
   * Puts a removed line back where it was, with its quantity. If that fails (e.g. sold out meanwhile) the entry
   * stays in `state.removed` with the error, and the promise rejects.
   */
  undoRemove(lineIdOrVariantId: string): Promise<Cart> {
    const entry = this.#removed.find((r) => r.line.id === lineIdOrVariantId || r.line.variantId === lineIdOrVariantId);
    if (!entry) return Promise.reject(toCommerceError(new Error(`Nothing to undo for "${lineIdOrVariantId}".`)));
    const { line, index } = entry;
    this.#cancelUndoTimer(line.variantId);
    this.#replaceRemoved(line.variantId, { line, index, restoring: true });
    this.#refresh();
    // Wait for the removal itself to finish, so the line is added back after it is gone.
    return this.#onLine(line.id, async () => {
      try {
        this.#restoreAt.set(line.variantId, index);
        const input = { productId: line.productId, variantId: line.variantId, quantity: line.quantity };
        // Trying undo again after a lost answer must not put the line back twice: the same key as an add's retry.
        const cart = await this.#addOnce(`undo\u0000${line.id}\u0000${line.quantity}`, input, {});
        this.#dropRemoved(line.variantId);
        return cart;
      } catch (e) {
        this.#restoreAt.delete(line.variantId);
        const error = toCommerceError(e);
        this.#replaceRemoved(line.variantId, { line, index, error });
        this.#startUndoTimer(line.variantId);
        this.#refresh();
        throw error;
      }
    });
  }

  /** Forgets a removed line now (the shopper dismissed the undo). */
  dismissRemoved(lineIdOrVariantId: string): void {
    const entry = this.#removed.find((r) => r.line.id === lineIdOrVariantId || r.line.variantId === lineIdOrVariantId);
    if (entry) this.#dropRemoved(entry.line.variantId);
  }

  /**
   * Keeps (true) or releases (false) a removed line's undo: while the shopper's focus or pointer is on the undo
   * control it does not expire (WCAG 2.2.1), and it gets a fresh period once released.
   */
  holdUndo(lineIdOrVariantId: string, hold: boolean): void {
    const entry = this.#removed.find((r) => r.line.id === lineIdOrVariantId || r.line.variantId === lineIdOrVariantId);
    if (!entry) return;
    const key = entry.line.variantId;
    if (hold) {
      this.#heldUndo.add(key);
      this.#cancelUndoTimer(key);
    } else if (this.#heldUndo.delete(key)) {
      this.#startUndoTimer(key);
    }
  }

  async applyDiscountCode(code: string): Promise<Cart> {
    return this.#track(async () => this.#acceptOrCurrent(await this.adapter.applyDiscountCode(code)));
  }

  async removeDiscountCode(code: string): Promise<Cart> {
    return this.#track(async () => this.#acceptOrCurrent(await this.adapter.removeDiscountCode(code)));
  }

  /** Stops timers (a shop being torn down). Scheduled quantity changes are sent now rather than lost. */
  dispose(): void {
    for (const lineId of [...this.#timers.keys()]) {
      this.#cancelTimer(lineId);
      void this.#flush(lineId);
    }
    for (const key of [...this.#undoTimers.keys()]) this.#cancelUndoTimer(key);
  }

  // ---------- quantity coalescing ----------

  #schedule(lineId: string): void {
    this.#cancelTimer(lineId);
    this.#timers.set(lineId, this.#clock.setTimeout(() => {
      this.#timers.delete(lineId);
      void this.#flush(lineId);
    }, this.debounceMs));
  }

  async #flush(lineId: string): Promise<void> {
    // One call per line at a time: what is asked meanwhile goes out when this one has answered.
    if (this.#inFlight.has(lineId)) return;
    const wanted = this.#wanted.get(lineId);
    const confirmed = this.#confirmed?.lines.find((l) => l.id === lineId);
    if (wanted === undefined) return;
    if (!confirmed) {
      this.#wanted.delete(lineId);
      this.#fail(lineId, toCommerceError(new Error(`No cart line "${lineId}".`)));
      return;
    }
    if (confirmed.quantity === wanted) {
      this.#wanted.delete(lineId);
      this.#settleWaiters(lineId, (w) => w.resolve(this.#view()!));
      this.#refresh();
      return;
    }
    this.#inFlight.add(lineId);
    try {
      const idempotencyKey = createIdempotencyKey();
      const cart = await this.#onLine(lineId, () => this.adapter.setQuantity(lineId, wanted, { idempotencyKey }));
      this.#inFlight.delete(lineId);
      this.#acceptOrCurrent(cart);
      if (this.#wanted.get(lineId) === wanted) this.#wanted.delete(lineId);
      if (this.#wanted.has(lineId)) {
        // The shopper changed it again while the call was out: send the newest wish once its debounce is over.
        if (!this.#timers.has(lineId)) void this.#flush(lineId);
        this.#refresh();
        return;
      }
      this.#settleWaiters(lineId, (w) => w.resolve(this.#view()!));
      this.#refresh();
    } catch (e) {
      const error = toCommerceError(e);
      const newer = this.#wanted.get(lineId);
      if (newer !== undefined && newer !== wanted) {
        // The shopper asked for another quantity while this call was out: that wish stands, and this failure is
        // moot. If this call may have landed, read the cart first, so the newer wish is compared with what the
        // backend really has (it may equal the quantity confirmed before, and still need sending).
        if (isUnsure(error)) await this.load();
        this.#inFlight.delete(lineId);
        if (!this.#timers.has(lineId)) void this.#flush(lineId);
        this.#refresh();
        return;
      }
      this.#inFlight.delete(lineId);
      this.#cancelTimer(lineId);
      this.#wanted.delete(lineId);
      this.#fail(lineId, error);
    }
  }

  #fail(lineId: string, error: CommerceError): void {
    this.#lineErrors = { ...this.#lineErrors, [lineId]: error };
    this.#settleWaiters(lineId, (w) => w.reject(error));
    this.#refresh();
    this.#resyncIfUnsure(error);
  }

  /**
   * A change that timed out, lost its answer or got an unreadable one may still have been applied by the backend:
   * read the cart again, so the page shows what the backend has rather than the rolled-back guess.
   */
  #resyncIfUnsure(error: CommerceError): void {
    if (isUnsure(error)) void this.load();
  }

  #settleWaiters(lineId: string, settle: (w: QuantityWaiter) => void): void {
    const list = this.#waiters.get(lineId);
    this.#waiters.delete(lineId);
    list?.forEach(settle);
  }

  #cancelTimer(lineId: string): void {
    const timer = this.#timers.get(lineId);
    if (timer !== undefined) this.#clock.clearTimeout(timer);
    this.#timers.delete(lineId);
  }

  // ---------- undo ----------

  #startUndoTimer(variantId: string): void {
    this.#cancelUndoTimer(variantId);
    if (this.#heldUndo.has(variantId)) return;
    this.#undoTimers.set(variantId, this.#clock.setTimeout(() => {
      this.#undoTimers.delete(variantId);
      const entry = this.#removed.find((r) => r.line.variantId === variantId);
      if (entry && !entry.restoring) this.#dropRemoved(variantId);
    }, this.undoMs));
  }

  #cancelUndoTimer(variantId: string): void {
    const timer = this.#undoTimers.get(variantId);
    if (timer !== undefined) this.#clock.clearTimeout(timer);
    this.#undoTimers.delete(variantId);
  }

  #replaceRemoved(variantId: string, entry: RemovedLine): void {
    this.#removed = this.#removed.map((r) => (r.line.variantId === variantId ? entry : r));
  }

  /** Drops every removed line not being restored right now. */
  #forgetRemoved(): void {
    for (const r of this.#removed) if (!r.restoring) this.#dropRemoved(r.line.variantId);
  }

  #dropRemoved(variantId: string): void {
    this.#cancelUndoTimer(variantId);
    this.#heldUndo.delete(variantId);
    const before = this.#removed.length;
    this.#removed = this.#removed.filter((r) => r.line.variantId !== variantId);
    if (this.#removed.length !== before) this.#refresh();
  }

  // ---------- plumbing ----------

  /** Runs `work` after the line's earlier work, whatever its outcome. */
  #onLine<T>(lineId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#chains.get(lineId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.then(() => undefined, () => undefined);
    this.#chains.set(lineId, settled);
    void settled.then(() => {
      if (this.#chains.get(lineId) === settled) this.#chains.delete(lineId);
    });
    this.#busy += 1;
    void settled.then(() => {
      this.#busy -= 1;
      this.#refresh();
    });
    return next;
  }

  async #track<T>(work: () => Promise<T>): Promise<T> {
    this.#busy += 1;
    this.#refresh();
    try {
      return await work();
    } finally {
      this.#busy -= 1;
      this.#refresh();
    }
  }

  #clearLineError(lineId: string): void {
    if (!(lineId in this.#lineErrors)) return;
    const rest = { ...this.#lineErrors };
    delete rest[lineId];
    this.#lineErrors = rest;
  }

  /** Takes a cart from the backend unless a newer revision of the same cart is already known; true if taken. */
  #accept(cart: Cart): boolean {
    const current = this.#confirmed;
    if (isStale(current, cart)) return false;
    this.#confirmed = cart;
    // A new cart (the order was placed, the session restarted): the removed lines and the adds still waiting for a
    // retry belonged to the old one. Not when the old cart was empty: a backend may give an empty cart an id of its
    // own and another once the first line is added, and that first add may be the one waiting for its retry.
    if (current && current.id !== cart.id) {
      this.#forgetRemoved();
      if (current.lines.length > 0) this.#unsureAdds.clear();
    }
    // Forget what belongs to lines that no longer exist.
    const ids = new Set(cart.lines.map((l) => l.id));
    for (const id of Object.keys(this.#lineErrors)) if (!ids.has(id)) this.#clearLineError(id);
    for (const id of [...this.#hidden]) if (!ids.has(id) && !this.#inFlight.has(id)) this.#hidden.delete(id);
    const order = this.#order.filter((id) => ids.has(id));
    for (const line of cart.lines) {
      if (order.includes(line.id)) continue;
      const at = this.#restoreAt.get(line.variantId);
      this.#restoreAt.delete(line.variantId);
      if (at === undefined) order.push(line.id);
      else order.splice(Math.min(at, order.length), 0, line.id);
    }
    this.#order = order;
    this.#refresh({ status: 'ready', error: null });
    return true;
  }

  #acceptOrCurrent(cart: Cart): Cart {
    this.#accept(cart);
    return this.#view() ?? cart;
  }

  #markRemote(): void {
    // The cart changed under the page (another tab, a re-read): an undo would restore into a cart the shopper
    // has not seen, so removed lines are forgotten rather than offered for up to `undoMs`.
    this.#forgetRemoved();
    this.#remoteChange += 1;
    this.#refresh();
  }

  /** The confirmed cart with the changes still on their way applied. */
  #view(): Cart | null {
    const base = this.#confirmed;
    if (!base) return null;
    const rank = new Map(this.#order.map((id, i) => [id, i]));
    let lines = [...base.lines].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    let changed = lines.some((l, i) => l !== base.lines[i]);
    lines = lines.flatMap((l) => {
      if (this.#hidden.has(l.id)) {
        changed = true;
        return [];
      }
      const wanted = this.#wanted.get(l.id);
      if (wanted === undefined || wanted === l.quantity || !Number.isSafeInteger(wanted)) return [l];
      changed = true;
      return [{ ...l, quantity: wanted, lineTotal: multiplyMoney(l.unitPrice, wanted) }];
    });
    if (!changed) return base;
    return {
      ...base,
      lines,
      itemCount: lines.reduce((n, l) => n + l.quantity, 0),
      subtotal: money(lines.reduce((n, l) => n + l.lineTotal.amount, 0), base.subtotal.currency),
    };
  }

  #refresh(patch: Partial<CartState> = {}): void {
    const pendingLineIds = [...new Set([...this.#wanted.keys(), ...this.#inFlight, ...this.#hidden])];
    this.#publish({
      ...patch,
      cart: this.#view(),
      confirmed: this.#confirmed,
      lineErrors: this.#lineErrors,
      pendingLineIds,
      pending: pendingLineIds.length > 0 || this.#busy > 0,
      removed: this.#removed,
      remoteChange: this.#remoteChange,
    });
  }

  #publish(patch: Partial<CartState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const l of this.#listeners) l(this.#state);
  }
}

function emptyState(): CartState {
  return {
    cart: null, status: 'idle', error: null, confirmed: null, lineErrors: {}, pendingLineIds: [], pending: false,
    removed: [], remoteChange: 0,
  };
}
