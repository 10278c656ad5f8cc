/**
 * The bench's backend: the embedded bicycle shop with a larger, synthetic catalogue, so that carts of 10, 100 and
 * 500 lines can hold distinct variants (the real catalogue has 32 products with 94 variants).
 *
 * How the lines are made: the catalogue is the real one plus `copies` synthetic copies of each real product
 * (id `<product>~<n>`, name `<name> <n>`, every variant in stock 50, same price, images and VAT). A cart of N lines
 * is written straight into localStorage in the LocalCommerceAdapter's own stored format (schema 1: id, revision,
 * lines of {id, productId, variantId, quantity, priceAtAdd}, codes), one line per distinct synthetic variant.
 * Cart calls then work like the LocalCommerceAdapter's: read the stored JSON, change it, write it back, return the
 * whole priced cart. Delivery, pickup points, payments and categories come from a real LocalCommerceAdapter.
 */
import type { CommerceAdapter } from '../../src/core/adapter.js';
import { CommerceError } from '../../src/core/errors.js';
import { buildCatalog } from '../../src/adapters/local/catalog.js';
import type {
  AddLineInput, Cart, CartLine, Category, DeliveryMethod, ListQuery, Order, Page, PaymentMethod, PickupPoint,
  PlaceOrderInput, Product, RequestOptions, Variant,
} from '../../src/core/model.js';
// Seeded carts use the embedded backend's own stored format and cart view, so they price exactly as it does.
import { LocalCommerceAdapter, localCartView, type StoredCart } from '../../src/adapters/local/local-adapter.js';
import { multiplyMoney } from '../../src/core/money.js';

export interface BenchAdapterOptions {
  storageKey: string;
  /** Synthetic copies of each real product (0: the real catalogue only). */
  copies?: number;
  imageBase?: string;
  /** Delay of every cart call, in ms (0: answers in the next microtask, like the embedded backend). */
  latencyMs?: number;
}

export function syntheticCatalog(copies: number, imageBase: string): Product[] {
  const { products } = buildCatalog((n) => `${imageBase}/${n}.svg`);
  const out: Product[] = [...products];
  for (let n = 1; n <= copies; n++) {
    for (const p of products) {
      out.push({
        ...p,
        id: `${p.id}~${n}`,
        slug: `${p.slug}-${n}`,
        name: `${p.name} ${n}`,
        relatedIds: [],
        variants: p.variants.map((v) => ({ ...v, id: `${v.id}~${n}`, sku: `${v.sku}-${n}`, stock: 50, maxQuantity: 99 })),
      });
    }
  }
  return out;
}

/** Writes a cart of `lines` distinct synthetic variants (quantity 1) into storage under `storageKey`. */
export function seedCart(storageKey: string, products: readonly Product[], lines: number): void {
  const variants = products.filter((p) => p.id.includes('~')).flatMap((p) => p.variants.map((v) => ({ p, v })));
  if (variants.length < lines) throw new Error(`Only ${variants.length} synthetic variants for ${lines} lines.`);
  const cart: StoredCart = {
    schema: 1,
    id: 'CBENCH',
    revision: 1,
    codes: [],
    lines: variants.slice(0, lines).map(({ p, v }, i) => ({ id: `L${i}`, productId: p.id, variantId: v.id, quantity: 1, priceAtAdd: v.price.amount })),
  };
  localStorage.setItem(`${storageKey}:cart`, JSON.stringify(cart));
}

export class BenchAdapter implements CommerceAdapter {
  readonly name = 'bench';
  readonly #inner: LocalCommerceAdapter;
  readonly #products: Map<string, Product>;
  readonly #key: string;
  readonly #latency: number;

  constructor(options: BenchAdapterOptions) {
    const imageBase = options.imageBase ?? '/images';
    this.#inner = new LocalCommerceAdapter({ storageKey: `${options.storageKey}-inner`, crossTab: false, imageBase });
    this.#products = new Map(syntheticCatalog(options.copies ?? 0, imageBase).map((p) => [p.id, p]));
    this.#key = `${options.storageKey}:cart`;
    this.#latency = options.latencyMs ?? 0;
  }

  get products(): Product[] {
    return [...this.#products.values()];
  }

  async getProduct(id: string): Promise<Product> {
    const p = this.#products.get(id);
    if (!p) throw new CommerceError('not-found', `No product "${id}".`);
    return p;
  }

  async listProducts(query: ListQuery = {}): Promise<Page<Product>> {
    let items = [...this.#products.values()].filter((p) => !p.id.includes('~'));
    if (query.categoryId) items = items.filter((p) => p.categoryIds.includes(query.categoryId!));
    const offset = query.offset ?? 0;
    return { items: items.slice(offset, offset + (query.limit ?? items.length)), total: items.length };
  }

  getCategoryTree(options?: RequestOptions): Promise<readonly Category[]> {
    return this.#inner.getCategoryTree(options);
  }

  search(text: string, options?: RequestOptions & { limit?: number }): Promise<Page<Product>> {
    return this.#inner.search(text, options);
  }

  async getRelatedProducts(): Promise<readonly Product[]> {
    return [];
  }

  async getCart(): Promise<Cart> {
    await this.#wait();
    return this.#view(this.#read());
  }

  async addLine(input: AddLineInput): Promise<Cart> {
    await this.#wait();
    const variant = this.#variant(input.productId, input.variantId);
    return this.#mutate((cart) => {
      const existing = cart.lines.find((l) => l.variantId === input.variantId);
      if (existing) existing.quantity += input.quantity;
      else cart.lines.push({ id: `L${Date.now().toString(36)}${cart.revision}`, productId: input.productId, variantId: input.variantId, quantity: input.quantity, priceAtAdd: variant.price.amount });
    });
  }

  async setQuantity(lineId: string, quantity: number): Promise<Cart> {
    await this.#wait();
    return this.#mutate((cart) => {
      const line = cart.lines.find((l) => l.id === lineId);
      if (!line) throw new CommerceError('not-found', `No line "${lineId}".`);
      line.quantity = quantity;
    });
  }

  async removeLine(lineId: string): Promise<Cart> {
    await this.#wait();
    return this.#mutate((cart) => {
      cart.lines = cart.lines.filter((l) => l.id !== lineId);
    });
  }

  applyDiscountCode(code: string): Promise<Cart> {
    return Promise.reject(new CommerceError('invalid-discount-code', `No codes in the bench (${code}).`));
  }

  async removeDiscountCode(): Promise<Cart> {
    return this.getCart();
  }

  getDeliveryMethods(query?: { postalCode?: string }, options?: RequestOptions): Promise<readonly DeliveryMethod[]> {
    return this.#inner.getDeliveryMethods(query, options);
  }

  getPickupPoints(query: { postalCode: string; methodId?: string }, options?: RequestOptions): Promise<readonly PickupPoint[]> {
    return this.#inner.getPickupPoints(query, options);
  }

  getPaymentMethods(options?: RequestOptions): Promise<readonly PaymentMethod[]> {
    return this.#inner.getPaymentMethods(options);
  }

  placeOrder(input: PlaceOrderInput): Promise<Order> {
    return Promise.reject(new CommerceError('network', `The bench places no orders (${input.idempotencyKey}).`));
  }

  async #wait(): Promise<void> {
    if (this.#latency > 0) await new Promise((r) => setTimeout(r, this.#latency));
  }

  #variant(productId: string, variantId: string): Variant {
    const v = this.#products.get(productId)?.variants.find((x) => x.id === variantId);
    if (!v) throw new CommerceError('not-found', `No variant "${variantId}".`);
    return v;
  }

  #read(): StoredCart {
    const raw = localStorage.getItem(this.#key);
    return raw ? (JSON.parse(raw) as StoredCart) : { schema: 1, id: 'CBENCH', revision: 0, lines: [], codes: [] };
  }

  #mutate(change: (cart: StoredCart) => void): Cart {
    const cart = this.#read();
    change(cart);
    cart.revision += 1;
    localStorage.setItem(this.#key, JSON.stringify(cart));
    return this.#view(cart);
  }

  #view(cart: StoredCart): Cart {
    const lines: CartLine[] = cart.lines.map((l) => {
      const product = this.#products.get(l.productId)!;
      const variant = this.#variant(l.productId, l.variantId);
      const available = variant.restockDays ? variant.maxQuantity ?? 99 : Math.min(variant.maxQuantity ?? 99, variant.stock);
      return {
        id: l.id,
        productId: product.id,
        variantId: variant.id,
        name: product.name,
        variantName: variant.name,
        ...(product.images[0] ? { image: product.images[0] } : {}),
        href: `#/product/${product.id}`,
        unitPrice: variant.price,
        quantity: l.quantity,
        lineTotal: multiplyMoney(variant.price, l.quantity),
        available,
        minQuantity: 1,
        maxQuantity: available,
        quantityStep: 1,
      };
    });
    const priced = lines.map((l) => ({ unitPrice: l.unitPrice, quantity: l.quantity, vatRate: this.#products.get(l.productId)!.vatRate }));
    return localCartView(cart, lines, priced, lines.length > 0);
  }
}
