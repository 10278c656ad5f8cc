import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { LocalCommerceAdapter, SimulatedFaults } from '../src/adapters/local/local-adapter.js';
import { CheckoutDraftStore } from '../src/core/checkout-draft.js';
import { emptyDraft, type CheckoutDraft, type CheckoutStep } from '../src/core/checkout.js';
import type { Locale } from '../src/core/locale.js';
import type { SfCheckout } from '../src/elements/sf-checkout/sf-checkout.js';
import '../src/define/sf-shop.js';
import '../src/define/sf-checkout.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Checkout/sf-checkout',
  component: 'sf-checkout',
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 5 } } },
};
export default meta;

type Story = StoryObj<Args>;

const filled: Partial<CheckoutDraft> = {
  contact: { email: 'aino.virtanen@example.fi', phone: '040 123 4567' },
  address: { name: 'Aino Virtanen', street: 'Mannerheimintie 1 A 2', postalCode: '00100', city: 'Helsinki' },
  deliveryMethodId: 'pickup-point', deliveryKind: 'pickup-point', pickupPointId: 'mh-kamppi',
  paymentMethodId: 'invoice', paymentKind: 'invoice',
};

/**
 * A story's shop: an embedded backend with two lines in the cart and, when a step is given, a draft filled up to
 * it (stored the way the checkout stores it, so the story opens at that step). Stories leave `history` off (the
 * default) so that switching stories never carries one story's step into another, nor changes the page title.
 */
async function seed(key: string, step: CheckoutStep | null, faults: SimulatedFaults = {}, draft: Partial<CheckoutDraft> = filled) {
  const adapter = storyAdapter(`checkout-${key}`);
  const cart = await adapter.getCart();
  for (const l of cart.lines) await adapter.removeLine(l.id);
  await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
  await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 2 });
  adapter.faults = faults;
  const store = new CheckoutDraftStore(`sf-story-checkout-${key}`);
  store.clear();
  if (step) store.save({ ...emptyDraft(), ...draft, step });
  return { adapter };
}

const checkout = (key: string, args: Args) => html`<sf-checkout
  storage-key="sf-story-checkout-${key}"
  heading-level=${args.headingLevel}
></sf-checkout>`;

const story = (key: string, step: CheckoutStep | null, faults: SimulatedFaults = {}, draft?: Partial<CheckoutDraft>): Story => ({
  loaders: [async () => seed(key, step, faults, draft)],
  render: (args, { globals, loaded }) =>
    inShop((loaded as { adapter: LocalCommerceAdapter }).adapter, globals.locale as Locale, checkout(key, args)),
});

/** The first step: email and phone, guest checkout, nothing typed yet. */
export const Contact: Story = story('contact', null);

/** Address, delivery methods with their own promise and price, and pickup points near the postcode. */
export const Delivery: Story = story('delivery', 'delivery');

/** The adapter's payment methods; choose "Card (test)" for the card fields (never stored). */
export const Payment: Story = story('payment', 'payment');

/** Lines, totals, the promise and links back to each step; Place order. */
export const Review: Story = story('review', 'review');

/** A shop shipping to Sweden (`<sf-shop country="SE">`): Swedish postal codes ("113 51") and the country note. */
export const SwedishShop: Story = {
  loaders: [async () => seed('sweden', 'delivery', {}, { ...filled, address: { name: 'Astrid Lind', street: 'Drottninggatan 1', postalCode: '', city: 'Stockholm' } })],
  render: (args, { globals, loaded }) => html`<sf-shop .adapter=${(loaded as { adapter: LocalCommerceAdapter }).adapter}
    locale=${globals.locale as Locale} country="SE">${checkout('sweden', args)}</sf-shop>`,
};

/** A submit with mistakes: the error summary takes focus and links to each field. */
export const ErrorSummary: Story = {
  ...story('errors', 'contact', {}, { ...filled, contact: { email: 'aino.virtanen@example', phone: '040 12' } }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SfCheckout>('sf-checkout');
    for (let i = 0; i < 50 && !el?.shadowRoot?.querySelector('form'); i += 1) await new Promise((r) => setTimeout(r, 50));
    el?.shadowRoot?.querySelector('form')?.requestSubmit();
  },
};

/** The backend loses the response to Place order: the error, and a retry that finds the one order. */
export const PlaceOrderFails: Story = story('lost', 'review', { loseResponse: ['placeOrder'] });

/** Every call takes two seconds: loading states and the Place order progress. */
export const SlowBackend: Story = story('slow', 'review', { latencyMs: 2000 });

/** An empty cart: nothing to check out. */
export const EmptyCart: Story = {
  loaders: [
    async () => {
      const adapter = storyAdapter('checkout-empty');
      for (const l of (await adapter.getCart()).lines) await adapter.removeLine(l.id);
      return { adapter };
    },
  ],
  render: (args, { globals, loaded }) =>
    inShop((loaded as { adapter: LocalCommerceAdapter }).adapter, globals.locale as Locale, checkout('empty', args)),
};
