import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { historyContext } from '../base/context.js';
import type { ShoppingHistory } from '../../core/history.js';

/** Gives an element the shopper's history from `<sf-shop>`; the host re-renders when it changes. */
export class HistoryController implements ReactiveController {
  history: ShoppingHistory | undefined;
  /** Increases with every change, for elements that key async work on the history. */
  revision = 0;
  #unsubscribe: (() => void) | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    new ContextConsumer(host, { context: historyContext, subscribe: true, callback: (h) => this.#attach(h) });
  }

  hostConnected(): void {
    if (this.history && !this.#unsubscribe) this.#attach(this.history);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #attach(history: ShoppingHistory | undefined): void {
    this.#unsubscribe?.();
    this.history = history;
    this.revision += 1;
    this.#unsubscribe = history?.subscribe(() => {
      this.revision += 1;
      this.#host.requestUpdate();
    });
    this.#host.requestUpdate();
  }
}
