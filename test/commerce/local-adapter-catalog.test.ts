import { expect } from '@open-wc/testing';
import { CommerceError } from '../../src/core/errors.js';
import { money } from '../../src/core/money.js';
import type { Product } from '../../src/core/model.js';
import { testAdapter } from '../helpers/shop.js';

const kayak = (id: string, stock: number, extra: Partial<Product['variants'][number]> = {}): Product => ({
  id,
  slug: id,
  name: `Kayak ${id}`,
  description: 'A sea kayak.',
  categoryIds: ['boats'],
  images: [],
  variants: [{ id: `${id}-v`, sku: id.toUpperCase(), name: '', options: {}, price: money(120000), stock, ...extra }],
  vatRate: 25.5,
});

describe('LocalCommerceAdapter with a catalogue of its own', () => {
  const catalog = {
    products: [kayak('tuuli', 2), kayak('aalto', 0, { restockDays: 7, maxQuantity: 3 })],
    categories: [{ id: 'boats', name: 'Boats', slug: 'boats', href: '/boats', children: [] }],
    freeShippingThreshold: null,
  };

  it('sells exactly the products, categories and stock it was given', async () => {
    const adapter = testAdapter({ catalog });
    const { items, total } = await adapter.listProducts();
    expect(total).to.equal(2);
    expect(items.map((p) => p.id)).to.deep.equal(['tuuli', 'aalto']);
    expect((await adapter.getCategoryTree()).map((c) => c.id)).to.deep.equal(['boats']);
    expect((await adapter.search('kayak')).total).to.equal(2);
    expect(await adapter.getProduct('aurora-road').then(() => undefined, (e: unknown) => e), 'no demo products').to.be.instanceOf(CommerceError);
    adapter.dispose();
  });

  it('limits quantities by the given stock, or by the per-order maximum when backorderable', async () => {
    const adapter = testAdapter({ catalog });
    const cart = await adapter.addLine({ productId: 'tuuli', variantId: 'tuuli-v', quantity: 2 });
    expect(cart.lines[0]!.maxQuantity).to.equal(2);
    const error = await adapter.addLine({ productId: 'tuuli', variantId: 'tuuli-v', quantity: 1 }).then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(CommerceError);
    expect((error as CommerceError).code).to.equal('out-of-stock');
    const later = await adapter.addLine({ productId: 'aalto', variantId: 'aalto-v', quantity: 3 });
    expect(later.lines.find((l) => l.productId === 'aalto')!.quantity).to.equal(3);
    // No threshold given as null: shipping is never free, however large the cart.
    expect(later.freeShippingThreshold).to.equal(undefined);
    expect(later.shippingEstimate!.amount).to.be.greaterThan(0);
    adapter.dispose();
  });

  it('builds no product links: routes are the shop\'s', async () => {
    const adapter = testAdapter({ catalog });
    const cart = await adapter.addLine({ productId: 'tuuli', variantId: 'tuuli-v', quantity: 1 });
    expect(cart.lines[0]!.href).to.equal(undefined);
    expect(cart.lines[0]!.productSlug).to.equal('tuuli');
    adapter.dispose();
  });

  it('seeds a cart in one write, checked like addLine', async () => {
    const adapter = testAdapter({ catalog });
    const cart = adapter.seedCart([{ productId: 'tuuli', variantId: 'tuuli-v', quantity: 2 }, { productId: 'aalto', variantId: 'aalto-v' }]);
    expect(cart.lines.map((l) => [l.productId, l.quantity])).to.deep.equal([['tuuli', 2], ['aalto', 1]]);
    expect((await adapter.getCart()).itemCount).to.equal(3);
    expect(() => adapter.seedCart([{ productId: 'tuuli', variantId: 'tuuli-v', quantity: 3 }])).to.throw(CommerceError);
    adapter.dispose();
  });
});
