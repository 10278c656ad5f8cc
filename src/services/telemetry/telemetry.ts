import type { TelemetryContext, TelemetryEvent, TelemetryService, TelemetrySink } from './types.js';
import { measureWebVitals, type WebVitalsOptions } from './vitals.js';

/** Fields a page's `context` function may return; `experiments` and `anonymous_id` are the ones the kit knows. */
export type TelemetryContextInput = { experiments?: Readonly<Record<string, string>>; anonymous_id?: string } & Record<string, unknown>;

export interface TelemetryOptions {
  /** Where events go: kit sinks (`dataLayerSink()`, `beaconSink(url)`, `consoleSink()`) or any function. */
  sinks?: readonly (TelemetrySink | ((event: TelemetryEvent) => void))[];
  /**
   * Evaluated for every event (vitals included), so each carries the experiment assignments and anonymous id in
   * effect when it fired. See `experimentContext()`.
   */
  context?: () => TelemetryContextInput | undefined;
  /** Measure Core Web Vitals too (loads web-vitals on demand). Off by default. */
  webVitals?: boolean | WebVitalsOptions;
  /** How many recent events `recent()` keeps for late subscribers such as the live log. Default 100. */
  history?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Where the one warning per failing sink goes. Default `console.warn`. */
  warn?: (message: string) => void;
}

/** The service `createTelemetry()` returns: what elements use, plus what the page and the live log use. */
export interface Telemetry extends TelemetryService {
  subscribe(listener: (event: TelemetryEvent) => void): () => void;
  flush(): void;
  /** The most recent events, oldest first (at most `history`). */
  recent(): readonly TelemetryEvent[];
  /** Adds a sink later (e.g. after consent); returns the function that removes it. */
  addSink(sink: TelemetrySink | ((event: TelemetryEvent) => void)): () => void;
  /** Flushes, removes the sinks' page listeners and drops subscribers. */
  dispose(): void;
}

/** What `experimentContext` needs of the experiments service: its assignments and the shopper's anonymous id. */
export interface ExperimentAssignmentsSource {
  getAssignments(): Readonly<Record<string, string>>;
  readonly anonymousId?: string | undefined;
}

/**
 * A `context` function for `createTelemetry` that tags every event with the experiments service's current
 * assignments and anonymous id. Pass the service, or a function returning it when it is created later.
 */
export function experimentContext(
  experiments: ExperimentAssignmentsSource | (() => ExperimentAssignmentsSource | undefined) | undefined,
): () => TelemetryContextInput {
  return () => {
    const source = typeof experiments === 'function' ? experiments() : experiments;
    if (!source) return { experiments: {} };
    const id = source.anonymousId;
    return { experiments: { ...source.getAssignments() }, ...(id ? { anonymous_id: id } : {}) };
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Creates the telemetry service: hand it to `<sf-shop .telemetry=${...}>` and kit elements report GA4 commerce
 * events through it. Every event gets the `context` fields, then goes to each sink and subscriber; a sink that throws
 * is warned about once and never stops the page or the other sinks.
 */
export function createTelemetry(options: TelemetryOptions = {}): Telemetry {
  const now = options.now ?? (() => Date.now());
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const historySize = Math.max(0, options.history ?? 100);
  const sinks = new Set<TelemetrySink>(options.sinks ?? []);
  const listeners = new Set<(event: TelemetryEvent) => void>();
  const warned = new WeakSet<object>();
  const history: TelemetryEvent[] = [];
  let contextWarned = false;

  const label = (fn: TelemetrySink | ((event: TelemetryEvent) => void)) =>
    ('label' in fn && typeof fn.label === 'string' && fn.label) || fn.name || 'anonymous';

  const guarded = (fn: TelemetrySink | ((event: TelemetryEvent) => void), kind: string, call: () => void) => {
    try {
      call();
    } catch (e) {
      if (!warned.has(fn)) {
        warned.add(fn);
        warn(`storefront-elements: telemetry ${kind} "${label(fn)}" failed (${describe(e)}); the other sinks still receive events. Further failures of this ${kind} are not logged.`);
      }
    }
  };

  const readContext = (): TelemetryContext => {
    let input: TelemetryContextInput | undefined;
    try {
      input = options.context?.();
    } catch (e) {
      if (!contextWarned) {
        contextWarned = true;
        warn(`storefront-elements: the telemetry context function failed (${describe(e)}); events are sent without experiment tags.`);
      }
    }
    const { experiments, anonymous_id: anonymousId, ...rest } = input ?? {};
    return {
      ...rest,
      experiments: { ...(experiments ?? {}) },
      ...(typeof anonymousId === 'string' && anonymousId ? { anonymous_id: anonymousId } : {}),
    };
  };

  const service: Telemetry = {
    track(name, params = {}) {
      const event: TelemetryEvent = { name, params, context: readContext(), timestamp: now() };
      if (historySize > 0) {
        history.push(event);
        if (history.length > historySize) history.splice(0, history.length - historySize);
      }
      for (const sink of sinks) guarded(sink, 'sink', () => sink(event));
      for (const listener of listeners) guarded(listener, 'subscriber', () => listener(event));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush() {
      for (const sink of sinks) if (sink.flush) guarded(sink, 'sink', () => sink.flush?.());
    },
    recent() {
      return [...history];
    },
    addSink(sink) {
      sinks.add(sink);
      return () => {
        sinks.delete(sink);
      };
    },
    dispose() {
      service.flush();
      for (const sink of sinks) if (sink.dispose) guarded(sink, 'sink', () => sink.dispose?.());
      listeners.clear();
    },
  };

  if (options.webVitals) {
    void measureWebVitals(service, options.webVitals === true ? {} : options.webVitals).catch((e: unknown) =>
      warn(`storefront-elements: web vitals could not be measured (${describe(e)}).`),
    );
  }
  return service;
}
