import { expect } from '@open-wc/testing';
import { cardStock, featuredVariant, orderableQuantity } from '../../src/core/catalogue.js';
import { money } from '../../src/core/money.js';
import type { Product, Variant } from '../../src/core/model.js';

const variant = (id: string, price: number, stock: number, extra: Partial<Variant> = {}): Variant => ({
  id, sku: id, name: id, options: {}, price: money(price), stock, ...extra,
});
const product = (variants: Variant[]): Product => ({
  id: 'p', slug: 'p', name: 'P', description: '', categoryIds: [], images: [], variants, vatRate: 25.5,
});

describe('catalogue rules', () => {
  describe('orderableQuantity', () => {
    it('is the stock, capped by the per-order maximum (99 unless the variant says)', () => {
      expect(orderableQuantity(variant('a', 100, 5))).to.equal(5);
      expect(orderableQuantity(variant('a', 100, 500))).to.equal(99);
      expect(orderableQuantity(variant('a', 100, 500, { maxQuantity: 4 }))).to.equal(4);
    });

    it('is the per-order maximum for a backorderable variant, even when sold out', () => {
      expect(orderableQuantity(variant('a', 100, 0, { restockDays: 5 }))).to.equal(99);
      expect(orderableQuantity(variant('a', 100, 2, { restockDays: 5, maxQuantity: 10 }))).to.equal(10);
    });

    it('subtracts what is already in the cart, and is never negative', () => {
      expect(orderableQuantity(variant('a', 100, 5), 3)).to.equal(2);
      expect(orderableQuantity(variant('a', 100, 5), 9)).to.equal(0);
      expect(orderableQuantity(variant('a', 100, -2))).to.equal(0);
      expect(orderableQuantity(variant('a', 100, 0))).to.equal(0);
    });
  });

  describe('featuredVariant', () => {
    it('is the cheapest variant in stock, else the cheapest', () => {
      expect(featuredVariant(product([variant('dear', 300, 1), variant('cheap-out', 100, 0), variant('mid', 200, 4)]))!.id).to.equal('mid');
      expect(featuredVariant(product([variant('b', 300, 0), variant('a', 100, 0)]))!.id).to.equal('a');
      expect(featuredVariant(product([]))).to.equal(undefined);
    });
  });

  describe('cardStock', () => {
    it('sums stock over all variants, or speaks of one', () => {
      const p = product([variant('a', 100, 2), variant('b', 100, 3), variant('c', 100, -1)]);
      expect(cardStock(p)).to.deep.equal({ available: 5 });
      expect(cardStock(p, p.variants[1])).to.deep.equal({ available: 3 });
    });

    it('gives the soonest restock among backorderable variants', () => {
      const p = product([variant('a', 100, 0, { restockDays: 9 }), variant('b', 100, 0, { restockDays: 4 }), variant('c', 100, 0)]);
      expect(cardStock(p)).to.deep.equal({ available: 0, restockDays: 4 });
      expect(cardStock(p, p.variants[2])).to.deep.equal({ available: 0 });
    });
  });
});
