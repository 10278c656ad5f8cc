import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Locale } from '../src/core/locale.js';
import '../src/define/sf-cart-drawer.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  category: string;
  limit: number;
  addToCart: boolean;
}

const meta: Meta<Args> = {
  title: 'Catalogue/sf-product-list',
  component: 'sf-product-list',
  args: { category: '', limit: 48, addToCart: false },
  argTypes: {
    category: { control: 'select', options: ['', 'bikes', 'helmets', 'clothing', 'gloves', 'shoes', 'parts'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

const list = (args: Args) =>
  html`<sf-product-list category=${args.category} limit=${args.limit} ?add-to-cart=${args.addToCart}></sf-product-list>`;

/** The embedded bicycle shop's catalogue, from the local adapter. */
export const AllProducts: Story = {
  render: (args, { globals }) => inShop(storyAdapter('list'), globals.locale as Locale, list(args)),
};

export const Helmets: Story = {
  args: { category: 'helmets' },
  render: (args, { globals }) => inShop(storyAdapter('list-helmets'), globals.locale as Locale, list(args)),
};

/** The backend answers after two seconds: the loading state. */
export const SlowBackend: Story = {
  render: (args, { globals }) => inShop(storyAdapter('list-slow', { latencyMs: 2000 }), globals.locale as Locale, list(args)),
};

/** The backend fails: an explained error with a retry. */
export const FailingBackend: Story = {
  render: (args, { globals }) => inShop(storyAdapter('list-fail', { fail: ['listProducts'] }), globals.locale as Locale, list(args)),
};

/**
 * `add-to-cart`: every card gets a button, with the cart drawer opening on each add. The page styles the cards
 * through the exported parts (`sf-product-list::part(price)`, `::part(add-to-cart)`).
 */
export const Buyable: Story = {
  args: { category: 'helmets', addToCart: true },
  render: (args, { globals }) =>
    inShop(
      storyAdapter('list-buyable'),
      globals.locale as Locale,
      html`<style>
          .buyable sf-product-list::part(price) {
            font-size: 1.25rem;
          }
        </style>
        <div class="buyable">${list(args)}<sf-cart-drawer open-on-add></sf-cart-drawer></div>`,
    ),
};
