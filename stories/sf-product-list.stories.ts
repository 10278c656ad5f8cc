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

const findable = (category = 'bikes', limit = 6) =>
  html`<sf-product-list controls category=${category} limit=${limit}></sf-product-list>`;

/** A listing that finds: sort, facets with counts (brand, price, size, in stock, delivery promise), "Show more". */
export const WithControls: Story = {
  render: (_args, { globals }) => inShop(storyAdapter('list-controls'), globals.locale as Locale, findable('', 6)),
};

/** A 320 px phone: the filters open in a dialog from a "Filters" button. */
export const WithControlsPhone: Story = {
  render: (_args, { globals }) =>
    html`<div style="max-inline-size:320px">${inShop(storyAdapter('list-controls-phone'), globals.locale as Locale, html`<sf-product-list controls limit="4"></sf-product-list>`)}</div>`,
};

/** No product matches: the empty state suggests which filter to remove. */
export const NoMatches: Story = {
  render: (_args, { globals }) =>
    inShop(storyAdapter('list-empty'), globals.locale as Locale, html`<sf-product-list controls category="helmets" .filters=${{ brand: ['Pohjola'] }}></sf-product-list>`),
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
