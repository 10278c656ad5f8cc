import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-skip-link.js';
import type { Locale } from '../src/core/locale.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  target: string;
  label: string;
}

const meta: Meta<Args> = {
  title: 'Navigation/sf-skip-link',
  component: 'sf-skip-link',
  args: { target: 'story-main', label: '' },
};
export default meta;

type Story = StoryObj<Args>;

const page = (args: Args, width: string) => html`<div style="position: relative; width: ${width}; max-width: 100%; padding-top: 3.5rem; border: 1px dashed #d0d7de">
  <sf-skip-link target=${args.target} label=${args.label}></sf-skip-link>
  <nav aria-label="Demo" style="padding: 0.5rem"><a href="#/a">Bikes</a> · <a href="#/b">Helmets</a> · <a href="#/c">Clothing</a></nav>
  <main id=${args.target} style="padding: 1rem"><h1 style="margin: 0">Main content</h1><p>Click in the frame above the link, press Tab: the skip link appears; Enter moves focus here.</p></main>
</div>`;

/** Desktop width: Tab into the frame to reveal the link. */
export const Desktop: Story = {
  render: (args, { globals }) => inShop(storyAdapter('skip'), globals.locale as Locale, page(args, '900px')),
};

/** Mobile: a 360 px container. */
export const Mobile: Story = {
  render: (args, { globals }) => inShop(storyAdapter('skip-m'), globals.locale as Locale, page(args, '360px')),
};
