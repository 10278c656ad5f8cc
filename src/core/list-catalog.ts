import type { DeliveryMethod, Product } from './model.js';
import { promiseDelivery } from './delivery/engine.js';
import { variantAvailability } from './variants.js';
import { PRICE_RANGES, parsePriceRange, priceRangeValue, type Facet, type FacetKind, type FacetValue, type ListFilters, type ProductSort } from './listing.js';

/**
 * Listings that find: sort orders, facet filters and facet counts over a catalogue, including the delivery-promise
 * facets ("arrives by Fri 4.12.", "pick up tomorrow"). Pure and synchronous: an embedded backend lists with it, and
 * a backend of its own answers in the same shapes (`Page.facets`).
 */

/** The lowest price a product is sold at (what a listing shows and sorts by). */
export function fromPrice(product: Product): number {
  return Math.min(...product.variants.map((v) => v.price.amount));
}

/** What the promise facets are computed from: the moment and the shop's delivery methods. */
export interface PromiseContext {
  now: Date;
  methods: readonly DeliveryMethod[];
}

/** Days until a product's soonest-available variant can ship (0: in stock), Infinity when none will. */
function restockOf(product: Product): number {
  return product.variants.some((v) => variantAvailability(v) === 'in-stock')
    ? 0
    : Math.min(...product.variants.filter((v) => variantAvailability(v) === 'backorder').map((v) => v.restockDays!));
}

type PromiseDates = { readonly home?: string; readonly pickup?: string };

/**
 * Earliest delivery date per kind group for a product, ordering one unit of its soonest-available variant: the same
 * for every product that ships as soon (`restock` days), so worked out once per listing for each (`memo`).
 */
function promiseDates(restock: number, ctx: PromiseContext, memo: Map<number, PromiseDates>): PromiseDates {
  if (!Number.isFinite(restock)) return {};
  let dates = memo.get(restock);
  if (!dates) {
    const earliest = (kinds: readonly string[]) => ctx.methods
      .filter((m) => kinds.includes(m.kind))
      .map((m) => promiseDelivery({ ...m.promise, now: ctx.now, stock: { available: restock ? 0 : 1, restockDays: restock }, quantity: 1 }).earliest)
      .sort()[0];
    const home = earliest(['home']);
    const pickup = earliest(['store', 'pickup-point']);
    dates = { ...(home ? { home } : {}), ...(pickup ? { pickup } : {}) };
    memo.set(restock, dates);
  }
  return dates;
}

interface Keyed {
  product: Product;
  price: number;
  keys: Map<string, Set<string>>;
  dates: PromiseDates;
}

/** What a product is filtered and counted by, apart from the promise dates (which depend on the moment). */
interface ProductKeys {
  price: number;
  keys: Map<string, Set<string>>;
  restock: number;
}

/**
 * Facet values per product, computed once per product object: a listing asked again (another facet, sort or page)
 * over the same catalogue does not recompute them. Products are immutable data, so the object is the key.
 */
const keysCache = new WeakMap<Product, ProductKeys>();

function keysOf(product: Product, ctx: PromiseContext | undefined, memo: Map<number, PromiseDates>): Keyed {
  let cached = keysCache.get(product);
  if (!cached) {
    cached = productKeys(product);
    keysCache.set(product, cached);
  }
  return { product, price: cached.price, keys: cached.keys, dates: ctx ? promiseDates(cached.restock, ctx, memo) : {} };
}

function productKeys(product: Product): ProductKeys {
  const keys = new Map<string, Set<string>>();
  const add = (facet: string, value: string) => {
    const set = keys.get(facet) ?? new Set<string>();
    set.add(value);
    keys.set(facet, set);
  };
  for (const c of product.categoryIds) add('category', c);
  if (product.brand) add('brand', product.brand);
  const price = fromPrice(product);
  const range = PRICE_RANGES.find(([min, max]) => price >= min && (max === undefined || price < max));
  if (range) add('price', priceRangeValue(range));
  for (const v of product.variants) for (const [name, value] of Object.entries(v.options)) add(`option.${name}`, value);
  if (product.variants.some((v) => v.stock > 0)) add('stock', 'in-stock');
  return { price, keys, restock: restockOf(product) };
}

function matchesValue(item: Keyed, facet: string, value: string): boolean {
  if (facet === 'promise') {
    const [kind, date] = value.split(':');
    const have = kind === 'arrives-by' ? item.dates.home : kind === 'pickup-by' ? item.dates.pickup : undefined;
    return !!have && !!date && have <= date;
  }
  if (facet === 'price') {
    const range = parsePriceRange(value);
    return !!range && item.price >= range.min && (range.max === undefined || item.price < range.max);
  }
  return item.keys.get(facet)?.has(value) ?? false;
}

function matches(item: Keyed, filters: ListFilters, except?: string): boolean {
  return Object.entries(filters).every(([facet, values]) => facet === except || values.length === 0 || values.some((v) => matchesValue(item, facet, v)));
}

export interface ListCatalogQuery {
  categoryId?: string;
  sort?: ProductSort;
  filters?: ListFilters;
  offset?: number;
  limit?: number;
}

/** Products in newest-first order need a date; those without one come last, in catalogue order. */
const created = (p: Product) => p.createdAt ?? '';

/**
 * Lists a catalogue: the category, the filters, the sort, a page of it, and every facet with counts. A facet's
 * counts apply the other facets' filters but not its own (so choosing "Pohjola" still shows how many "Tuisku" would
 * add). Promise facets need `promise` (the moment and the delivery methods); without it there are none.
 */
export function listCatalog(
  products: readonly Product[],
  query: ListCatalogQuery = {},
  context: { promise?: PromiseContext; categoryNames?: ReadonlyMap<string, string> } = {},
): { items: Product[]; total: number; facets: Facet[] } {
  const { promise, categoryNames } = context;
  const memo = new Map<number, PromiseDates>();
  const scoped = (query.categoryId ? products.filter((p) => p.categoryIds.includes(query.categoryId!)) : products)
    .map((p) => keysOf(p, promise, memo));
  const filters = query.filters ?? {};
  const hits = scoped.filter((item) => matches(item, filters));
  const sort = query.sort ?? 'relevance';
  if (sort === 'price-asc') hits.sort((a, b) => a.price - b.price);
  else if (sort === 'price-desc') hits.sort((a, b) => b.price - a.price);
  else if (sort === 'newest') hits.sort((a, b) => created(b.product).localeCompare(created(a.product)));
  const offset = Math.max(0, query.offset ?? 0);
  const items = hits.slice(offset, offset + (query.limit ?? hits.length)).map((h) => h.product);
  return { items, total: hits.length, facets: countFacets(scoped, filters, !!promise, categoryNames) };
}

function countFacets(
  scoped: readonly Keyed[],
  filters: ListFilters,
  withPromise: boolean,
  categoryNames?: ReadonlyMap<string, string>,
): Facet[] {
  const facetIds = new Set<string>(['category', 'brand', 'price']);
  for (const item of scoped) for (const id of item.keys.keys()) facetIds.add(id);
  facetIds.add('stock');
  // One pass: a facet's counts take the items that pass every other facet's filter, so an item passing all
  // filters counts in every facet, one failing exactly one facet counts in that facet only, others in none.
  // Every value stays listed (with 0 when other filters exclude it), so none vanish on a click.
  const chosen = Object.entries(filters).filter(([, values]) => values.length > 0);
  const countsOf = new Map<string, Map<string, number>>([...facetIds].map((id) => [id, new Map<string, number>()]));
  const count = (item: Keyed, id: string, by: number) => {
    const counts = countsOf.get(id);
    const values = item.keys.get(id);
    if (counts && values) for (const value of values) counts.set(value, (counts.get(value) ?? 0) + by);
  };
  for (const item of scoped) {
    // The facet this item fails (undefined: none), or null when it fails more than one. Plain loops: this runs for
    // every product of the catalogue on every listing.
    let failed: string | null | undefined;
    for (const [facet, values] of chosen) {
      if (values.some((v) => matchesValue(item, facet, v))) continue;
      failed = failed === undefined ? facet : null;
      if (failed === null) break;
    }
    for (const id of item.keys.keys()) count(item, id, failed === undefined || failed === id ? 1 : 0);
  }
  const facets: Facet[] = [];
  for (const id of facetIds) {
    const counts = countsOf.get(id)!;
    let values: FacetValue[] = [...counts].map(([value, count]) => ({ value, count }));
    if (id === 'price') values = PRICE_RANGES.map(priceRangeValue).filter((v) => counts.has(v)).map((v) => ({ value: v, count: counts.get(v)! }));
    else if (id === 'brand' || id === 'stock') values.sort((a, b) => a.value.localeCompare(b.value));
    if (id === 'brand' || id.startsWith('option.')) values = values.map((v) => ({ ...v, label: v.value }));
    if (id === 'category') values = values.map((v) => ({ ...v, label: categoryNames?.get(v.value) ?? v.value }));
    const kind: FacetKind = id.startsWith('option.') ? 'option' : (id as FacetKind);
    if (values.length > 0) facets.push({ id, kind, ...(kind === 'option' ? { label: id.slice(7) } : {}), values });
  }
  if (withPromise) {
    const pool = scoped.filter((item) => matches(item, filters, 'promise'));
    const values: FacetValue[] = [];
    for (const kind of ['arrives-by', 'pickup-by'] as const) {
      const dates = [...new Set(pool.map((i) => (kind === 'arrives-by' ? i.dates.home : i.dates.pickup)).filter((d): d is string => !!d))].sort();
      // The two soonest dates: "arrives by Friday" is useful, a list of every restock date is not.
      for (const date of dates.slice(0, 2)) {
        values.push({ value: `${kind}:${date}`, count: pool.filter((i) => matchesValue(i, 'promise', `${kind}:${date}`)).length });
      }
    }
    if (values.length > 0) facets.push({ id: 'promise', kind: 'promise', values });
  }
  return facets;
}
