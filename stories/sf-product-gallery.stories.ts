import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Image } from '../src/core/model.js';
import type { Locale } from '../src/core/locale.js';
import { inShop, storyAdapter } from './shop.js';

const meta: Meta = { title: 'Product/sf-product-gallery', component: 'sf-product-gallery' };
export default meta;
type Story = StoryObj;

const adapter = storyAdapter('gallery');
const image = (id: string) => adapter.allProducts().find((p) => p.id === id)!.images[0]!;
const IMAGES: Image[] = [
  { ...image('aurora-road'), alt: 'Aurora Road 105, side view' },
  { ...image('kypara-aero'), alt: 'The matching Aero Helmet' },
  { ...image('gloves-summer'), alt: 'Summer Gloves' },
  { ...image('light-set'), alt: 'Valo Light Set mounted on the bars' },
];
const gallery = (images: readonly Image[], loading = 'eager') =>
  html`<sf-product-gallery .images=${images} loading=${loading} style="max-inline-size:36rem"></sf-product-gallery>`;

/** Four images: thumbnails are one tab stop, arrows move and show. */
export const Thumbnails: Story = { render: (_a, { globals }) => inShop(adapter, globals.locale as Locale, gallery(IMAGES)) };

/** One image: no thumbnails. */
export const SingleImage: Story = { render: (_a, { globals }) => inShop(adapter, globals.locale as Locale, gallery(IMAGES.slice(0, 1))) };

/** No image (none given, or every URL refused): the reserved box says so. */
export const Empty: Story = {
  render: (_a, { globals }) => inShop(adapter, globals.locale as Locale, gallery([{ src: 'javascript:alert(1)', alt: 'refused' }])),
};

/** A tall picture: the box keeps its 1 / 2 ratio before it loads. */
export const TallRatio: Story = {
  render: (_a, { globals }) => inShop(adapter, globals.locale as Locale, gallery([{ src: '/never-loads.png', alt: 'A tall picture that never loads', width: 300, height: 600 }])),
};

/** Below the fold: the main image loads lazily. */
export const BelowTheFold: Story = { render: (_a, { globals }) => inShop(adapter, globals.locale as Locale, gallery(IMAGES, 'lazy')) };

/** A 320 px phone: thumbnails wrap. */
export const Phone: Story = {
  render: (_a, { globals }) => html`<div style="max-inline-size:320px">${inShop(adapter, globals.locale as Locale, gallery(IMAGES))}</div>`,
};
