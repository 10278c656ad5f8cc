import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-recommendations.js';
import type { Locale } from '../src/core/locale.js';
import type { RecommendationStrategy } from '../src/core/recommendations.js';
import { seedShopper } from './personal.js';
import { storyAdapter } from './shop.js';

interface Args {
  strategy: RecommendationStrategy;
  productId: string;
  addToCart: boolean;
}

const meta: Meta<Args> = {
  title: 'Personal/sf-recommendations',
  component: 'sf-recommendations',
  args: { strategy: 'complete-the-look', productId: 'aurora-road', addToCart: true },
  argTypes: { strategy: { control: 'select', options: ['complete-the-look', 'because-you-viewed', 'popular-in-category'] } },
  parameters: {
    docs: { description: { component: 'Ranked in the browser from the shopper\'s own history; never the product in view, the cart or what was bought. Each list reports `view_item_list`/`select_item` with its strategy as `item_list_id`.' } },
  },
};
export default meta;

export const Default: StoryObj<Args> = {
  render: (args, { globals }) => {
    seedShopper('returning', 'functional');
    return html`<sf-shop .adapter=${storyAdapter('recommendations')} locale=${globals.locale as Locale} consent="functional">
      <sf-recommendations strategy=${args.strategy} product-id=${args.productId} ?add-to-cart=${args.addToCart}></sf-recommendations>
    </sf-shop>`;
  },
};
