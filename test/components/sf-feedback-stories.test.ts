import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/sf-shop.js';
import meta, * as stories from '../../stories/sf-feedback.stories.js';
import type { SfFeedback } from '../../src/elements/sf-feedback/sf-feedback.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

type Render = (args: unknown, context: { globals: { locale: string } }) => TemplateResult;
type StoryModule = Record<string, { args?: object; render?: Render }>;

const expected: Record<string, 'question' | 'thanks' | 'hidden'> = {
  Nps: 'question', Csat: 'question', Ces: 'question', CustomQuestionNoComment: 'question',
  ThankYou: 'thanks', Suppressed: 'hidden', FailingBackend: 'question', SlowBackend: 'question',
};

describe('sf-feedback stories', () => {
  const all = Object.entries(stories as unknown as StoryModule).filter(([name]) => name !== 'default');

  it('has a story for each kind and state', () => {
    expect(all.map(([name]) => name).sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const locale of ['fi', 'sv', 'en']) {
    for (const [name, story] of all) {
      it(`${name} renders its state in ${locale} with no axe violations`, async () => {
        const args = { ...meta.args, ...story.args };
        const root = await fixture(story.render!(args, { globals: { locale } }));
        const el = (root.localName === 'sf-feedback' ? root : root.querySelector('sf-feedback')) as SfFeedback;
        await waitUntil(() => el.view === expected[name], `${name} shows ${expected[name]}`);
        await expectNoAxeViolations(root);
      });
    }
  }
});
