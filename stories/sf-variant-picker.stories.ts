import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Locale } from '../src/core/locale.js';
import type { Product, Variant } from '../src/core/model.js';
import { money } from '../src/core/money.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  variantId: string;
}

const meta: Meta<Args> = {
  title: 'Product/sf-variant-picker',
  component: 'sf-variant-picker',
  args: { variantId: '' },
};
export default meta;

type Story = StoryObj<Args>;

const adapter = storyAdapter('variant-picker');
const product = (id: string) => adapter.allProducts().find((p) => p.id === id)!;

const bikeVariant = (frame: string, colour: string, stock: number, extra: Partial<Variant> = {}): Variant => ({
  id: `tunturi-${frame.replace(' cm', '')}-${colour.toLowerCase()}`,
  sku: `TT-${frame}-${colour}`,
  name: `${frame} / ${colour}`,
  options: { Frame: frame, Colour: colour },
  price: money(199900),
  stock,
  ...extra,
});

/** Two options: 54 cm / Red does not exist, 56 cm / Blue is restocked, 58 cm / Blue is sold out for good. */
const twoOptions: Product = {
  id: 'tunturi', slug: 'tunturi', name: 'Tunturi Gravel', description: '', brand: 'Pohjola', categoryIds: ['gravel-bikes'],
  images: [], vatRate: 25.5,
  variants: [
    bikeVariant('54 cm', 'Blue', 3),
    bikeVariant('56 cm', 'Blue', 0, { restockDays: 5 }),
    bikeVariant('56 cm', 'Red', 2, { price: money(189900) }),
    bikeVariant('58 cm', 'Blue', 0),
    bikeVariant('58 cm', 'Red', 1, { price: money(169900), compareAtPrice: money(199900) }),
  ],
};

const SWATCHES = { Blue: '#1a5fb4', Red: '#b3261e', Green: '#2f6f3e', Black: '#1f2933', Cream: '#f3ead2' };

const picker = (p: Product, args: Args, slotted = html``) => html`<sf-variant-picker
  .product=${p} variant-id=${args.variantId || p.variants[0]!.id} swatch-options="Colour" .swatches=${SWATCHES}
>${slotted}</sf-variant-picker>`;

/** Frame sizes of a road bike: 56 cm is sold out and restocked (it says when it ships). */
export const FrameSizes: Story = {
  render: (args, { globals }) => inShop(adapter, globals.locale as Locale, picker(product('aurora-road'), args)),
};

/** Colour swatches of a city bike; Cream is sold out and restocked. */
export const Swatches: Story = {
  render: (args, { globals }) => inShop(adapter, globals.locale as Locale, picker(product('kaupunki-7'), args)),
};

/** Two options: a missing combination, a restocked one and one sold out for good stay visible and say so. */
export const MissingCombination: Story = {
  render: (args, { globals }) => inShop(adapter, globals.locale as Locale, picker(twoOptions, args)),
};

/** The chosen variant is sold out for good: the add-to-cart says why it cannot be added. */
export const SoldOutChosen: Story = {
  args: { variantId: 'tunturi-58-blue' },
  render: (args, { globals }) => inShop(adapter, globals.locale as Locale, picker(twoOptions, args, html`<sf-add-to-cart></sf-add-to-cart>`)),
};

/** On sale: the earlier price struck through. */
export const OnSale: Story = {
  args: { variantId: 'tunturi-58-red' },
  render: (args, { globals }) => inShop(adapter, globals.locale as Locale, picker(twoOptions, args)),
};

/** The picker driving add-to-cart and the delivery promise, as on a product page. */
export const DrivesCartAndPromise: Story = {
  render: (args, { globals }) => inShop(adapter, globals.locale as Locale, picker(product('aurora-road'), args, html`
    <sf-delivery-promise cutoff="14:00" transit-days="1-2"></sf-delivery-promise>
    <sf-add-to-cart></sf-add-to-cart>`)),
};

/** A 320 px phone: values wrap onto several lines. */
export const Phone: Story = {
  render: (args, { globals }) => html`<div style="max-inline-size:320px">${inShop(adapter, globals.locale as Locale, picker(product('shoes-winter'), args, html`<sf-add-to-cart></sf-add-to-cart>`))}</div>`,
};
