import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Order } from '../src/core/model.js';
import type { Locale } from '../src/core/locale.js';
import '../src/define/sf-order-confirmation.js';
import { storyAdapter } from './shop.js';

interface Args {
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Checkout/sf-order-confirmation',
  component: 'sf-order-confirmation',
  args: { headingLevel: 2 },
};
export default meta;

type Story = StoryObj<Args>;

/** Places a real order on a story backend, so the confirmation shows what the checkout would. */
const placed = (key: string, deliveryMethodId: string, pickupPointId?: string) => async () => {
  const adapter = storyAdapter(`confirmation-${key}`);
  await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
  await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
  const order = await adapter.placeOrder({
    idempotencyKey: crypto.randomUUID(),
    contact: { email: 'aino.virtanen@example.fi', phone: '+358401234567' },
    shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1 A 2', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId,
    ...(pickupPointId ? { pickupPointId } : {}),
    paymentMethodId: 'invoice',
  });
  return { order };
};

const render: Story['render'] = (args, { globals, loaded }) => html`<sf-order-confirmation
  .order=${(loaded as { order: Order }).order}
  locale=${globals.locale as Locale}
  heading-level=${args.headingLevel}
></sf-order-confirmation>`;

/** Picked up at a pickup point: "Your order is on its way; pick it up … at Matkahuolto Kamppi." */
export const PickupPoint: Story = { loaders: [placed('pickup', 'pickup-point', 'mh-kamppi')], render };

/** Home delivery. */
export const HomeDelivery: Story = { loaders: [placed('home', 'home')], render };

/** Click & collect in a store. */
export const ClickAndCollect: Story = { loaders: [placed('store', 'store', 'store-helsinki')], render };
