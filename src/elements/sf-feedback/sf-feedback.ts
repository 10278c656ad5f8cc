import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer, consume } from '@lit/context';
import type { CommerceAdapter } from '../../core/adapter.js';
import type { FeedbackKind } from '../../core/model.js';
import { toCommerceError } from '../../core/errors.js';
import {
  buildSubmission, commentCounter, commentMilestone, DEFAULT_MAX_COMMENT, DEFAULT_SNOOZE_DAYS, feedbackScale,
  feedbackStorage, FeedbackStore, feedbackTelemetryParams, positiveSetting, toFeedbackKind, validateFeedback,
  type FeedbackProblem,
} from '../../core/feedback.js';
import { feedbackMessages } from '../../messages/feedback.js';
import type { SafeStorage } from '../../core/storage.js';
import { commerceContext, historyContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { ctaStyles } from '../base/styles.js';
import { SfFeedbackDismissEvent, SfFeedbackSubmitEvent } from '../events/index.js';
import { feedbackStyles } from './sf-feedback.styles.js';
import { LAST_GOOD, methodsCheck, type PropertyCheck } from '../base/property-checks.js';

/** What `<sf-feedback>` shows: the question, the thank-you, or nothing ("not now" or asked recently). */
export type FeedbackView = 'question' | 'thanks' | 'hidden';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An experience question (NPS 0–10, CSAT 1–5 or CES 1–7) as a native radio group, with an optional comment, a
 * thank-you that keeps the box's height, and a "Not now" that keeps the question away for `snooze-days`.
 *
 * Sending reports `feedback_submitted` to telemetry and hands the answer to the adapter's `submitFeedback` (when the
 * adapter has one). The answer is kept in localStorage until the backend confirms it and retried on the next page,
 * when the connection comes back and on a backoff timer; each answer has an id, so it is never sent twice. The
 * shopper sees the thank-you either way and is not asked again within the period.
 *
 * @tag sf-feedback
 * @summary Asks an NPS, CSAT or CES question and keeps the answer until the backend has it.
 * @slot question - Replaces the question text (plain text or inline content; it becomes the group's legend).
 * @csspart question - The question (legend of the radio group).
 * @csspart scale - The radio group (fieldset).
 * @csspart comment - The comment textarea.
 * @csspart counter - The characters-left counter.
 * @csspart error - The message when no score is chosen.
 * @csspart submit - The send button.
 * @csspart dismiss - The "Not now" button.
 * @csspart thanks - The thank-you message.
 * @cssproperty --sf-feedback-min-height - Space reserved for the element before it renders, default auto.
 * @cssproperty --sf-feedback-background - Box background.
 * @cssproperty --sf-feedback-border-color - Box border colour.
 * @cssproperty --sf-feedback-radius - Box corner radius.
 * @cssproperty --sf-feedback-padding - Box padding.
 * @cssproperty --sf-feedback-option-background - Background of an unselected score.
 * @cssproperty --sf-feedback-option-border-color - Border of an unselected score.
 * @cssproperty --sf-feedback-selected-background - Background of the chosen score (keep AA contrast with the colour).
 * @cssproperty --sf-feedback-selected-color - Text of the chosen score.
 * @cssstate question - The question is shown.
 * @cssstate thanks - The thank-you is shown.
 * @cssstate hidden - Nothing is shown ("not now", or asked within the period); the host is `display: none`.
 * @fires sf-feedback-submit - The shopper sent an answer (`event.answer`).
 * @fires sf-feedback-dismiss - The shopper chose "Not now" (`event.until`).
 * @since 0.1.0
 * @status experimental
 */
export class SfFeedback extends SfElement {
  static override styles = [SfElement.styles, ctaStyles, feedbackStyles];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    storage: methodsCheck('get', 'set', 'remove'),
    now: { fallback: LAST_GOOD, check: (v) => (typeof v === 'function' ? undefined : 'is not a function returning the time') },
    comment: { fallback: '', check: (v) => (typeof v === 'string' ? undefined : 'is not a string') },
  };

  /** Which question: `nps` (0–10), `csat` (1–5) or `ces` (1–7). Unknown values mean `nps`. */
  @property({ reflect: true }) kind: FeedbackKind = 'nps';

  /** Replaces the default question text of the kind (the `question` slot wins over both). */
  @property() question = '';

  /** Where the question is asked, e.g. an order code; sent with the answer and in telemetry. */
  @property() context = '';

  /**
   * What "not now" and an answer keep the question away from: `shopper` (default) every question of the kit for
   * `snooze-days`; `context` this `context` only, for good: a question about one order (`delivery:<order code>`) is
   * asked once per order, whatever was asked elsewhere. Without a `context` it works as `shopper`.
   */
  @property({ reflect: true }) scope: 'shopper' | 'context' = 'shopper';

  /** Longest comment in characters; typing stops there. */
  @property({ attribute: 'max-comment', type: Number }) maxComment = DEFAULT_MAX_COMMENT;

  /** Days the question stays away after "Not now" or an answer. 0 asks again on the next page. */
  @property({ attribute: 'snooze-days', type: Number }) snoozeDays = DEFAULT_SNOOZE_DAYS;

  /** Leaves out the comment field. */
  @property({ attribute: 'no-comment', type: Boolean }) noComment = false;

  /** The chosen score, or null. Setting it preselects a score (e.g. from a link in an email). */
  @property({ type: Number }) score: number | null = null;

  /** The comment typed so far. */
  @property({ attribute: false }) comment = '';

  /**
   * Where "not now", the orders already asked about and unsent answers are kept. Unset, as far as `<sf-shop consent>`
   * allows (`feedbackStorage`): `all` localStorage, `functional` sessionStorage, `none` memory for this page view.
   * Set, it wins: the page answers for consent itself.
   */
  @property({ attribute: false }) storage?: SafeStorage;

  /**
   * The time now; by default read from `clock`.
   * @deprecated Set `clock` instead (`el.clock = new ManualClock(date)`); a function set here still wins over it.
   */
  @property({ attribute: false }) now: () => Date = () => this.currentTime();

  @consume({ context: commerceContext, subscribe: true })
  @state()
  protected adapter?: CommerceAdapter;

  @state() protected currentView: FeedbackView | undefined;
  /** Why the last send was refused (no score chosen). */
  @state() protected problem: FeedbackProblem | null = null;

  #thanksHeight: number | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #flushOnUpdate = false;
  #onOnline = () => void this.#flush(true);

  /** What is shown now. */
  get view(): FeedbackView {
    // Whether the shopper said "not now" is in their storage, which the server cannot read: the server renders
    // nothing and the browser decides, so a dismissed question never flashes up in server-rendered HTML.
    return this.currentView ?? (isServer ? 'hidden' : 'question');
  }

  get #kind(): FeedbackKind {
    return toFeedbackKind(this.kind);
  }

  get #max(): number {
    return positiveSetting(this.maxComment, DEFAULT_MAX_COMMENT);
  }

  /** The context the question is asked once in, or '' when the snooze period applies. */
  get #onceIn(): string {
    return this.scope === 'context' ? this.context.trim() : '';
  }

  /** Whether the question stays away now. */
  #suppressed(): boolean {
    const store = this.#store;
    const context = this.#onceIn;
    return context ? store.isContextSuppressed(context) : store.isSuppressed(this.#time(), this.#days);
  }

  /** Records "not now" or an answer, for the context or for the snooze period. */
  #suppress(now: Date, reason: 'answered' | 'dismissed'): void {
    const context = this.#onceIn;
    if (context) this.#store.suppressContext(context);
    else this.#store.suppress(now, reason);
  }

  get #days(): number {
    return positiveSetting(this.snoozeDays, DEFAULT_SNOOZE_DAYS, true);
  }

  /** `now()`, or the clock's time when the page's `now` answers something that is not a valid Date. */
  #time(): Date {
    let t: unknown;
    try {
      t = this.now();
    } catch {
      t = undefined;
    }
    if (t instanceof Date && !Number.isNaN(t.getTime())) return t;
    this.warnOnce('now', 'did not return a valid Date');
    return this.currentTime();
  }

  /** The shop's consent, through its history (`<sf-shop consent>`). */
  readonly #history = new ContextConsumer(this, { context: historyContext, subscribe: true });

  get #store(): FeedbackStore {
    return new FeedbackStore(this.storage ?? feedbackStorage(() => this.#history.value?.consent ?? 'none'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Answers wait in the shopper's storage: only the browser can deliver them.
    if (isServer) return;
    addEventListener('online', this.#onOnline);
    // A new page (or element) is a natural moment to deliver answers an earlier page could not; the adapter may
    // arrive later from context, so the attempt happens once it is there.
    this.#flushOnUpdate = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isServer) return;
    removeEventListener('online', this.#onOnline);
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
  }

  /** Sends the current answer, as the Send button does. Returns false (and shows why) when no score is chosen. */
  submit(): boolean {
    if (this.view !== 'question') return false;
    const kind = this.#kind;
    // The textarea's maxlength stops typing and pasting at the limit; a longer comment set by script is cut there.
    const answer = { kind, score: this.score, comment: this.comment.slice(0, this.#max), context: this.context };
    const problems = validateFeedback(answer, this.#max);
    if (problems.length > 0) {
      this.problem = problems[0]!;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type=radio]')?.focus());
      return false;
    }
    const submission = buildSubmission(answer, undefined, this.#max);
    const store = this.#store;
    const now = this.#time();
    // Kept before anything is sent: a closed tab or a failing backend loses nothing.
    if (!this.adapter || this.adapter.submitFeedback) store.enqueue(submission, now);
    this.#suppress(now, 'answered');
    this.telemetry?.track('feedback_submitted', feedbackTelemetryParams(submission));
    this.#thanksHeight = this.renderRoot.querySelector('.box')?.getBoundingClientRect().height;
    this.problem = null;
    this.currentView = 'thanks';
    this.dispatchEvent(new SfFeedbackSubmitEvent(submission));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=thanks]')?.focus());
    void this.#flush(true);
    return true;
  }

  /** Keeps the question away for `snooze-days` and hides the element, as the "Not now" button does. */
  dismiss(): void {
    const now = this.#time();
    const once = this.#onceIn !== '';
    this.#suppress(now, 'dismissed');
    this.currentView = 'hidden';
    this.dispatchEvent(new SfFeedbackDismissEvent(this.#kind, once ? null : new Date(now.getTime() + this.#days * DAY_MS)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Decided before the first render, so the element never appears and then vanishes; decided again when it is
    // pointed at another context (an order status sets it once the order is read), unless it is thanking.
    const retarget = changed.has('context') || changed.has('scope');
    if (!isServer && (this.currentView === undefined || (retarget && this.currentView !== 'thanks'))) {
      this.currentView = this.#suppressed() ? 'hidden' : 'question';
    }
    if (changed.has('kind') && this.score !== null) {
      const { min, max } = feedbackScale(this.#kind);
      if (this.score < min || this.score > max) this.score = null;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    for (const view of ['question', 'thanks', 'hidden'] as const) this.toggleState(view, view === this.view);
    if ((this.#flushOnUpdate || (changed as Map<PropertyKey, unknown>).has('adapter')) && this.adapter) {
      this.#flushOnUpdate = false;
      void this.#flush(true);
    }
  }

  /** Delivers waiting answers; on failure, tries again after the backoff. */
  async #flush(force: boolean): Promise<void> {
    const adapter = this.adapter;
    if (!adapter?.submitFeedback || !this.isConnected) return;
    const result = await this.#store.flush((s) => adapter.submitFeedback!(s), () => this.#time(), {
      force,
      retryable: (e) => toCommerceError(e).retryable,
    });
    for (const id of result.dropped) console.warn(`storefront-elements: feedback ${id} could not be delivered and was dropped.`);
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    if (result.nextAttemptAt && this.isConnected) {
      const delay = Math.max(1000, result.nextAttemptAt.getTime() - this.#time().getTime());
      this.#retryTimer = setTimeout(() => void this.#flush(false), delay);
    }
  }

  #onScore(e: Event): void {
    this.score = Number((e.target as HTMLInputElement).value);
    this.problem = null;
  }

  #onComment(e: Event): void {
    this.comment = (e.target as HTMLTextAreaElement).value;
  }

  #onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    this.submit();
  }

  protected override render() {
    const view = this.view;
    if (view === 'hidden') return nothing;
    const t = feedbackMessages[this.effectiveLocale];
    if (view === 'thanks') {
      // Inline styles go through the CSSOM (`.style` = cssText), never the style attribute, which a strict CSP
      // (style-src without 'unsafe-inline') refuses; styleMap sets the attribute on its first render.
      const height = this.#thanksHeight ? `min-height: ${this.#thanksHeight}px` : '';
      return html`<div class="box thanks-box" .style=${height}>
        <div part="thanks" tabindex="-1">
          <p class="thanks-title">${t.thanks}</p>
          <p>${t.thanksDetail}</p>
        </div>
      </div>`;
    }
    const kind = this.#kind;
    const { min, max, values } = feedbackScale(kind);
    const low = t[`low.${kind}`];
    const high = t[`high.${kind}`];
    const describedBy = ['scale-hint', this.problem ? 'error' : ''].filter(Boolean).join(' ');
    return html`<div class="box">
      <form novalidate aria-labelledby="question" @submit=${this.#onSubmit}>
        <fieldset part="scale" aria-describedby=${describedBy}>
          <legend id="question" part="question"><slot name="question">${this.question || t[`question.${kind}`]}</slot></legend>
          <p id="scale-hint" class="visually-hidden">${t.scaleHint(min, low, max, high)}</p>
          <div class="options" .style=${`--_count: ${values.length}`}>
            ${values.map(
              (v) => html`<label class="option">
                <input
                  type="radio"
                  name="score"
                  .value=${String(v)}
                  .checked=${this.score === v}
                  aria-describedby=${v === min ? 'low' : v === max ? 'high' : nothing}
                  @change=${this.#onScore}
                /><span>${v}</span>
              </label>`,
            )}
          </div>
          <p class="ends"><span id="low">${low}</span><span id="high">${high}</span></p>
          ${this.problem ? html`<p id="error" part="error">${t.scoreMissing(min, max)}</p>` : nothing}
        </fieldset>
        ${this.noComment ? nothing : this.#renderComment()}
        <div class="actions">
          <button type="submit" class="cta" part="submit">${t.submit}</button>
          <button type="button" part="dismiss" @click=${() => this.dismiss()}>${t.notNow}</button>
        </div>
      </form>
    </div>`;
  }

  #renderComment() {
    const t = feedbackMessages[this.effectiveLocale];
    const counter = commentCounter(this.comment.length, this.#max);
    const milestone = commentMilestone(counter);
    const live = milestone === 'limit' ? t.atLimit(counter.max) : milestone === 'near' ? t.nearLimit(counter.nearThreshold) : '';
    return html`<div class="comment">
      <label for="comment">${t.comment} <span class="optional">${t.optional}</span></label>
      <textarea
        id="comment"
        part="comment"
        rows="3"
        maxlength=${counter.max}
        aria-describedby="counter"
        .value=${this.comment}
        @input=${this.#onComment}
      ></textarea>
      <p id="counter" part="counter" class=${counter.near ? 'near' : ''}>${t.charactersLeft(counter.remaining)}</p>
      <p class="visually-hidden" aria-live="polite">${live}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-feedback': SfFeedback;
  }
}
