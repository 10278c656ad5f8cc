import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Locale } from '../src/core/locale.js';
import { ManualClock } from '../src/core/clock.js';
import { LocalCommerceAdapter, type OrderFate } from '../src/adapters/local/index.js';
import '../src/define/sf-shop.js';
import '../src/define/sf-order-status.js';
import '../src/define/sf-feedback.js';

interface Args {
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'After the order/sf-order-status',
  component: 'sf-order-status',
  args: { headingLevel: 2 },
};
export default meta;

type Story = StoryObj<Args>;

/** Tuesday 10 March 2026, 09:00 in Helsinki: before the 14:00 cut-off. */
const PLACED = new Date('2026-03-10T07:00:00Z');
const hki = (local: string) => new Date(`${local.replace(' ', 'T')}:00+02:00`);

/**
 * Places a real order on a story backend at a fixed moment, gives it a fate (late, early, cancelled) and moves the
 * shop's clock to `at`: each story is one state, the same on every visit.
 */
const state = (key: string, at: string, method: string, point?: string, fate: OrderFate = {}) => async () => {
  const clock = new ManualClock(PLACED);
  const adapter = new LocalCommerceAdapter({ storageKey: `sf-story-status-${key}-${crypto.randomUUID()}`, clock, crossTab: false });
  await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
  const order = await adapter.placeOrder({
    idempotencyKey: crypto.randomUUID(),
    contact: { email: 'aino.virtanen@example.fi', phone: '+358401234567' },
    shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1 A 2', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId: method,
    ...(point ? { pickupPointId: point } : {}),
    paymentMethodId: 'invoice',
  });
  adapter.setOrderFate(order.code, fate);
  clock.set(hki(at));
  return { adapter, clock, code: order.code };
};

const render: Story['render'] = (args, { globals, loaded }) => {
  const { adapter, clock, code } = loaded as { adapter: LocalCommerceAdapter; clock: ManualClock; code: string };
  return html`<sf-shop .adapter=${adapter} locale=${globals.locale as Locale}>
    <sf-order-status code=${code} email="aino.virtanen@example.fi" .clock=${clock} heading-level=${args.headingLevel}>
      <sf-feedback slot="feedback" kind="ces"></sf-feedback>
    </sf-order-status>
  </sf-shop>`;
};

/** Just placed: the badge's own words, "Your order is on its way; pick it up tomorrow after 17:00 at …". */
export const Received: Story = { loaders: [state('received', '2026-03-10 09:05', 'pickup-point', 'mh-kamppi')], render };
/** Packed and dispatched at the cut-off. */
export const Dispatched: Story = { loaders: [state('dispatched', '2026-03-10 15:00', 'pickup-point', 'mh-kamppi')], render };
/** "Ready for pickup at Matkahuolto Kamppi until Wed 18.3." */
export const ReadyForPickup: Story = { loaders: [state('ready', '2026-03-11 17:30', 'pickup-point', 'mh-kamppi', { collectAfterHours: null })], render };
/** Picked up; the delivery CES question is offered below. */
export const PickedUp: Story = { loaders: [state('picked-up', '2026-03-12 13:00', 'pickup-point', 'mh-kamppi')], render };
/** Home delivery out for delivery on the promised day. */
export const OutForDelivery: Story = { loaders: [state('out', '2026-03-11 09:00', 'home')], render };
/** Delivered on time. */
export const Delivered: Story = { loaders: [state('delivered', '2026-03-11 15:00', 'home')], render };
/** Delivered a day early: "That is 1 day early." */
export const Early: Story = { loaders: [state('early', '2026-03-10 17:00', 'home', undefined, { shift: -1 })], render };
/** A day late and not here yet: "Your order is 1 day late. We are sorry." with €5 off the next order, shown once. */
export const LateWithCompensation: Story = { loaders: [state('late', '2026-03-13 09:00', 'home', undefined, { shift: 2 })], render };
/** Cancelled before it was dispatched. */
export const Cancelled: Story = { loaders: [state('cancelled', '2026-03-10 12:00', 'home', undefined, { cancelAfterHours: 2 })], render };
/** Returned after delivery. */
export const Returned: Story = { loaders: [state('returned', '2026-03-16 12:00', 'home', undefined, { returnAfterDays: 3 })], render };
/** A page of its own: the shopper types the order number and email. */
export const Lookup: Story = {
  render: (_args, { globals }) => html`<sf-shop locale=${globals.locale as Locale}><sf-order-status></sf-order-status></sf-shop>`,
};
