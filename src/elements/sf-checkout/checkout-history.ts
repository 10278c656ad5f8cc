import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isCheckoutStep, type CheckoutStep } from '../../core/checkout.js';

/** The history entry of the order confirmation (a reload shows the placed order again). */
export const CONFIRMATION = 'confirmation';

type Entry = CheckoutStep | typeof CONFIRMATION;

/** What the history controller reads from its checkout. */
export interface CheckoutHistoryOptions {
  /** Whether the checkout owns history entries and `document.title` (the `history` attribute). */
  enabled(): boolean;
  /** URL fragment before the step name (`#checkout/` gives `#checkout/delivery`). */
  hashPrefix(): string;
  /** Back or Forward landed on one of the checkout's entries. */
  popped(step: CheckoutStep): void;
}

/**
 * The checkout's steps as history entries and its step in `document.title`, only when the page asks for them:
 * a page with its own router or title owns both, so with `enabled()` false this writes neither.
 */
export class CheckoutHistoryController implements ReactiveController {
  readonly #options: CheckoutHistoryOptions;

  constructor(host: ReactiveControllerHost, options: CheckoutHistoryOptions) {
    this.#options = options;
    host.addController(this);
  }

  #popstate = (e: PopStateEvent) => {
    if (!this.#options.enabled()) return;
    const requested = (e.state as { sfCheckoutStep?: unknown } | null)?.sfCheckoutStep;
    if (isCheckoutStep(requested)) this.#options.popped(requested);
  };

  hostConnected(): void {
    if (!isServer) addEventListener('popstate', this.#popstate);
  }

  hostDisconnected(): void {
    if (!isServer) removeEventListener('popstate', this.#popstate);
  }

  /** The entry the current history state names (a step, the confirmation), or undefined when off or none. */
  get current(): unknown {
    if (!this.#options.enabled()) return undefined;
    return (history.state as { sfCheckoutStep?: unknown } | null)?.sfCheckoutStep;
  }

  /** Names the current entry (keeping the page's own state beside it). */
  replace(entry: Entry): void {
    if (!this.#options.enabled()) return;
    const state = { ...(history.state as object | null), sfCheckoutStep: entry };
    history.replaceState(state, '', `${this.#options.hashPrefix()}${entry}`);
  }

  /** A new entry for a step the shopper moved to. */
  push(step: CheckoutStep): void {
    if (!this.#options.enabled()) return;
    history.pushState({ sfCheckoutStep: step }, '', `${this.#options.hashPrefix()}${step}`);
  }

  /** Sets `document.title`. */
  title(text: string): void {
    if (this.#options.enabled()) document.title = text;
  }
}
