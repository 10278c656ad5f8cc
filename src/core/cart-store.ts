import type { CommerceAdapter } from '../commerce/adapter.js';
import { toCommerceError, type CommerceError } from '../commerce/errors.js';
import type { AddLineInput, Cart } from '../commerce/types.js';

export type CartStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface CartState {
  cart: Cart | null;
  status: CartStatus;
  /** The last error loading the cart (mutation errors are reported to their caller). */
  error: CommerceError | null;
}

/**
 * The cart model every cart element shares: one per `<sf-shop>`. It loads the cart from the adapter, applies
 * changes, follows changes from other tabs, and tells subscribers. Elements read it through a controller.
 */
export class CartStore {
  #state: CartState = { cart: null, status: 'idle', error: null };
  readonly #listeners = new Set<(state: CartState) => void>();
  #unsubscribe: (() => void) | undefined;
  readonly adapter: CommerceAdapter;

  constructor(adapter: CommerceAdapter) {
    this.adapter = adapter;
  }

  get state(): CartState {
    return this.#state;
  }

  get cart(): Cart | null {
    return this.#state.cart;
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: (state: CartState) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    if (this.#listeners.size === 1) {
      this.#unsubscribe = this.adapter.subscribe?.((cart) => this.#accept(cart));
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

  /** (Re)reads the cart, e.g. after a back/forward-cache restore. */
  async load(): Promise<void> {
    if (!this.#state.cart) this.#set({ status: 'loading', error: null });
    try {
      this.#accept(await this.adapter.getCart());
    } catch (e) {
      this.#set({ status: 'error', error: toCommerceError(e) });
    }
  }

  async addLine(input: AddLineInput): Promise<Cart> {
    return this.#accept(await this.adapter.addLine(input));
  }

  async setQuantity(lineId: string, quantity: number): Promise<Cart> {
    return this.#accept(await this.adapter.setQuantity(lineId, quantity));
  }

  async removeLine(lineId: string): Promise<Cart> {
    return this.#accept(await this.adapter.removeLine(lineId));
  }

  async applyDiscountCode(code: string): Promise<Cart> {
    return this.#accept(await this.adapter.applyDiscountCode(code));
  }

  async removeDiscountCode(code: string): Promise<Cart> {
    return this.#accept(await this.adapter.removeDiscountCode(code));
  }

  /** Takes a cart from the backend unless a newer revision of the same cart is already known. */
  #accept(cart: Cart): Cart {
    const current = this.#state.cart;
    if (current && current.id === cart.id && current.revision > cart.revision) return current;
    this.#set({ cart, status: 'ready', error: null });
    return cart;
  }

  #set(patch: Partial<CartState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const l of this.#listeners) l(this.#state);
  }
}
