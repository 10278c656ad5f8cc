import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer, consume } from '@lit/context';
import type { CommerceAdapter } from '../../core/adapter.js';
import { toCommerceError } from '../../core/errors.js';
import type { Compensation, OrderProgress, OrderStage } from '../../core/model.js';
import {
  checkPromise, DELIVERY_PROMISE_RESULT, orderStages, promiseResult, PromiseResultLedger, promiseResultStorage, type PromiseCheck,
} from '../../core/order-progress.js';
import type { SafeStorage } from '../../core/storage.js';
import { commonMessages } from '../../messages/common.js';
import {
  describeCompensation, describeOrderStatus, formatStepTime, orderStageLabel, orderStatusMessages,
} from '../../messages/order-status.js';
import { Announcer } from '../controllers/announcer.js';
import { OrderProgressController } from '../controllers/order-progress-controller.js';
import { commerceContext, historyContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { SfOrderStatusChangeEvent } from '../events/order-status-change.js';
import { styles } from './sf-order-status.styles.js';
import { methodsCheck, textCheck, type PropertyCheck } from '../base/property-checks.js';

/** Default time between reads of the order's progress: a minute. */
export const ORDER_STATUS_POLL_MS = 60_000;

/**
 * Where an order is, against what was promised: one plain line on top in the delivery-promise badge's own words
 * ("Ready for pickup at Matkahuolto Kamppi until Wed 18.3."; when late, "Your order is 1 day late. We are sorry."),
 * the promise next to what happened, and the order's steps with their times.
 *
 * Reads `getOrderProgress` from the shop's adapter by order `code` (and `email`, the guest lookup; without a code it
 * shows a lookup form) and reads it again every `poll-interval` on the element's clock. Changes are announced
 * politely; every step is listed from the start, so nothing moves as the order advances. When the order is late and
 * the adapter has a `compensationFor` policy, the compensation is asked for once and shown once, below everything.
 * Sends `delivery_promise_result` to telemetry once per order, when the outcome is final.
 *
 * @tag sf-order-status
 * @summary Order status with the promise against what happened, an apology when late, and live updates.
 * @slot feedback - Shown once the order was delivered or picked up: put an `<sf-feedback kind="ces">` (or `csat`)
 *   here; its `context` is set to `delivery:<order code>` and its `scope` to `context`, so the answer is tied to the
 *   order (no personal data) and the question is asked once per order.
 * @csspart heading - The order number.
 * @csspart status - The plain line on top (two reserved lines).
 * @csspart promise - The promised date next to the actual one.
 * @csspart steps - The list of the order's steps.
 * @csspart step - One step.
 * @csspart compensation - The apology's compensation (a discount code), when late.
 * @csspart lookup - The order-number-and-email form.
 * @csspart error - A lookup or loading error.
 * @cssproperty --sf-order-status-accent - Bar beside the status line.
 * @cssproperty --sf-order-status-late-accent - Bar beside the status line when late; default the warning colour.
 * @cssproperty --sf-order-status-compensation-background - Background of the compensation.
 * @cssstate loading - The first read is under way.
 * @cssstate late - The order is late (or arrived late).
 * @cssstate early - The order arrived early.
 * @cssstate on-time - The order arrived on time.
 * @cssstate arrived - Delivered, or picked up.
 * @cssstate cancelled - The order was cancelled.
 * @fires sf-order-status-change - The backend reported a new step or lateness (`SfOrderStatusChangeEvent`).
 * @since 0.1.0
 * @status experimental
 */
export class SfOrderStatus extends SfElement {
  static override styles = [SfElement.styles, styles];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    storage: methodsCheck('get', 'set', 'remove'),
    code: textCheck,
    email: textCheck,
  };

  /** The order number to show. */
  @property({ reflect: true }) code = '';

  /** The email given with the order: the guest lookup. */
  @property() email = '';

  /** Time between reads of the order's progress, in ms (at least 1000). */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = ORDER_STATUS_POLL_MS;

  /**
   * Where the orders whose promise result was sent are remembered. Unset, as far as `<sf-shop consent>` allows
   * (`promiseResultStorage`): `all` localStorage, `functional` sessionStorage, `none` memory for this page view.
   * Set, it wins: the page answers for consent itself.
   */
  @property({ attribute: false }) storage?: SafeStorage;

  @consume({ context: commerceContext, subscribe: true })
  @state()
  protected adapter?: CommerceAdapter;

  @state() protected compensation: Compensation | null = null;

  readonly #announcer = new Announcer(this);
  /** The shop's consent, through its history (`<sf-shop consent>`). */
  readonly #history = new ContextConsumer(this, { context: historyContext, subscribe: true });
  readonly #progress = new OrderProgressController(this, {
    clock: () => this.effectiveClock,
    interval: () => this.pollInterval,
    onProgress: (p, first) => this.#onProgress(p, first),
  });
  #lastText = '';
  #lastStage: OrderStage | undefined;
  #lastOutcome: string | undefined;
  #askedCompensation = new Set<string>();

  /** The order's progress as last read, if any. */
  get progress(): OrderProgress | undefined {
    return this.#progress.progress;
  }

  #check(progress: OrderProgress): PromiseCheck {
    return checkPromise(progress, this.currentTime());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('code') || changed.has('email') || (changed as Map<PropertyKey, unknown>).has('adapter')) && this.adapter && this.code.trim()) {
      this.#progress.lookUp(this.adapter, this.code.trim(), this.email.trim() || undefined);
    }
  }

  async #onProgress(progress: OrderProgress, first: boolean): Promise<void> {
    const check = this.#check(progress);
    const locale = this.effectiveLocale;
    const { order } = progress;
    let announcement = '';
    const text = describeOrderStatus(progress, check, { now: this.currentTime(), locale }).text;
    if (!first && text !== this.#lastText) announcement = orderStatusMessages[locale].updated(text);
    this.#lastText = text;
    // Asked once per order, whatever the number of reads: the shop's policy decides, and the answer stays.
    if (check.outcome === 'late' && this.adapter?.compensationFor && !this.#askedCompensation.has(order.code)) {
      this.#askedCompensation.add(order.code);
      try {
        this.compensation = await this.adapter.compensationFor(order, { daysLate: check.daysLate });
        if (this.compensation) announcement = [announcement || text, describeCompensation(this.compensation, locale)].join(' ');
      } catch {
        // No apology from a failing policy is better than an error on top of a late order.
      }
    }
    if (announcement) this.#announcer.announce(announcement);
    if (!first && (check.stage !== this.#lastStage || check.outcome !== this.#lastOutcome)) {
      this.dispatchEvent(new SfOrderStatusChangeEvent(order.code, check.stage, check.outcome));
    }
    this.#lastStage = check.stage;
    this.#lastOutcome = check.outcome;
    this.#sendResult(progress, check);
  }

  #sendResult(progress: OrderProgress, check: PromiseCheck): void {
    const result = promiseResult(progress, check);
    if (!result || !this.telemetry) return;
    const ledger = new PromiseResultLedger(this.storage ?? promiseResultStorage(() => this.#history.value?.consent ?? 'none'));
    if (ledger.has(result.transaction_id)) return;
    ledger.add(result.transaction_id);
    this.telemetry.track(DELIVERY_PROMISE_RESULT, { ...result });
  }

  #onLookup(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    this.code = String(data.get('code') ?? '').trim();
    this.email = String(data.get('email') ?? '').trim();
    // The same number and email again (after "not found"): look again, the order may exist by now.
    if (this.adapter && this.code) this.#progress.lookUp(this.adapter, this.code, this.email || undefined, true);
  }

  protected override updated(): void {
    const progress = this.progress;
    const check = progress ? this.#check(progress) : undefined;
    this.toggleState('loading', this.#progress.loading);
    for (const outcome of ['late', 'early', 'on-time'] as const) this.toggleState(outcome, check?.outcome === outcome);
    this.toggleState('arrived', check?.stage === 'delivered' || check?.stage === 'picked-up');
    this.toggleState('cancelled', check?.stage === 'cancelled');
    // The question is about this order's delivery, asked once per order: tied to the order code, nothing personal.
    const feedback = this.querySelector<HTMLElement & { context?: string; scope?: string }>('[slot=feedback]');
    if (feedback && progress) {
      feedback.context = `delivery:${progress.order.code}`;
      feedback.scope = 'context';
    }
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const t = orderStatusMessages[locale];
    const progress = this.progress;
    const error = this.#progress.error;
    if (!progress) {
      const notFound = error && toCommerceError(error).code === 'not-found';
      const showForm = !this.code.trim() || notFound;
      return html`
        ${showForm ? this.#renderLookup() : nothing}
        ${error && !notFound ? html`<p part="error" role="alert">${commonMessages[locale][`error.${toCommerceError(error).code}`]}</p>` : nothing}
        ${this.#progress.waiting ? html`<p part="status">${commonMessages[locale].loading}</p>` : nothing}
        ${this.#announcer.render()}
      `;
    }
    const check = this.#check(progress);
    const words = describeOrderStatus(progress, check, { now: this.currentTime(), locale });
    const { order } = progress;
    const kind = order.deliveryMethod.kind;
    const timeZone = order.deliveryMethod.promise.timeZone;
    const happened = new Map(progress.events.map((e) => [e.stage, e.at]));
    const extra = progress.events.map((e) => e.stage).filter((s) => s === 'cancelled' || s === 'returned');
    const cancelled = happened.has('cancelled');
    // A cancelled order lists only what happened; otherwise every step from the start, so none moves when reached.
    const stages = cancelled ? progress.events.map((e) => e.stage) : [...orderStages(kind), ...extra];
    const arrived = check.stage === 'delivered' || check.stage === 'picked-up';
    return html`
      <div role="heading" aria-level=${this.headingLevelAt()} part="heading">${t.title(order.code)}</div>
      <p part="status">${words.text}</p>
      <dl part="promise">
        <dt>${t.promised}</dt><dd>${words.promised || '–'}</dd>
        <dt>${kind === 'home' ? t.arrived : t.ready}</dt><dd>${words.actual || t.notYet}</dd>
      </dl>
      <ol part="steps" aria-label=${t.steps}>
        ${stages.map((stage) => {
          const at = happened.get(stage);
          const current = stage === check.stage;
          const stepState = current ? 'current' : at ? 'done' : 'upcoming';
          return html`<li part="step" data-state=${stepState} aria-current=${current ? 'step' : nothing}>
            <span class="mark" aria-hidden="true">${at ? '✓' : '○'}</span>
            <span class="label">${orderStageLabel(stage, locale)}<span class="visually-hidden">, ${current ? t.current : at ? t.done : t.upcoming}</span></span>
            ${at ? html`<time datetime=${at}>${formatStepTime(at, timeZone, locale)}</time>` : html`<span></span>`}
          </li>`;
        })}
      </ol>
      ${this.compensation && check.outcome === 'late'
        ? html`<p part="compensation">${describeCompensation(this.compensation, locale)}</p>`
        : nothing}
      ${arrived ? html`<slot name="feedback"></slot>` : nothing}
      ${this.#announcer.render()}
    `;
  }

  #renderLookup() {
    const t = orderStatusMessages[this.effectiveLocale];
    const notFound = this.#progress.error && toCommerceError(this.#progress.error).code === 'not-found';
    return html`
      <form part="lookup" @submit=${this.#onLookup} aria-label=${t.lookup}>
        <div role="heading" aria-level=${this.headingLevelAt()}>${t.lookup}</div>
        ${notFound ? html`<p part="error" role="alert">${t.notFound}</p>` : nothing}
        <label>${t.orderCode}<input name="code" required autocomplete="off" .value=${this.code}></label>
        <label>${t.email}<input name="email" type="email" required autocomplete="email" .value=${this.email}></label>
        <button type="submit">${t.show}</button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-order-status': SfOrderStatus;
  }
}
