import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LocalCommerceAdapter } from '../src/adapters/local/local-adapter.js';
import { ManualClock } from '../src/core/clock.js';
import type { Locale } from '../src/core/locale.js';
import { inShop } from './shop.js';

const meta: Meta = { title: 'Product/sf-store-availability', component: 'sf-store-availability' };
export default meta;
type Story = StoryObj;

// Wednesday 2.12.2026 10:00 in Helsinki (before the cut-offs) and 16:00 (after them).
const MORNING = new Date('2026-12-02T08:00:00Z');
const AFTERNOON = new Date('2026-12-02T14:00:00Z');

const shop = (key: string, at: Date, variantId: string, locale: Locale, faults = {}) => {
  const clock = new ManualClock(at);
  const adapter = new LocalCommerceAdapter({ storageKey: `sf-story-stores-${key}`, clock, faults });
  return inShop(adapter, locale, html`<sf-store-availability .clock=${clock} variant-id=${variantId}></sf-store-availability>`);
};

/** On the shelf in Kamppi and Tampere; Turku gets it from the warehouse. */
export const InStock: Story = { render: (_a, { globals }) => shop('in-stock', MORNING, 'aurora-road-54-cm', globals.locale as Locale) };

/** Tampere's shelf is empty: "Order by 14:00, pick up tomorrow". */
export const Transfer: Story = { render: (_a, { globals }) => shop('transfer', MORNING, 'aurora-road-50-cm', globals.locale as Locale) };

/** After the cut-offs: the shelf is ready tomorrow, transfers a day later. */
export const AfterCutoff: Story = { render: (_a, { globals }) => shop('after', AFTERNOON, 'aurora-road-50-cm', globals.locale as Locale) };

/** Sold out everywhere, no restock. */
export const NotAvailable: Story = { render: (_a, { globals }) => shop('none', MORNING, 'lock-folding-default', globals.locale as Locale) };

/** Still checking (the backend never answers). */
export const Loading: Story = {
  render: (_a, { globals }) => shop('loading', MORNING, 'aurora-road-54-cm', globals.locale as Locale, { hang: ['getStoreAvailability'] }),
};

/** The backend fails: a message and "Try again". */
export const Error: Story = {
  render: (_a, { globals }) => shop('error', MORNING, 'aurora-road-54-cm', globals.locale as Locale, { fail: ['getStoreAvailability'] }),
};

/** No variant chosen yet. */
export const NoVariant: Story = { render: (_a, { globals }) => shop('no-variant', MORNING, '', globals.locale as Locale) };

/** A 320 px phone. */
export const Phone: Story = {
  render: (_a, { globals }) => html`<div style="max-inline-size:320px">${shop('phone', MORNING, 'aurora-road-50-cm', globals.locale as Locale)}</div>`,
};
