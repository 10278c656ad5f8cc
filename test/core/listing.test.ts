import { expect } from '@open-wc/testing';
import { parsePriceRange } from '../../src/core/listing.js';
import { listCatalog } from '../../src/core/list-catalog.js';
import { buildCatalog, DELIVERY_METHODS } from '../../src/adapters/local/catalog.js';

const { products } = buildCatalog((name) => `/${name}.svg`);
// Wednesday 2.12.2026 10:00 in Helsinki: before the 14:00 parcel cut-off and the 16:00 store cut-off.
const promise = { now: new Date('2026-12-02T08:00:00Z'), methods: DELIVERY_METHODS };

describe('listing: delivery-promise facets', () => {
  it('offers "arrives by" and "pick up by" the soonest dates, counting what each would show', () => {
    const { facets } = listCatalog(products, { categoryId: 'bikes' }, { promise });
    const values = facets.find((f) => f.id === 'promise')?.values.map((v) => [v.value, v.count]);
    // Seven bikes are in stock (home delivery Thu 3.12., store pickup today); Sora Adventure ships after a
    // 14-dispatch-day restock (the store dispatches on Saturdays too, so its date comes sooner).
    expect(values).to.deep.equal([
      ['arrives-by:2026-12-03', 7],
      ['arrives-by:2026-12-23', 8],
      ['pickup-by:2026-12-02', 7],
      ['pickup-by:2026-12-18', 8],
    ]);
  });

  it('filters on a promise: a restocked product does not arrive by Thursday', () => {
    const page = listCatalog(products, { categoryId: 'bikes', filters: { promise: ['arrives-by:2026-12-03'] } }, { promise });
    expect(page.total).to.equal(7);
    expect(page.items.map((p) => p.id)).to.not.include('sora-adventure');
  });

  it('lists no promise facet without the moment and the methods, and refuses malformed price ranges', () => {
    expect(listCatalog(products, {}).facets.some((f) => f.id === 'promise')).to.equal(false);
    expect(parsePriceRange('10000-50000')).to.deep.equal({ min: 10000, max: 50000 });
    expect(parsePriceRange('100000-')).to.deep.equal({ min: 100000 });
    expect(parsePriceRange('cheap')).to.equal(undefined);
    expect(listCatalog(products, { filters: { price: ['cheap'] } }).total).to.equal(0);
  });

  it('sorts newest first by the date a product was added', () => {
    const page = listCatalog(products, { sort: 'newest', limit: 2 });
    expect(page.items.map((p) => p.id)).to.deep.equal(['lock-folding', 'lock-chain']);
  });
});
