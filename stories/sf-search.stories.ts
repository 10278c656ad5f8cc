import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-search.js';
import type { Locale } from '../src/core/locale.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  value: string;
  action: string;
  debounce: number;
  limit: number;
}

const meta: Meta<Args> = {
  title: 'Navigation/sf-search',
  component: 'sf-search',
  args: { value: '', action: '#/search', debounce: 200, limit: 6 },
  argTypes: { debounce: { control: { type: 'number', min: 0, step: 50 } }, limit: { control: { type: 'number', min: 1, max: 20 } } },
  parameters: {
    docs: {
      description: {
        component:
          'Type "helmet", "gravel" or "lock". Try "zzzz" for no results. Events `sf-search-select` and `sf-search-submit` are cancellable.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const search = (args: Args) => html`<sf-search
  .value=${args.value}
  action=${args.action}
  debounce=${args.debounce}
  limit=${args.limit}
  @sf-search-select=${(e: Event) => e.preventDefault()}
  @sf-search-submit=${(e: Event) => e.preventDefault()}
></sf-search>`;

/** Desktop width, with room below for the suggestions. */
export const Desktop: Story = {
  render: (args, { globals }) => inShop(storyAdapter('search'), globals.locale as Locale, html`<div style="width: 32rem; max-width: 100%; min-height: 26rem">${search(args)}</div>`),
};

/** Mobile: a 360 px container. */
export const Mobile: Story = {
  render: (args, { globals }) => inShop(storyAdapter('search-m'), globals.locale as Locale, html`<div style="width: 360px; min-height: 26rem">${search(args)}</div>`),
};

/** The backend answers after 1.5 s: "Searching…" shows; typing on aborts the older query. */
export const SlowBackend: Story = {
  render: (args, { globals }) => inShop(storyAdapter('search-slow', { latencyMs: 1500 }), globals.locale as Locale, html`<div style="width: 32rem; min-height: 26rem">${search(args)}</div>`),
};

/** The backend fails: the popup explains it and the live region announces it. */
export const FailingBackend: Story = {
  render: (args, { globals }) => inShop(storyAdapter('search-fail', { fail: ['search'] }), globals.locale as Locale, html`<div style="width: 32rem; min-height: 26rem">${search(args)}</div>`),
};
