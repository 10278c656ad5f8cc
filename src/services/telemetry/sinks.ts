import type { TelemetryEvent, TelemetrySink } from './types.js';

/** GA4 ecommerce events: the dataLayer sink nests their parameters under `ecommerce`. */
export const GA4_ECOMMERCE_EVENTS: ReadonlySet<string> = new Set([
  'view_item_list', 'select_item', 'view_item', 'add_to_wishlist', 'add_to_cart', 'remove_from_cart', 'view_cart',
  'begin_checkout', 'add_shipping_info', 'add_payment_info', 'purchase', 'refund', 'view_promotion',
  'select_promotion',
]);

/**
 * GA4 event parameters must be scalars, so the assignments object is also given as one sorted string,
 * `key:variation,key:variation`, ready for a GA4 custom dimension.
 */
export function experimentVariants(experiments: Readonly<Record<string, string>>): string {
  return Object.keys(experiments)
    .sort()
    .map((k) => `${k}:${experiments[k]}`)
    .join(',');
}

export interface DataLayerSinkOptions {
  /** The array to push to; default `window.dataLayer` (created when missing, read at every push). */
  dataLayer?: unknown[];
  /** Event names treated as ecommerce; default `GA4_ECOMMERCE_EVENTS`. */
  ecommerceEvents?: ReadonlySet<string>;
}

/**
 * Pushes events to the Google Tag Manager data layer by the GA4 convention: for an ecommerce event first
 * `{ ecommerce: null }` (so GTM does not merge it with the previous one), then
 * `{ event, ecommerce: { ...params }, experiments, experiment_variants, anonymous_id }`; other events as
 * `{ event, ...params, experiments, experiment_variants, anonymous_id }`.
 */
export function dataLayerSink(options: DataLayerSinkOptions = {}): TelemetrySink {
  const ecommerce = options.ecommerceEvents ?? GA4_ECOMMERCE_EVENTS;
  const layer = (): unknown[] => {
    if (options.dataLayer) return options.dataLayer;
    const w = globalThis as { dataLayer?: unknown[] };
    return (w.dataLayer ??= []);
  };
  const sink: TelemetrySink = (event) => {
    const { experiments, anonymous_id: anonymousId, ...extra } = event.context;
    const tags = {
      ...extra,
      experiments: { ...experiments },
      experiment_variants: experimentVariants(experiments),
      ...(anonymousId ? { anonymous_id: anonymousId } : {}),
    };
    const target = layer();
    if (ecommerce.has(event.name)) {
      target.push({ ecommerce: null });
      target.push({ event: event.name, ecommerce: { ...event.params }, ...tags });
    } else {
      target.push({ event: event.name, ...event.params, ...tags });
    }
  };
  sink.label = 'dataLayer';
  return sink;
}

export interface ConsoleSinkOptions {
  /** Default the global `console`. */
  console?: Pick<Console, 'info'>;
}

/** Logs each event for development: `[telemetry] add_to_cart {params} {context}`. */
export function consoleSink(options: ConsoleSinkOptions = {}): TelemetrySink {
  const out = options.console ?? console;
  const sink: TelemetrySink = (event) => out.info(`[telemetry] ${event.name}`, event.params, event.context);
  sink.label = 'console';
  return sink;
}

/** Browsers refuse keep-alive bodies beyond 64 KiB in flight; stay under it with room for headers. */
export const BEACON_MAX_BYTES = 60_000;

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

/**
 * Splits events into JSON bodies `{"events":[...]}` of at most `maxBytes` UTF-8 bytes and `maxBatch` events each,
 * keeping their order. An event too large to fit alone is returned in `dropped`.
 */
export function splitIntoPayloads(
  events: readonly TelemetryEvent[],
  maxBytes = BEACON_MAX_BYTES,
  maxBatch = Number.POSITIVE_INFINITY,
): { payloads: string[]; dropped: TelemetryEvent[] } {
  const open = '{"events":[';
  const close = ']}';
  const frame = byteLength(open) + byteLength(close);
  const payloads: string[] = [];
  const dropped: TelemetryEvent[] = [];
  let parts: string[] = [];
  let size = frame;
  const emit = () => {
    if (parts.length > 0) payloads.push(open + parts.join(',') + close);
    parts = [];
    size = frame;
  };
  for (const event of events) {
    const json = JSON.stringify(event);
    const bytes = byteLength(json);
    if (frame + bytes > maxBytes) {
      dropped.push(event);
      continue;
    }
    const added = bytes + (parts.length > 0 ? 1 : 0);
    if (size + added > maxBytes || parts.length >= maxBatch) emit();
    size += bytes + (parts.length > 0 ? 1 : 0);
    parts.push(json);
  }
  emit();
  return { payloads, dropped };
}

export interface BeaconSinkOptions {
  /** Send as soon as this many events are waiting. Default 20. */
  maxBatch?: number;
  /** Largest body in bytes; default 60 000 (the browser's keep-alive limit is 64 KiB). */
  maxBytes?: number;
  /** Also send this long after the first waiting event, in ms; 0 turns the timer off. Default 10 000. */
  maxWaitMs?: number;
  /** Where warnings go (a dropped oversize event, a failed fetch). Default `console.warn`. */
  warn?: (message: string) => void;
  /**
   * The fetch used when `navigator.sendBeacon` is missing or refuses; default the global one. Servers and the
   * simulator pass their own.
   */
  fetch?: typeof fetch;
}

/**
 * A random event id: 128 bits from `crypto.getRandomValues` as hex. Not `crypto.randomUUID`, which pages served over
 * plain http (a shop's staging) do not have.
 */
export function randomEventId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Batches events and POSTs them to `url` as `{"events":[...]}` (each event with a random `id`) (text/plain, so no CORS preflight) with
 * `navigator.sendBeacon`, or `fetch(url, { method: 'POST', keepalive: true })` where the beacon is unavailable or
 * refused. Sends when `maxBatch` events wait, after `maxWaitMs`, on `flush()`, and when the page is hidden
 * (`visibilitychange`) or left (`pagehide`) — never from `unload`/`beforeunload`, which would keep the page out of
 * the back/forward cache and does not fire reliably on mobile.
 */
export function beaconSink(url: string | URL, options: BeaconSinkOptions = {}): TelemetrySink {
  const maxBatch = Math.max(1, options.maxBatch ?? 20);
  const maxBytes = options.maxBytes ?? BEACON_MAX_BYTES;
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const target = String(url);
  const post = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
  let queue: TelemetryEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = (body: string) => {
    let queued = false;
    try {
      queued = typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(target, body);
    } catch {
      // A beacon the browser refuses by throwing (e.g. a bad URL) falls through to fetch like a refused one.
    }
    if (queued) return;
    try {
      post(target, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'text/plain;charset=UTF-8' } }).catch(
        (e: unknown) => warn(`storefront-elements: telemetry could not be sent to ${target} (${String(e)}).`),
      );
    } catch (e) {
      warn(`storefront-elements: telemetry could not be sent to ${target} (${String(e)}).`);
    }
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    const { payloads, dropped } = splitIntoPayloads(queue, maxBytes, maxBatch);
    queue = [];
    for (const event of dropped) warn(`storefront-elements: a "${event.name}" telemetry event is larger than ${maxBytes} bytes and was not sent.`);
    for (const body of payloads) send(body);
  };

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const onPageHide = () => flush();
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibility);
    globalThis.addEventListener('pagehide', onPageHide);
  }

  const sink: TelemetrySink = (event) => {
    // The id is given once, at queue time, so a retried body carries the same ids and the collector drops the copy.
    queue.push(event.id ? event : { ...event, id: randomEventId() });
    if (queue.length >= maxBatch) flush();
    else if (maxWaitMs > 0 && timer === undefined) timer = setTimeout(flush, maxWaitMs);
  };
  sink.label = `beacon ${target}`;
  sink.flush = flush;
  sink.dispose = () => {
    flush();
    if (typeof document !== 'undefined') {
      document.removeEventListener('visibilitychange', onVisibility);
      globalThis.removeEventListener('pagehide', onPageHide);
    }
  };
  return sink;
}
