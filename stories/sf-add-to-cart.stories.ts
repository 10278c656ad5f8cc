import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-add-to-cart.js';
import '../src/define/sf-cart-drawer.js';
import type { SimulatedFaults } from '../src/adapters/local/local-adapter.js';
import { CTA_LABEL_KEYS } from '../src/messages/cart.js';
import type { Locale } from '../src/core/locale.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  productId: string;
  variantId: string;
  quantity: number;
  labelKey: string;
  openDrawer: boolean;
  ctaBackground: string;
  ctaColor: string;
}

const meta: Meta<Args> = {
  title: 'Cart/sf-add-to-cart',
  component: 'sf-add-to-cart',
  args: { productId: 'kypara-aero', variantId: '', quantity: 1, labelKey: 'add-to-cart', openDrawer: false, ctaBackground: '', ctaColor: '' },
  argTypes: {
    productId: { control: 'select', options: ['kypara-aero', 'light-set', 'lock-folding', 'sahko-cargo', 'aurora-road'] },
    labelKey: { control: 'select', options: [...CTA_LABEL_KEYS] },
    ctaBackground: { control: 'color', description: '--sf-cta-background (experiment token)' },
    ctaColor: { control: 'color', description: '--sf-cta-color (experiment token)' },
  },
};
export default meta;

type Story = StoryObj<Args>;

function story(key: string, faults: SimulatedFaults = {}): Story['render'] {
  return (args, { globals }) => {
    const adapter = storyAdapter(`add-${key}`, faults);
    const product = adapter.allProducts().find((p) => p.id === args.productId);
    const style = [args.ctaBackground && `--sf-cta-background:${args.ctaBackground}`, args.ctaColor && `--sf-cta-color:${args.ctaColor}`]
      .filter(Boolean)
      .join(';');
    return inShop(
      adapter,
      globals.locale as Locale,
      html`<sf-add-to-cart
          .product=${product}
          variant-id=${args.variantId}
          .quantity=${args.quantity}
          label-key=${args.labelKey}
          ?open-drawer=${args.openDrawer}
          style=${style}
        ></sf-add-to-cart>
        <sf-cart-drawer></sf-cart-drawer>`,
    );
  };
}

export const Default: Story = { render: story('default') };

/** The red-versus-green classic: colour only through the tokens. */
export const ColourVariant: Story = { args: { ctaBackground: '#b00020', ctaColor: '#ffffff', labelKey: 'buy-now' }, render: story('variant') };

/** Nothing in stock: focusable, aria-disabled, with the reason shown. */
export const OutOfStock: Story = { args: { productId: 'lock-folding' }, render: story('sold-out') };

/** Opens the mini-cart after adding. */
export const OpensDrawer: Story = { args: { openDrawer: true }, render: story('drawer') };

/** The backend answers after two seconds: the pending state. */
export const SlowBackend: Story = { render: story('slow', { latencyMs: 2000 }) };

/** Adding fails: the reason is shown and announced. */
export const FailingBackend: Story = { render: story('fail', { fail: ['addLine'] }) };

/**
 * With `<sf-shop cart-action="/cart">` the button is also a real form (`POST /cart/add` with product, variant and
 * quantity), so it adds to cart before the page's JavaScript runs or without it (the reference server handles the
 * post). Here, with JavaScript, the element takes the submit itself: nothing is posted.
 */
export const FormWithoutJavaScript: Story = {
  render: (args, { globals }) => {
    const adapter = storyAdapter('add-form');
    const product = adapter.allProducts().find((p) => p.id === args.productId);
    return html`<sf-shop .adapter=${adapter} locale=${globals.locale as Locale} cart-action="/cart">
      <sf-add-to-cart .product=${product} .quantity=${args.quantity}></sf-add-to-cart>
    </sf-shop>`;
  },
};
