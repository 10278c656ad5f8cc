import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import { toCommerceError } from '../../core/errors.js';
import type { DeliveryKind, DeliveryMethod } from '../../core/model.js';
import { COUNTDOWN_MAX_MS, describeDeliveryPromise, formatCountdown, type DeliveryPromiseText } from '../../messages/describe-delivery.js';
import { promiseDelivery } from '../../core/delivery/engine.js';
import type { DeliveryPromise, DeliveryPromiseParams, HolidayInput } from '../../core/delivery/types.js';
import { commonMessages } from '../../messages/common.js';
import { deliveryMessages } from '../../messages/delivery.js';
import { formatMoney } from '../../core/money.js';
import { ClockController } from '../controllers/clock-controller.js';
import { ExperimentController, reserved } from '../controllers/experiment-controller.js';
import { KIT_FEATURES } from '../../services/experiments/features.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { SfDeliverySettingsInvalidEvent } from '../events/index.js';
import { styles } from './sf-delivery-promise.styles.js';
import { validateDeliveryMethod, validateStock } from '../../core/validate.js';
import { dateCheck, validated, type PropertyCheck } from '../base/property-checks.js';

type Transit = number | { min: number; max: number };

const transitConverter = {
  fromAttribute(value: string | null): Transit | undefined {
    if (value === null) return undefined;
    const range = /^\s*(\d+)\s*[-–]\s*(\d+)\s*$/.exec(value);
    if (range) return { min: Number(range[1]), max: Number(range[2]) };
    // Anything else that is not a whole number stays NaN, which the engine reports by name.
    return /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  },
};

const weekdaysConverter = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value.split(/[\s,]+/).filter(Boolean).map(Number)),
};

const holidaysConverter = {
  fromAttribute(value: string | null): HolidayInput | undefined {
    if (value === null) return 'FI';
    const items = value.split(/[\s,]+/).filter(Boolean);
    if (items.length === 0 || (items.length === 1 && items[0] === 'none')) return [];
    const extra = items.filter((d) => d !== 'FI');
    if (extra.length === items.length) return extra;
    return extra.length === 0 ? 'FI' : { calendar: 'FI', extra };
  },
};

const dateConverter = {
  fromAttribute: (value: string | null) => (value ? new Date(value) : undefined),
  toAttribute: (value: Date | undefined) => value?.toISOString(),
};

const KINDS: readonly DeliveryKind[] = ['home', 'pickup-point', 'store'];

/** Most working days the fallback text states: beyond it, a number means nothing to a shopper. */
const FALLBACK_MAX_DAYS = 60;

/**
 * The working days a parcel takes, as far as the settings still tell (handling + transit, plus one for a cut-off
 * missed), when they cannot give dates; null when the days themselves are unusable.
 */
function fallbackDays(transit: unknown, handling: unknown): { min: number; max: number } | null {
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= FALLBACK_MAX_DAYS;
  const range = typeof transit === 'number' ? { min: transit, max: transit } : (transit as { min?: unknown; max?: unknown } | undefined);
  const h = handling ?? 0;
  if (!range || !whole(range.min) || !whole(range.max) || range.min > range.max || !whole(h)) return null;
  return { min: Math.max(1, h + range.min), max: h + range.max + 1 };
}

interface Entry {
  id: string;
  method?: DeliveryMethod;
  promise: DeliveryPromise;
  words: DeliveryPromiseText;
}

type View =
  | { state: 'empty' }
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'invalid'; kind: DeliveryKind; days: { min: number; max: number } | null }
  | { state: 'ready'; entries: Entry[] };

/**
 * An honest delivery promise: "Order within 2 h 10 min and it ships today. Arrives Thu 26.11." — computed by
 * `promiseDelivery` from a delivery method (or plain attributes) and the stock, in fi, sv or en.
 *
 * The countdown moves once a minute, on the minute; when the cut-off passes the promise is computed again. Screen
 * readers hear a polite announcement only when a promised date changes, never the minutes. Two line boxes are
 * reserved so the page does not shift when the text first appears or changes length.
 *
 * Settings that cannot give a promise (an unknown `time-zone`, a malformed `holidays` list, a cut-off such as
 * '25:00', an unknown `kind` or `method-id`, …) never blank the badge and never throw: it shows a plain fallback
 * without dates, "Delivered in about 1–2 working days." (handling plus transit days, plus one for a missed cut-off),
 * or "The delivery time is confirmed at checkout." when the days are unusable too; it logs one `console.warn`
 * naming the element and the setting, and fires `sf-delivery-settings-invalid` once per distinct problem.
 *
 * The `sf-delivery-countdown` experiment switches between the countdown (true, the default) and the date only
 * (false); `no-countdown` set by the page wins, and then no exposure is recorded.
 *
 * With `all-methods`, lists every delivery method of the shop's adapter with its price and its own promise, as the
 * checkout's delivery step does.
 *
 * @tag sf-delivery-promise
 * @summary When the parcel ships and arrives, with a cut-off countdown.
 * @fires sf-delivery-settings-invalid - The settings cannot give a promise; the fallback text shows. `event.field`,
 * `event.reason`.
 * @csspart promise - The promise text (two reserved lines).
 * @csspart dispatch - The first sentence: when to order and when it ships.
 * @csspart countdown - The time left until the cut-off, inside `dispatch`.
 * @csspart arrival - The second sentence: when it arrives or can be picked up.
 * @csspart methods - The list of delivery methods (`all-methods`).
 * @csspart method - One delivery method in the list.
 * @csspart method-header - A method's name and price.
 * @csspart method-name - A method's name.
 * @csspart price - A method's price.
 * @csspart status - Loading or error message (`all-methods`, `method-id`).
 * @cssproperty --sf-delivery-promise-color - Text colour.
 * @cssproperty --sf-delivery-promise-countdown-color - Colour of the countdown; default the success colour.
 * @cssproperty --sf-delivery-promise-lines - Line boxes reserved for the promise; default 2.
 * @cssproperty --sf-delivery-promise-gap - Gap between methods.
 * @cssproperty --sf-delivery-promise-border-color - Border of each method.
 * @cssstate countdown - A countdown to the cut-off is showing.
 * @cssstate invalid - The settings are invalid; the fallback text without dates shows.
 * @cssstate loading - Delivery methods are loading.
 * @since 0.1.0
 * @status experimental
 */
export class SfDeliveryPromise extends SfElement {
  static override styles = [SfElement.styles, styles];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    method: validated(validateDeliveryMethod),
    stock: validated(validateStock),
    now: dateCheck,
  };

  /** The delivery method to promise for (its `promise` parameters, `kind` and name). Wins over the attributes. */
  @property({ attribute: false }) method?: DeliveryMethod;

  /** Promise for this delivery method id from the shop's adapter. */
  @property({ attribute: 'method-id' }) methodId?: string;

  /** List every delivery method of the shop's adapter, each with its price and promise. */
  @property({ type: Boolean, attribute: 'all-methods' }) allMethods = false;

  /** Hand-made badge: 'HH:MM' cut-off in the warehouse zone. */
  @property() cutoff?: string;

  /** Hand-made badge: carrier days after dispatch, `1` or a range `1-2`. */
  @property({ attribute: 'transit-days', converter: transitConverter }) transitDays?: Transit;

  /** Hand-made badge: IANA zone of the warehouse; default the shop's. */
  @property({ attribute: 'time-zone' }) warehouseTimeZone?: string;

  /** Hand-made badge: 'HH:MM' when the parcel is ready on the delivery day (pickup). */
  @property({ attribute: 'ready-from' }) readyFrom?: string;

  /** Hand-made badge: where the parcel goes: `home`, `pickup-point` or `store`. */
  @property() kind: DeliveryKind = 'home';

  /** Hand-made badge: ISO weekdays the warehouse ships, e.g. `1,2,3,4,5`. */
  @property({ attribute: 'dispatch-days', converter: weekdaysConverter }) dispatchDays?: number[];

  /** Hand-made badge: ISO weekdays the carrier delivers. */
  @property({ attribute: 'delivery-days', converter: weekdaysConverter }) deliveryDays?: number[];

  /** Hand-made badge: extra dispatch days before shipping. */
  @property({ attribute: 'handling-days', type: Number }) handlingDays?: number;

  /** Hand-made badge: `FI` (default), `none`, dates `2026-12-31,2027-01-02`, or `FI` plus dates. */
  @property({ converter: holidaysConverter }) holidays: HolidayInput = 'FI';

  /** Stock of the product or cart line; ordering more than `available` adds `restockDays` dispatch days. */
  @property({ attribute: false }) stock?: { available: number; restockDays: number };

  /** Units ordered, compared with `stock.available`. */
  @property({ type: Number }) quantity = 1;

  /** The pickup point's or store's name. */
  @property({ attribute: 'place-name' }) placeName?: string;

  /** Hide the countdown (attribute `no-countdown`). */
  @property({ type: Boolean, attribute: 'no-countdown' }) noCountdown = false;

  /** 'offer' for product pages and checkout; 'order' for an order confirmation ("Your order is on its way; …"). */
  @property() tense: 'offer' | 'order' = 'offer';

  /**
   * A fixed moment to compute from; while set it wins over `clock` and time stands still.
   * @deprecated Set `clock` instead: `el.clock = new ManualClock(date)` fixes time the same way (and can move it).
   */
  @property({ converter: dateConverter }) now?: Date;

  /** Show a countdown to the cut-off when it is 12 hours or less away; default true. */
  get countdown(): boolean {
    return !this.noCountdown;
  }
  set countdown(value: boolean) {
    this.noCountdown = !value;
  }

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  /** The polite announcement; changes only when a promised date does. */
  @state() protected announcement = '';

  readonly #clock = new ClockController(this);
  /** The `sf-delivery-countdown` experiment: countdown (true) or the date only (false). */
  readonly #countdownFlag = new ExperimentController<boolean>(this, KIT_FEATURES.deliveryCountdown, true, {
    validate: (value) => (typeof value === 'boolean' ? undefined : 'expected a boolean'),
  });
  #view: View = { state: 'empty' };
  #lastKey: string | undefined;
  #warned = new Set<string>();
  #lastCount = 3;

  #methods = new Task(this, {
    task: async ([adapter, wanted], { signal }) => {
      if (!adapter || !wanted) return undefined;
      return adapter.getDeliveryMethods({}, { signal });
    },
    // With the server's methods (`<sf-shop snapshot>`) nothing is loaded: the promise renders on the server and
    // hydrates with the same text.
    args: () => [this.serverData?.deliveryMethods ? undefined : this.adapter, this.allMethods || Boolean(this.methodId)] as const,
  });

  static override get observedAttributes(): string[] {
    // `placeName=` in a Lit template sets the attribute `placename`: accept it as well as `place-name`.
    return [...super.observedAttributes, 'placename'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'placename') this.placeName = value ?? undefined;
    else super.attributeChangedCallback(name, old, value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#clock.fixed = this.now;
    this.#clock.clock = this.effectiveClock;
    this.#view = this.#compute();
    const entries = this.#view.state === 'ready' ? this.#view.entries : [];
    this.#clock.wakeAt(entries.length ? Math.min(...entries.map((e) => e.promise.orderBy.getTime())) : undefined);
    this.toggleState('invalid', this.#view.state === 'invalid');
    this.toggleState('loading', this.#view.state === 'loading');
    this.toggleState('countdown', entries.some((e) => e.words.countdown));
    if (entries.length && this.allMethods) this.#lastCount = entries.length;
    if (entries.length) {
      const key = entries.map((e) => `${e.id}:${e.promise.dispatchDate}/${e.promise.earliest}/${e.promise.latest}`).join('|');
      if (this.#lastKey !== undefined && key !== this.#lastKey) {
        const before = new Set(this.#lastKey.split('|'));
        const changedTexts = entries
          .filter((e) => !before.has(`${e.id}:${e.promise.dispatchDate}/${e.promise.earliest}/${e.promise.latest}`))
          .map((e) => (e.method && entries.length > 1 ? `${e.method.name}: ${e.words.text}` : e.words.text));
        this.announcement = deliveryMessages[this.effectiveLocale].updated(changedTexts.join(' '));
      }
      this.#lastKey = key;
    }
  }

  #compute(): View {
    const wanted = this.allMethods || Boolean(this.methodId);
    let methods: readonly DeliveryMethod[] | undefined;
    if (this.method) methods = [this.method];
    else if (wanted) {
      if (this.#methods.status === TaskStatus.ERROR) {
        this.#warn(`could not load delivery methods: ${String(this.#methods.error)}`);
        return { state: 'error', error: this.#methods.error };
      }
      const loaded = this.#methods.value ?? this.serverData?.deliveryMethods;
      if (!loaded) return { state: 'loading' };
      methods = this.allMethods ? loaded : loaded.filter((m) => m.id === this.methodId);
      if (methods.length === 0) return this.#invalid(`methodId: no delivery method "${this.methodId}" in the adapter`, 'home', null);
    }
    const now = this.#clock.now;
    // What the fallback can still say if the settings turn out invalid: the first method's, else the attributes'.
    const first = methods?.[0];
    const kind = first?.kind ?? (KINDS.includes(this.kind) ? this.kind : 'home');
    const days = first
      ? fallbackDays(first.promise.transitDays, first.promise.handlingDays)
      : fallbackDays(this.transitDays, this.handlingDays);
    try {
      if (methods) return { state: 'ready', entries: methods.map((m) => this.#entry(m.id, m.promise, m.kind, now, m)) };
      if (this.cutoff === undefined && this.transitDays === undefined) return { state: 'empty' };
      if (!KINDS.includes(this.kind)) return this.#invalid(`kind: expected home, pickup-point or store, got "${this.kind}"`, kind, days);
      const params: DeliveryPromiseParams = {
        timeZone: this.warehouseTimeZone ?? this.timeZone,
        cutoff: this.cutoff ?? '',
        transitDays: this.transitDays ?? Number.NaN,
        holidays: this.holidays,
      };
      if (this.dispatchDays) params.dispatchDays = this.dispatchDays;
      if (this.deliveryDays) params.deliveryDays = this.deliveryDays;
      if (this.handlingDays !== undefined) params.handlingDays = this.handlingDays;
      if (this.readyFrom) params.readyFrom = this.readyFrom;
      return { state: 'ready', entries: [this.#entry('badge', params, this.kind, now)] };
    } catch (e) {
      return this.#invalid(e instanceof Error ? e.message : String(e), kind, days);
    }
  }

  #entry(id: string, params: DeliveryPromiseParams, kind: DeliveryKind, now: Date, method?: DeliveryMethod): Entry {
    const promise = promiseDelivery({
      ...params,
      now,
      ...(this.stock ? { stock: this.stock } : {}),
      quantity: this.quantity,
    });
    const words = describeDeliveryPromise(promise, {
      now,
      locale: this.effectiveLocale,
      timeZone: params.timeZone,
      kind,
      // The page's `no-countdown` first: the experiment is read (and so exposed) only where it decides something.
      countdown: this.countdown && this.#countdownFlag.value,
      tense: this.tense === 'order' ? 'order' : 'offer',
      // In the list, no pickup point is chosen yet: a single badge names the one it was given.
      ...(this.placeName && !this.allMethods ? { placeName: this.placeName } : {}),
    });
    return { id, promise, words, ...(method ? { method } : {}) };
  }

  /** Invalid settings: warn and tell the page once per problem (`field: reason`), and show the fallback. */
  #invalid(message: string, kind: DeliveryKind, days: { min: number; max: number } | null): View {
    if (this.#warn(message) && !isServer) {
      const at = message.indexOf(':');
      const field = at > 0 && /^[\w.[\]]+$/.test(message.slice(0, at)) ? message.slice(0, at) : 'settings';
      this.dispatchEvent(new SfDeliverySettingsInvalidEvent(field, at > 0 ? message.slice(at + 1).trim() : message));
    }
    return { state: 'invalid', kind, days };
  }

  /** Warns once per distinct message; true the first time. */
  #warn(message: string): boolean {
    if (this.#warned.has(message)) return false;
    this.#warned.add(message);
    console.warn(`<sf-delivery-promise>: ${message}`);
    return true;
  }


  /**
   * Per promise (by entry id), the words of the last promise shown with a countdown: kept, invisible, under the
   * promise after the cut-off, so the shorter promise that follows it ("Ships tomorrow.") does not pull up what is
   * below it.
   */
  #sizers = new Map<string, { before: string; after: string; arrival: string }>();

  #renderPromise(entry: Entry | undefined): TemplateResult {
    if (!entry) return html`<p part="promise"></p>`;
    const { dispatch, arrival, countdown } = entry.words;
    const at = countdown ? dispatch.indexOf(countdown) : -1;
    // The countdown's length changes every minute ("2 h", "1 h 59 min", "59 min"): it takes the room of the longest
    // one (drawn invisibly under it), so the words after it never move and the sentence always wraps the same way.
    const longest = formatCountdown(COUNTDOWN_MAX_MS - 60_000, this.effectiveLocale);
    const sentence = (before: string, time: string | null, after: string, arrives: string) =>
      html`<span part="dispatch">${before}${time === null ? nothing : html`<strong part="countdown" data-room=${longest}><span>${time}</span></strong>`}${after}</span> <span part="arrival">${arrives}</span>`;
    // The same words without parts: nothing the page styles or finds as the promise.
    const room = (before: string, after: string, arrives: string) =>
      html`<span class="dispatch">${before}<strong class="countdown"><span>${longest}</span></strong>${after}</span> <span class="arrival">${arrives}</span>`;
    // After the cut-off the promise is shorter ("Ships tomorrow."): the last one with a countdown stays, invisible in
    // the same place, so the lines it took are kept.
    if (at >= 0) this.#sizers.set(entry.id, { before: dispatch.slice(0, at), after: dispatch.slice(at + countdown!.length), arrival });
    const sizer = this.#sizers.get(entry.id);
    const promise = at < 0
      ? html`<p part="promise">${sentence(dispatch, null, '', arrival)}</p>`
      : html`<p part="promise">${sentence(dispatch.slice(0, at), countdown, dispatch.slice(at + countdown!.length), arrival)}</p>`;
    if (!sizer) return promise;
    return html`<div class="promise-box">
      ${promise}
      <p class="sizer" aria-hidden="true">${room(sizer.before, sizer.after, sizer.arrival)}</p>
    </div>`;
  }

  protected override render() {
    const content = this.#render();
    // Until the countdown experiment is decided the promise keeps its place, invisible, so it does not change under
    // the shopper's eyes.
    return this.countdown && !this.#countdownFlag.ready ? reserved(content) : content;
  }

  #render() {
    const locale = this.effectiveLocale;
    const t = deliveryMessages[locale];
    const c = commonMessages[locale];
    const view = this.#view;
    const live = html`<div class="visually-hidden" role="status">${this.announcement}</div>`;
    if (view.state === 'invalid') {
      const { days } = view;
      const text = days ? t.fallbackDays(days.min === days.max ? String(days.min) : `${days.min}–${days.max}`, view.kind) : t.fallbackUnknown;
      return html`<p part="promise">${text}</p>${live}`;
    }
    const listMode = this.allMethods && !this.method;
    if (!listMode) {
      return html`${this.#renderPromise(view.state === 'ready' ? view.entries[0] : undefined)}${live}`;
    }
    let body: TemplateResult;
    if (view.state === 'ready') {
      body = html`<ul part="methods" aria-label=${t.methods}>
        ${view.entries.map((e) => html`<li part="method">
          <span part="method-header">
            <span part="method-name">${e.method?.name}</span>
            <span part="price">${e.method ? (e.method.price.amount === 0 ? t.free : formatMoney(e.method.price, locale)) : nothing}</span>
          </span>
          ${this.#renderPromise(e)}
        </li>`)}
      </ul>`;
    } else if (view.state === 'error') {
      body = html`<div part="status" role="alert">
        <p>${c[`error.${toCommerceError(view.error).code}`]}</p>
        <button type="button" @click=${() => void this.#methods.run()}>${c.retry}</button>
      </div>`;
    } else {
      // Placeholders shaped like the methods (as many as last time, else three) hold the space while they load.
      body = html`<p part="status" role="status" class="visually-hidden">${c.loading}</p>
        <ul part="methods" aria-hidden="true">
          ${Array.from({ length: this.#lastCount }, () => html`<li part="method">
            <span part="method-header"><span part="method-name">${'\u00a0'}</span></span>${this.#renderPromise(undefined)}
          </li>`)}
        </ul>`;
    }
    return html`${body}${live}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-delivery-promise': SfDeliveryPromise;
  }
}
