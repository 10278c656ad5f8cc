import type { FeedbackInput, FeedbackKind } from './model.js';
import type { SafeStorage } from './storage.js';

/**
 * Experience feedback (NPS, CSAT, CES): the scales, validation, the "not now" rule and the outbox that keeps an
 * answer until the backend has it. Pure: storage and clock are passed in, nothing here touches the DOM.
 */

/** Every kind of question, in the order shops usually meet them. */
export const FEEDBACK_KINDS: readonly FeedbackKind[] = ['nps', 'csat', 'ces'];

/** A question's answer scale: whole numbers from `min` to `max`. */
export interface FeedbackScale {
  readonly kind: FeedbackKind;
  readonly min: number;
  readonly max: number;
  /** Every value from `min` to `max`, in order. */
  readonly values: readonly number[];
}

const RANGES: Record<FeedbackKind, readonly [number, number]> = {
  // Net Promoter Score: 0 (not at all likely) to 10 (extremely likely).
  nps: [0, 10],
  // Customer Satisfaction: 1 (very dissatisfied) to 5 (very satisfied).
  csat: [1, 5],
  // Customer Effort Score, 7-point form: 1 (very difficult) to 7 (very easy).
  ces: [1, 7],
};

/** The answer scale of a kind of question. */
export function feedbackScale(kind: FeedbackKind): FeedbackScale {
  const [min, max] = RANGES[kind];
  return { kind, min, max, values: Array.from({ length: max - min + 1 }, (_, i) => min + i) };
}

/** Reads a kind from an attribute value; anything unknown falls back (NPS unless told otherwise). */
export function toFeedbackKind(value: string | null | undefined, fallback: FeedbackKind = 'nps'): FeedbackKind {
  const v = (value ?? '').trim().toLowerCase();
  return (FEEDBACK_KINDS as readonly string[]).includes(v) ? (v as FeedbackKind) : fallback;
}

/** Longest comment by default, in characters (UTF-16 code units, as the textarea's `maxlength` counts). */
export const DEFAULT_MAX_COMMENT = 500;
/** How long "not now" (or an answer) keeps the question away by default, in days. */
export const DEFAULT_SNOOZE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reads a positive whole-number setting, falling back when it is missing, negative or not a number. */
export function positiveSetting(value: number | null | undefined, fallback: number, allowZero = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const whole = Math.floor(value);
  return whole > 0 || (allowZero && whole === 0) ? whole : fallback;
}

/** What the shopper has entered so far. */
export interface FeedbackAnswer {
  kind: FeedbackKind;
  /** The chosen score, or null while none is chosen. */
  score: number | null;
  comment?: string;
  /** Where the question was asked, e.g. an order code. */
  context?: string;
}

export type FeedbackProblem = 'score-missing' | 'score-out-of-range' | 'comment-too-long';

/** The problems that stop an answer being sent; empty when it can be sent. */
export function validateFeedback(answer: FeedbackAnswer, maxComment = DEFAULT_MAX_COMMENT): FeedbackProblem[] {
  const problems: FeedbackProblem[] = [];
  const { min, max } = feedbackScale(answer.kind);
  if (answer.score === null || answer.score === undefined) problems.push('score-missing');
  else if (!Number.isInteger(answer.score) || answer.score < min || answer.score > max) problems.push('score-out-of-range');
  if ((answer.comment ?? '').trim().length > maxComment) problems.push('comment-too-long');
  return problems;
}

/** Where a comment stands against its limit. */
export interface CommentCounter {
  length: number;
  max: number;
  remaining: number;
  /** From this many characters left the counter is "near the limit" (about a tenth of the limit, at least 1). */
  nearThreshold: number;
  near: boolean;
  atLimit: boolean;
}

export function commentCounter(length: number, max = DEFAULT_MAX_COMMENT): CommentCounter {
  const remaining = Math.max(0, max - length);
  const nearThreshold = Math.max(1, Math.ceil(max / 10));
  return { length, max, remaining, nearThreshold, near: remaining <= nearThreshold, atLimit: remaining === 0 };
}

/**
 * What a screen reader should hear about the comment length: nothing far from the limit, one message on getting
 * near and one at the limit. The value only changes at those two points, so a live region showing it speaks twice
 * at most, never on every keystroke.
 */
export function commentMilestone(counter: CommentCounter): 'none' | 'near' | 'limit' {
  return counter.atLimit ? 'limit' : counter.near ? 'near' : 'none';
}

/** An answer on its way to the backend. `id` makes retries idempotent: a backend keeps the first of each id. */
export interface FeedbackSubmission extends FeedbackInput {
  id: string;
}

/** A new submission id (random, unique per answer). */
export function newFeedbackId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Builds what is sent from a valid answer: the comment is trimmed, empty comment and context are left out.
 * Throws RangeError when the answer is not valid (see `validateFeedback`).
 */
export function buildSubmission(answer: FeedbackAnswer, id: string = newFeedbackId(), maxComment = DEFAULT_MAX_COMMENT): FeedbackSubmission {
  const problems = validateFeedback(answer, maxComment);
  if (problems.length > 0 || answer.score === null) throw new RangeError(`The feedback cannot be sent: ${problems.join(', ')}.`);
  const comment = (answer.comment ?? '').trim();
  const context = (answer.context ?? '').trim();
  return {
    id,
    kind: answer.kind,
    score: answer.score,
    ...(comment ? { comment } : {}),
    ...(context ? { context } : {}),
  };
}

/** The `feedback_submitted` telemetry parameters: the comment's length only, never its text. */
export function feedbackTelemetryParams(submission: FeedbackInput): {
  kind: FeedbackKind;
  score: number;
  comment_length: number;
  context?: string;
} {
  return {
    kind: submission.kind,
    score: submission.score,
    comment_length: submission.comment?.length ?? 0,
    ...(submission.context ? { context: submission.context } : {}),
  };
}

// ---------- persistence: the "not now" rule and the outbox ----------

/** One answer waiting for the backend. */
export interface QueuedFeedback {
  submission: FeedbackSubmission;
  /** Epoch ms the answer was given. */
  queuedAt: number;
  /** Failed attempts so far. */
  attempts: number;
  /** Epoch ms from which the backoff timer may try again. */
  nextAttemptAt: number;
  /** Epoch ms until which a page (maybe another tab) is sending it: others leave it alone meanwhile. */
  leaseUntil?: number;
}

interface StoredSuppression {
  schema: 1;
  /** Epoch ms of the last "not now" or answer. */
  at: number;
  reason: 'dismissed' | 'answered';
}

interface StoredQueue {
  schema: 1;
  items: QueuedFeedback[];
}

/** How many contexts (orders) the once-per-context rule remembers; older ones drop off. */
export const FEEDBACK_CONTEXT_LIMIT = 200;

/** Backoff after the n-th failed attempt: 30 s, 1 min, 2 min, ... at most an hour. */
export function retryDelayMs(attempts: number, baseMs = 30_000, maxMs = 60 * 60 * 1000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** Limits of the outbox: older, repeatedly failing or surplus answers are dropped rather than kept forever. */
export const FEEDBACK_QUEUE_LIMITS = {
  maxItems: 20,
  maxAttempts: 12,
  maxAgeMs: 30 * DAY_MS,
  leaseMs: 60_000,
} as const;

export interface FlushOptions {
  /** Try every waiting answer now, not only those whose backoff has passed (a new page, the connection is back). */
  force?: boolean;
  /** Whether a failure may succeed later; answers failing otherwise are dropped. Default: always. */
  retryable?: (error: unknown) => boolean;
}

export interface FlushResult {
  /** Ids the backend accepted. */
  sent: string[];
  /** Ids that failed and wait for another attempt. */
  failed: string[];
  /** Ids given up on (not retryable, too many attempts, too old). */
  dropped: string[];
  /** When the earliest waiting answer may be tried again, or null when none waits. */
  nextAttemptAt: Date | null;
}

// Answers being sent by this page right now, across every store instance: two elements flushing at once never
// send the same answer twice.
const inFlight = new Set<string>();

/**
 * The shopper's feedback state on one storage: when they last said "not now" or answered, and the answers the
 * backend has not confirmed yet. Create it over `feedbackStorage(consent)` (kept as far as consent allows) or any SafeStorage.
 */
export class FeedbackStore {
  readonly #storage: SafeStorage;
  readonly #prefix: string;

  constructor(storage: SafeStorage, prefix = 'sf-feedback') {
    this.#storage = storage;
    this.#prefix = prefix;
  }

  get #suppressKey(): string {
    return `${this.#prefix}:suppress`;
  }

  get #queueKey(): string {
    return `${this.#prefix}:queue`;
  }

  // ----- "not now" -----

  /** Remembers that the shopper said "not now" (or answered) at `now`. */
  suppress(now: Date, reason: StoredSuppression['reason'] = 'dismissed'): void {
    const value: StoredSuppression = { schema: 1, at: now.getTime(), reason };
    this.#storage.set(this.#suppressKey, JSON.stringify(value));
  }

  /** When the shopper last said "not now" or answered, or null. */
  lastSuppressed(): { at: Date; reason: StoredSuppression['reason'] } | null {
    const stored = this.#read<StoredSuppression>(this.#suppressKey);
    if (!stored || typeof stored.at !== 'number' || !Number.isFinite(stored.at)) return null;
    return { at: new Date(stored.at), reason: stored.reason === 'answered' ? 'answered' : 'dismissed' };
  }

  /**
   * Whether the question stays away at `now`: for `days` days after the last "not now" or answer. The period is the
   * asking element's, so a shop that shortens it sees the change at once.
   */
  isSuppressed(now: Date, days = DEFAULT_SNOOZE_DAYS): boolean {
    const last = this.lastSuppressed();
    return last !== null && now.getTime() < last.at.getTime() + days * DAY_MS;
  }

  // ----- once per context (an order) -----

  /**
   * Remembers that the question asked in `context` (e.g. `delivery:<order code>`) was answered or dismissed, so it is
   * not asked there again. Only the context strings are kept, the latest {@link FEEDBACK_CONTEXT_LIMIT}.
   */
  suppressContext(context: string): void {
    const key = context.trim();
    if (!key) return;
    const contexts = this.#contexts().filter((c) => c !== key);
    contexts.push(key);
    this.#storage.set(this.#contextsKey, JSON.stringify({ schema: 1, contexts: contexts.slice(-FEEDBACK_CONTEXT_LIMIT) }));
  }

  /** True when the question in this context was answered or dismissed before. */
  isContextSuppressed(context: string): boolean {
    const key = context.trim();
    return key !== '' && this.#contexts().includes(key);
  }

  get #contextsKey(): string {
    return `${this.#prefix}:contexts`;
  }

  #contexts(): string[] {
    const stored = this.#read<{ schema: 1; contexts: unknown }>(this.#contextsKey);
    return Array.isArray(stored?.contexts) ? stored.contexts.filter((c): c is string => typeof c === 'string') : [];
  }

  // ----- the outbox -----

  /** Answers waiting for the backend, oldest first. */
  pending(): readonly QueuedFeedback[] {
    return this.#readQueue();
  }

  /** Keeps an answer until the backend confirms it. Adding the same id twice keeps one. */
  enqueue(submission: FeedbackSubmission, now: Date): void {
    const items = this.#readQueue().filter((i) => i.submission.id !== submission.id);
    items.push({ submission, queuedAt: now.getTime(), attempts: 0, nextAttemptAt: now.getTime() });
    this.#writeQueue(items.slice(-FEEDBACK_QUEUE_LIMITS.maxItems));
  }

  /**
   * Sends waiting answers through `submit` one by one. An accepted answer leaves the queue; a failed one waits with
   * a growing backoff. Answers already being sent (by this page or, within their lease, another tab) are skipped,
   * so no answer is sent twice at the same time.
   */
  async flush(submit: (submission: FeedbackSubmission) => Promise<void>, now: () => Date, options: FlushOptions = {}): Promise<FlushResult> {
    const { force = false, retryable = () => true } = options;
    const result: FlushResult = { sent: [], failed: [], dropped: [], nextAttemptAt: null };
    const start = now().getTime();
    const items = this.#readQueue();
    const fresh = items.filter((i) => start - i.queuedAt <= FEEDBACK_QUEUE_LIMITS.maxAgeMs);
    result.dropped.push(...items.filter((i) => !fresh.includes(i)).map((i) => i.submission.id));
    const due = fresh.filter(
      (i) => !inFlight.has(i.submission.id) && (i.leaseUntil ?? 0) <= start && (force || i.nextAttemptAt <= start),
    );
    // Claim before the first await, so that a second flush started meanwhile skips them.
    for (const i of due) {
      inFlight.add(i.submission.id);
      i.leaseUntil = start + FEEDBACK_QUEUE_LIMITS.leaseMs;
    }
    this.#writeQueue(fresh);
    for (const item of due) {
      const id = item.submission.id;
      try {
        await submit(item.submission);
        this.#update(id, () => undefined);
        result.sent.push(id);
      } catch (e) {
        const attempts = item.attempts + 1;
        if (!retryable(e) || attempts >= FEEDBACK_QUEUE_LIMITS.maxAttempts) {
          this.#update(id, () => undefined);
          result.dropped.push(id);
        } else {
          const at = now().getTime();
          this.#update(id, (i) => ({ submission: i.submission, queuedAt: i.queuedAt, attempts, nextAttemptAt: at + retryDelayMs(attempts) }));
          result.failed.push(id);
        }
      } finally {
        inFlight.delete(id);
      }
    }
    const waiting = this.#readQueue().map((i) => Math.max(i.nextAttemptAt, i.leaseUntil ?? 0));
    result.nextAttemptAt = waiting.length > 0 ? new Date(Math.min(...waiting)) : null;
    return result;
  }

  /** Rewrites one queued answer from the freshest stored queue (`undefined` removes it). */
  #update(id: string, change: (item: QueuedFeedback) => QueuedFeedback | undefined): void {
    const items = this.#readQueue().flatMap((i) => {
      if (i.submission.id !== id) return [i];
      const next = change(i);
      return next ? [next] : [];
    });
    this.#writeQueue(items);
  }

  #readQueue(): QueuedFeedback[] {
    const stored = this.#read<StoredQueue>(this.#queueKey);
    if (!stored || !Array.isArray(stored.items)) return [];
    return stored.items.filter(
      (i): i is QueuedFeedback =>
        typeof i === 'object' && i !== null && typeof i.submission?.id === 'string' && typeof i.queuedAt === 'number',
    );
  }

  #writeQueue(items: QueuedFeedback[]): void {
    if (items.length === 0) this.#storage.remove(this.#queueKey);
    else this.#storage.set(this.#queueKey, JSON.stringify({ schema: 1, items } satisfies StoredQueue));
  }

  #read<T extends { schema: number }>(key: string): T | null {
    try {
      const parsed = JSON.parse(this.#storage.get(key) ?? 'null') as T | null;
      return parsed && parsed.schema === 1 ? parsed : null;
    } catch {
      // Unreadable (hand-edited, another version): treat as absent rather than break the page.
      return null;
    }
  }
}

export { feedbackStorage, eraseFeedbackStorage } from './consent-storage.js';
