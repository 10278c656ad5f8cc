import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-recently-viewed.js';
import type { Locale } from '../src/core/locale.js';
import { seedShopper } from './personal.js';
import { storyAdapter } from './shop.js';

const meta: Meta = {
  title: 'Personal/sf-recently-viewed',
  component: 'sf-recently-viewed',
  parameters: {
    docs: { description: { component: 'The products the shopper viewed last, newest first, without the one in view. Scrolls sideways on a narrow screen; Tab moves through the links and out.' } },
  },
};
export default meta;

export const OnAProductPage: StoryObj = {
  render: (_args, { globals }) => {
    seedShopper('returning', 'functional');
    return html`<sf-shop .adapter=${storyAdapter('recently-viewed')} locale=${globals.locale as Locale} consent="functional">
      <sf-recently-viewed current-product-id="light-set"></sf-recently-viewed>
    </sf-shop>`;
  },
};
