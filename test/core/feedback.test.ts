import '../../src/messages/locales/all.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  buildSubmission, commentCounter, commentMilestone, FEEDBACK_QUEUE_LIMITS, feedbackScale, FeedbackStore,
  feedbackTelemetryParams, positiveSetting, retryDelayMs, toFeedbackKind, validateFeedback, type FeedbackSubmission,
} from '../../src/core/feedback.js';
import { feedbackMessages } from '../../src/messages/feedback.js';
import { createSafeStorage, type SafeStorage } from '../../src/core/storage.js';
import { CommerceError, toCommerceError } from '../../src/core/errors.js';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2025-03-14T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function memoryStorage(data = new Map<string, string>()): SafeStorage {
  const backing = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  return createSafeStorage(() => backing, 'test storage');
}

const submission = (id: string, score = 7): FeedbackSubmission => ({ id, kind: 'nps', score });

describe('feedback scales and validation', () => {
  it('has the standard scale per kind: NPS 0–10, CSAT 1–5, CES 1–7', () => {
    expect(feedbackScale('nps').values).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(feedbackScale('csat').values).to.deep.equal([1, 2, 3, 4, 5]);
    expect(feedbackScale('ces')).to.include({ min: 1, max: 7 });
    expect(toFeedbackKind('CSAT')).to.equal('csat');
    expect(toFeedbackKind('stars')).to.equal('nps');
    expect(toFeedbackKind(null, 'ces')).to.equal('ces');
  });

  it('refuses a missing or off-scale score and an over-long comment', () => {
    expect(validateFeedback({ kind: 'nps', score: null })).to.deep.equal(['score-missing']);
    expect(validateFeedback({ kind: 'nps', score: 0 })).to.deep.equal([]);
    expect(validateFeedback({ kind: 'csat', score: 0 })).to.deep.equal(['score-out-of-range']);
    expect(validateFeedback({ kind: 'ces', score: 7.5 })).to.deep.equal(['score-out-of-range']);
    expect(validateFeedback({ kind: 'ces', score: 7, comment: 'x'.repeat(11) }, 10)).to.deep.equal(['comment-too-long']);
    expect(() => buildSubmission({ kind: 'nps', score: null })).to.throw(RangeError, /score-missing/);
  });

  it('builds what is sent: trimmed comment, empty parts left out, the given id', () => {
    expect(buildSubmission({ kind: 'csat', score: 4, comment: '  Quick  ', context: ' PP-1 ' }, 'id-1')).to.deep.equal({
      id: 'id-1', kind: 'csat', score: 4, comment: 'Quick', context: 'PP-1',
    });
    expect(buildSubmission({ kind: 'nps', score: 10, comment: '   ', context: '' }, 'id-2')).to.deep.equal({ id: 'id-2', kind: 'nps', score: 10 });
    const a = buildSubmission({ kind: 'nps', score: 1 });
    const b = buildSubmission({ kind: 'nps', score: 1 });
    expect(a.id).to.not.equal(b.id);
  });

  it('reports the comment length to telemetry, never the comment', () => {
    const params = feedbackTelemetryParams({ kind: 'nps', score: 9, comment: 'Fast delivery', context: 'PP-4711' });
    expect(params).to.deep.equal({ kind: 'nps', score: 9, comment_length: 13, context: 'PP-4711' });
    expect(JSON.stringify(params)).to.not.contain('Fast');
  });

  it('marks the comment near its limit from about a tenth left, and announces at two points only', () => {
    expect(commentCounter(0, 500)).to.deep.equal({ length: 0, max: 500, remaining: 500, nearThreshold: 50, near: false, atLimit: false });
    expect(commentCounter(450, 500).near).to.equal(true);
    expect(commentCounter(449, 500).near).to.equal(false);
    expect(commentCounter(500, 500).atLimit).to.equal(true);
    expect(commentCounter(3, 5).nearThreshold).to.equal(1);
    // Typing from empty to the limit, the announcement changes exactly twice.
    const milestones = Array.from({ length: 501 }, (_, n) => commentMilestone(commentCounter(n, 500)));
    const changes = milestones.filter((m, i) => i > 0 && m !== milestones[i - 1]);
    expect(changes).to.deep.equal(['near', 'limit']);
  });

  it('reads settings as positive whole numbers', () => {
    expect(positiveSetting(7, 30)).to.equal(7);
    expect(positiveSetting(Number.NaN, 30)).to.equal(30);
    expect(positiveSetting(-1, 30)).to.equal(30);
    expect(positiveSetting(0, 30)).to.equal(30);
    expect(positiveSetting(0, 30, true)).to.equal(0);
  });

  it('has real Finnish and Swedish with the same keys as English', () => {
    expect(Object.keys(feedbackMessages.fi).sort()).to.deep.equal(Object.keys(feedbackMessages.en).sort());
    expect(feedbackMessages.fi['question.csat']).to.equal('Kuinka tyytyväinen olet ostokseesi?');
    expect(feedbackMessages.sv['question.ces']).to.equal('Hur lätt var det att genomföra ditt köp?');
    expect(feedbackMessages.fi.charactersLeft(1)).to.equal('1 merkki jäljellä');
    expect(feedbackMessages.fi.charactersLeft(5)).to.equal('5 merkkiä jäljellä');
    expect(feedbackMessages.en.charactersLeft(1)).to.equal('1 character left');
  });
});

describe('"not now" suppression', () => {
  it('keeps the question away for the period after "not now" or an answer, and asks again after', () => {
    const store = new FeedbackStore(memoryStorage());
    expect(store.isSuppressed(T0)).to.equal(false);
    store.suppress(T0, 'dismissed');
    expect(store.isSuppressed(at(29 * DAY))).to.equal(true);
    expect(store.isSuppressed(at(30 * DAY - 1))).to.equal(true);
    expect(store.isSuppressed(at(30 * DAY))).to.equal(false);
    expect(store.isSuppressed(at(8 * DAY), 7)).to.equal(false);
    expect(store.isSuppressed(at(1), 0)).to.equal(false);
    store.suppress(at(40 * DAY), 'answered');
    expect(store.lastSuppressed()).to.deep.equal({ at: at(40 * DAY), reason: 'answered' });
    expect(store.isSuppressed(at(41 * DAY))).to.equal(true);
  });

  it('is suppressed exactly within [at, at + days) for any instant and period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: -400 * DAY, max: 400 * DAY }),
        (atMs, days, offset) => {
          const store = new FeedbackStore(memoryStorage());
          store.suppress(new Date(atMs), 'dismissed');
          return store.isSuppressed(new Date(atMs + offset), days) === offset < days * DAY;
        },
      ),
    );
  });

  it('shares the state through the storage and ignores unreadable data', () => {
    const data = new Map<string, string>();
    new FeedbackStore(memoryStorage(data)).suppress(T0);
    expect(new FeedbackStore(memoryStorage(data)).isSuppressed(at(DAY))).to.equal(true);
    expect(new FeedbackStore(memoryStorage(data), 'other-shop').isSuppressed(at(DAY))).to.equal(false);
    data.set('sf-feedback:suppress', '{not json');
    data.set('sf-feedback:queue', '{"schema":1,"items":[{"nonsense":true}]}');
    const store = new FeedbackStore(memoryStorage(data));
    expect(store.isSuppressed(at(DAY))).to.equal(false);
    expect(store.pending()).to.deep.equal([]);
  });
});

describe('the feedback outbox', () => {
  it('sends a queued answer once and forgets it', async () => {
    const store = new FeedbackStore(memoryStorage());
    store.enqueue(submission('a'), T0);
    store.enqueue(submission('a'), T0);
    const sent: FeedbackSubmission[] = [];
    const result = await store.flush(async (s) => void sent.push(s), () => T0);
    expect(sent).to.deep.equal([submission('a')]);
    expect(result).to.deep.equal({ sent: ['a'], failed: [], dropped: [], nextAttemptAt: null });
    expect(store.pending()).to.deep.equal([]);
  });

  it('keeps a failed answer with a growing backoff, and sends it when due or when forced', async () => {
    const store = new FeedbackStore(memoryStorage());
    store.enqueue(submission('a'), T0);
    const failing = () => Promise.reject(new CommerceError('network', 'offline'));
    const first = await store.flush(failing, () => T0);
    expect(first.failed).to.deep.equal(['a']);
    expect(first.nextAttemptAt).to.deep.equal(at(30_000));
    expect(store.pending()[0]).to.include({ attempts: 1, nextAttemptAt: T0.getTime() + 30_000 });

    const sent: string[] = [];
    const ok = async (s: FeedbackSubmission) => void sent.push(s.id);
    expect((await store.flush(ok, () => at(10_000))).sent).to.deep.equal([]);
    const second = await store.flush(failing, () => at(30_000));
    expect(second.nextAttemptAt).to.deep.equal(at(30_000 + 60_000));
    expect((await store.flush(ok, () => at(31_000), { force: true })).sent).to.deep.equal(['a']);
    expect(sent).to.deep.equal(['a']);
  });

  it('backs off 30 s, 1 min, 2 min ... and never waits more than an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).to.deep.equal([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).to.equal(60 * 60 * 1000);
  });

  it('never sends the same answer twice when flushes overlap', async () => {
    const data = new Map<string, string>();
    const one = new FeedbackStore(memoryStorage(data));
    const two = new FeedbackStore(memoryStorage(data));
    one.enqueue(submission('a'), T0);
    one.enqueue(submission('b'), T0);
    const calls: string[] = [];
    const slow = (s: FeedbackSubmission) => new Promise<void>((resolve) => {
      calls.push(s.id);
      setTimeout(resolve, 5);
    });
    const results = await Promise.all([one.flush(slow, () => T0, { force: true }), two.flush(slow, () => T0, { force: true }), one.flush(slow, () => T0, { force: true })]);
    expect(calls.sort()).to.deep.equal(['a', 'b']);
    expect(results.flatMap((r) => r.sent).sort()).to.deep.equal(['a', 'b']);
    expect(one.pending()).to.deep.equal([]);
  });

  it('leaves an answer another tab is sending alone until its lease runs out', async () => {
    const data = new Map<string, string>();
    const store = new FeedbackStore(memoryStorage(data));
    store.enqueue(submission('a'), T0);
    const stored = JSON.parse(data.get('sf-feedback:queue')!) as { items: { leaseUntil?: number }[] };
    stored.items[0]!.leaseUntil = T0.getTime() + FEEDBACK_QUEUE_LIMITS.leaseMs;
    data.set('sf-feedback:queue', JSON.stringify(stored));
    const sent: string[] = [];
    const ok = async (s: FeedbackSubmission) => void sent.push(s.id);
    expect((await store.flush(ok, () => T0, { force: true })).sent).to.deep.equal([]);
    expect((await store.flush(ok, () => at(FEEDBACK_QUEUE_LIMITS.leaseMs), { force: true })).sent).to.deep.equal(['a']);
  });

  it('drops answers that cannot succeed, fail too often or are too old', async () => {
    const store = new FeedbackStore(memoryStorage());
    const retryable = (e: unknown) => toCommerceError(e).retryable;
    store.enqueue(submission('refused'), T0);
    const refused = await store.flush(() => Promise.reject(new CommerceError('invalid-input', 'no')), () => T0, { retryable });
    expect(refused.dropped).to.deep.equal(['refused']);

    store.enqueue(submission('flaky'), T0);
    for (let i = 0; i < FEEDBACK_QUEUE_LIMITS.maxAttempts; i++) {
      await store.flush(() => Promise.reject(new CommerceError('network', 'offline')), () => T0, { force: true, retryable });
    }
    expect(store.pending()).to.deep.equal([]);

    store.enqueue(submission('old'), T0);
    const sent: string[] = [];
    const late = await store.flush(async (s) => void sent.push(s.id), () => at(FEEDBACK_QUEUE_LIMITS.maxAgeMs + 1));
    expect(late.dropped).to.deep.equal(['old']);
    expect(sent).to.deep.equal([]);
  });

  it('keeps at most the newest answers when the backend stays away for long', () => {
    const store = new FeedbackStore(memoryStorage());
    for (let i = 0; i < FEEDBACK_QUEUE_LIMITS.maxItems + 3; i++) store.enqueue(submission(`s${i}`), at(i));
    const ids = store.pending().map((p) => p.submission.id);
    expect(ids).to.have.length(FEEDBACK_QUEUE_LIMITS.maxItems);
    expect(ids[0]).to.equal('s3');
  });
});

describe('feedback once per context (an order)', () => {
  it('remembers answered or dismissed contexts only, apart from the snooze period, and the latest 200 of them', () => {
    const data = new Map<string, string>();
    const store = new FeedbackStore(memoryStorage(data));
    expect(store.isContextSuppressed('delivery:PP-1')).to.equal(false);
    store.suppressContext(' delivery:PP-1 ');
    expect(store.isContextSuppressed('delivery:PP-1')).to.equal(true);
    expect(store.isContextSuppressed('delivery:PP-2')).to.equal(false);
    expect(store.isSuppressed(T0), 'one order does not snooze every question').to.equal(false);
    store.suppressContext('');
    expect(store.isContextSuppressed('')).to.equal(false);
    // Nothing but the context strings is kept.
    expect(JSON.parse(data.get('sf-feedback:contexts')!)).to.deep.equal({ schema: 1, contexts: ['delivery:PP-1'] });
    for (let i = 2; i <= 201; i += 1) store.suppressContext(`delivery:PP-${i}`);
    expect(store.isContextSuppressed('delivery:PP-1'), 'the oldest drops off').to.equal(false);
    expect(store.isContextSuppressed('delivery:PP-201')).to.equal(true);
    data.set('sf-feedback:contexts', '{not json');
    expect(new FeedbackStore(memoryStorage(data)).isContextSuppressed('delivery:PP-201')).to.equal(false);
  });
});
