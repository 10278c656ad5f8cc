import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-cart-button.js';
import '../src/define/sf-cart-drawer.js';
import type { LocalCommerceAdapter, SimulatedFaults } from '../src/adapters/local/local-adapter.js';
import type { Locale } from '../src/core/locale.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  badgeBackground: string;
  badgeColor: string;
}

const meta: Meta<Args> = {
  title: 'Cart/sf-cart-button',
  component: 'sf-cart-button',
  args: { badgeBackground: '', badgeColor: '' },
  argTypes: {
    badgeBackground: { control: 'color', description: '--sf-cart-button-badge-background' },
    badgeColor: { control: 'color', description: '--sf-cart-button-badge-color' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A story whose backend is seeded before the shop reads the cart (Storybook loaders run before render). */
function story(key: string, items: number, faults: SimulatedFaults = {}): Pick<Story, 'loaders' | 'render'> {
  return {
    loaders: [
      async () => {
        const adapter = storyAdapter(`button-${key}`);
        if ((await adapter.getCart()).itemCount === 0 && items > 0) {
          // Spread over several products: each line is limited by its stock and per-order maximum.
          const stock: [string, string, number][] = [
            ['chain-lube', 'chain-lube-default', 10], ['light-set', 'light-set-default', 40],
            ['kids-helmet', 'kids-helmet-default', 30], ['helmet-city', 'helmet-city-m', 25], ['gloves-summer', 'gloves-summer-m', 20],
          ];
          let left = items;
          for (const [productId, variantId, cap] of stock) {
            if (left <= 0) break;
            const quantity = Math.min(cap, left);
            await adapter.addLine({ productId, variantId, quantity });
            left -= quantity;
          }
        }
        adapter.faults = faults;
        return { adapter };
      },
    ],
    render: (args, { globals, loaded }) => {
      const style = [
        args.badgeBackground && `--sf-cart-button-badge-background:${args.badgeBackground}`,
        args.badgeColor && `--sf-cart-button-badge-color:${args.badgeColor}`,
      ].filter(Boolean).join(';');
      return inShop(
        loaded.adapter as LocalCommerceAdapter,
        globals.locale as Locale,
        html`<sf-cart-button style=${style}></sf-cart-button><sf-cart-drawer></sf-cart-drawer>`,
      );
    },
  };
}

/** "Cart, 3 items": opens the mini-cart. */
export const Default: Story = { ...story('default', 3) };

export const Empty: Story = { ...story('empty', 0) };

/** More than 99 items: the badge says 99+ in the space it always had. */
export const Many: Story = { ...story('many', 120) };

/** The count arrives after two seconds; its space is already reserved. */
export const SlowBackend: Story = { ...story('slow', 3, { latencyMs: 2000 }) };
