import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-telemetry-log.js';
import type { LocalCommerceAdapter } from '../src/adapters/local/local-adapter.js';
import type { Locale } from '../src/core/locale.js';
import { cartToGa4, ga4Value, lineToGa4Item, orderToGa4Purchase } from '../src/services/telemetry/ga4.js';
import { consoleSink, dataLayerSink } from '../src/services/telemetry/sinks.js';
import { createTelemetry, experimentContext, type Telemetry } from '../src/services/telemetry/telemetry.js';
import { vitalsReporter } from '../src/services/telemetry/vitals.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  max: number;
  live: boolean;
}

const meta: Meta<Args> = {
  title: 'Telemetry/sf-telemetry-log',
  component: 'sf-telemetry-log',
  args: { max: 50, live: false },
  argTypes: {
    max: { control: { type: 'number', min: 1, max: 200 } },
    live: { control: 'boolean', description: 'Announce each event to screen readers' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A stand-in experiments service with the shape `experimentContext` reads. */
const experiments = {
  anonymousId: 'anon-story-7f3a',
  getAssignments: () => ({ 'cta-colour': 'b', 'free-shipping-meter': 'shown' }),
};

function storyTelemetry(webVitals: boolean): Telemetry {
  return createTelemetry({
    sinks: [dataLayerSink(), consoleSink()],
    context: experimentContext(experiments),
    ...(webVitals ? { webVitals: { reportAllChanges: true } } : {}),
  });
}

/** Buttons that fire the kit's events with real data from the embedded shop. */
function sampleButtons(telemetry: Telemetry, adapter: LocalCommerceAdapter) {
  const addToCart = async () => {
    const cart = await adapter.addLine({ productId: 'gloves-summer', variantId: 'gloves-summer-m', quantity: 1 });
    const line = cart.lines.find((l) => l.variantId === 'gloves-summer-m')!;
    telemetry.track('add_to_cart', { currency: cart.currency, value: ga4Value(line.unitPrice), items: [lineToGa4Item(line, 1)] });
  };
  const beginCheckout = async () => telemetry.track('begin_checkout', cartToGa4(await adapter.getCart()));
  const purchase = async () => {
    const cart = await adapter.getCart();
    if (cart.lines.length === 0) await addToCart();
    const order = await adapter.placeOrder({
      idempotencyKey: crypto.randomUUID(),
      contact: { email: 'aino@example.fi', phone: '+358401234567' },
      shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
      deliveryMethodId: 'home',
      paymentMethodId: 'invoice',
    });
    telemetry.track('purchase', orderToGa4Purchase(order));
  };
  let sample = 0;
  const vital = () => {
    sample += 1;
    vitalsReporter(telemetry)({
      name: 'INP', value: 120 + sample * 90, rating: sample < 2 ? 'good' : sample < 4 ? 'needs-improvement' : 'poor',
      delta: 90, id: `v6-sample-${sample}`, navigationType: 'navigate',
      attribution: { interactionTarget: 'sf-cart-drawer >> [part=checkout-button]' },
    });
  };
  return html`<div style="display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block-end: 1rem">
    <button type="button" @click=${addToCart}>add_to_cart</button>
    <button type="button" @click=${beginCheckout}>begin_checkout</button>
    <button type="button" @click=${() => telemetry.track('add_shipping_info', { currency: 'EUR', shipping_tier: 'pickup-point' })}>add_shipping_info</button>
    <button type="button" @click=${() => telemetry.track('add_payment_info', { currency: 'EUR', payment_type: 'invoice' })}>add_payment_info</button>
    <button type="button" @click=${purchase}>purchase</button>
    <button type="button" @click=${() => telemetry.track('experiment_viewed', { experiment_id: 'cta-colour', variation_id: 'b' })}>experiment_viewed</button>
    <button type="button" @click=${() => telemetry.track('feedback_submitted', { kind: 'nps', score: 9, comment_length: 42 })}>feedback_submitted</button>
    <button type="button" @click=${vital}>web_vitals (sample INP)</button>
  </div>`;
}

/**
 * The log inside a shop, with real web vitals (every change reported) and buttons that fire the kit's events from the
 * embedded shop's carts and orders. The same events go to `window.dataLayer` and the console.
 */
export const Live: Story = {
  render: (args, { globals }) => {
    const adapter = storyAdapter('telemetry-live');
    const telemetry = storyTelemetry(true);
    return html`${sampleButtons(telemetry, adapter)}
      <sf-shop .adapter=${adapter} .telemetry=${telemetry} locale=${globals.locale as Locale}>
        <sf-telemetry-log max=${args.max} ?live=${args.live}></sf-telemetry-log>
      </sf-shop>`;
  },
};

/** Nothing has fired yet. */
export const Empty: Story = {
  render: (args, { globals }) =>
    inShop(storyAdapter('telemetry-empty'), globals.locale as Locale, html`<sf-telemetry-log max=${args.max} ?live=${args.live} .telemetry=${storyTelemetry(false)}></sf-telemetry-log>`),
};

/** A busy page with a short log: only the latest five are kept, and the count says so. */
export const Capped: Story = {
  args: { max: 5 },
  render: (args, { globals }) => {
    const telemetry = storyTelemetry(false);
    for (let i = 1; i <= 12; i++) telemetry.track('view_item', { currency: 'EUR', value: 29, items: [{ item_id: `sample-${i}` }] });
    return inShop(storyAdapter('telemetry-capped'), globals.locale as Locale, html`<sf-telemetry-log max=${args.max} ?live=${args.live} .telemetry=${telemetry}></sf-telemetry-log>`);
  },
};

/** No telemetry service connected: the log says so instead of staying silently empty. */
export const NoService: Story = {
  render: (args, { globals }) => html`<sf-telemetry-log locale=${globals.locale as Locale} max=${args.max}></sf-telemetry-log>`,
};
