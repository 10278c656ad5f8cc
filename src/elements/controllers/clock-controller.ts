import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { systemClock, type Clock } from '../../core/clock.js';

export interface ClockControllerOptions {
  /** Update period in ms, aligned to multiples of it since the epoch; default one minute (on the minute). */
  interval?: number;
}

/**
 * Re-renders its host on the clock: once per `interval`, aligned (every minute on the minute, never every second),
 * plus at a deadline the host names with `wakeAt()` (a cut-off), and when the page becomes visible again (browsers
 * throttle timers in background tabs). With `fixed` set, time stands still and no timer runs.
 */
export class ClockController implements ReactiveController {
  /** Where time and timers come from; the page's clock unless a test or story sets another. */
  clock: Clock = systemClock;
  /** A moment to stand still at (a fixed clock for tests and stories). */
  fixed: Date | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #interval: number;
  #timer: unknown;
  #timerClock: Clock | undefined;
  #deadline: number | undefined;
  #connected = false;
  #onVisible = () => {
    if (document.visibilityState === 'visible') this.#tick();
  };

  constructor(host: ReactiveControllerHost, options: ClockControllerOptions = {}) {
    this.#host = host;
    this.#interval = Math.max(1000, options.interval ?? 60_000);
    host.addController(this);
  }

  /** The time now, by the fixed moment or the clock. */
  get now(): Date {
    return this.fixed ?? new Date(this.clock.now());
  }

  /** Also wake at this instant (ms or Date) if it is in the future; `undefined` clears it. */
  wakeAt(deadline: Date | number | undefined): void {
    const at = deadline === undefined ? undefined : typeof deadline === 'number' ? deadline : deadline.getTime();
    if (at === this.#deadline) return;
    this.#deadline = at;
    if (this.#connected) this.#schedule();
  }

  hostConnected(): void {
    // On the server the host renders once at the clock's time: no ticking, no timer keeping Node alive.
    if (isServer) return;
    this.#connected = true;
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.#onVisible);
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.#onVisible);
    this.#clear();
  }

  hostUpdated(): void {
    // Follows a change of `clock` or `fixed` made by the host since the last update.
    if (this.#connected && (this.#timerClock !== this.clock || (this.fixed !== undefined) === (this.#timer !== undefined))) {
      this.#schedule();
    }
  }

  #tick(): void {
    this.#schedule();
    this.#host.requestUpdate();
  }

  #clear(): void {
    if (this.#timer !== undefined) this.#timerClock?.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerClock = undefined;
  }

  #schedule(): void {
    this.#clear();
    if (!this.#connected || this.fixed) return;
    const now = this.clock.now();
    let at = (Math.floor(now / this.#interval) + 1) * this.#interval;
    if (this.#deadline !== undefined && this.#deadline > now && this.#deadline < at) at = this.#deadline;
    this.#timerClock = this.clock;
    this.#timer = this.clock.setTimeout(() => {
      this.#timer = undefined;
      this.#tick();
    }, at - now);
  }
}
