import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-cart-button.js';
import '../src/define/sf-cart-drawer.js';
import '../src/define/sf-add-to-cart.js';
import type { LocalCommerceAdapter, SimulatedFaults } from '../src/adapters/local/local-adapter.js';
import type { Locale } from '../src/core/locale.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  openOnAdd: boolean;
  checkoutHref: string;
  freeShippingThreshold: number | undefined;
}

const meta: Meta<Args> = {
  title: 'Cart/sf-cart-drawer',
  component: 'sf-cart-drawer',
  args: { openOnAdd: true, checkoutHref: '#/checkout', freeShippingThreshold: undefined },
  argTypes: { freeShippingThreshold: { control: 'number', description: 'minor units, e.g. 15000 = €150' } },
};
export default meta;

type Story = StoryObj<Args>;

/** A story whose backend is seeded before the shop reads the cart (Storybook loaders run before render). */
function story(key: string, faults: SimulatedFaults = {}, filled = true): Pick<Story, 'loaders' | 'render'> {
  return {
    loaders: [
      async () => {
        const adapter = storyAdapter(`drawer-${key}`);
        if (filled && (await adapter.getCart()).lines.length === 0) {
          await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
          await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
        }
        adapter.faults = faults;
        return { adapter };
      },
    ],
    render: (args, { globals, loaded }) => {
      const adapter = loaded.adapter as LocalCommerceAdapter;
      const product = adapter.allProducts().find((p) => p.id === 'gloves-summer');
      return inShop(
        adapter,
        globals.locale as Locale,
        html`<p><sf-cart-button></sf-cart-button> <sf-add-to-cart .product=${product}></sf-add-to-cart></p>
          <sf-cart-drawer ?open-on-add=${args.openOnAdd} checkout-href=${args.checkoutHref} .freeShippingThreshold=${args.freeShippingThreshold}>
            <p slot="promise">Order within 2 h 10 min, delivered tomorrow.</p>
          </sf-cart-drawer>`,
      );
    },
  };
}

/** Open with the cart button; Esc closes and focus returns to it. */
export const Filled: Story = { ...story('filled') };

export const Empty: Story = { ...story('empty', {}, false) };

/** Every change takes two seconds: quantities change at once and settle later. */
export const SlowBackend: Story = { ...story('slow', { latencyMs: 2000 }) };

/** Quantity changes and removals fail: each line goes back with its error. */
export const FailingBackend: Story = { ...story('fail', { fail: ['setQuantity', 'removeLine', 'addLine'] }) };
