/**
 * Fields added to every event by the telemetry service, from its `context` option, so per-variant conversion and
 * per-variant vitals can be computed downstream.
 */
export interface TelemetryContext {
  /** Active experiment assignments: experiment key -> variation id. Always present, `{}` when none. */
  experiments: Record<string, string>;
  /** The shopper's anonymous id (the same one experiments are bucketed by), when known. */
  anonymous_id?: string;
  /** Anything else the page adds (page type, release, ...); keep it small and free of personal data. */
  [key: string]: unknown;
}

/** A commerce, experience or vitals event as the service hands it to sinks and subscribers. */
export interface TelemetryEvent {
  /** GA4 event name: `add_to_cart`, `purchase`, `web_vitals`, ... */
  name: string;
  /** GA4 parameters of the event, as given to `track`. */
  params: Record<string, unknown>;
  /** Experiment assignments, anonymous id and page-supplied fields at the moment the event fired. */
  context: TelemetryContext;
  /** When the event fired, in milliseconds since the epoch. */
  timestamp: number;
  /**
   * A random id the beacon sink gives each event when it queues it (no personal data), so a collector can drop the
   * copies that retried beacons deliver twice.
   */
  id?: string;
}

/**
 * What kit elements use to report events. Elements call `track` with GA4 names (`add_to_cart`, `purchase`, ...);
 * the service adds experiment tags and the anonymous id and hands the event to its sinks. `track` never throws.
 *
 * `subscribe` and `flush` are optional so that a page (or a test) can hand elements a bare `{ track }`;
 * `createTelemetry()` returns a service that has both.
 */
export interface TelemetryService {
  track(name: string, params?: Record<string, unknown>): void;
  /** Calls `listener` with every event from now on; returns the unsubscribe function. */
  subscribe?(listener: (event: TelemetryEvent) => void): () => void;
  /** Sends whatever batching sinks hold now. */
  flush?(): void;
}

/**
 * Where events go. Any function of an event is a sink; batching sinks also have `flush` (called by the service's
 * `flush()`) and `dispose` (removes their page listeners). `label` names the sink in warnings.
 */
export interface TelemetrySink {
  (event: TelemetryEvent): void;
  flush?(): void;
  dispose?(): void;
  label?: string;
}
