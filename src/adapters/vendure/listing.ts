import { listCatalog, type PromiseContext } from '../../core/list-catalog.js';
import type { Facet } from '../../core/listing.js';
import type { ListQuery, Product, Variant } from '../../core/model.js';
import { money } from './mapping.js';

/**
 * Listings on Vendure: sort, facet filters and facet counts from Vendure's search index.
 *
 * Vendure's `search` (DefaultSearchPlugin) filters by facet values and counts them, but it has no price ranges, no
 * "newest" order, and its counts include the facet's own filter. So the adapter reads the listing's scope (the
 * category, or the whole channel) from the index once, one small row per variant (product, price, in stock, facet
 * values, collections), and applies the kit's own listing rules to it (`listCatalog` from core, the same rules as
 * the local adapter): OR within a facet, AND across facets, each facet counted without its own filter. Only the
 * page's products are then read in full. Two requests per listing, whatever the filters.
 *
 * Facets: the facet `brand` is the kit's brand; collections are the kit's categories; every other facet (in the
 * demo: Size, Colour, Frame, set on variants) is an option facet `option.<facet name>`. The Vendure facet
 * `category` (which the demo's collections filter on) is not offered: the collections are.
 */

/** Variant rows read per listing; a scope with more is listed from its first rows (see the README). */
export const SCAN_LIMIT = 2500;

/** Facet codes that are not option facets. */
const NOT_OPTIONS = new Set(['brand', 'category']);

export interface VScanRow {
  productId: string;
  slug: string;
  productVariantId: string;
  priceWithTax: { value?: number; min?: number };
  currencyCode: string;
  facetValueIds: string[];
  collectionIds: string[];
  /** Present when the index holds stock status (DefaultSearchPlugin `indexStockStatus: true`). */
  inStock?: boolean;
}

export interface VScan {
  totalItems: number;
  items: VScanRow[];
  facetValues: { facetValue: { id: string; name: string; facet: { code: string; name: string } } }[];
  collections: { collection: { id: string; slug: string; name: string } }[];
}

const scanFields = (withStock: boolean) => `totalItems
    items { productId slug productVariantId currencyCode facetValueIds collectionIds ${withStock ? 'inStock' : ''}
      priceWithTax { ... on SinglePrice { value } ... on PriceRange { min } } }
    facetValues { facetValue { id name facet { code name } } }
    collections { collection { id slug name } }`;

/** The scope of a listing from the search index; `withStock` asks for stock status (not every index has it). */
export const scanDocument = (withStock: boolean) => `query SfListingScan($input: SearchInput!) {
  search(input: $input) { ${scanFields(withStock)} }
}`;

export const scanInput = (categoryId: string | undefined) => ({
  ...(categoryId ? { collectionSlug: categoryId } : {}),
  groupByProduct: false,
  take: SCAN_LIMIT,
});

/**
 * Products as much as a listing needs (id, brand, categories, option values, price, in stock) from the index rows,
 * in the index's order (relevance). The ids are the kit's (the slug); `vendureIds` maps them back.
 */
export function scanProducts(scan: VScan): { products: Product[]; vendureIds: Map<string, string>; categoryNames: Map<string, string> } {
  const values = new Map(scan.facetValues.map((f) => [f.facetValue.id, f.facetValue]));
  const collections = new Map(scan.collections.map((c) => [c.collection.id, c.collection]));
  const bySlug = new Map<string, { product: Product; variants: Variant[]; categories: Set<string> }>();
  const vendureIds = new Map<string, string>();
  for (const row of scan.items) {
    let entry = bySlug.get(row.slug);
    if (!entry) {
      const variants: Variant[] = [];
      const product: Product = { id: row.slug, slug: row.slug, name: '', description: '', categoryIds: [], images: [], variants, vatRate: 0 };
      entry = { product, variants, categories: new Set() };
      bySlug.set(row.slug, entry);
      vendureIds.set(row.slug, row.productId);
    }
    const options: Record<string, string> = {};
    for (const id of row.facetValueIds) {
      const value = values.get(id);
      if (!value) continue;
      if (value.facet.code === 'brand') entry.product.brand ??= value.name;
      else if (!NOT_OPTIONS.has(value.facet.code)) options[value.facet.name] = value.name;
    }
    for (const id of row.collectionIds) {
      const slug = collections.get(id)?.slug;
      if (slug) entry.categories.add(slug);
    }
    entry.variants.push({
      id: row.productVariantId,
      sku: '',
      name: '',
      options,
      price: money(row.priceWithTax.value ?? row.priceWithTax.min ?? 0, row.currencyCode),
      // Unknown stock counts as in stock: without stock status in the index the stock facet is not offered at all.
      stock: row.inStock === false ? 0 : 1,
    });
  }
  const products = [...bySlug.values()].map((e) => ({ ...e.product, categoryIds: [...e.categories] }));
  const categoryNames = new Map(scan.collections.map((c) => [c.collection.slug, c.collection.name]));
  return { products, vendureIds, categoryNames };
}

/** The page of a listing over the scanned scope: the kit's ids in order, the total and the facets. */
export function listScan(
  scan: VScan,
  query: ListQuery,
  context: { promise?: PromiseContext; stockKnown: boolean },
): { ids: string[]; vendureIds: Map<string, string>; total: number; facets: Facet[] } {
  const { products, vendureIds, categoryNames } = scanProducts(scan);
  const filters = { ...(query.filters ?? {}) };
  // A stock filter the index cannot answer is not applied (and no stock facet is offered), rather than emptying the list.
  if (!context.stockKnown) delete filters.stock;
  // The collection is the scope: it is not filtered again (a product listed under "bikes" is in "bikes").
  const listed = listCatalog(products, {
    ...(query.sort ? { sort: query.sort === 'newest' ? 'relevance' : query.sort } : {}),
    filters,
    offset: 0,
  }, { ...(context.promise ? { promise: context.promise } : {}), categoryNames });
  const facets = context.stockKnown ? listed.facets : listed.facets.filter((f) => f.kind !== 'stock');
  return { ids: listed.items.map((p) => p.id), vendureIds, total: listed.total, facets };
}
