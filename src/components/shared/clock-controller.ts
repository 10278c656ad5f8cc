import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A source of time and timers. Elements take one so tests and stories can run a clock of their own. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The page's real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A clock that moves only when told to, for tests and stories. `advance()` fires due timers in time order, each
 * with the clock set to its due time, as a real clock would.
 */
export class ManualClock implements Clock {
  #now: number;
  #timers = new Map<number, { at: number; callback: () => void }>();
  #next = 1;

  constructor(start: Date | number) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#next++;
    this.#timers.set(id, { at: this.#now + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** Timers waiting to fire. */
  get pending(): number {
    return this.#timers.size;
  }

  /** Moves the clock forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void {
    this.set(this.#now + ms);
  }

  /** Moves the clock to `to` (never backwards), firing every timer that falls due on the way. */
  set(to: Date | number): void {
    const target = typeof to === 'number' ? to : to.getTime();
    for (;;) {
      let due: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.#timers) if (entry[1].at <= target && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.#timers.delete(due[0]);
      this.#now = Math.max(this.#now, due[1].at);
      due[1].callback();
    }
    this.#now = Math.max(this.#now, target);
  }
}

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
