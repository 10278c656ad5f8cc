import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { cartContext } from '../base/context.js';
import type { CartState } from '../../core/cart-store.js';
import type { CartModel } from '../../core/lazy-cart-store.js';

/** Stores whose changing part was asked for already (one idle wait per shop, however many elements). */
const preparing = new WeakSet<object>();

/**
 * Gives an element the shop's cart: `controller.state` re-renders the host on every change, `controller.store`
 * performs changes.
 *
 * A shop page's first load holds only the part of the cart that shows it (`LazyCartStore`): the part that changes
 * it is fetched when a pointer or focus reaches a cart element (the shopper is about to use it) or when the browser
 * is idle after load, whichever comes first, so the first change usually finds it there.
 */
export class CartController implements ReactiveController {
  state: CartState = { cart: null, status: 'idle', error: null };
  store: CartModel | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    new ContextConsumer(host, {
      context: cartContext,
      subscribe: true,
      callback: (store) => this.#attach(store),
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#host.removeEventListener('pointerover', this.#intent);
    this.#host.removeEventListener('focusin', this.#intent);
  }

  hostConnected(): void {
    if (this.store && !this.#unsubscribe) this.#attach(this.store);
    if (isServer) return;
    this.#host.addEventListener('pointerover', this.#intent);
    this.#host.addEventListener('focusin', this.#intent);
  }

  /** The shopper is about to use the cart: fetch what changes it now. */
  #intent = () => void this.store?.prepare?.();

  /** Fetches what changes the cart once the browser is idle (once per store). */
  #prepareWhenIdle(store: CartModel): void {
    if (!store.prepare || preparing.has(store)) return;
    preparing.add(store);
    const prepare = () => void store.prepare?.();
    if ('requestIdleCallback' in globalThis) requestIdleCallback(prepare, { timeout: 4000 });
    else setTimeout(prepare, 2000);
  }

  #attach(store: CartModel | undefined): void {
    this.#unsubscribe?.();
    this.store = store;
    if (isServer) {
      // The server renders the store as it is (the snapshot's cart, or loading): subscribing would read the cart.
      if (store) this.state = store.state;
      return;
    }
    if (store) this.#prepareWhenIdle(store);
    this.#unsubscribe = store?.subscribe((state) => {
      this.state = state;
      this.#host.requestUpdate();
    });
  }
}
