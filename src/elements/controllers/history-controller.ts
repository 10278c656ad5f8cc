import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { historyContext } from '../base/context.js';
import type { ShopHistory } from '../base/shop-history.js';
import type { Consent } from '../../core/consent-storage.js';
import type { ShoppingHistory } from '../../core/history.js';

/**
 * Gives an element the shopper's history from `<sf-shop>`; the host re-renders when it arrives (it loads on demand)
 * and when it changes.
 */
export class HistoryController implements ReactiveController {
  /** Increases with every change, for elements that key async work on the history. */
  revision = 0;
  #shop: ShopHistory | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    new ContextConsumer(host, { context: historyContext, subscribe: true, callback: (h) => this.#attach(h) });
  }

  /** The history once it has loaded, else undefined; reading it starts the load (the host updates on arrival). */
  get history(): ShoppingHistory | undefined {
    return this.#shop?.history;
  }

  /** The shop's consent now, without loading the history (`none` outside a shop). */
  get consent(): Consent {
    return this.#shop?.consent ?? 'none';
  }

  /** Records into the history now, or as soon as it has loaded: nothing recorded meanwhile is lost. */
  record(change: (history: ShoppingHistory) => void): void {
    this.#shop?.use(change);
  }

  hostConnected(): void {
    if (this.#shop && !this.#unsubscribe) this.#attach(this.#shop);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #attach(shop: ShopHistory | undefined): void {
    this.#unsubscribe?.();
    this.#shop = shop;
    this.revision += 1;
    this.#unsubscribe = shop?.subscribe(() => {
      this.revision += 1;
      this.#host.requestUpdate();
    });
    this.#host.requestUpdate();
  }
}
