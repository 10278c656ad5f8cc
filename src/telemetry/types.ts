/** A commerce or experience event as the kit emits it (GA4 names and parameters). */
export interface TelemetryEvent {
  name: string;
  params: Record<string, unknown>;
}

/**
 * What kit elements use to report events. Elements call `track` with GA4 names (`add_to_cart`, `purchase`, ...);
 * the service adds experiment tags and the anonymous id and hands the event to its sinks.
 */
export interface TelemetryService {
  track(name: string, params?: Record<string, unknown>): void;
}
