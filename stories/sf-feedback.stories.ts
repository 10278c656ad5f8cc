import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/sf-feedback.js';
import type { SfFeedback } from '../src/elements/sf-feedback/sf-feedback.js';
import type { FeedbackKind } from '../src/core/model.js';
import { FeedbackStore } from '../src/core/feedback.js';
import type { Locale } from '../src/core/locale.js';
import { createSafeStorage, type SafeStorage } from '../src/core/storage.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  kind: FeedbackKind;
  question: string;
  context: string;
  maxComment: number;
  snoozeDays: number;
  noComment: boolean;
}

const meta: Meta<Args> = {
  title: 'Feedback/sf-feedback',
  component: 'sf-feedback',
  args: { kind: 'nps', question: '', context: 'PP-4711', maxComment: 500, snoozeDays: 30, noComment: false },
  argTypes: {
    kind: { control: 'inline-radio', options: ['nps', 'csat', 'ces'] },
    maxComment: { control: { type: 'number', min: 1 } },
    snoozeDays: { control: { type: 'number', min: 0 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A storage of the story's own, fresh on each render, so "Not now" in one story never hides another. */
function storyStorage(): SafeStorage {
  const data = new Map<string, string>();
  const backing = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  return createSafeStorage(() => backing, 'story storage');
}

const feedback = (args: Args, storage: SafeStorage, extra: { score?: number; send?: boolean } = {}) => html`<sf-feedback
  kind=${args.kind}
  question=${args.question || nothing}
  context=${args.context}
  max-comment=${args.maxComment}
  snooze-days=${args.snoozeDays}
  ?no-comment=${args.noComment}
  .storage=${storage}
  .score=${extra.score ?? null}
  ${ref((el) => {
    // Shows the state after sending, as if the shopper had pressed Send.
    if (el && extra.send) void (el as SfFeedback).updateComplete.then(() => (el as SfFeedback).submit());
  })}
></sf-feedback>`;

/** Net Promoter Score: 0–10, as on the order confirmation. */
export const Nps: Story = {
  render: (args, { globals }) => inShop(storyAdapter('feedback-nps'), globals.locale as Locale, feedback(args, storyStorage())),
};

/** Customer Satisfaction: 1–5. */
export const Csat: Story = {
  args: { kind: 'csat' },
  render: (args, { globals }) => inShop(storyAdapter('feedback-csat'), globals.locale as Locale, feedback(args, storyStorage())),
};

/** Customer Effort Score: 1–7. */
export const Ces: Story = {
  args: { kind: 'ces' },
  render: (args, { globals }) => inShop(storyAdapter('feedback-ces'), globals.locale as Locale, feedback(args, storyStorage())),
};

/** The shop's own question, scale only. */
export const CustomQuestionNoComment: Story = {
  args: { kind: 'csat', question: 'How was your bike fitting?', noComment: true },
  render: (args, { globals }) => inShop(storyAdapter('feedback-custom'), globals.locale as Locale, feedback(args, storyStorage())),
};

/** After Send: the thank-you keeps the question's height, so nothing below moves. */
export const ThankYou: Story = {
  render: (args, { globals }) =>
    inShop(storyAdapter('feedback-thanks'), globals.locale as Locale, html`${feedback(args, storyStorage(), { score: 9, send: true })}
      <p>Content below the feedback box stays where it was.</p>`),
};

/**
 * The shopper said "Not now" (or answered) within `snooze-days`: the element shows nothing and takes no space.
 * Set `snoozeDays` to 0 to see it asked again.
 */
export const Suppressed: Story = {
  render: (args, { globals }) => {
    const storage = storyStorage();
    new FeedbackStore(storage).suppress(new Date(Date.now() - 2 * 24 * 60 * 60 * 1000), 'dismissed');
    return inShop(storyAdapter('feedback-suppressed'), globals.locale as Locale, html`<p>Above</p>${feedback(args, storage)}<p>Below: nothing between.</p>`);
  },
};

/**
 * The backend refuses feedback: the shopper still gets the thank-you; the answer waits in the outbox and is sent
 * when the connection is back, on the next page or after a backoff (never twice).
 */
export const FailingBackend: Story = {
  render: (args, { globals }) =>
    inShop(storyAdapter('feedback-fail', { fail: ['submitFeedback'] }), globals.locale as Locale, feedback(args, storyStorage())),
};

/** The backend answers after two seconds: the thank-you does not wait for it. */
export const SlowBackend: Story = {
  render: (args, { globals }) =>
    inShop(storyAdapter('feedback-slow', { latencyMs: 2000 }), globals.locale as Locale, feedback(args, storyStorage())),
};
