import { IMAGES } from './images.js';
import type { CommerceAdapter } from '../../core/adapter.js';
import { CommerceError } from '../../core/errors.js';
import type {
  AddLineInput, Cart, CartLine, CartWriteOptions, Category, Compensation, DeliveryMethod, FeedbackInput, Lateness, LineIssue,
  ListQuery, Order, OrderProgress, Page, PaymentMethod, PickupPoint, PlaceOrderInput, Product, RequestOptions,
  StoreAvailability, Variant,
} from '../../core/model.js';
import { systemClock, type Clock } from '../../core/clock.js';
import { dateOfDay, dayNumber, zonedDate } from '../../core/delivery/dates.js';
import { simulateProgress, type OrderFate } from './progress.js';
import { priceCart, type PricedLineInput } from '../../core/cart.js';
import { orderableQuantity } from '../../core/catalogue.js';
import { money, multiplyMoney, type Money } from '../../core/money.js';
import { localStore, type SafeStorage } from '../../core/storage.js';
import {
  CART_COOKIE_MAX_VALUE, cartCookieName, cartSetCookie, decodeCartCookie, documentCookieJar, encodeCartCookie, readCookie,
  type CartCookieOptions, type CookieJar,
} from './cart-cookie.js';
import { listCatalog } from '../../core/list-catalog.js';
import { storeAvailability } from '../../core/store-availability.js';
import {
  DELIVERY_METHODS, DISCOUNT_RULES, FREE_SHIPPING_THRESHOLD, PAYMENT_METHODS, PICKUP_POINTS, STORES, demoCatalog,
  type ImageName, type LocalCatalog, type LocalDiscountRule, type LocalStore,
} from './catalog.js';

/** The adapter methods that fault injection can target. */
export type AdapterMethod = Exclude<keyof CommerceAdapter, 'name' | 'subscribe'>;

/** How the embedded backend misbehaves, for tests and stories. */
export interface SimulatedFaults {
  /** Delay before each call answers, in ms. */
  latencyMs?: number;
  /** Methods that fail with a network error (`true`: all of them). */
  fail?: boolean | readonly AdapterMethod[];
  /** Methods whose calls never answer (until aborted). */
  hang?: readonly AdapterMethod[];
  /** Methods that do their work but then fail as if the response was lost (tests idempotency). */
  loseResponse?: readonly AdapterMethod[];
}

export interface LocalCommerceAdapterOptions {
  /** Where the cart and orders persist; defaults to the page's localStorage (memory when unavailable). */
  storage?: SafeStorage;
  /** Key prefix, so that several shops or tests on one origin keep separate carts. */
  storageKey?: string;
  /**
   * Keep the cart in a first-party cookie instead of `storage` (orders stay in `storage`), so that the shop's own
   * server sees the same cart: a form posted without JavaScript, a server-rendered cart page. `true` for the
   * defaults (`sf_cart`, a session cookie, `document.cookie`); a server passes a `requestCookieJar`. A cart
   * whose cookie would pass ~3.8 KB (some 30 lines) refuses the change that would overflow it.
   */
  cartCookie?: boolean | CartCookieOptions;
  /**
   * What the shop sells: products with their stock, categories, delivery and payment methods, as data. Defaults to
   * the demo bicycle shop; parts left out are the demo's (categories excepted).
   */
  catalog?: LocalCatalog;
  /** Where the demo catalogue's product images live; defaults to the kit's bundled SVGs. Unused with `catalog`. */
  imageBase?: string;
  faults?: SimulatedFaults;
  /** Cross-tab notifications; on by default where BroadcastChannel exists. */
  crossTab?: boolean;
  /**
   * The shop's clock: orders are placed at its time and move forward on it (received, packed, dispatched, …).
   * It also dates the delivery-promise facets. A `ManualClock` makes every step deterministic in tests; a fast
   * clock speeds the demo up.
   */
  clock?: Clock;
  /**
   * The apology for a late order; default €5 off the next order with a code of its own, valid 90 days. `null`:
   * the shop gives none.
   */
  compensation?: ((order: Order, lateness: Lateness) => Compensation | null) | null;
}

/** The embedded shop's default apology: €5 off the next order, a code per order, valid 90 days. */
export function defaultCompensation(order: Order, _lateness: Lateness, now: number): Compensation {
  const today = dayNumber(zonedDate(now, order.deliveryMethod.promise.timeZone));
  return { code: `SORRY-${order.code.replace(/^PP-/, '')}`, amount: money(500, order.currency), validUntil: dateOfDay(today + 90) };
}

/** A cart line as the embedded backend stores it (schema 1). */
interface StoredLine {
  id: string;
  productId: string;
  variantId: string;
  quantity: number;
  /** Unit price when the shopper last touched the line, to flag price changes. */
  priceAtAdd: number;
}

/** The cart as the embedded backend stores it under `<storageKey>:cart`. */
interface StoredCart {
  schema: 1;
  id: string;
  revision: number;
  lines: StoredLine[];
  codes: string[];
}

interface StoredOrders {
  schema: 1;
  /** Orders by idempotency key. */
  byKey: Record<string, Order>;
  /** What happens to each order after it is placed, by order code (test and demo hooks). */
  fates?: Record<string, OrderFate>;
  /** Compensation given, by order code: the same late order always gets the same apology. */
  compensations?: Record<string, Compensation | null>;
}

const SCHEMA = 1;
/** How many recent cart changes keep their answer for a retry with the same idempotency key. */
const WRITES_KEPT = 50;

const defaultImageUrl = (name: ImageName) => IMAGES[name];

function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `${prefix}${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 8).toUpperCase()}`;
}

function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{Diacritic}/gu, '');
}

/**
 * The embedded backend: a Nordic bicycle shop that runs in the page, persists the cart in localStorage
 * (schema-versioned, degrading to memory with one warning) and keeps open tabs in step. It can be told to be slow,
 * to fail or to hang, per method, for tests and stories.
 */
export class LocalCommerceAdapter implements CommerceAdapter {
  readonly name = 'local';
  /** Current fault simulation; change it at any time. */
  faults: SimulatedFaults;
  /** Feedback received, newest last (the embedded backend has nowhere else to send it). */
  readonly feedback: FeedbackInput[] = [];

  readonly #storage: SafeStorage;
  readonly #key: string;
  readonly #products: Map<string, Product>;
  readonly #categories: readonly Category[];
  readonly #delivery: readonly DeliveryMethod[];
  readonly #pickupPoints: readonly PickupPoint[];
  readonly #payments: readonly PaymentMethod[];
  readonly #discounts: readonly LocalDiscountRule[];
  readonly #freeFrom: Money | null;
  readonly #stores: readonly LocalStore[];
  readonly #listeners = new Set<(cart: Cart) => void>();
  readonly #clock: Clock;
  readonly #compensation: LocalCommerceAdapterOptions['compensation'];
  #channel: BroadcastChannel | undefined;
  #memoryCart: StoredCart | undefined;
  readonly #cookie: (CartCookieOptions & { jar: CookieJar; name: string }) | undefined;
  #cookieWarned = false;
  /** The cart right after each recent keyed change was applied, by idempotency key (oldest first). */
  readonly #applied = new Map<string, Cart>();
  /** Keyed changes on their way, so a retry that overtakes its first attempt waits for it. */
  readonly #writing = new Map<string, Promise<unknown>>();
  #onStorage = (e: StorageEvent) => {
    if (e.key === this.#cartKey) this.#notifyExternal();
  };

  constructor(options: LocalCommerceAdapterOptions = {}) {
    this.#storage = options.storage ?? localStore('the cart storage (localStorage)');
    this.#key = options.storageKey ?? 'sf-kit';
    if (options.cartCookie) {
      const given = options.cartCookie === true ? {} : options.cartCookie;
      this.#cookie = { ...given, name: cartCookieName(given), jar: given.jar ?? documentCookieJar() };
    }
    this.faults = options.faults ?? {};
    this.#clock = options.clock ?? systemClock;
    this.#compensation = options.compensation === undefined
      ? (order, lateness) => defaultCompensation(order, lateness, this.#clock.now())
      : options.compensation;
    const base = options.imageBase;
    const catalog = options.catalog ?? demoCatalog(base ? (n) => `${base.replace(/\/$/, '')}/${n}.svg` : defaultImageUrl);
    this.#products = new Map(catalog.products.map((p) => [p.id, p]));
    this.#categories = catalog.categories ?? [];
    this.#delivery = catalog.deliveryMethods ?? DELIVERY_METHODS;
    this.#pickupPoints = catalog.pickupPoints ?? PICKUP_POINTS;
    this.#payments = catalog.paymentMethods ?? PAYMENT_METHODS;
    this.#discounts = catalog.discountRules ?? DISCOUNT_RULES;
    this.#freeFrom = catalog.freeShippingThreshold === undefined ? FREE_SHIPPING_THRESHOLD : catalog.freeShippingThreshold;
    this.#stores = catalog.stores ?? STORES;
    if (options.crossTab !== false && typeof BroadcastChannel !== 'undefined') {
      this.#channel = new BroadcastChannel(`${this.#key}:cart`);
      this.#channel.onmessage = (e: MessageEvent<{ cart?: StoredCart }>) => {
        // Storage may be degraded to memory in this tab: take the state from the message then.
        if (this.#storage.degraded && e.data.cart) this.#memoryCart = e.data.cart;
        this.#notifyExternal();
      };
    }
    if (typeof addEventListener === 'function') addEventListener('storage', this.#onStorage);
  }

  /** Stops cross-tab listening (tests create many adapters). */
  dispose(): void {
    this.#channel?.close();
    this.#channel = undefined;
    if (typeof removeEventListener === 'function') removeEventListener('storage', this.#onStorage);
    this.#listeners.clear();
  }

  // ---------- test and story hooks: they change the "backend", as a real shop's admin would ----------

  /** Changes a variant's stock (e.g. to flag a cart line whose stock dropped). */
  setStock(variantId: string, stock: number): void {
    this.#updateVariant(variantId, (v) => ({ ...v, stock }));
  }

  /** Changes a variant's price (e.g. to test "price changed before you pay"). */
  setPrice(variantId: string, cents: number): void {
    this.#updateVariant(variantId, (v) => ({ ...v, price: money(cents, v.price.currency) }));
  }

  /** Removes a product from the catalogue (e.g. to flag a cart line whose product disappeared). */
  removeProduct(productId: string): void {
    this.#products.delete(productId);
  }

  /**
   * Replaces the cart's lines in one write (e.g. a bench's cart of 500 lines), each checked like `addLine`; the
   * stored format stays this adapter's own business.
   */
  seedCart(lines: readonly { productId: string; variantId: string; quantity?: number }[]): Cart {
    const stored: StoredLine[] = lines.map((l, i) => {
      const { variant } = this.#find(l.productId, l.variantId);
      const quantity = l.quantity ?? 1;
      this.#assertQuantity(quantity);
      this.#assertAvailable(variant, quantity);
      return { id: `L${i}${randomId('')}`, productId: l.productId, variantId: l.variantId, quantity, priceAtAdd: variant.price.amount };
    });
    const cart = this.#readCart();
    this.#write({ ...cart, revision: cart.revision + 1, lines: stored, codes: [] });
    return this.#view(this.#readCart());
  }

  /** Every order placed through this storage, oldest first. */
  orders(): Order[] {
    return Object.values(this.#readOrders().byKey).sort((a, b) => a.placedAt.localeCompare(b.placedAt));
  }

  /**
   * Decides what happens to a placed order from now on: late by `shift` days, early, cancelled, collected or
   * returned (see {@link OrderFate}). Orders without a fate arrive on the promised earliest day.
   */
  setOrderFate(code: string, fate: OrderFate): void {
    const orders = this.#readOrders();
    orders.fates = { ...orders.fates, [code]: fate };
    this.#storage.set(`${this.#key}:orders`, JSON.stringify(orders));
  }

  /** Products as plain data, for stories and seeds. */
  allProducts(): Product[] {
    return [...this.#products.values()];
  }

  // ---------- catalogue ----------

  async getProduct(id: string, options?: RequestOptions): Promise<Product> {
    await this.#enter('getProduct', options);
    const product = this.#products.get(id);
    if (!product) throw new CommerceError('not-found', `No product with id "${id}".`);
    return product;
  }

  async listProducts(query: ListQuery = {}, options?: RequestOptions): Promise<Page<Product>> {
    await this.#enter('listProducts', options);
    return listCatalog([...this.#products.values()], query, {
      promise: { now: new Date(this.#clock.now()), methods: DELIVERY_METHODS },
      categoryNames: new Map(this.#flatCategories().map((c) => [c.id, c.name])),
    });
  }

  async getCategoryTree(options?: RequestOptions): Promise<readonly Category[]> {
    await this.#enter('getCategoryTree', options);
    return this.#categories;
  }

  async search(text: string, options: RequestOptions & { limit?: number } = {}): Promise<Page<Product>> {
    await this.#enter('search', options);
    const terms = fold(text).split(/\s+/).filter(Boolean);
    if (terms.length === 0) return { items: [], total: 0 };
    const names = new Map(this.#flatCategories().map((c) => [c.id, c.name]));
    const hits = [...this.#products.values()].filter((p) => {
      const haystack = fold([p.name, p.brand ?? '', p.description, ...p.categoryIds.map((c) => names.get(c) ?? '')].join(' '));
      return terms.every((t) => haystack.includes(t));
    });
    // Name matches first: what the shopper typed is most likely the product's name.
    hits.sort((a, b) => Number(fold(b.name).includes(terms[0]!)) - Number(fold(a.name).includes(terms[0]!)));
    return { items: hits.slice(0, options.limit ?? 10), total: hits.length };
  }

  async getRelatedProducts(productIds: readonly string[], options?: RequestOptions): Promise<readonly Product[]> {
    await this.#enter('getRelatedProducts', options);
    const exclude = new Set(productIds);
    const related = new Set<string>();
    for (const id of productIds) for (const r of this.#products.get(id)?.relatedIds ?? []) if (!exclude.has(r)) related.add(r);
    return [...related].map((id) => this.#products.get(id)).filter((p): p is Product => !!p && p.variants.some((v) => v.stock > 0));
  }

  /** Shelf stock per store and pickup times on the shop's clock (see `LocalStore` for where shelf stock comes from). */
  async getStoreAvailability(variantId: string, options: RequestOptions & { quantity?: number } = {}): Promise<readonly StoreAvailability[]> {
    await this.#enter('getStoreAvailability', options);
    const variant = [...this.#products.values()].flatMap((p) => p.variants).find((v) => v.id === variantId);
    if (!variant) throw new CommerceError('not-found', `No variant with id "${variantId}".`);
    const now = new Date(this.#clock.now());
    return this.#stores.map((store) => storeAvailability(store, {
      now, variant, quantity: options.quantity,
      shelf: store.stock?.[variantId] ?? Math.floor(Math.max(0, variant.stock) * (store.share ?? 0)),
    }));
  }

  // ---------- cart ----------

  async getCart(options?: RequestOptions): Promise<Cart> {
    await this.#enter('getCart', options);
    return this.#view(this.#readCart());
  }

  /**
   * Adds to the cart. A change with an `idempotencyKey` this adapter has already applied (one of its last 50) is
   * not applied again: the call answers with the cart as it was right after the first one, even when that first
   * call's answer was lost or it is still on its way. Keys are remembered in memory, per adapter (per page).
   */
  addLine(input: AddLineInput, options: CartWriteOptions = {}): Promise<Cart> {
    return this.#keyed(options.idempotencyKey, 'addLine', async (key) => {
      await this.#enter('addLine');
      const { product, variant } = this.#find(input.productId, input.variantId);
      this.#assertQuantity(input.quantity);
      return this.#mutate('addLine', (cart) => this.#add(cart, product, variant, input.quantity), key);
    });
  }

  #add(cart: StoredCart, product: Product, variant: Variant, quantity: number): void {
    const existing = cart.lines.find((l) => l.variantId === variant.id);
    this.#assertAvailable(variant, quantity, existing?.quantity ?? 0);
    if (existing) {
      existing.quantity += quantity;
      existing.priceAtAdd = variant.price.amount;
    } else {
      cart.lines.push({ id: randomId('L'), productId: product.id, variantId: variant.id, quantity, priceAtAdd: variant.price.amount });
    }
  }

  /** Sets a line's quantity; a repeated `idempotencyKey` is answered as in `addLine`, without applying it again. */
  setQuantity(lineId: string, quantity: number, options: CartWriteOptions = {}): Promise<Cart> {
    return this.#keyed(options.idempotencyKey, 'setQuantity', async (key) => {
      await this.#enter('setQuantity');
      this.#assertQuantity(quantity);
      return this.#mutate('setQuantity', (cart) => {
        const line = this.#line(cart, lineId);
        const { variant } = this.#find(line.productId, line.variantId);
        this.#assertAvailable(variant, quantity);
        line.quantity = quantity;
        line.priceAtAdd = variant.price.amount;
      }, key);
    });
  }

  /**
   * Runs a cart change at most once per idempotency key: a retry waits for an attempt still on its way, then answers
   * with the remembered cart if the change was applied (even if that attempt lost its answer), else tries again.
   */
  #keyed(key: string | undefined, method: AdapterMethod, work: (key: string | undefined) => Promise<Cart>): Promise<Cart> {
    if (key === undefined) return work(undefined);
    const earlier = this.#writing.get(key);
    const run = (async () => {
      if (earlier) await earlier.catch(() => undefined);
      const applied = this.#applied.get(key);
      if (!applied) return work(key);
      // The retry is a call too: it takes as long, and can fail or lose its answer, as any other.
      await this.#enter(method);
      this.#leave(method);
      return structuredClone(applied);
    })();
    this.#writing.set(key, run);
    void run.then(
      () => this.#writing.get(key) === run && this.#writing.delete(key),
      () => this.#writing.get(key) === run && this.#writing.delete(key),
    );
    return run;
  }

  async removeLine(lineId: string): Promise<Cart> {
    await this.#enter('removeLine');
    return this.#mutate('removeLine', (cart) => {
      this.#line(cart, lineId);
      cart.lines = cart.lines.filter((l) => l.id !== lineId);
    });
  }

  async applyDiscountCode(code: string): Promise<Cart> {
    await this.#enter('applyDiscountCode');
    const normalised = code.trim().toUpperCase();
    const rule = this.#discounts.find((r) => r.code === normalised);
    if (!rule) throw new CommerceError('invalid-discount-code', `Unknown discount code "${code}".`, { field: 'discountCode' });
    if (rule.expired) throw new CommerceError('expired-discount-code', `Discount code "${code}" has expired.`, { field: 'discountCode' });
    return this.#mutate('applyDiscountCode', (cart) => {
      const subtotal = this.#view(cart).subtotal.amount;
      if (rule.minSubtotal && subtotal < rule.minSubtotal) {
        throw new CommerceError('invalid-discount-code', `Code "${code}" needs a subtotal of at least ${rule.minSubtotal} cents.`, { field: 'discountCode' });
      }
      if (!cart.codes.includes(rule.code)) cart.codes.push(rule.code);
    });
  }

  async removeDiscountCode(code: string): Promise<Cart> {
    await this.#enter('removeDiscountCode');
    return this.#mutate('removeDiscountCode', (cart) => {
      cart.codes = cart.codes.filter((c) => c !== code.trim().toUpperCase());
    });
  }

  subscribe(listener: (cart: Cart) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ---------- delivery and checkout ----------

  async getDeliveryMethods(query: { postalCode?: string } = {}, options?: RequestOptions): Promise<readonly DeliveryMethod[]> {
    await this.#enter('getDeliveryMethods', options);
    if (query.postalCode !== undefined && !/^\d{5}$/.test(query.postalCode.trim())) {
      throw new CommerceError('invalid-input', `"${query.postalCode}" is not a Finnish postal code.`, { field: 'postalCode' });
    }
    return this.#delivery;
  }

  async getPickupPoints(query: { postalCode: string; methodId?: string }, options?: RequestOptions): Promise<readonly PickupPoint[]> {
    await this.#enter('getPickupPoints', options);
    const code = query.postalCode.trim();
    if (!/^\d{5}$/.test(code)) {
      throw new CommerceError('invalid-input', `"${query.postalCode}" is not a Finnish postal code.`, { field: 'postalCode' });
    }
    // Postal codes grow outwards from Helsinki: their difference is a fair stand-in for distance here.
    return this.#pickupPoints.filter((p) => !query.methodId || p.methodId === query.methodId)
      .map((p) => ({ ...p, distanceMeters: Math.abs(Number(p.address.postalCode) - Number(code)) * 12 + 300 }))
      .sort((a, b) => a.distanceMeters - b.distanceMeters);
  }

  async getPaymentMethods(options?: RequestOptions): Promise<readonly PaymentMethod[]> {
    await this.#enter('getPaymentMethods', options);
    return this.#payments;
  }

  async placeOrder(input: PlaceOrderInput): Promise<Order> {
    await this.#enter('placeOrder');
    const orders = this.#readOrders();
    const previous = orders.byKey[input.idempotencyKey];
    if (previous) return previous;
    const stored = this.#readCart();
    const cart = this.#view(stored);
    if (cart.lines.length === 0) throw new CommerceError('invalid-input', 'The cart is empty.', { field: 'cart' });
    if (input.cartRevision !== undefined && input.cartRevision !== cart.revision) {
      throw new CommerceError('cart-changed', 'The cart changed after it was reviewed.');
    }
    const problem = cart.lines.find((l) => l.issue && l.issue.kind !== 'price-changed');
    if (problem) throw new CommerceError('out-of-stock', `"${problem.name}" can no longer be ordered in that quantity.`, { available: problem.available });
    const method = this.#delivery.find((m) => m.id === input.deliveryMethodId);
    if (!method) throw new CommerceError('invalid-input', `Unknown delivery method "${input.deliveryMethodId}".`, { field: 'deliveryMethod' });
    const pickupPoint = this.#pickupPoints.find((p) => p.id === input.pickupPointId);
    if (method.kind !== 'home' && pickupPoint?.methodId !== method.id) {
      throw new CommerceError('invalid-input', 'Choose a pickup point for this delivery method.', { field: 'pickupPoint' });
    }
    const payment = this.#payments.find((p) => p.id === input.paymentMethodId);
    if (!payment) throw new CommerceError('invalid-input', `Unknown payment method "${input.paymentMethodId}".`, { field: 'paymentMethod' });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.contact.email)) {
      throw new CommerceError('invalid-input', 'The email address is not valid.', { field: 'email' });
    }
    const afterDiscount = cart.subtotal.amount - cart.discountTotal.amount;
    const shipping = method.freeFrom && afterDiscount >= method.freeFrom.amount ? money(0) : method.price;
    const totals = this.#totals(stored, shipping);
    const order: Order = {
      id: randomId('O'),
      code: randomId('PP-'),
      status: 'placed',
      placedAt: new Date(this.#clock.now()).toISOString(),
      lines: cart.lines,
      subtotal: totals.subtotal,
      discountTotal: totals.discountTotal,
      shipping,
      total: totals.total,
      vat: totals.vat,
      currency: cart.currency,
      contact: { ...input.contact },
      shippingAddress: { ...input.shippingAddress },
      deliveryMethod: method,
      ...(pickupPoint ? { pickupPoint } : {}),
      paymentMethod: payment,
    };
    orders.byKey[input.idempotencyKey] = order;
    this.#storage.set(`${this.#key}:orders`, JSON.stringify(orders));
    // A placed order empties the cart: a fresh cart id, so other tabs see it too.
    this.#write({ schema: SCHEMA, id: randomId('C'), revision: stored.revision + 1, lines: [], codes: [] });
    this.#leave('placeOrder');
    return order;
  }

  async getOrder(code: string, options?: RequestOptions): Promise<Order> {
    await this.#enter('getOrder', options);
    const order = this.orders().find((o) => o.code === code);
    if (!order) throw new CommerceError('not-found', `No order with code "${code}".`);
    return order;
  }

  async getOrderProgress(code: string, options: RequestOptions & { email?: string } = {}): Promise<OrderProgress> {
    await this.#enter('getOrderProgress', options);
    const order = this.orders().find((o) => o.code === code.trim().toUpperCase());
    // A wrong email reads exactly as an unknown code, so a guest lookup cannot probe which codes exist.
    if (!order || (options.email !== undefined && options.email.trim().toLowerCase() !== order.contact.email.toLowerCase())) {
      throw new CommerceError('not-found', `No order with code "${code}" and that email.`);
    }
    return simulateProgress(order, this.#readOrders().fates?.[order.code] ?? {}, this.#clock.now());
  }

  async compensationFor(order: Order, lateness: Lateness): Promise<Compensation | null> {
    await this.#enter('compensationFor');
    const orders = this.#readOrders();
    const given = orders.compensations?.[order.code];
    if (given !== undefined) return given;
    const compensation = this.#compensation?.(order, lateness) ?? null;
    orders.compensations = { ...orders.compensations, [order.code]: compensation };
    this.#storage.set(`${this.#key}:orders`, JSON.stringify(orders));
    return compensation;
  }

  async submitFeedback(input: FeedbackInput): Promise<void> {
    await this.#enter('submitFeedback');
    if (input.id && this.feedback.some((f) => f.id === input.id)) return;
    this.feedback.push({ ...input });
  }

  // ---------- internals ----------

  get #cartKey(): string {
    return `${this.#key}:cart`;
  }

  async #enter(method: AdapterMethod, options?: RequestOptions): Promise<void> {
    const { latencyMs = 0, fail, hang } = this.faults;
    const signal = options?.signal;
    if (signal?.aborted) throw new CommerceError('timeout', `${method} was aborted.`, { cause: signal.reason });
    if (latencyMs > 0 || hang?.includes(method)) {
      await new Promise<void>((resolve, reject) => {
        const timer = hang?.includes(method) ? undefined : setTimeout(resolve, latencyMs);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new CommerceError('timeout', `${method} was aborted.`, { cause: signal.reason }));
        }, { once: true });
      });
    }
    if (fail === true || (Array.isArray(fail) && fail.includes(method))) {
      throw new CommerceError('network', `Simulated backend failure in ${method}.`);
    }
  }

  /** Called after a mutation did its work: a "lost response" fails now, with the work done. */
  #leave(method: AdapterMethod): void {
    if (this.faults.loseResponse?.includes(method)) {
      throw new CommerceError('network', `Simulated lost response from ${method}.`);
    }
  }

  /** Read-modify-write in one synchronous block, so edits from two tabs to different lines both survive. */
  #mutate(method: AdapterMethod, change: (cart: StoredCart) => void, key?: string): Cart {
    const cart = this.#readCart();
    change(cart);
    cart.revision += 1;
    this.#write(cart);
    const view = this.#view(cart);
    // Remembered before the answer can be lost: the retry then finds the change done.
    if (key !== undefined) {
      this.#applied.set(key, structuredClone(view));
      for (const old of [...this.#applied.keys()].slice(0, Math.max(0, this.#applied.size - WRITES_KEPT))) this.#applied.delete(old);
    }
    this.#leave(method);
    return view;
  }

  #readCart(): StoredCart {
    const fresh = (): StoredCart => ({ schema: SCHEMA, id: randomId('C'), revision: 0, lines: [], codes: [] });
    if (this.#cookie) {
      const value = readCookie(this.#cookie.jar.read(), this.#cookie.name);
      if (value === undefined) return this.#memoryCart ? structuredClone(this.#memoryCart) : fresh();
      const cart = decodeCartCookie(value);
      if (cart) return { schema: SCHEMA, ...cart };
      if (!this.#cookieWarned) {
        this.#cookieWarned = true;
        console.warn(`storefront-elements: the cart cookie "${this.#cookie.name}" could not be read; starting a new cart.`);
      }
      return fresh();
    }
    if (this.#storage.degraded) return structuredClone(this.#memoryCart ?? fresh());
    const raw = this.#storage.get(this.#cartKey);
    if (!raw) return this.#memoryCart ? structuredClone(this.#memoryCart) : fresh();
    try {
      const parsed = JSON.parse(raw) as StoredCart;
      if (parsed.schema !== SCHEMA || !Array.isArray(parsed.lines)) throw new Error(`schema ${String(parsed.schema)}`);
      return parsed;
    } catch (e) {
      console.warn(`storefront-elements: the stored cart could not be read (${String(e)}); starting a new cart.`);
      return fresh();
    }
  }

  #write(cart: StoredCart): void {
    if (this.#cookie) {
      const value = encodeCartCookie(cart);
      // Checked before anything is kept: a change that would not fit is refused, not half-stored.
      if (value.length > CART_COOKIE_MAX_VALUE) {
        throw new CommerceError('invalid-input', `The cart cannot hold more lines (${cart.lines.length}): its cookie would pass ${CART_COOKIE_MAX_VALUE} bytes.`, { field: 'cart' });
      }
      this.#memoryCart = structuredClone(cart);
      this.#cookie.jar.write(cartSetCookie(value, this.#cookie));
      this.#channel?.postMessage({ cart });
      return;
    }
    this.#memoryCart = structuredClone(cart);
    this.#storage.set(this.#cartKey, JSON.stringify(cart));
    this.#channel?.postMessage({ cart });
  }

  #readOrders(): StoredOrders {
    try {
      const parsed = JSON.parse(this.#storage.get(`${this.#key}:orders`) ?? 'null') as StoredOrders | null;
      if (parsed?.schema === SCHEMA) return parsed;
    } catch {
      // Unreadable order history: start again; the orders themselves live in the backend.
    }
    return { schema: SCHEMA, byKey: {} };
  }

  #notifyExternal(): void {
    const cart = this.#view(this.#readCart());
    for (const l of this.#listeners) l(cart);
  }

  #find(productId: string, variantId: string): { product: Product; variant: Variant } {
    const product = this.#products.get(productId);
    const variant = product?.variants.find((v) => v.id === variantId);
    if (!product || !variant) throw new CommerceError('not-found', `No variant "${variantId}" of product "${productId}".`);
    return { product, variant };
  }

  #line(cart: StoredCart, lineId: string): StoredLine {
    const line = cart.lines.find((l) => l.id === lineId);
    if (!line) throw new CommerceError('not-found', `No cart line "${lineId}".`);
    return line;
  }

  #assertQuantity(quantity: number): void {
    if (!Number.isSafeInteger(quantity) || quantity < 1) {
      throw new CommerceError('invalid-quantity', `Quantity must be a whole number of at least 1, got ${String(quantity)}.`, { field: 'quantity' });
    }
  }

  /** `quantity` more units on top of `inCart` must fit what one order may hold. */
  #assertAvailable(variant: Variant, quantity: number, inCart = 0): void {
    if (quantity > orderableQuantity(variant, inCart)) {
      const limit = orderableQuantity(variant);
      throw new CommerceError('out-of-stock', `Only ${limit} of "${variant.sku}" can be ordered.`, { available: limit, field: 'quantity' });
    }
  }

  #updateVariant(variantId: string, change: (v: Variant) => Variant): void {
    for (const [id, p] of this.#products) {
      if (p.variants.some((v) => v.id === variantId)) {
        this.#products.set(id, { ...p, variants: p.variants.map((v) => (v.id === variantId ? change(v) : v)) });
      }
    }
  }

  #flatCategories(list: readonly Category[] = this.#categories): Category[] {
    return list.flatMap((c) => [c, ...this.#flatCategories(c.children)]);
  }

  /** What pricing needs of each stored line that still has a product. */
  #priced(cart: StoredCart): PricedLineInput[] {
    return cart.lines.flatMap((l) => {
      const found = this.#products.get(l.productId)?.variants.find((v) => v.id === l.variantId);
      const product = this.#products.get(l.productId);
      return found && product ? [{ unitPrice: found.price, quantity: l.quantity, vatRate: product.vatRate }] : [];
    });
  }

  #totals(cart: StoredCart, shipping: Money | null) {
    return priceCart(this.#priced(cart), this.#discounts.filter((r) => cart.codes.includes(r.code)), shipping);
  }

  #view(cart: StoredCart): Cart {
    const lines: CartLine[] = cart.lines.map((l) => {
      const product = this.#products.get(l.productId);
      const variant = product?.variants.find((v) => v.id === l.variantId);
      if (!product || !variant) {
        const price = money(l.priceAtAdd);
        return {
          id: l.id, productId: l.productId, variantId: l.variantId, name: l.productId, variantName: '',
          unitPrice: price, quantity: l.quantity, lineTotal: multiplyMoney(price, l.quantity), available: 0,
          minQuantity: 1, maxQuantity: 0, quantityStep: 1, issue: { kind: 'unavailable' },
        };
      }
      const available = orderableQuantity(variant);
      let issue: LineIssue | undefined;
      if (available < l.quantity) issue = { kind: 'stock-reduced', available };
      else if (variant.price.amount !== l.priceAtAdd) issue = { kind: 'price-changed', previous: money(l.priceAtAdd) };
      return {
        id: l.id,
        productId: product.id,
        variantId: variant.id,
        name: product.name,
        variantName: variant.name,
        ...(product.images[0] ? { image: product.images[0] } : {}),
        productSlug: product.slug,
        unitPrice: variant.price,
        quantity: l.quantity,
        lineTotal: multiplyMoney(variant.price, l.quantity),
        available,
        minQuantity: variant.minQuantity ?? 1,
        maxQuantity: Math.max(0, available),
        quantityStep: variant.quantityStep ?? 1,
        ...(issue ? { issue } : {}),
      };
    });
    const sellable = lines.some((l) => l.issue?.kind !== 'unavailable');
    return this.#cartView(cart, lines, sellable);
  }

  /**
   * The cart as the kit sees it: totals with its discount codes, and the cheapest parcel delivery as the shipping
   * estimate (free from the threshold; none while nothing can be sold).
   */
  #cartView(cart: StoredCart, lines: CartLine[], sellable: boolean): Cart {
    const priced = this.#priced(cart);
    const rules = this.#discounts.filter((r) => cart.codes.includes(r.code));
    const base = priceCart(priced, rules, null);
    const afterDiscount = base.subtotal.amount - base.discountTotal.amount;
    const parcels = this.#delivery.filter((m) => m.kind !== 'store');
    const cheapest = parcels.length > 0 ? parcels.reduce((a, b) => (a.price.amount <= b.price.amount ? a : b)) : undefined;
    const free = this.#freeFrom !== null && afterDiscount >= this.#freeFrom.amount;
    const shipping = !sellable || !cheapest ? null : free ? money(0) : cheapest.price;
    const totals = priceCart(priced, rules, shipping);
    return {
      id: cart.id,
      lines,
      itemCount: lines.reduce((n, l) => n + l.quantity, 0),
      subtotal: totals.subtotal,
      discounts: totals.discounts,
      discountTotal: totals.discountTotal,
      shippingEstimate: shipping,
      total: totals.total,
      vat: totals.vat,
      ...(this.#freeFrom ? { freeShippingThreshold: this.#freeFrom } : {}),
      currency: cart.lines.length > 0 ? totals.total.currency : 'EUR',
      revision: cart.revision,
    };
  }
}
