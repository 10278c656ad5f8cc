import { PRODUCT_SORTS, type ListFilters, type ProductSort } from '../../core/listing.js';

/** A listing's state as the address keeps it, so Back and a shared link restore it. */
export interface ListState {
  sort: ProductSort;
  filters: ListFilters;
  /** How many pages of `limit` are shown ("show more" adds one). */
  pages: number;
}

/** Facet values live in `f.<facet id>` parameters, one per value; sort in `sort`, pages shown in `pages`. */
export function readListState(search: string): ListState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort') as ProductSort | null;
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) if (key.startsWith('f.') && key.length > 2 && value) (filters[key.slice(2)] ??= []).push(value);
  const pages = Number(params.get('pages'));
  return {
    sort: sort && PRODUCT_SORTS.includes(sort) ? sort : 'relevance',
    filters,
    pages: Number.isInteger(pages) && pages > 1 && pages <= 100 ? pages : 1,
  };
}

/** The address with the listing's state in place of the previous listing state; other parameters stay. */
export function writeListState(href: string, state: ListState): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key === 'sort' || key === 'pages' || key.startsWith('f.')) url.searchParams.delete(key);
  if (state.sort !== 'relevance') url.searchParams.set('sort', state.sort);
  for (const [facet, values] of Object.entries(state.filters)) for (const v of values) url.searchParams.append(`f.${facet}`, v);
  if (state.pages > 1) url.searchParams.set('pages', String(state.pages));
  return url.href;
}
