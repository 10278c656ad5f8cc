import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { cartContext } from '../base/context.js';
import type { CartState, CartStore } from '../../core/cart-store.js';

/**
 * Gives an element the shop's cart: `controller.state` re-renders the host on every change, `controller.store`
 * performs changes.
 */
export class CartController implements ReactiveController {
  state: CartState = { cart: null, status: 'idle', error: null };
  store: CartStore | undefined;
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
  }

  hostConnected(): void {
    if (this.store && !this.#unsubscribe) this.#attach(this.store);
  }

  #attach(store: CartStore | undefined): void {
    this.#unsubscribe?.();
    this.store = store;
    if (isServer) {
      // The server renders the store as it is (the snapshot's cart, or loading): subscribing would read the cart.
      if (store) this.state = store.state;
      return;
    }
    this.#unsubscribe = store?.subscribe((state) => {
      this.state = state;
      this.#host.requestUpdate();
    });
  }
}
