import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-cart.js';
import type { LocalCommerceAdapter, SimulatedFaults } from '../src/adapters/local/local-adapter.js';
import type { Locale } from '../src/core/locale.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  checkoutHref: string;
  continueHref: string;
  freeShippingThreshold: number | undefined;
  crossSellLimit: number;
}

const meta: Meta<Args> = {
  title: 'Cart/sf-cart',
  component: 'sf-cart',
  args: { checkoutHref: '#/checkout', continueHref: '#/', freeShippingThreshold: undefined, crossSellLimit: 4 },
  argTypes: { freeShippingThreshold: { control: 'number', description: 'minor units, e.g. 10240 = €102.40' } },
};
export default meta;

type Story = StoryObj<Args>;

type Seed = (adapter: LocalCommerceAdapter) => Promise<void>;

const filled: Seed = async (adapter) => {
  await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
  await adapter.addLine({ productId: 'gloves-summer', variantId: 'gloves-summer-m', quantity: 1 });
  await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
};

const flagged: Seed = async (adapter) => {
  await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
  await adapter.addLine({ productId: 'kaupunki-3', variantId: 'kaupunki-3-black', quantity: 3 });
  await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
  adapter.setPrice('light-set-default', 3900);
  adapter.setStock('kaupunki-3-black', 1);
  adapter.removeProduct('chain-11');
};

/** A story whose backend is seeded before the shop reads the cart (Storybook loaders run before render). */
function story(key: string, seed: Seed | null, faults: SimulatedFaults = {}): Pick<Story, 'loaders' | 'render'> {
  return {
    loaders: [
      async () => {
        const adapter = storyAdapter(`cart-${key}`);
        if (seed && (await adapter.getCart()).lines.length === 0) await seed(adapter);
        adapter.faults = faults;
        return { adapter };
      },
    ],
    render: (args, { globals, loaded }) =>
      inShop(
        loaded.adapter as LocalCommerceAdapter,
        globals.locale as Locale,
        html`<sf-cart
          checkout-href=${args.checkoutHref}
          continue-href=${args.continueHref}
          .freeShippingThreshold=${args.freeShippingThreshold}
          cross-sell-limit=${args.crossSellLimit}
        ></sf-cart>`,
      ),
  };
}

/** Try WELCOME10 (valid), SUMMER2025 (expired) and anything else (invalid). */
export const Filled: Story = { ...story('filled', filled) };

export const Empty: Story = { ...story('empty', null) };

/** A line whose price changed, one whose stock dropped below the quantity, one no longer sold. */
export const FlaggedLines: Story = { ...story('flagged', flagged) };

/** Every change takes two seconds: optimistic quantities, removal and undo. */
export const SlowBackend: Story = { ...story('slow', filled, { latencyMs: 2000 }) };

/** Every change fails: lines roll back with their error, nothing else is lost. */
export const FailingChanges: Story = {
  ...story('fail', filled, { fail: ['setQuantity', 'removeLine', 'addLine', 'applyDiscountCode', 'removeDiscountCode'] }),
};

/** The cart cannot be loaded at all. */
export const LoadError: Story = { ...story('load-error', null, { fail: ['getCart'] }) };
