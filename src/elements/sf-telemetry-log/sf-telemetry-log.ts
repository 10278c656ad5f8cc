import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { intlLocale } from '../../core/locale.js';
import { telemetryMessages } from '../../messages/telemetry.js';
import { summarizeEvent } from '../../services/telemetry/summary.js';
import type { TelemetryEvent, TelemetryService } from '../../services/telemetry/types.js';
import type { ContextEvent } from '@lit/context';
import { telemetryContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { telemetryLogStyles } from './sf-telemetry-log.styles.js';
import { methodsCheck, type PropertyCheck } from '../base/property-checks.js';

/** How the telemetry context hands its value to a consumer. */
type Deliver = ContextEvent<typeof telemetryContext>['callback'];

type Rating = 'good' | 'needs-improvement' | 'poor';
const isRating = (v: unknown): v is Rating => v === 'good' || v === 'needs-improvement' || v === 'poor';

/** How long the event count waits for a burst of events to end before it is announced. */
const SUMMARY_DELAY_MS = 1000;

/**
 * A live log of the telemetry events and web vitals the shop reports, oldest first and newest at the end, with their
 * key parameters and experiment tags, for designers and growth teams watching what fires. The log is a reserved area
 * of fixed height that follows the newest event (like a terminal) while the reader is at its end and stays put
 * when they scrolled back: nothing on the page, or in the log, moves when an event arrives (no layout shift). The log (`role="log"`) does not announce each
 * event (`aria-live="off"` unless `live` is set); a polite status announces the count once a burst of events ends.
 *
 * It watches the service from `<sf-shop>` (telemetry context) or the one set on its `telemetry` property, and shows
 * the events the service already holds (`recent()`) when it attaches.
 *
 * @tag sf-telemetry-log
 * @summary A live, accessible log of telemetry events and web vitals.
 * @csspart summary - The event count (a polite status).
 * @csspart clear-button - The button that empties the log.
 * @csspart log - The scrolling list of events.
 * @csspart entry - One logged event.
 * @csspart name - The event name (and the metric name for web vitals).
 * @csspart tag - One experiment assignment, `key: variation`.
 * @cssproperty --sf-telemetry-log-height - Height of the log's reserved area (it scrolls inside), default 16rem.
 * @cssproperty --sf-telemetry-log-background - Background of the log.
 * @cssproperty --sf-telemetry-log-font-family - Font of names and values, default monospace.
 * @since 0.1.0
 * @status experimental
 */
export class SfTelemetryLog extends SfElement {
  static override styles = [SfElement.styles, telemetryLogStyles];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    telemetry: methodsCheck('track'),
  };

  /**
   * The telemetry service to watch. When unset, the shop's (from context) is watched; a service set here wins over
   * the shop's. Needs `subscribe` (services from `createTelemetry()` have it).
   */
  @property({ attribute: false })
  override telemetry?: TelemetryService;

  /**
   * Most events kept; the oldest drop off the start once a burst of events ends (not while the reader has scrolled
   * back; never more than twice as many).
   */
  @property({ type: Number }) max = 50;

  /** Announce each new event politely to screen readers (off by default: a busy page fires many). */
  @property({ type: Boolean, reflect: true }) live = false;

  @state() protected entries: readonly TelemetryEvent[] = [];
  /** Events seen since the last clear (may exceed `entries.length`). */
  @state() protected total = 0;
  /** The count the status shows; follows `total` once a burst ends. */
  @state() protected announcedTotal = 0;

  /** The shop's service, kept apart so it never replaces one the page set on `telemetry`. */
  #fromContext: TelemetryService | undefined;
  #unsubscribe: (() => void) | undefined;
  #watching: TelemetryService | undefined;
  #summaryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The wrapper handed to the provider for each consumer callback, and the wrappers themselves. */
  #wrapped = new WeakMap<Deliver, Deliver>();
  #wrappers = new WeakSet<Deliver>();
  /** Whether the log shows its end, so the next event scrolls into view (set before each update). */
  #following = true;

  constructor() {
    super();
    // SfElement's context consumer writes the shop's service into `telemetry`, which would replace a service the page
    // set there (even with `undefined`). Keep the shop's apart and hand the consumer the current value instead.
    // One wrapper per consumer callback, and a wrapper is never wrapped again: when a provider connects below the
    // shop (a nested <sf-shop>), @lit/context re-sends every subscription with the callback it holds (our wrapper).
    // Wrapping that again gave the provider a new callback on each pass, which it re-sent in turn: an endless loop
    // that hung the page.
    this.addEventListener('context-request', (e) => {
      const request = e as ContextEvent<typeof telemetryContext>;
      if (request.context !== telemetryContext || request.contextTarget !== this) return;
      const deliver = request.callback;
      if (this.#wrappers.has(deliver)) return;
      let wrapper = this.#wrapped.get(deliver);
      if (!wrapper) {
        wrapper = (value, unsubscribe) => {
          this.#fromContext = value;
          deliver(this.telemetry, unsubscribe);
          this.requestUpdate();
        };
        this.#wrapped.set(deliver, wrapper);
        this.#wrappers.add(wrapper);
      }
      (request as { callback: typeof deliver }).callback = wrapper;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch(this.#service);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watch(undefined);
    clearTimeout(this.#summaryTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.isConnected) this.#watch(this.#service);
    if (changed.has('max') && this.entries.length > this.#max) this.entries = this.entries.slice(-this.#max);
    this.#following = this.#atEnd();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Before the frame paints, so the newest entry is seen without a frame in between (a scroll, not a shift).
    const log = this.renderRoot.querySelector<HTMLElement>('[part=log]');
    if (log && this.#following && changed.has('entries' as keyof SfTelemetryLog)) log.scrollTop = log.scrollHeight;
  }

  /** Empties the log. */
  clear(): void {
    this.entries = [];
    this.total = 0;
    this.announcedTotal = 0;
    clearTimeout(this.#summaryTimer);
  }

  #atEnd(): boolean {
    const log = this.renderRoot.querySelector?.<HTMLElement>('[part=log]');
    return !log || log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
  }

  get #service(): TelemetryService | undefined {
    return this.telemetry ?? this.#fromContext;
  }

  get #max(): number {
    return Math.max(1, Math.floor(this.max) || 1);
  }

  #watch(service: TelemetryService | undefined): void {
    if (service === this.#watching) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#watching = service;
    if (!service?.subscribe) return;
    const recent = (service as { recent?: () => readonly TelemetryEvent[] }).recent?.() ?? [];
    this.entries = recent.slice(-this.#max);
    this.total = recent.length;
    this.announcedTotal = recent.length;
    this.#unsubscribe = service.subscribe((event) => this.#add(event));
  }

  #add(event: TelemetryEvent): void {
    // The oldest go when the burst ends, in an update of their own (see below); never more than twice `max` meanwhile.
    this.entries = [...this.entries, event].slice(-2 * this.#max);
    this.total += 1;
    clearTimeout(this.#summaryTimer);
    this.#summaryTimer = setTimeout(() => {
      this.announcedTotal = this.total;
      // Dropping the oldest in an update where no entry arrives lets scroll anchoring keep what is on screen where it
      // is; dropping them while the newest arrives would move every entry up under an unchanged scroll position (a
      // layout shift). A reader who scrolled back is reading: nothing is dropped under them until they return.
      if (this.#atEnd()) this.entries = this.entries.slice(-this.#max);
    }, SUMMARY_DELAY_MS);
  }

  #time(timestamp: number): string {
    return new Intl.DateTimeFormat(intlLocale(this.effectiveLocale), {
      hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: this.timeZone,
    }).format(timestamp);
  }

  #entry(event: TelemetryEvent, t: (typeof telemetryMessages)['en']) {
    const vital = event.name === 'web_vitals';
    const rating = event.params['rating'];
    const tags = Object.entries(event.context.experiments);
    const { experiments, ...context } = event.context;
    return html`<li part="entry" class=${vital ? 'vital' : 'event'}>
      <div class="line">
        <time datetime=${new Date(event.timestamp).toISOString()}>${this.#time(event.timestamp)}</time>
        <code part="name">${event.name}${vital && typeof event.params['name'] === 'string' ? html` <b>${event.params['name']}</b>` : nothing}</code>
        ${vital && isRating(rating) ? html`<span class="rating ${rating}">${t[`rating.${rating}`]}</span>` : nothing}
        ${summarizeEvent(event).map(([k, v]) => html`<span class="param"><span class="key">${k}:</span> <code>${v}</code></span> `)}
      </div>
      ${tags.length > 0
        ? html`<ul class="tags" aria-label=${t.experiments}>
            ${tags.map(([k, v]) => html`<li part="tag">${k}: ${v}</li>`)}
          </ul>`
        : nothing}
      <details>
        <summary>${t.details}</summary>
        <pre>${JSON.stringify({ params: event.params, context: { ...context, experiments } }, null, 2)}</pre>
      </details>
    </li>`;
  }

  protected override render() {
    const t = telemetryMessages[this.effectiveLocale];
    const service = this.#service;
    const count = this.announcedTotal > this.entries.length && this.announcedTotal === this.total
      ? t.countShown(this.announcedTotal, this.entries.length)
      : t.count(this.announcedTotal);
    return html`
      <div class="bar">
        <p part="summary" role="status">${count}</p>
        <button part="clear-button" type="button" @click=${() => this.clear()}>${t.clear}</button>
      </div>
      <div part="log" role="log" aria-live=${this.live ? 'polite' : 'off'} aria-label=${t.label} tabindex="0">
        ${!service
          ? html`<p class="note">${t.noService}</p>`
          : !service.subscribe
            ? html`<p class="note">${t.notWatchable}</p>`
            : this.entries.length === 0
              ? html`<p class="note">${t.empty}</p>`
              : html`<ol>${repeat(this.entries, (e) => e, (e) => this.#entry(e, t))}</ol>`}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-telemetry-log': SfTelemetryLog;
  }
}
