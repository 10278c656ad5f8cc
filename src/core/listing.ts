/**
 * Listings that find, their words: sort orders, facets and their values, chosen filters, price ranges. What elements
 * need to show and change a listing; listing a catalogue with these is `listCatalog` (./list-catalog.ts), which only
 * an embedded backend needs (a module of its own, so a page's first load does not carry it for the sort names).
 */

/** Sort orders a listing offers. `relevance` is the backend's own order. */
export type ProductSort = 'relevance' | 'price-asc' | 'price-desc' | 'newest';
export const PRODUCT_SORTS: readonly ProductSort[] = ['relevance', 'price-asc', 'price-desc', 'newest'];

/** What a facet filters on; elements word the facet (and price and promise values) by its kind. */
export type FacetKind = 'category' | 'brand' | 'price' | 'option' | 'stock' | 'promise';

/** One choosable value of a facet, with how many products it would show given the other facets' choices. */
export interface FacetValue {
  value: string;
  /** Shopper-facing text from the data (a brand, a category, an option value); absent for price and promise values. */
  label?: string;
  count: number;
}

export interface Facet {
  /** `category`, `brand`, `price`, `stock`, `promise`, or `option.<name>` (`option.Size`). */
  id: string;
  kind: FacetKind;
  /** The option's name for `option` facets. */
  label?: string;
  values: readonly FacetValue[];
}

/**
 * Chosen facet values by facet id. Values of one facet widen (OR); facets narrow each other (AND). Values:
 * category ids, brands, price ranges in minor units (`10000-50000`, `100000-`), option values, `in-stock`, and
 * promise thresholds `arrives-by:YYYY-MM-DD` / `pickup-by:YYYY-MM-DD` (on or before that date).
 */
export type ListFilters = Readonly<Record<string, readonly string[]>>;

/** Price ranges of the price facet, in minor units: lower bound inclusive, upper exclusive. */
export const PRICE_RANGES: readonly (readonly [number, number | undefined])[] = [
  [0, 5000], [5000, 10000], [10000, 50000], [50000, 100000], [100000, undefined],
];

export const priceRangeValue = ([min, max]: readonly [number, number | undefined]) => `${min}-${max ?? ''}`;

/** A price range value (`10000-50000`, `100000-`) as bounds in minor units; undefined when malformed. */
export function parsePriceRange(value: string): { min: number; max?: number } | undefined {
  const m = /^(\d+)-(\d*)$/.exec(value);
  if (!m) return undefined;
  return m[2] ? { min: Number(m[1]), max: Number(m[2]) } : { min: Number(m[1]) };
}
