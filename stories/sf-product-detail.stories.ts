import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Locale } from '../src/core/locale.js';
import { inShop, storyAdapter } from './shop.js';

const meta: Meta = { title: 'Product/sf-product-detail', component: 'sf-product-detail' };
export default meta;
type Story = StoryObj;

const adapter = storyAdapter('product-detail');
const detail = (id: string) => html`<sf-product-detail product-id=${id}></sf-product-detail>`;

/** A road bike: compare-at price, frame sizes (56 cm ships later), promise and store pickup. */
export const RoadBike: Story = { render: (_a, { globals }) => inShop(adapter, globals.locale as Locale, detail('aurora-road')) };

/** A product with one variant: no picker groups. */
export const SingleVariant: Story = { render: (_a, { globals }) => inShop(adapter, globals.locale as Locale, detail('light-set')) };

/** Sold out for good: the stock line and add to cart say so. */
export const SoldOut: Story = { render: (_a, { globals }) => inShop(adapter, globals.locale as Locale, detail('lock-folding')) };

/** Loading (the backend never answers). */
export const Loading: Story = {
  render: (_a, { globals }) => inShop(storyAdapter('product-detail-hang', { hang: ['getProduct'] }), globals.locale as Locale, detail('aurora-road')),
};

/** An unknown product id. */
export const NotFound: Story = { render: (_a, { globals }) => inShop(adapter, globals.locale as Locale, detail('no-such-product')) };

/** The backend fails: a message and "Try again". */
export const Error: Story = {
  render: (_a, { globals }) => inShop(storyAdapter('product-detail-fail', { fail: ['getProduct'] }), globals.locale as Locale, detail('aurora-road')),
};

/** Parts replaced by slots: the shop's own heading and a "Buy now" label. */
export const Slots: Story = {
  render: (_a, { globals }) => inShop(adapter, globals.locale as Locale, html`<sf-product-detail product-id="kaupunki-7">
    <h1 slot="name">Kaupunki 7 — our bestseller</h1>
    <sf-add-to-cart slot="add-to-cart" label-key="buy-now"></sf-add-to-cart>
  </sf-product-detail>`),
};

/** A 320 px phone: one column. */
export const Phone: Story = {
  render: (_a, { globals }) => html`<div style="max-inline-size:320px">${inShop(adapter, globals.locale as Locale, detail('aurora-road'))}</div>`,
};
