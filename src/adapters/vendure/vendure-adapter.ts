import type { BackendAddressRules, CommerceAdapter } from '../../core/adapter.js';
import { CommerceError } from '../../core/errors.js';
import type {
  AddLineInput, Address, Cart, CartWriteOptions, Category, Contact, DeliveryMethod, ListQuery, Order, OrderProgress, OrderStatus,
  Page, PaymentKind,
  PaymentMethod, PickupPoint, PlaceOrderInput, Product, RequestOptions, StoreAvailability,
} from '../../core/model.js';
import { localStore, type SafeStorage } from '../../core/storage.js';
import { systemClock, type Clock } from '../../core/clock.js';
import { VendureClient } from './client.js';
import { latestFulfilment, orderEvents, type VProgressOrder } from './progress.js';
import { listScan, scanDocument, scanInput, type VScan } from './listing.js';
import { STORE_AVAILABILITY, STORE_AVAILABILITY_FIELD, toStoreAvailability, type VStoreAvailability } from './stores.js';
import * as Q from './documents.js';
import {
  DEFAULT_DELIVERY_PROMISES, fallbackMapping, isErrorResult, money, orderTotals, toCategoryTree, toCommerceErrorFromResult,
  toProduct, type FallbackImage, type VAddress, type VCollection, type VendureDeliveryMapping, type VOrder, type VOrderResult, type VProduct,
} from './mapping.js';

export type { FallbackImage, VendureDeliveryMapping } from './mapping.js';
export { DEFAULT_DELIVERY_PROMISES } from './mapping.js';

export interface VendureCommerceAdapterOptions {
  /** The Shop API endpoint, e.g. `https://shop.example.fi/shop-api`. Its CORS must expose `vendure-auth-token`. */
  shopApiUrl: string;
  /**
   * Sent as the `vendure-token` header, for a shop with several channels (e.g. one in EUR, one in SEK). Prices,
   * totals and delivery fees carry the channel's currency (`activeChannel.defaultCurrencyCode`).
   */
  channelToken?: string;
  /**
   * Shipping method code → kind, carrier and delivery-promise parameters (Vendure has no delivery dates).
   * Defaults to the kit's demo methods `home`, `pickup-point` and `store`; unknown codes get a cautious guess.
   */
  deliveryPromises?: Readonly<Record<string, VendureDeliveryMapping>>;
  /** Pickup points and stores, each with `methodId` = a shipping method code (Vendure has none of its own). */
  pickupPoints?: readonly PickupPoint[];
  /** Payment method code → kind; by default guessed from the code (invoice, card, bank, else wallet). */
  paymentKinds?: Readonly<Record<string, PaymentKind>>;
  /** Where the session token and the idempotency records live; defaults to the page's localStorage. */
  storage?: SafeStorage;
  /** Storage key prefix; defaults to one derived from the Shop API URL and the channel. */
  storageKey?: string;
  /** Per request, in ms; default 10 000. */
  timeoutMs?: number;
  /** Extra attempts for queries after a network failure; default 2. Mutations are never repeated blindly. */
  retries?: number;
  /** Postal codes accepted for delivery queries; default Finnish (five digits). Given, `<sf-checkout>` validates with it. */
  postalCodePattern?: RegExp;
  /** An image for products without a Vendure asset (e.g. the demo server, which runs without the asset plugin). */
  fallbackImage?: FallbackImage;
  /**
   * The server has the store availability plugin (backend/store-availability-plugin.mjs: stores as stock locations,
   * `sfStoreAvailability` in the Shop API): `true` gives the adapter `getStoreAvailability`. Default `false`: the
   * method is absent, so `<sf-store-availability>` shows nothing, as for a shop without stores (Vendure has no store
   * pickup of its own).
   */
  storeAvailability?: boolean;
  /** The moment pickup times and the listings' promise facets are computed for; default the page's clock. */
  clock?: Clock;
  /** The fetch to use (tests, service workers); default `globalThis.fetch`. */
  fetch?: typeof fetch;
}

/** What placeOrder remembers per idempotency key, written before it changes anything in Vendure. */
interface OrderRecord {
  code: string;
  input: Omit<PlaceOrderInput, 'cartRevision'>;
  paymentMethod?: PaymentMethod;
  order?: Order;
}

interface RevisionRecord { fingerprint: string; revision: number }

/**
 * What this adapter remembers of a keyed cart change (Vendure has no idempotency keys of its own). `done`: Vendure
 * answered that it applied it. Not done: sent, answer unknown. `before`: the variant's quantity before an add.
 */
type WriteRecord =
  | { kind: 'add'; variantId: string; before: number; quantity: number; done: boolean }
  | { kind: 'set'; lineId: string; quantity: number; done: boolean };

/** How many recent keyed cart changes are remembered. */
const WRITES_KEPT = 50;
/** Errors after which the change may still have been applied. */
const unsure = (e: unknown) => !(e instanceof CommerceError) || ['timeout', 'network', 'malformed-response', 'unknown'].includes(e.code);

const PLACED_STATES = new Set(['PaymentAuthorized', 'PaymentSettled', 'PartiallyShipped', 'Shipped', 'PartiallyDelivered', 'Delivered']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function orderStatus(state: string): OrderStatus {
  if (state === 'PaymentSettled') return 'paid';
  if (/Shipped|Delivered/.test(state)) return 'shipped';
  return 'placed';
}

function guessPaymentKind(code: string): PaymentKind {
  if (/invoice|lasku|klarna/i.test(code)) return 'invoice';
  if (/card|kortti|stripe|adyen/i.test(code)) return 'card';
  if (/bank|pankki|paytrail|trustly/i.test(code)) return 'bank';
  return 'wallet';
}

function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/);
  const firstName = parts.shift() ?? '';
  return { firstName, lastName: parts.join(' ') || firstName };
}

function withoutRevision(input: PlaceOrderInput): OrderRecord['input'] {
  const copy: PlaceOrderInput = { ...input };
  delete copy.cartRevision;
  return copy;
}

function hashKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/**
 * `CommerceAdapter` over Vendure's Shop GraphQL API with plain `fetch`: the catalogue (products, collections,
 * search), the active order as the cart, eligible shipping methods as delivery methods, and guest checkout.
 *
 * The session token travels as a bearer token and is kept in first-party storage. Vendure has no idempotency keys:
 * `placeOrder` records key → order code before it acts, and a retry looks the order up by code and only does the
 * steps not yet done, so it never creates or pays a second order. Cart changes from this page are serialised, so
 * `Cart.revision` (a counter kept with the session) grows in the order Vendure applied them.
 */
export class VendureCommerceAdapter implements CommerceAdapter {
  readonly name = 'vendure';

  /** The `postalCodePattern` option, when given, so the checkout validates postal codes as this backend does. */
  readonly addressRules?: BackendAddressRules;

  readonly #client: VendureClient;
  readonly #storage: SafeStorage;
  readonly #key: string;
  readonly #delivery: Readonly<Record<string, VendureDeliveryMapping>>;
  readonly #pickupPoints: readonly PickupPoint[];
  readonly #paymentKinds: Readonly<Record<string, PaymentKind>>;
  readonly #postalCode: RegExp;
  readonly #fallbackImage: FallbackImage | undefined;
  readonly #clock: Clock;
  readonly #toProduct = (p: VProduct) => toProduct(p, this.#fallbackImage);
  #queue: Promise<unknown> = Promise.resolve();
  /** Recent keyed cart changes, by idempotency key (oldest first); see `addLine`. */
  readonly #writes = new Map<string, WriteRecord>();
  /** Whether the search index has stock status; undefined until the first listing asks. */
  #indexHasStock: boolean | undefined;
  /** Whether the server has the guest order lookup (`sfOrderByCodeAndEmail`); undefined until first asked. */
  #guestLookup: boolean | undefined;
  /** The channel's currency, asked once (a failed ask is asked again next time). */
  #currency: Promise<string> | undefined;

  /**
   * Shelf stock of a variant in each of the shop's stores and when `quantity` (default 1) can be picked up there,
   * by the same rules as the local adapter (core's `storeAvailability`, on the `clock` option's time): from the shelf
   * when it holds enough, else by transfer from the warehouse's stock. Present only with the `storeAvailability`
   * option, for a server with backend/store-availability-plugin.mjs (or a plugin answering the same query).
   * Rejects with `not-found` for a variant the channel does not sell; against a server without the plugin, with
   * `malformed-response` (not retryable) saying the Shop API lacks `sfStoreAvailability`.
   */
  readonly getStoreAvailability?: (variantId: string, options?: RequestOptions & { quantity?: number }) => Promise<readonly StoreAvailability[]>;

  constructor(options: VendureCommerceAdapterOptions) {
    this.#storage = options.storage ?? localStore('the Vendure session storage (localStorage)');
    this.#key = options.storageKey ?? `sf-vendure-${hashKey(`${options.shopApiUrl}|${options.channelToken ?? ''}`)}`;
    this.#delivery = options.deliveryPromises ?? DEFAULT_DELIVERY_PROMISES;
    this.#pickupPoints = options.pickupPoints ?? [];
    this.#paymentKinds = options.paymentKinds ?? {};
    this.#postalCode = options.postalCodePattern ?? /^\d{5}$/;
    // Only a pattern the shop chose: without one the checkout keeps the shipping country's own rule.
    if (options.postalCodePattern) this.addressRules = { postalCodePattern: options.postalCodePattern };
    this.#fallbackImage = options.fallbackImage;
    this.#clock = options.clock ?? systemClock;
    const fetchFn = options.fetch ?? ((input: RequestInfo | URL, init?: globalThis.RequestInit) => globalThis.fetch(input, init));
    this.#client = new VendureClient({
      shopApiUrl: options.shopApiUrl,
      ...(options.channelToken ? { channelToken: options.channelToken } : {}),
      storage: this.#storage,
      tokenKey: `${this.#key}:token`,
      timeoutMs: options.timeoutMs ?? 10_000,
      retries: options.retries ?? 2,
      fetch: fetchFn,
    });
    // An own property only when asked for: an element checks whether the adapter has the method at all.
    if (options.storeAvailability) this.getStoreAvailability = (variantId, o) => this.#storeAvailability(variantId, o);
  }

  // ---------- catalogue ----------

  async getProduct(id: string, options?: RequestOptions): Promise<Product> {
    const data = await this.#client.request<{ product: VProduct | null }>(Q.PRODUCT_BY_SLUG, { slug: id }, options);
    if (!data.product) throw new CommerceError('not-found', `No product with id "${id}".`);
    return this.#toProduct(data.product);
  }

  /**
   * A page of a category (or the whole channel), sorted and filtered, with facet counts: the scope is read from
   * Vendure's search index and listed by the kit's own rules (see listing.ts), then the page's products in full.
   */
  async listProducts(query: ListQuery = {}, options?: RequestOptions): Promise<Page<Product>> {
    const take = Math.min(100, query.limit ?? 100);
    const skip = Math.max(0, query.offset ?? 0);
    const { scan, stockKnown } = await this.#scan(query.categoryId, options);
    const promise = { now: new Date(this.#clock.now()), methods: await this.#configuredMethods(options) };
    const listed = listScan(scan, query, { promise, stockKnown });
    const facets = listed.facets;
    if (listed.total === 0) return { items: [], total: 0, facets };
    const vendureId = (id: string) => listed.vendureIds.get(id)!;
    if (query.sort === 'newest') {
      // The index knows no dates: Vendure's product list sorts the listed products by when they were created.
      const data = await this.#client.request<{ products: { items: VProduct[] } }>(
        Q.PRODUCTS, { options: { take, skip, filter: { id: { in: listed.ids.map(vendureId) } }, sort: { createdAt: 'DESC' } } }, options,
      );
      return { items: data.products.items.map(this.#toProduct), total: listed.total, facets };
    }
    const page = listed.ids.slice(skip, skip + take).map(vendureId);
    return { items: await this.#productsInOrder(page, options), total: listed.total, facets };
  }

  /** The listing's scope from the search index, with stock status when the index has it (asked once). */
  async #scan(categoryId: string | undefined, options?: RequestOptions): Promise<{ scan: VScan; stockKnown: boolean }> {
    const input = scanInput(categoryId);
    if (this.#indexHasStock !== false) {
      try {
        const data = await this.#client.request<{ search: VScan }>(scanDocument(true), { input }, options);
        this.#indexHasStock = true;
        return { scan: data.search, stockKnown: true };
      } catch (e) {
        // A search index without stock status (DefaultSearchPlugin's default) refuses the field: list without it.
        if (!(e instanceof CommerceError) || e.code !== 'malformed-response' || this.#indexHasStock) throw e;
        this.#indexHasStock = false;
      }
    }
    const data = await this.#client.request<{ search: VScan }>(scanDocument(false), { input }, options);
    return { scan: data.search, stockKnown: false };
  }

  /** The delivery methods the mapping names and prices, for the listing's promise facets. */
  async #configuredMethods(options?: RequestOptions): Promise<DeliveryMethod[]> {
    const currency = await this.#channelCurrency(options);
    return Object.entries(this.#delivery)
      .filter(([, m]) => m.name !== undefined && m.price !== undefined)
      .map(([code, m]) => this.#toDeliveryMethod(code, m.name!, m.carrier ?? '', m.price!, currency));
  }

  /** Products by Vendure id, in the order given. */
  async #productsInOrder(ids: readonly string[], options?: RequestOptions): Promise<Product[]> {
    if (ids.length === 0) return [];
    const data = await this.#client.request<{ products: { items: VProduct[] } }>(
      Q.PRODUCTS, { options: { take: ids.length, filter: { id: { in: [...ids] } } } }, options,
    );
    const byId = new Map(data.products.items.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id)).filter((p): p is VProduct => !!p).map(this.#toProduct);
  }

  async getCategoryTree(options?: RequestOptions): Promise<readonly Category[]> {
    const data = await this.#client.request<{ collections: { items: VCollection[] } }>(Q.COLLECTIONS, {}, options);
    return toCategoryTree(data.collections.items);
  }

  async search(text: string, options: RequestOptions & { limit?: number } = {}): Promise<Page<Product>> {
    const term = text.trim();
    if (!term) return { items: [], total: 0 };
    return this.#searchPage({ term, groupByProduct: true, take: Math.min(100, options.limit ?? 10) }, options);
  }

  /** Vendure has no cross-sell relation: products from the same (deepest) collections that can be bought now. */
  async getRelatedProducts(productIds: readonly string[], options?: RequestOptions): Promise<readonly Product[]> {
    if (productIds.length === 0) return [];
    const data = await this.#client.request<{ products: { items: VProduct[] } }>(
      Q.PRODUCTS, { options: { take: 100, filter: { slug: { in: [...productIds] } } } }, options,
    );
    const leaves = new Set(data.products.items.map((p) => this.#toProduct(p).categoryIds.at(-1)).filter((c): c is string => !!c));
    const exclude = new Set(productIds);
    const related = new Map<string, Product>();
    for (const slug of leaves) {
      const page = await this.#searchPage({ collectionSlug: slug, groupByProduct: true, take: 8 }, options);
      for (const p of page.items) if (!exclude.has(p.id) && p.variants.some((v) => v.stock > 0)) related.set(p.id, p);
    }
    return [...related.values()].slice(0, 8);
  }

  async #searchPage(input: Record<string, unknown>, options?: RequestOptions): Promise<Page<Product>> {
    const found = await this.#client.request<{ search: { totalItems: number; items: { productId: string }[] } }>(
      Q.SEARCH, { input }, options,
    );
    return { items: await this.#productsInOrder(found.search.items.map((i) => i.productId), options), total: found.search.totalItems };
  }

  // ---------- cart ----------

  getCart(options?: RequestOptions): Promise<Cart> {
    return this.#serial(async () => await this.#toCart(await this.#activeOrder(options)));
  }

  /**
   * Adds to the active order (`addItemToOrder`).
   *
   * Vendure has no idempotency keys, so this adapter keeps its own record of the last 50 keyed changes, in memory:
   * a call with a key it saw answered as applied returns the cart without adding. A call whose answer was lost
   * (timeout, network) is judged by the line: if the variant's quantity has grown by at least the amount added since
   * the first attempt, the add is taken as landed and not sent again; otherwise it is sent again. Limits: another
   * tab or device adding the same variant in between can make a lost add look landed (and one removing it, a landed
   * add look lost); a reload forgets the keys. Calls of one adapter run one at a time, so a retry always finds its
   * first attempt finished.
   */
  async addLine(input: AddLineInput, options: CartWriteOptions = {}): Promise<Cart> {
    this.#assertQuantity(input.quantity);
    const key = options.idempotencyKey;
    return this.#serial(async () => {
      const before = await this.#activeOrder();
      const previous = before?.lines.find((l) => l.productVariant.id === input.variantId);
      const now = previous?.quantity ?? 0;
      const earlier = key === undefined ? undefined : this.#writes.get(key);
      if (earlier?.kind === 'add' && (earlier.done || now >= earlier.before + earlier.quantity)) {
        earlier.done = true;
        return await this.#toCart(before);
      }
      const record: WriteRecord = { kind: 'add', variantId: input.variantId, before: now, quantity: input.quantity, done: false };
      return await this.#recorded(key, record, async () => {
        const result = await this.#mutate(Q.ADD_ITEM, { variantId: input.variantId, quantity: input.quantity }, 'addItemToOrder', true);
        if (isErrorResult(result)) {
          // Vendure adds what stock allows and reports the shortfall; the kit's contract is "a failed change changes
          // nothing", so undo the partial add before reporting.
          if (result.errorCode === 'INSUFFICIENT_STOCK_ERROR') await this.#restoreLine(input.variantId, now);
          throw toCommerceErrorFromResult(result);
        }
        return await this.#toCart(result);
      });
    });
  }

  /**
   * Sets a line's quantity (`adjustOrderLine`). A key seen answered as applied returns the cart without sending it
   * again, so a late retry of an old change never undoes a newer one; one whose answer was lost is sent again (a
   * quantity is absolute, so sending it twice changes nothing more). Keys are kept as for `addLine`.
   */
  async setQuantity(lineId: string, quantity: number, options: CartWriteOptions = {}): Promise<Cart> {
    this.#assertQuantity(quantity);
    const key = options.idempotencyKey;
    return this.#serial(async () => {
      const before = await this.#activeOrder();
      const earlier = key === undefined ? undefined : this.#writes.get(key);
      if (earlier?.kind === 'set' && earlier.done) return await this.#toCart(before);
      const line = before?.lines.find((l) => l.id === lineId);
      if (!line) throw new CommerceError('not-found', `No cart line "${lineId}".`);
      return await this.#recorded(key, { kind: 'set', lineId, quantity, done: false }, async () => {
        const result = await this.#mutate(Q.ADJUST_LINE, { lineId, quantity }, 'adjustOrderLine', true);
        if (isErrorResult(result)) {
          if (result.errorCode === 'INSUFFICIENT_STOCK_ERROR') await this.#restoreLine(line.productVariant.id, line.quantity);
          throw toCommerceErrorFromResult(result);
        }
        return await this.#toCart(result);
      });
    });
  }

  /**
   * Runs a keyed change with its record kept: marked done when Vendure answers that it applied it, dropped when it
   * certainly did not (a refusal), kept as sent-but-unknown when the answer was lost.
   */
  async #recorded(key: string | undefined, record: WriteRecord, work: () => Promise<Cart>): Promise<Cart> {
    if (key === undefined) return work();
    this.#writes.delete(key);
    this.#writes.set(key, record);
    for (const old of [...this.#writes.keys()].slice(0, Math.max(0, this.#writes.size - WRITES_KEPT))) this.#writes.delete(old);
    try {
      const cart = await work();
      record.done = true;
      return cart;
    } catch (e) {
      if (!unsure(e)) this.#writes.delete(key);
      throw e;
    }
  }

  removeLine(lineId: string): Promise<Cart> {
    return this.#serial(async () => {
      const before = await this.#activeOrder();
      if (!before?.lines.some((l) => l.id === lineId)) throw new CommerceError('not-found', `No cart line "${lineId}".`);
      return await this.#toCart(await this.#orderOrThrow(Q.REMOVE_LINE, { lineId }, 'removeOrderLine'));
    });
  }

  applyDiscountCode(code: string): Promise<Cart> {
    const trimmed = code.trim();
    if (!trimmed) return Promise.reject(new CommerceError('invalid-discount-code', 'Empty discount code.', { field: 'discountCode' }));
    return this.#serial(async () => await this.#toCart(await this.#orderOrThrow(Q.APPLY_COUPON, { code: trimmed }, 'applyCouponCode')));
  }

  removeDiscountCode(code: string): Promise<Cart> {
    return this.#serial(async () => {
      const order = await this.#activeOrder();
      const applied = order?.couponCodes.find((c) => c.toUpperCase() === code.trim().toUpperCase());
      if (!order || !applied) return await this.#toCart(order);
      const data = await this.#client.request<{ removeCouponCode: VOrder | null }>(Q.REMOVE_COUPON, { code: applied }, { mutation: true });
      return await this.#toCart(data.removeCouponCode);
    });
  }

  // ---------- delivery ----------

  async getDeliveryMethods(query: { postalCode?: string } = {}, options?: RequestOptions): Promise<readonly DeliveryMethod[]> {
    if (query.postalCode !== undefined) this.#assertPostalCode(query.postalCode);
    const data = await this.#client.request<{
      activeOrder: { id: string } | null;
      eligibleShippingMethods: { id: string; code: string; name: string; description: string; priceWithTax: number }[];
    }>(Q.SHIPPING_METHODS, {}, options);
    // Vendure quotes shipping only for an order: before the first add to cart, show the configured methods.
    if (!data.activeOrder) return this.#configuredMethods(options);
    const currency = await this.#channelCurrency(options);
    // In the order of the mapping (the shop's preference), then any other methods.
    const rank = (code: string) => {
      const i = Object.keys(this.#delivery).indexOf(code);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    return data.eligibleShippingMethods
      .slice()
      .sort((a, b) => rank(a.code) - rank(b.code))
      .map((s) => this.#toDeliveryMethod(s.code, s.name, s.description, s.priceWithTax, currency));
  }

  async getPickupPoints(query: { postalCode: string; methodId?: string }, _options?: RequestOptions): Promise<readonly PickupPoint[]> {
    this.#assertPostalCode(query.postalCode);
    const code = Number(query.postalCode.trim());
    // Nearest postal code first: a fair stand-in for distance without a geocoder.
    return this.#pickupPoints
      .filter((p) => !query.methodId || p.methodId === query.methodId)
      .slice()
      .sort((a, b) => Math.abs(Number(a.address.postalCode) - code) - Math.abs(Number(b.address.postalCode) - code));
  }

  // ---------- checkout ----------

  async getPaymentMethods(options?: RequestOptions): Promise<readonly PaymentMethod[]> {
    const data = await this.#client.request<{ eligiblePaymentMethods: { id: string; code: string; name: string; isEligible: boolean }[] }>(
      Q.PAYMENT_METHODS, {}, options,
    );
    return data.eligiblePaymentMethods.filter((p) => p.isEligible).map((p) => this.#toPaymentMethod(p.code, p.name));
  }

  placeOrder(input: PlaceOrderInput): Promise<Order> {
    if (!EMAIL.test(input.contact.email)) {
      return Promise.reject(new CommerceError('invalid-input', 'The email address is not valid.', { field: 'email' }));
    }
    return this.#serial(async () => {
      const records = this.#readOrders();
      let record = records[input.idempotencyKey];
      if (record?.order) return record.order;
      let order: VOrder | null;
      if (record) {
        // A retry: find the order the first attempt worked on, and go on from where it stopped.
        const active = await this.#activeOrder();
        order = active?.code === record.code ? active : await this.#orderByCode(record.code);
        if (!order) {
          // Neither the active order nor a placed one this session may see: forget it, so the shopper can start
          // again from the current cart (an order placed meanwhile has emptied that cart, so none is made twice).
          this.#forgetOrder(input.idempotencyKey);
          throw new CommerceError('cart-changed', `Order ${record.code} of an earlier attempt was not found.`);
        }
      } else {
        order = await this.#activeOrder();
        if (!order || order.lines.length === 0) throw new CommerceError('invalid-input', 'The cart is empty.', { field: 'cart' });
        const cart = await this.#toCart(order);
        if (input.cartRevision !== undefined && input.cartRevision !== cart.revision) {
          throw new CommerceError('cart-changed', 'The cart changed after it was reviewed.');
        }
        const problem = cart.lines.find((l) => l.issue && l.issue.kind !== 'price-changed');
        if (problem) throw new CommerceError('out-of-stock', `"${problem.name}" can no longer be ordered in that quantity.`, { available: problem.available });
        this.#pickupPointFor(input);
        record = { code: order.code, input: withoutRevision(input) };
        this.#writeOrder(input.idempotencyKey, record);
      }
      if (!PLACED_STATES.has(order.state)) {
        // Not placed yet: the shopper may have corrected details since the failed attempt; the order code stays.
        record = { ...record, input: withoutRevision(input) };
        this.#pickupPointFor(input);
      }
      if (!PLACED_STATES.has(order.state)) order = await this.#checkout(order, record, input.idempotencyKey);
      const placed = this.#toOrder(order, record);
      this.#writeOrder(input.idempotencyKey, { ...record, order: placed });
      return placed;
    });
  }

  async getOrder(code: string, options?: RequestOptions): Promise<Order> {
    const order = await this.#orderByCode(code, options);
    if (!order) throw new CommerceError('not-found', `No order with code "${code}".`);
    const known = Object.values(this.#readOrders()).find((r) => r.code === code);
    return this.#toOrder(order, known);
  }

  /**
   * The order and its steps from Vendure's order states, fulfilments and history (see progress.ts). With `email`
   * (the guest lookup) it asks the server's `sfOrderByCodeAndEmail` (backend/order-lookup-plugin.mjs: Vendure has no
   * guest lookup of its own); a server without it is asked `orderByCode`, which Vendure answers only for the session
   * that placed the order (and anonymous sessions shortly after), and the email is compared here. A wrong email reads
   * as an unknown code.
   */
  async getOrderProgress(code: string, options: RequestOptions & { email?: string } = {}): Promise<OrderProgress> {
    const trimmed = code.trim();
    const email = options.email?.trim().toLowerCase();
    const notFound = () => new CommerceError('not-found', `No order with code "${trimmed}"${email !== undefined ? ' and that email' : ''}.`);
    if (!trimmed) throw notFound();
    let order: VProgressOrder | null = null;
    if (email !== undefined && this.#guestLookup !== false) {
      try {
        order = (await this.#client.request<{ sfOrderByCodeAndEmail: VProgressOrder | null }>(
          Q.ORDER_PROGRESS_GUEST, { code: trimmed, email }, options,
        )).sfOrderByCodeAndEmail;
        this.#guestLookup = true;
        if (!order) throw notFound();
      } catch (e) {
        // A schema without the lookup refuses the query as invalid: use orderByCode from now on.
        if (!(e instanceof CommerceError) || e.code !== 'malformed-response' || this.#guestLookup) throw e;
        this.#guestLookup = false;
      }
    }
    if (!order) {
      try {
        order = (await this.#client.request<{ orderByCode: VProgressOrder | null }>(Q.ORDER_PROGRESS, { code: trimmed }, options)).orderByCode;
      } catch (e) {
        if (e instanceof CommerceError && e.code === 'not-found') throw notFound();
        throw e;
      }
      if (order && email !== undefined && (order.customer?.emailAddress ?? '').toLowerCase() !== email) order = null;
    }
    if (!order || order.active) throw notFound();
    const known = Object.values(this.#readOrders()).find((r) => r.code === order.code);
    const placed = this.#toOrder(order, known);
    const parcel = latestFulfilment(order);
    return {
      order: placed,
      events: orderEvents(order, placed.deliveryMethod.kind),
      ...(parcel?.method ? { carrier: parcel.method } : {}),
    };
  }

  async #storeAvailability(variantId: string, options: RequestOptions & { quantity?: number } = {}): Promise<readonly StoreAvailability[]> {
    let data: { sfStoreAvailability: VStoreAvailability | null };
    try {
      data = await this.#client.request<typeof data>(STORE_AVAILABILITY, { id: variantId }, options);
    } catch (e) {
      if (e instanceof CommerceError && e.code === 'malformed-response' && e.message.includes(STORE_AVAILABILITY_FIELD)) {
        throw new CommerceError('malformed-response', `This Vendure Shop API has no ${STORE_AVAILABILITY_FIELD}: add the store availability plugin (backend/store-availability-plugin.mjs) to the server, or leave the adapter's storeAvailability option off.`, { retryable: false, cause: e });
      }
      throw e;
    }
    if (!data.sfStoreAvailability) throw new CommerceError('not-found', `No variant with id "${variantId}".`);
    return toStoreAvailability(data.sfStoreAvailability, new Date(this.#clock.now()), options.quantity);
  }

  // ---------- internals ----------

  /** The checkout steps still to do for this order, in Vendure's order. */
  async #checkout(start: VOrder, record: OrderRecord, key: string): Promise<VOrder> {
    let order = start;
    const { input } = record;
    if (order.state === 'AddingItems') {
      const { firstName, lastName } = splitName(input.shippingAddress.name);
      await this.#orderOrThrow(Q.SET_CUSTOMER, {
        input: { emailAddress: input.contact.email, firstName, lastName, phoneNumber: input.contact.phone },
      }, 'setCustomerForOrder');
      const home = this.#vendureAddress(input.shippingAddress, input.contact);
      const point = this.#pickupPointFor(input);
      // Goods for a pickup point or store go there: it is the shipping address; the shopper's own is the billing one.
      const shipping = point
        ? { ...this.#vendureAddress({ ...point.address, name: input.shippingAddress.name }, input.contact), company: point.name, streetLine2: `Pickup point ${point.id}` }
        : home;
      const data = await this.#client.request<{ setOrderShippingAddress: VOrderResult; setOrderBillingAddress: VOrderResult }>(
        Q.SET_ADDRESSES, { shipping, billing: home }, { mutation: true },
      );
      if (isErrorResult(data.setOrderShippingAddress)) throw toCommerceErrorFromResult(data.setOrderShippingAddress);
      if (isErrorResult(data.setOrderBillingAddress)) throw toCommerceErrorFromResult(data.setOrderBillingAddress);
      const methods = await this.#client.request<{ eligibleShippingMethods: { id: string; code: string }[] }>(Q.SHIPPING_METHODS);
      const method = methods.eligibleShippingMethods.find((m) => m.code === input.deliveryMethodId);
      if (!method) throw new CommerceError('invalid-input', `Unknown delivery method "${input.deliveryMethodId}".`, { field: 'deliveryMethod' });
      await this.#orderOrThrow(Q.SET_SHIPPING_METHOD, { ids: [method.id] }, 'setOrderShippingMethod');
      order = await this.#orderOrThrow(Q.TRANSITION, { state: 'ArrangingPayment' }, 'transitionOrderToState');
    }
    if (order.state === 'ArrangingPayment') {
      const payment = (await this.getPaymentMethods()).find((p) => p.id === input.paymentMethodId);
      if (!payment) throw new CommerceError('invalid-input', `Unknown payment method "${input.paymentMethodId}".`, { field: 'paymentMethod' });
      record.paymentMethod = payment;
      this.#writeOrder(key, record);
      const paid = await this.#mutate(Q.ADD_PAYMENT, { input: { method: payment.id, metadata: {} } }, 'addPaymentToOrder', true);
      if (isErrorResult(paid)) {
        // A declined payment leaves the order in ArrangingPayment, where its cart cannot change: reopen it.
        await this.#mutate(Q.TRANSITION, { state: 'AddingItems' }, 'transitionOrderToState', true).catch(() => undefined);
        throw toCommerceErrorFromResult(paid);
      }
      order = paid;
    }
    if (!PLACED_STATES.has(order.state)) {
      throw new CommerceError('payment-declined', `Order ${order.code} is in state ${order.state} after payment.`);
    }
    return order;
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #activeOrder(options?: RequestOptions): Promise<VOrder | null> {
    return (await this.#client.request<{ activeOrder: VOrder | null }>(Q.ACTIVE_ORDER, {}, options)).activeOrder;
  }

  async #orderByCode(code: string, options?: RequestOptions): Promise<VOrder | null> {
    try {
      return (await this.#client.request<{ orderByCode: VOrder | null }>(Q.ORDER_BY_CODE, { code }, options)).orderByCode;
    } catch (e) {
      if (e instanceof CommerceError && e.code === 'not-found') return null;
      throw e;
    }
  }

  async #mutate(document: string, variables: Record<string, unknown>, field: string, allowError = false): Promise<VOrderResult> {
    const data = await this.#client.request<Record<string, VOrderResult | null>>(document, variables, { mutation: true });
    const result = data[field];
    if (!result) throw new CommerceError('cart-changed', `Vendure ${field} found no active order.`);
    if (isErrorResult(result) && !allowError) throw toCommerceErrorFromResult(result);
    return result;
  }

  async #orderOrThrow(document: string, variables: Record<string, unknown>, field: string): Promise<VOrder> {
    return (await this.#mutate(document, variables, field)) as VOrder;
  }

  /** Puts a variant's line back to `quantity` (0 removes it) after Vendure partly applied a change. */
  async #restoreLine(variantId: string, quantity: number): Promise<void> {
    const line = (await this.#activeOrder())?.lines.find((l) => l.productVariant.id === variantId);
    if (!line || line.quantity === quantity) return;
    if (quantity === 0) await this.#mutate(Q.REMOVE_LINE, { lineId: line.id }, 'removeOrderLine', true);
    else await this.#mutate(Q.ADJUST_LINE, { lineId: line.id, quantity }, 'adjustOrderLine', true);
  }

  #assertQuantity(quantity: number): void {
    if (!Number.isSafeInteger(quantity) || quantity < 1) {
      throw new CommerceError('invalid-quantity', `Quantity must be a whole number of at least 1, got ${String(quantity)}.`, { field: 'quantity' });
    }
  }

  #assertPostalCode(postalCode: string): void {
    if (!this.#postalCode.test(postalCode.trim())) {
      throw new CommerceError('invalid-input', `"${postalCode}" is not a valid postal code.`, { field: 'postalCode' });
    }
  }

  #deliveryMapping(code: string): VendureDeliveryMapping {
    return this.#delivery[code] ?? fallbackMapping(code);
  }

  #pickupPointFor(input: Pick<PlaceOrderInput, 'deliveryMethodId' | 'pickupPointId'>): PickupPoint | undefined {
    if (this.#deliveryMapping(input.deliveryMethodId).kind === 'home') return undefined;
    const point = this.#pickupPoints.find((p) => p.id === input.pickupPointId && p.methodId === input.deliveryMethodId);
    if (!point) throw new CommerceError('invalid-input', 'Choose a pickup point for this delivery method.', { field: 'pickupPoint' });
    return point;
  }

  #toDeliveryMethod(code: string, name: string, description: string, priceWithTax: number, currency: string): DeliveryMethod {
    const m = this.#deliveryMapping(code);
    return {
      id: code,
      kind: m.kind,
      name,
      carrier: m.carrier ?? (description || name),
      price: money(priceWithTax, currency),
      ...(m.freeFrom !== undefined ? { freeFrom: money(m.freeFrom, currency) } : {}),
      promise: m.promise,
    };
  }

  #toPaymentMethod(code: string, name: string): PaymentMethod {
    return { id: code, kind: this.#paymentKinds[code] ?? guessPaymentKind(code), name };
  }

  #vendureAddress(a: Address, contact: Contact) {
    return {
      fullName: a.name, streetLine1: a.street, postalCode: a.postalCode, city: a.city, countryCode: a.country,
      phoneNumber: contact.phone,
    };
  }

  /** The channel's currency (Vendure's `activeChannel`), for amounts that come without an order. */
  #channelCurrency(options?: RequestOptions): Promise<string> {
    this.#currency ??= this.#client.request<{ activeChannel: { defaultCurrencyCode?: string; currencyCode?: string } }>(
      Q.ACTIVE_CHANNEL, {}, options,
    ).then((d) => d.activeChannel.defaultCurrencyCode ?? d.activeChannel.currencyCode ?? 'EUR');
    this.#currency.catch(() => (this.#currency = undefined));
    return this.#currency;
  }

  /** The cart of an order (or the empty cart), with a revision that grows whenever its content changes. */
  async #toCart(order: VOrder | null): Promise<Cart> {
    if (!order || !order.active) {
      const c = await this.#channelCurrency();
      return {
        id: '', lines: [], itemCount: 0, subtotal: money(0, c), discounts: [], discountTotal: money(0, c), shippingEstimate: null,
        total: money(0, c), vat: money(0, c), currency: c, revision: this.#revision('empty'),
      };
    }
    const t = orderTotals(order, this.#fallbackImage);
    const fingerprint = JSON.stringify([
      order.code, order.lines.map((l) => [l.id, l.quantity, l.unitPriceWithTax]),
      order.couponCodes, order.totalWithTax, order.shippingLines.map((s) => s.shippingMethod.code),
    ]);
    return {
      id: order.code,
      lines: t.lines,
      itemCount: t.lines.reduce((n, l) => n + l.quantity, 0),
      subtotal: t.subtotal,
      discounts: t.discounts,
      discountTotal: t.discountTotal,
      shippingEstimate: t.shipping,
      total: t.total,
      vat: t.vat,
      currency: order.currencyCode,
      revision: this.#revision(fingerprint),
    };
  }

  #revision(fingerprint: string): number {
    const key = `${this.#key}:revision`;
    let stored: RevisionRecord = { fingerprint: '', revision: 0 };
    try {
      stored = (JSON.parse(this.#storage.get(key) ?? 'null') as RevisionRecord | null) ?? stored;
    } catch {
      // An unreadable counter restarts; revisions only order changes seen from now on.
    }
    if (stored.fingerprint === fingerprint) return stored.revision;
    const next = { fingerprint, revision: stored.revision + 1 };
    this.#storage.set(key, JSON.stringify(next));
    return next.revision;
  }

  #toOrder(order: VOrder, record: OrderRecord | undefined): Order {
    const t = orderTotals(order, this.#fallbackImage);
    const line = order.shippingLines[0];
    const input = record?.input;
    const shippingAddress: Address = input?.shippingAddress ?? this.#kitAddress(order.billingAddress ?? order.shippingAddress);
    // Read on another device there is no record: the pickup point is the one named in the shipping address.
    const pointId = /^Pickup point (.+)$/.exec(order.shippingAddress?.streetLine2 ?? '')?.[1];
    const pickupPoint = input ? this.#pickupPointFor(input) : this.#pickupPoints.find((p) => p.id === pointId);
    const payment = order.payments?.[0];
    return {
      id: order.id,
      code: order.code,
      status: orderStatus(order.state),
      placedAt: order.orderPlacedAt ?? order.updatedAt,
      lines: t.lines,
      subtotal: t.subtotal,
      discountTotal: t.discountTotal,
      shipping: t.shipping ?? money(0, order.currencyCode),
      total: t.total,
      vat: t.vat,
      currency: order.currencyCode,
      contact: input?.contact ?? { email: order.customer?.emailAddress ?? '', phone: order.customer?.phoneNumber ?? '' },
      shippingAddress,
      deliveryMethod: line
        ? this.#toDeliveryMethod(line.shippingMethod.code, line.shippingMethod.name, line.shippingMethod.description, line.priceWithTax, order.currencyCode)
        : this.#toDeliveryMethod(input?.deliveryMethodId ?? 'home', input?.deliveryMethodId ?? '', '', 0, order.currencyCode),
      ...(pickupPoint ? { pickupPoint } : {}),
      paymentMethod: record?.paymentMethod ?? this.#toPaymentMethod(payment?.method ?? input?.paymentMethodId ?? '', payment?.method ?? ''),
    };
  }

  #kitAddress(a: VAddress | null): Address {
    return {
      name: a?.fullName ?? '', street: a?.streetLine1 ?? '', postalCode: a?.postalCode ?? '', city: a?.city ?? '',
      country: a?.countryCode ?? '',
    };
  }

  #readOrders(): Record<string, OrderRecord> {
    try {
      return (JSON.parse(this.#storage.get(`${this.#key}:orders`) ?? 'null') as Record<string, OrderRecord> | null) ?? {};
    } catch {
      return {};
    }
  }

  #forgetOrder(key: string): void {
    const all = this.#readOrders();
    delete all[key];
    this.#storage.set(`${this.#key}:orders`, JSON.stringify(all));
  }

  #writeOrder(key: string, record: OrderRecord): void {
    const all = this.#readOrders();
    delete all[key];
    all[key] = record;
    // Keep the most recent records: a retry comes within minutes, not after dozens of orders.
    const keys = Object.keys(all);
    for (const old of keys.slice(0, Math.max(0, keys.length - 20))) delete all[old];
    this.#storage.set(`${this.#key}:orders`, JSON.stringify(all));
  }
}
