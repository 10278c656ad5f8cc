import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CommerceAdapter } from '../../core/adapter.js';
import type { Clock } from '../../core/clock.js';
import type { OrderProgress } from '../../core/model.js';

export interface OrderProgressControllerOptions {
  /** The clock in effect (the host's `clock`, else the page's): polls are timers on it. */
  clock: () => Clock;
  /** Time between reads, in ms. */
  interval: () => number;
  /** Called with every answer; `first` for the first answer of a lookup. */
  onProgress: (progress: OrderProgress, first: boolean) => void | Promise<void>;
}

/**
 * Reads an order's progress from the adapter and reads it again every `interval` on the host's clock, so a
 * `ManualClock` drives the live updates deterministically. Stops at a cancelled or returned order (nothing more will
 * happen) and when the host leaves the page; a new lookup aborts the one in flight.
 */
export class OrderProgressController implements ReactiveController {
  progress: OrderProgress | undefined;
  error: unknown;
  loading = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: OrderProgressControllerOptions;
  #abort: AbortController | undefined;
  #timer: unknown;
  #timerClock: Clock | undefined;
  #lookup: { adapter: CommerceAdapter; code: string; email: string | undefined } | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: OrderProgressControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * Whether an order was asked for and neither its progress nor an error is in yet: the loading state, on the
   * server too (where nothing is read), so the browser's first render hydrates the same HTML.
   */
  get waiting(): boolean {
    return this.loading || (!!this.#lookup && !this.progress && !this.error);
  }

  /** Starts reading this order (again); the same lookup while one runs is left alone. */
  lookUp(adapter: CommerceAdapter, code: string, email: string | undefined, force = false): void {
    const l = this.#lookup;
    if (!force && l && l.adapter === adapter && l.code === code && l.email === email) return;
    this.#lookup = { adapter, code, email };
    this.progress = undefined;
    this.error = undefined;
    if (this.#connected) void this.#read(true);
  }

  hostConnected(): void {
    // On the server the host renders what it was given; the browser reads (and polls) the order's progress.
    if (isServer) return;
    this.#connected = true;
    if (this.#lookup && !this.loading) void this.#read(!this.progress);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#abort?.abort();
    this.#stop();
  }

  #stop(): void {
    if (this.#timer !== undefined) this.#timerClock?.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #read(first: boolean): Promise<void> {
    const lookup = this.#lookup;
    if (!lookup?.adapter.getOrderProgress) return;
    this.#stop();
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.loading = first;
    this.#host.requestUpdate();
    try {
      const progress = await lookup.adapter.getOrderProgress(lookup.code, {
        signal: abort.signal, ...(lookup.email ? { email: lookup.email } : {}),
      });
      if (abort.signal.aborted || lookup !== this.#lookup) return;
      this.progress = progress;
      this.error = undefined;
      await this.#options.onProgress(progress, first);
    } catch (e) {
      if (abort.signal.aborted || lookup !== this.#lookup) return;
      // A failed re-read keeps what the shopper sees; only a failed first read is shown as an error.
      if (first) this.error = e;
    } finally {
      if (lookup === this.#lookup && !abort.signal.aborted) {
        this.loading = false;
        this.#host.requestUpdate();
        this.#schedule();
      }
    }
  }

  #schedule(): void {
    const stage = this.progress?.events.at(-1)?.stage;
    if (!this.#connected || !this.progress || stage === 'cancelled' || stage === 'returned') return;
    const clock = this.#options.clock();
    this.#timerClock = clock;
    this.#timer = clock.setTimeout(() => {
      this.#timer = undefined;
      void this.#read(false);
    }, Math.max(1000, this.#options.interval()));
  }
}
