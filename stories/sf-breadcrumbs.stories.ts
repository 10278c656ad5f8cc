import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-breadcrumbs.js';
import type { Locale } from '../src/core/locale.js';
import type { Crumb } from '../src/core/navigation.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  category: string;
  currentLabel: string;
  home: string;
  collapseBelow: number;
}

const meta: Meta<Args> = {
  title: 'Navigation/sf-breadcrumbs',
  component: 'sf-breadcrumbs',
  args: { category: 'road-bikes', currentLabel: 'Aurora Road 105', home: '#/', collapseBelow: 480 },
  argTypes: {
    category: { control: 'select', options: ['', 'bikes', 'road-bikes', 'gravel-bikes', 'helmets', 'jackets', 'locks'] },
    collapseBelow: { control: { type: 'number', min: 0, step: 16 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

const crumbs = (args: Args) => html`<sf-breadcrumbs
  category=${args.category}
  current-label=${args.currentLabel}
  home=${args.home}
  collapse-below=${args.collapseBelow}
></sf-breadcrumbs>`;

/** A product page: home, the category path from the adapter's tree, and the product as the current page. */
export const ProductPage: Story = {
  render: (args, { globals }) => inShop(storyAdapter('crumbs'), globals.locale as Locale, html`<div style="width: 900px; max-width: 100%">${crumbs(args)}</div>`),
};

/** A category page: the category itself is the current page (a link with aria-current="page"). */
export const CategoryPage: Story = {
  args: { category: 'gravel-bikes', currentLabel: '' },
  render: ProductPage.render!,
};

const LONG: Crumb[] = [
  { label: 'Home', href: '#/' },
  { label: 'Bikes', href: '#/category/bikes' },
  { label: 'Gravel bikes', href: '#/category/gravel-bikes' },
  { label: 'Bikepacking', href: '#/category/bikepacking' },
  { label: 'Sora GRX', href: '#/product/sora-gravel' },
];

/** Mobile: a 360 px container collapses the middle behind "…"; screen readers still read every step. */
export const Mobile: Story = {
  render: (args, { globals }) => inShop(storyAdapter('crumbs-m'), globals.locale as Locale, html`<div style="width: 360px; border: 1px dashed #d0d7de">
    <sf-breadcrumbs .items=${LONG} collapse-below=${args.collapseBelow}></sf-breadcrumbs>
  </div>`),
};

/** The same long trail at desktop width: nothing collapses. */
export const LongTrailDesktop: Story = {
  render: (args, { globals }) => inShop(storyAdapter('crumbs-d'), globals.locale as Locale, html`<div style="width: 900px; max-width: 100%">
    <sf-breadcrumbs .items=${LONG} collapse-below=${args.collapseBelow}></sf-breadcrumbs>
  </div>`),
};

/** The category tree takes two seconds: until then the trail shows only home and the product, never a wrong path. */
export const SlowBackend: Story = {
  render: (args, { globals }) => inShop(storyAdapter('crumbs-slow', { latencyMs: 2000 }), globals.locale as Locale, crumbs(args)),
};
