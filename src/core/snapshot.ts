import type { CommerceAdapter } from './adapter.js';
import type { Cart, Category, DeliveryMethod, ListQuery, Page, Product } from './model.js';
import { validateCart, validateCategories, validateDeliveryMethods, validateProduct, validateProductPage } from './validate.js';
import { validateExperimentsSnapshot, type ExperimentsSnapshot } from './experiment-decisions.js';

/**
 * What the server loaded once for a page, handed to the elements it renders and sent along inside the page so
 * that hydration in the browser neither fetches again nor shows a loading state.
 *
 * One object per page: `<sf-shop>` takes it (`.snapshot` on the server, `snapshot-from="<script id>"` in the
 * browser) and provides it to every kit element inside by context. An element finds its own data by the query it
 * would have sent (`listingKey`); anything missing it loads as before.
 *
 * Only what the page shows belongs here. The cart is the shopper's own: a page whose snapshot holds a cart must
 * not be cached for anyone else.
 */
export interface ShopSnapshot {
  /** Format version; a snapshot of another version is ignored (the elements load as before). */
  readonly version: 1;
  /** Product listings by `listingKey(query)`: what `<sf-product-list>` would have asked `listProducts` for. */
  readonly listings?: Readonly<Record<string, Page<Product>>>;
  /** Products by id, for `<sf-product-detail product-id>` (a product page). */
  readonly products?: Readonly<Record<string, Product>>;
  /** The category tree, for `<sf-nav>` and `<sf-breadcrumbs>`. */
  readonly categoryTree?: readonly Category[];
  /** Delivery methods (no postal code), for `<sf-delivery-promise>` and the checkout. */
  readonly deliveryMethods?: readonly DeliveryMethod[];
  /** The shopper's cart, for the cart elements. Leave it out of pages that are cached or shared. */
  readonly cart?: Cart;
  /**
   * Experiments the server decided for this shopper (`decideExperiments` in `storefront-elements/server`):
   * `<sf-experiments>` renders and keeps these values. Per shopper: a page holding it is not shared (see README).
   * `<sf-shop>` hands this part on unread; `<sf-experiments>` checks it (`validateExperimentsSnapshot`) before it
   * adopts it.
   */
  readonly experiments?: ExperimentsSnapshot;
}

export const SNAPSHOT_VERSION = 1;

/**
 * The key of a listing in a snapshot: the query `<sf-product-list>` sends, in a canonical form (no offset; empty
 * category, `relevance` sort and empty filters left out; filter ids and values sorted).
 */
export function listingKey(query: ListQuery = {}): string {
  // Never throws: an element may ask with whatever the page set before its property checks ran.
  const raw: unknown = query.filters;
  const filters = (raw && typeof raw === 'object' ? Object.entries(raw as Record<string, unknown>) : [])
    .filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]) && entry[1].length > 0)
    .map(([facet, values]) => [facet, values.filter((v): v is string => typeof v === 'string').sort()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    typeof query.categoryId === 'string' ? query.categoryId : '',
    typeof query.limit === 'number' && Number.isFinite(query.limit) ? query.limit : null,
    typeof query.sort === 'string' && query.sort !== 'relevance' ? query.sort : '',
    filters,
  ]);
}

/** The listing a snapshot holds for `query`, if any. */
export function snapshotListing(snapshot: ShopSnapshot | undefined, query: ListQuery): Page<Product> | undefined {
  const listings = snapshot?.listings;
  const key = listingKey(query);
  return listings && Object.hasOwn(listings, key) ? listings[key] : undefined;
}

/** The product a snapshot holds for `id`, if any. */
export function snapshotProduct(snapshot: ShopSnapshot | undefined, id: string): Product | undefined {
  const products = snapshot?.products;
  return products && typeof id === 'string' && Object.hasOwn(products, id) ? products[id] : undefined;
}

/** What the server asks the adapter for, once per page. */
export interface SnapshotRequest {
  /** Listings to load, as `<sf-product-list>` will ask for them (its `category`, `limit`, `sort`, `filters`). */
  listings?: readonly ListQuery[];
  /** Products to load by id, as `<sf-product-detail product-id>` will ask for them. */
  products?: readonly string[];
  categoryTree?: boolean;
  deliveryMethods?: boolean;
  /** The shopper's cart (only with an adapter bound to this shopper's session). */
  cart?: boolean;
}

/**
 * Loads a snapshot through any adapter (guarded or not), in parallel. A part that fails is left out, so the
 * element that needs it loads it in the browser and shows its own error there; the page still renders.
 */
export async function loadSnapshot(adapter: CommerceAdapter, request: SnapshotRequest, options: { signal?: AbortSignal } = {}): Promise<ShopSnapshot> {
  const settle = <T>(p: Promise<T>): Promise<T | undefined> => p.catch(() => undefined);
  const signal = options.signal;
  const queries = request.listings ?? [];
  const ids = request.products ?? [];
  const [pages, found, categoryTree, deliveryMethods, cart] = await Promise.all([
    Promise.all(queries.map((q) => settle(adapter.listProducts(q, signal ? { signal } : {})))),
    Promise.all(ids.map((id) => settle(adapter.getProduct(id, signal ? { signal } : {})))),
    request.categoryTree ? settle(adapter.getCategoryTree(signal ? { signal } : {})) : undefined,
    request.deliveryMethods ? settle(adapter.getDeliveryMethods({}, signal ? { signal } : {})) : undefined,
    request.cart ? settle(adapter.getCart(signal ? { signal } : {})) : undefined,
  ]);
  const listings: Record<string, Page<Product>> = {};
  queries.forEach((q, i) => {
    const page = pages[i];
    if (page) listings[listingKey(q)] = page;
  });
  const products: Record<string, Product> = {};
  ids.forEach((id, i) => {
    const product = found[i];
    if (product) products[id] = product;
  });
  return {
    version: SNAPSHOT_VERSION,
    ...(queries.length ? { listings } : {}),
    ...(ids.length ? { products } : {}),
    ...(categoryTree ? { categoryTree } : {}),
    ...(deliveryMethods ? { deliveryMethods } : {}),
    ...(cart ? { cart } : {}),
  };
}

/**
 * The snapshot as JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` are written as
 * `\u003c`, `\u003e`, `\u0026`, so no product name can close the script (`</script>`) or open a comment
 * (`<!--`), and U+2028/U+2029 are escaped for old JavaScript parsers. `JSON.parse` reads it back unchanged.
 */
export function serializeSnapshot(snapshot: ShopSnapshot): string {
  return JSON.stringify(snapshot)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The whole `<script type="application/json" id="…">` element for a page. The id is restricted to letters,
 * digits, `-` and `_` (it is written into an attribute); anything else throws, as a programming error.
 */
export function snapshotScript(snapshot: ShopSnapshot, id = 'sf-snapshot'): string {
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new TypeError(`snapshot script id ${JSON.stringify(id)} is not letters, digits, - or _`);
  return `<script type="application/json" id="${id}">${serializeSnapshot(snapshot)}</script>`;
}

/**
 * Reads a snapshot back (the text of the script, or an object), validating every part as the adapter guard
 * validates answers. Returns the snapshot with only its valid parts, or `undefined` and the reason when it is not
 * a snapshot at all (not JSON, another version). Never throws.
 */
export function parseSnapshot(input: unknown): { snapshot?: ShopSnapshot; problems: string[] } {
  const { snapshot, problems } = parseSnapshotExceptExperiments(input);
  if (snapshot?.experiments === undefined) return snapshot ? { snapshot, problems } : { problems };
  const { experiments, ...rest } = snapshot;
  try {
    return { snapshot: { ...rest, experiments: validateExperimentsSnapshot(experiments, 'experiments') }, problems };
  } catch (e) {
    return { snapshot: rest, problems: [...problems, e instanceof Error ? e.message : 'experiments is not valid'] };
  }
}

/**
 * `parseSnapshot` with the experiments part kept as it came, unchecked: for `<sf-shop>`, which hands that part on
 * to the one element that adopts it (`<sf-experiments>` checks it then), so a page without experiments never
 * loads the check. Never throws.
 */
export function parseSnapshotExceptExperiments(input: unknown): { snapshot?: ShopSnapshot; problems: string[] } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { problems: ['is not JSON'] };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problems: ['is not an object'] };
  const o = value as Record<string, unknown>;
  if (o['version'] !== SNAPSHOT_VERSION) return { problems: [`version ${JSON.stringify(o['version'])} is not ${SNAPSHOT_VERSION}`] };
  const problems: string[] = [];
  const take = <T>(name: string, validate: (v: unknown) => T): T | undefined => {
    if (o[name] === undefined) return undefined;
    try {
      return validate(o[name]);
    } catch (e) {
      problems.push(e instanceof Error ? e.message : `${name} is not valid`);
      return undefined;
    }
  };
  const listings = take('listings', (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new TypeError('listings is not an object');
    const out: Record<string, Page<Product>> = {};
    for (const [key, page] of Object.entries(v)) out[key] = validateProductPage(page, {}, `listings[${JSON.stringify(key)}]`);
    return out;
  });
  const products = take('products', (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new TypeError('products is not an object');
    const out: Record<string, Product> = {};
    for (const [id, product] of Object.entries(v)) out[id] = validateProduct(product, {}, `products[${JSON.stringify(id)}]`);
    return out;
  });
  const categoryTree = take('categoryTree', (v) => validateCategories(v, 'categoryTree'));
  const deliveryMethods = take('deliveryMethods', (v) => validateDeliveryMethods(v, {}, 'deliveryMethods'));
  const cart = take('cart', (v) => validateCart(v, {}, 'cart'));
  // Unread here (see parseSnapshot); any value, even null, is passed on for its reader to refuse.
  const experiments = o['experiments'] as ExperimentsSnapshot | undefined;
  return {
    snapshot: {
      version: SNAPSHOT_VERSION,
      ...(listings ? { listings } : {}),
      ...(products ? { products } : {}),
      ...(categoryTree ? { categoryTree } : {}),
      ...(deliveryMethods ? { deliveryMethods } : {}),
      ...(cart ? { cart } : {}),
      ...(experiments !== undefined ? { experiments } : {}),
    },
    problems,
  };
}
