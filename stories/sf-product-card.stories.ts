import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-product-card.js';
import '../src/define/sf-add-to-cart.js';
import '../src/define/sf-delivery-promise.js';
import type { Locale } from '../src/core/locale.js';
import { DELIVERY_METHODS } from '../src/adapters/local/catalog.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  productId: string;
  variantId: string;
  headingLevel: number;
  withPromise: boolean;
  withAction: boolean;
}

const PRODUCTS = ['kypara-aero', 'aurora-road', 'jersey-merino', 'sora-adventure', 'lock-folding', 'sahko-cargo', 'kaupunki-7'];

const meta: Meta<Args> = {
  title: 'Catalogue/sf-product-card',
  component: 'sf-product-card',
  args: { productId: 'kypara-aero', variantId: '', headingLevel: 3, withPromise: true, withAction: true },
  argTypes: {
    productId: { control: 'select', options: PRODUCTS, description: 'A product of the embedded catalogue' },
    variantId: { control: 'text', description: 'variant-id: show one variant\'s price and stock' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    withPromise: { control: 'boolean', description: 'An <sf-delivery-promise> in the promise slot' },
    withAction: { control: 'boolean', description: 'An <sf-add-to-cart> in the actions slot' },
  },
};
export default meta;

type Story = StoryObj<Args>;

const home = DELIVERY_METHODS.find((m) => m.kind === 'home');

function story(key: string): Story['render'] {
  return (args, { globals }) => {
    const adapter = storyAdapter(`card-${key}`);
    const product = args.productId ? adapter.allProducts().find((p) => p.id === args.productId) : undefined;
    const variant = product?.variants.find((v) => v.id === args.variantId) ?? product?.variants[0];
    return inShop(
      adapter,
      globals['locale'] as Locale,
      html`<ul style="list-style:none;margin:0;padding:0;max-inline-size:18rem">
        <li>
          <sf-product-card .product=${product} variant-id=${args.variantId || nothing} heading-level=${args.headingLevel}>
            ${args.withPromise && product && home
              ? html`<sf-delivery-promise slot="promise" .method=${home} .stock=${{ available: variant?.stock ?? 0, restockDays: variant?.restockDays ?? 0 }}></sf-delivery-promise>`
              : nothing}
            ${args.withAction && product ? html`<sf-add-to-cart slot="actions" .product=${product} variant-id=${args.variantId || nothing}></sf-add-to-cart>` : nothing}
          </sf-product-card>
        </li>
      </ul>`,
    );
  };
}

/** Image, name (the card's one link), brand, price, stock hint, delivery promise and add to cart. */
export const Default: Story = { render: story('default') };

/** A reduced price: the earlier one struck through, named for screen readers ("Was …"). */
export const OnSale: Story = { args: { productId: 'aurora-road' }, render: story('sale') };

/** Few left: the stock hint says how many. */
export const LowStock: Story = { args: { productId: 'jersey-merino' }, render: story('low') };

/** One variant chosen with `variant-id`: its stock (none now, back in 5 days) and its price. */
export const OneVariantBackorder: Story = { args: { productId: 'aurora-road', variantId: 'aurora-road-56-cm' }, render: story('variant') };

/** Sold out but can be ordered: when it ships. */
export const Backorder: Story = { args: { productId: 'sora-adventure' }, render: story('backorder') };

/** Sold out for good: the add-to-cart stays focusable and says why it is unavailable. */
export const SoldOut: Story = { args: { productId: 'lock-folding' }, render: story('sold-out') };

/** No product yet: a placeholder of the loaded card's size, so a loading listing does not shift. */
export const Loading: Story = { args: { productId: '' }, render: story('loading') };

/** The bare card, as in recommendations. */
export const Plain: Story = { args: { withPromise: false, withAction: false }, render: story('plain') };
