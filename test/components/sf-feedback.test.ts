import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-feedback.js';
import type { SfFeedback } from '../../src/elements/sf-feedback/sf-feedback.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { FeedbackKind } from '../../src/core/model.js';
import { FeedbackStore, type FeedbackSubmission } from '../../src/core/feedback.js';
import { createSafeStorage, type SafeStorage } from '../../src/core/storage.js';
import type { TelemetryService } from '../../src/services/telemetry/types.js';
import type { SfFeedbackDismissEvent, SfFeedbackSubmitEvent } from '../../src/elements/events/index.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2025-03-14T10:00:00Z');

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** A localStorage stand-in of its own, so that tests never see each other's "not now" or queue. */
function memoryStorage(): SafeStorage {
  const data = new Map<string, string>();
  const backing = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  return createSafeStorage(() => backing, 'test storage');
}

/** Collects what elements report, as the shop's telemetry service would receive it. */
class FakeTelemetry implements TelemetryService {
  readonly tracks: { name: string; params: Record<string, unknown> }[] = [];
  track(name: string, params: Record<string, unknown> = {}): void {
    this.tracks.push({ name, params });
  }
}

interface Setup {
  kind?: FeedbackKind;
  adapter?: LocalCommerceAdapter;
  storage?: SafeStorage;
  telemetry?: FakeTelemetry;
  now?: Date;
  locale?: string;
  context?: string;
  maxComment?: number;
  snoozeDays?: number;
}

async function renderFeedback(setup: Setup = {}) {
  const adapter = setup.adapter ?? testAdapter();
  const storage = setup.storage ?? memoryStorage();
  const telemetry = setup.telemetry ?? new FakeTelemetry();
  const now = setup.now ?? T0;
  const shop = await fixture(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale=${setup.locale ?? 'en'}>
    <button id="before">Before</button>
    <sf-feedback
      kind=${setup.kind ?? 'nps'}
      context=${setup.context ?? ''}
      max-comment=${setup.maxComment ?? 500}
      snooze-days=${setup.snoozeDays ?? 30}
      .storage=${storage}
      .now=${() => now}
    ></sf-feedback>
  </sf-shop>`);
  const el = shop.querySelector('sf-feedback') as SfFeedback;
  await el.updateComplete;
  return { shop, el, adapter, storage, telemetry, before: shop.querySelector('#before') as HTMLButtonElement };
}

const root = (el: SfFeedback) => el.shadowRoot!;
const active = (el: SfFeedback) => root(el).activeElement as HTMLInputElement | HTMLElement | null;
const radios = (el: SfFeedback) => [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
const checkedValue = (el: SfFeedback) => radios(el).find((r) => r.checked)?.value;
const byPart = <T extends HTMLElement = HTMLElement>(el: SfFeedback, part: string) => root(el).querySelector<T>(`[part=${part}]`);
const described = (el: SfFeedback, node: Element) =>
  (node.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => plain(root(el).getElementById(id)?.textContent)).join(' | ');

async function pressTimes(key: string, n: number) {
  for (let i = 0; i < n; i++) await sendKeys({ press: key });
}

describe('<sf-feedback>', () => {
  const scales: [FeedbackKind, number, number, string, string][] = [
    ['nps', 0, 10, 'Not at all likely', 'Extremely likely'],
    ['csat', 1, 5, 'Very dissatisfied', 'Very satisfied'],
    ['ces', 1, 7, 'Very difficult', 'Very easy'],
  ];

  for (const [kind, min, max, low, high] of scales) {
    it(`${kind}: one Tab stop; arrow keys move and select ${min}–${max}; Space selects; end labels are announced`, async () => {
      const { el, before } = await renderFeedback({ kind });
      expect(radios(el).map((r) => Number(r.value))).to.deep.equal(Array.from({ length: max - min + 1 }, (_, i) => min + i));
      const group = byPart(el, 'scale')!;
      expect(group.localName).to.equal('fieldset');
      expect(described(el, group)).to.equal(`${min} = ${low}, ${max} = ${high}`);
      expect(described(el, radios(el)[0]!)).to.equal(low);
      expect(described(el, radios(el).at(-1)!)).to.equal(high);

      before.focus();
      await sendKeys({ press: 'Tab' });
      expect((active(el) as HTMLInputElement).value).to.equal(String(min));
      expect(el.score).to.equal(null);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.score).to.equal(min);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.score).to.equal(min + 1);
      expect(checkedValue(el)).to.equal(String(min + 1));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.score).to.equal(min + 2);
      await pressTimes('ArrowLeft', 3);
      await el.updateComplete;
      // From the lowest score, one more step back wraps to the highest (native radio behaviour).
      expect(el.score).to.equal(max);
      expect((active(el) as HTMLInputElement).value).to.equal(String(max));
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(el.score).to.equal(max - 1);
      // The whole scale is one Tab stop: the next Tab reaches the comment.
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.localName).to.equal('textarea');
      await expectNoAxeViolations(el);
    });
  }

  it('Enter on the scale sends the chosen score', async () => {
    const { el, adapter, before } = await renderFeedback({ kind: 'csat' });
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => adapter.feedback.length === 1, 'the adapter receives the answer');
    expect(adapter.feedback[0]).to.include({ kind: 'csat', score: 2 });
    expect(el.view).to.equal('thanks');
  });

  it('asks in Finnish and Swedish, and takes the question from the attribute or the slot', async () => {
    const fi = await renderFeedback({ kind: 'ces', locale: 'fi' });
    expect(plain(byPart(fi.el, 'question')!.textContent)).to.equal('Kuinka helppoa ostoksen tekeminen oli?');
    expect(described(fi.el, byPart(fi.el, 'scale')!)).to.equal('1 = Erittäin vaikeaa, 7 = Erittäin helppoa');
    expect(plain(byPart(fi.el, 'submit')!.textContent)).to.equal('Lähetä');
    expect(plain(byPart(fi.el, 'dismiss')!.textContent)).to.equal('Ei nyt');
    await expectNoAxeViolations(fi.el);

    const sv = await renderFeedback({ kind: 'nps', locale: 'sv' });
    expect(plain(byPart(sv.el, 'question')!.textContent)).to.equal('Hur sannolikt är det att du skulle rekommendera oss till en vän?');
    expect(plain(root(sv.el).querySelector('label[for=comment]')!.textContent)).to.equal('Hur kunde vi betjäna dig bättre? (frivilligt)');

    sv.el.question = 'Hur var leveransen?';
    await sv.el.updateComplete;
    expect(plain(byPart(sv.el, 'question')!.textContent)).to.equal('Hur var leveransen?');

    const slotted = await fixture<HTMLElement>(html`<sf-shop .adapter=${testAdapter()} locale="en">
      <sf-feedback kind="csat" .storage=${memoryStorage()}><span slot="question">How was your bike fitting?</span></sf-feedback>
    </sf-shop>`);
    const el = slotted.querySelector('sf-feedback')!;
    await el.updateComplete;
    const legend = byPart(el, 'question')!;
    const slot = legend.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => plain(n.textContent)).join('')).to.equal('How was your bike fitting?');
    await expectNoAxeViolations(slotted);
  });

  it('stops the comment at max-comment, says how many characters are left, and announces only near the limit', async () => {
    const { el } = await renderFeedback({ maxComment: 20 });
    const textarea = byPart<HTMLTextAreaElement>(el, 'comment')!;
    const counter = () => plain(byPart(el, 'counter')!.textContent);
    const live = () => plain(root(el).querySelector('[aria-live=polite]')!.textContent);
    expect(counter()).to.equal('20 characters left');
    expect(described(el, textarea)).to.equal('20 characters left');

    textarea.focus();
    await sendKeys({ type: 'Great service' });
    await el.updateComplete;
    expect(counter()).to.equal('7 characters left');
    expect(live()).to.equal('');

    await sendKeys({ type: ' and ' });
    await el.updateComplete;
    expect(counter()).to.equal('2 characters left');
    expect(live()).to.equal('Almost at the limit: 2 or fewer characters left.');
    await expectNoAxeViolations(el);

    await sendKeys({ type: 'fast delivery' });
    await el.updateComplete;
    expect(textarea.value).to.equal('Great service and fa');
    expect(el.comment).to.equal('Great service and fa');
    expect(counter()).to.equal('0 characters left');
    expect(live()).to.equal('You have reached the limit of 20 characters.');
    await expectNoAxeViolations(el);
  });

  it('sends the answer to the adapter, reports the exact telemetry payload and thanks the shopper in the same space', async () => {
    const { el, adapter, telemetry, before } = await renderFeedback({ context: 'PP-4711' });
    before.focus();
    await sendKeys({ press: 'Tab' });
    await pressTimes('ArrowLeft', 2); // wraps from 0 to 10, then 9
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '  Fast delivery ' });
    const heightBefore = el.getBoundingClientRect().height;
    const submitted = oneEvent(el, 'sf-feedback-submit') as Promise<SfFeedbackSubmitEvent>;
    const submit = byPart(el, 'submit')!;
    const box = submit.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    const event = await submitted;

    expect(event.answer).to.deep.equal({ id: event.answer.id, kind: 'nps', score: 9, comment: 'Fast delivery', context: 'PP-4711' });
    expect(event.answer.id).to.match(/^[0-9a-f-]{32,36}$/);
    expect(telemetry.tracks).to.deep.equal([
      { name: 'feedback_submitted', params: { kind: 'nps', score: 9, comment_length: 13, context: 'PP-4711' } },
    ]);
    await waitUntil(() => adapter.feedback.length === 1, 'the adapter receives the answer');
    expect(adapter.feedback).to.deep.equal([{ id: event.answer.id, kind: 'nps', score: 9, comment: 'Fast delivery', context: 'PP-4711' }]);

    await el.updateComplete;
    expect(el.view).to.equal('thanks');
    const thanks = byPart(el, 'thanks')!;
    expect(plain(thanks.textContent)).to.equal('Thank you for your feedback! Your answer helps us do better.');
    expect(active(el)).to.equal(thanks);
    expect(el.matches(':state(thanks)')).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(heightBefore);
    await expectNoAxeViolations(el);
  });

  it('leaves out an empty comment and context, and reports a zero comment length', async () => {
    const { el, adapter, telemetry } = await renderFeedback({ kind: 'ces' });
    el.score = 6;
    await el.updateComplete;
    byPart(el, 'submit')!.click();
    await waitUntil(() => adapter.feedback.length === 1);
    expect(adapter.feedback[0]).to.deep.equal({ id: (adapter.feedback[0] as FeedbackSubmission).id, kind: 'ces', score: 6 });
    expect(telemetry.tracks).to.deep.equal([{ name: 'feedback_submitted', params: { kind: 'ces', score: 6, comment_length: 0 } }]);
  });

  it('refuses to send without a score: explains, moves focus to the scale, sends nothing', async () => {
    const { el, adapter, telemetry } = await renderFeedback({ kind: 'csat' });
    const submit = byPart<HTMLButtonElement>(el, 'submit')!;
    submit.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(plain(byPart(el, 'error')?.textContent)).to.equal('Choose a score from 1 to 5.');
    expect((active(el) as HTMLInputElement).value).to.equal('1');
    expect(described(el, byPart(el, 'scale')!)).to.equal('1 = Very dissatisfied, 5 = Very satisfied | Choose a score from 1 to 5.');
    expect(el.view).to.equal('question');
    expect(telemetry.tracks).to.deep.equal([]);
    expect(adapter.feedback).to.deep.equal([]);
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(byPart(el, 'error')).to.equal(null);
  });

  it('keeps a failed answer, thanks the shopper anyway, and delivers it exactly once when the connection is back', async () => {
    const adapter = testAdapter({ faults: { fail: ['submitFeedback'] } });
    const { el, storage } = await renderFeedback({ adapter, kind: 'nps' });
    el.score = 3;
    await el.updateComplete;
    byPart(el, 'submit')!.click();
    await el.updateComplete;
    expect(el.view).to.equal('thanks');
    const store = new FeedbackStore(storage);
    await waitUntil(() => store.pending()[0]?.attempts === 1, 'the failed attempt is recorded');
    expect(adapter.feedback).to.deep.equal([]);
    expect(store.pending()).to.have.length(1);
    const id = store.pending()[0]!.submission.id;
    await expectNoAxeViolations(el);

    // The connection is back: an `online` event retries. Several triggers at once still send it once.
    adapter.faults = { latencyMs: 30 };
    // Counted before the adapter's own de-duplication, which would hide a second send.
    const sent: (string | undefined)[] = [];
    const submit = adapter.submitFeedback.bind(adapter);
    adapter.submitFeedback = (input) => {
      sent.push(input.id);
      return submit(input);
    };
    dispatchEvent(new Event('online'));
    dispatchEvent(new Event('online'));
    await waitUntil(() => store.pending().length === 0, 'the queue empties');
    expect(sent, 'sent once').to.deep.equal([id]);
    // A flush reads the queue and starts sending within the event's own dispatch: nothing is left to send now.
    dispatchEvent(new Event('online'));
    expect(sent, 'nothing sent again').to.deep.equal([id]);
    expect(adapter.feedback.map((f) => (f as FeedbackSubmission).id)).to.deep.equal([id]);
    expect(adapter.feedback[0]).to.include({ kind: 'nps', score: 3 });
  });

  it('delivers an answer an earlier page could not send when the next sf-feedback connects, and does not ask again', async () => {
    const storage = memoryStorage();
    const adapter = testAdapter({ faults: { fail: ['submitFeedback'] } });
    const first = await renderFeedback({ adapter, storage, kind: 'csat', context: 'PP-1' });
    first.el.score = 5;
    await first.el.updateComplete;
    byPart(first.el, 'submit')!.click();
    const store = new FeedbackStore(storage);
    await waitUntil(() => store.pending()[0]?.attempts === 1, 'the failed attempt is recorded');
    first.shop.remove();

    adapter.faults = {};
    const next = await renderFeedback({ adapter, storage, kind: 'nps', now: new Date(T0.getTime() + 60_000) });
    await waitUntil(() => adapter.feedback.length === 1, 'the queued answer is delivered');
    expect(adapter.feedback[0]).to.include({ kind: 'csat', score: 5, context: 'PP-1' });
    expect(store.pending()).to.deep.equal([]);
    // The shopper has answered: the next page does not ask again within the period.
    expect(next.el.view).to.equal('hidden');
    expect(getComputedStyle(next.el).display).to.equal('none');
  });

  it('respects "Not now": hidden for snooze-days for the same shopper, asked again after', async () => {
    const storage = memoryStorage();
    const { el } = await renderFeedback({ storage, kind: 'nps' });
    await expectNoAxeViolations(el);
    const dismissed = oneEvent(el, 'sf-feedback-dismiss') as Promise<SfFeedbackDismissEvent>;
    byPart(el, 'dismiss')!.focus();
    await sendKeys({ press: 'Enter' });
    const event = await dismissed;
    expect(event.until?.toISOString()).to.equal(new Date(T0.getTime() + 30 * DAY).toISOString());
    await el.updateComplete;
    expect(el.view).to.equal('hidden');
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);

    const later = await renderFeedback({ storage, kind: 'csat', now: new Date(T0.getTime() + 29 * DAY) });
    expect(later.el.view).to.equal('hidden');
    expect(root(later.el).querySelector('form')).to.equal(null);
    await expectNoAxeViolations(later.shop);

    const after = await renderFeedback({ storage, kind: 'nps', now: new Date(T0.getTime() + 31 * DAY) });
    expect(after.el.view).to.equal('question');
    expect(getComputedStyle(after.el).display).to.equal('block');

    const shorter = await renderFeedback({ storage, kind: 'nps', snoozeDays: 7, now: new Date(T0.getTime() + 8 * DAY) });
    expect(shorter.el.view).to.equal('question');
  });
});
