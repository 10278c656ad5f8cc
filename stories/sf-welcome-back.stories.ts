import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-welcome-back.js';
import '../src/define/sf-recently-viewed.js';
import '../src/define/sf-recommendations.js';
import type { Consent } from '../src/core/history.js';
import type { Locale } from '../src/core/locale.js';
import { seedShopper } from './personal.js';
import { storyAdapter } from './shop.js';

const meta: Meta = {
  title: 'Personal/sf-welcome-back',
  component: 'sf-welcome-back',
  parameters: {
    docs: {
      description: {
        component:
          'For a returning shopper (history from an earlier visit, `<sf-shop consent="all">`): one calm line about the product they looked at last, with the way back and what goes with it. Once per visit; dismissible; nothing for a new visitor or without consent.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const page = (kind: 'new' | 'returning', consent: Consent, locale: Locale) => {
  seedShopper(kind, consent);
  return html`<sf-shop .adapter=${storyAdapter(`welcome-${kind}-${consent}`)} locale=${locale} consent=${consent}>
    <sf-welcome-back></sf-welcome-back>
    <sf-recently-viewed heading-level="2"></sf-recently-viewed>
    <sf-recommendations strategy="complete-the-look" heading-level="2"></sf-recommendations>
  </sf-shop>`;
};

/** A first visit: nothing is shown, nothing is known. */
export const NewVisitor: Story = { render: (_args, { globals }) => page('new', 'all', globals.locale as Locale) };

/** Viewed the Aurora Road 105 three days ago: welcomed back, recently viewed, complete the look. */
export const ReturningVisitor: Story = { render: (_args, { globals }) => page('returning', 'all', globals.locale as Locale) };

/** The same shopper without consent: the kit kept nothing, so it knows nothing. */
export const NoConsent: Story = { render: (_args, { globals }) => page('returning', 'none', globals.locale as Locale) };
