// The adapter conformance suite: what every CommerceAdapter must do for the kit's elements to work on it.
// LocalCommerceAdapter and VendureCommerceAdapter both pass it in the kit's own tests; a shop proves its adapter
// with the same checks (`storefront-elements/testing`), from mocha, node:test or any runner that takes named
// async functions.
//
// The backend must hold the demo bicycle catalogue (`demoCatalog()` / `PRODUCT_SEED` in storefront-elements/local):
// product ids such as 'kypara-aero', the categories, the discount codes WELCOME10 / SUMMER2025 (expired), delivery
// methods home / pickup-point / store, payment methods invoice / card.
import type { CommerceAdapter } from '../core/adapter.js';
import type { Cart, PlaceOrderInput, Product } from '../core/model.js';
import {
  above, atLeast, below, deepEqual, equal, excludesAll, hasProperties, includesAll, matches, ok, oneOf, rejection,
  sameMembers,
} from './assert.js';

/** The calls whose lost answers the suite simulates: the writes that carry an idempotency key. */
export type LossyOperation = 'placeOrder' | 'addLine' | 'setQuantity';

/** One adapter under test, with its own cart/session, and the hooks the suite needs from its backend. */
export interface ContractSubject {
  adapter: CommerceAdapter;
  /** Orders the backend holds for a shopper, found by the unique last name each check uses. */
  countOrders(lastName: string): Promise<number>;
  /**
   * Makes the next `operation` do its work in the backend but lose the response on the way back (wrap the adapter's
   * `fetch` and drop that one answer), so the suite can check that a retry with the same key orders once.
   */
  loseNextResponse(operation: LossyOperation): void;
  /** Called after each check, passed or failed. */
  dispose?(): void | Promise<void>;
}

/**
 * Parts of the contract an adapter may leave pending, by name. `listing`: sort, facet filters and facet counts.
 * `store-availability`: the optional `getStoreAvailability` (stock and pickup per store).
 */
export type ContractPart = 'listing' | 'store-availability';

export interface ContractOptions {
  /** Longest time one check may take, in ms (a real backend over HTTP is slower than the embedded one). */
  timeout?: number;
  /** The backend's prices, when they are not the demo catalogue's euros (a channel in another currency). */
  pricing?: ContractPricing;
  /** Parts of the contract this adapter does not implement yet: reported as pending, by name, rather than hidden. */
  pending?: readonly ContractPart[];
}

/** What the demo catalogue costs on the backend under test, in its currency's minor units. */
export interface ContractPricing {
  currency: string;
  /** The standard VAT rate the backend applies, in percent. */
  vatRate: number;
  /** Catalogue prices (VAT included) are the demo's euro cents times this. */
  scale: number;
  /** Delivery fees with VAT, as the backend rounds them for an order. */
  home: number;
  pickupPoint: number;
  /** Order value from which home delivery is free. */
  freeFrom: number;
}

/** The demo catalogue as the local adapter and the default Vendure channel have it. */
export const EURO_PRICING: ContractPricing = { currency: 'EUR', vatRate: 25.5, scale: 1, home: 990, pickupPoint: 590, freeFrom: 10000 };

/** One named check of the contract. `run` makes a fresh subject, checks it and disposes of it. */
export interface ContractCheck {
  /** The area: `catalogue`, `cross-sell`, `cart`, `delivery and payment`, `place order`. */
  group: string;
  /** What the adapter must do, as a sentence. */
  name: string;
  /** The part of the contract the adapter leaves pending (`options.pending`), when this check belongs to it. */
  pending?: ContractPart;
  /** Rejects with an `AssertionError` (or the adapter's own error) when the adapter breaks the contract. */
  run(): Promise<void>;
}

let counter = 0;
/** A last name no other check uses, so that orders can be counted per check. */
const uniqueName = () => `Contract${Date.now().toString(36)}${(counter += 1)}`;

const variantNamed = (p: Product, name: string) => {
  const v = p.variants.find((x) => x.name === name);
  if (!v) throw new Error(`${p.id} has no variant "${name}"`);
  return v;
};

/** The kit's cart invariant: total = subtotal - discounts + shipping estimate, and the VAT is part of the total. */
function expectTotals(cart: Cart, currency: string): void {
  const lineSum = cart.lines.reduce((n, l) => n + l.lineTotal.amount, 0);
  equal(cart.subtotal.amount, lineSum, 'cart.subtotal = the sum of line totals');
  equal(cart.itemCount, cart.lines.reduce((n, l) => n + l.quantity, 0), 'cart.itemCount = the sum of quantities');
  equal(cart.total.amount, cart.subtotal.amount - cart.discountTotal.amount + (cart.shippingEstimate?.amount ?? 0),
    'cart.total = subtotal - discounts + shipping estimate');
  if (cart.total.amount > 0) {
    above(cart.vat.amount, 0, 'cart.vat of a cart that costs something');
    below(cart.vat.amount, cart.total.amount, 'cart.vat is part of the total');
  }
  equal(cart.currency, currency, 'cart.currency');
  const amounts = [cart.subtotal, cart.total, cart.vat, cart.discountTotal, ...cart.lines.flatMap((l) => [l.unitPrice, l.lineTotal])];
  deepEqual(amounts.map((m) => m.currency), amounts.map(() => currency), 'every amount in the cart is in the cart\'s currency');
  ok(amounts.every((m) => Number.isSafeInteger(m.amount)), 'every amount in the cart is in whole minor units');
}

/**
 * The contract as a list of named async checks, for any test runner: register each `run` as a test (and each
 * `pending` one as skipped). `makeSubject` is called once per check, so each check has its own cart.
 */
export function adapterContract(
  makeSubject: () => ContractSubject | Promise<ContractSubject>,
  options: ContractOptions = {},
): ContractCheck[] {
  const pricing = options.pricing ?? EURO_PRICING;
  /** A demo price (euro cents, VAT included) on this backend. */
  const price = (euroCents: number) => euroCents * pricing.scale;
  const expectConsistentTotals = (cart: Cart) => expectTotals(cart, pricing.currency);
  const listingPending = options.pending?.includes('listing') ? 'listing' as const : undefined;

  const order = (lastName: string, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
    idempotencyKey: `key-${lastName}`,
    contact: { email: `${lastName.toLowerCase()}@example.fi`, phone: '+358401234567' },
    shippingAddress: { name: `Aino ${lastName}`, street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId: 'home',
    paymentMethodId: 'invoice',
    ...overrides,
  });

  const checks: ContractCheck[] = [];
  const check = (
    group: string, name: string, body: (subject: ContractSubject, adapter: CommerceAdapter) => Promise<void>, pending?: ContractPart,
  ) => {
    checks.push({
      group,
      name,
      ...(pending ? { pending } : {}),
      run: () => withTimeout(options.timeout, `${group}: ${name}`, async () => {
        const subject = await makeSubject();
        try {
          await body(subject, subject.adapter);
        } finally {
          await subject.dispose?.();
        }
      }),
    });
  };

  const addOne = async (adapter: CommerceAdapter, productId: string, quantity = 1, variant?: string) => {
    const p = await adapter.getProduct(productId);
    const v = variant ? variantNamed(p, variant) : p.variants[0]!;
    return adapter.addLine({ productId, variantId: v.id, quantity });
  };

  // Catalogue
  check('catalogue', 'finds a product by its id, with variants, VAT-included prices, stock and its category path', async (_s, adapter) => {
    const p = await adapter.getProduct('kypara-aero');
    equal(p.id, 'kypara-aero', 'getProduct(\'kypara-aero\').id');
    equal(p.name, 'Aero Helmet', 'product.name');
    equal(p.brand, 'Tuisku', 'product.brand');
    equal(p.vatRate, pricing.vatRate, 'product.vatRate');
    deepEqual(p.categoryIds, ['helmets'], 'product.categoryIds');
    deepEqual(p.variants.map((v) => v.name), ['S', 'M', 'L'], 'the variants\' names');
    const m = variantNamed(p, 'M');
    deepEqual(m.price, { amount: price(14900), currency: pricing.currency }, 'variant M\'s price');
    deepEqual(m.options, { Size: 'M' }, 'variant M\'s options');
    atLeast(m.stock, 0, 'variant M\'s stock');
    const road = await adapter.getProduct('aurora-road');
    deepEqual(road.categoryIds, ['bikes', 'road-bikes'], 'a product in a subcategory has its category path');
  });

  check('catalogue', 'refuses an unknown product id as not-found', async (_s, adapter) => {
    equal((await rejection(adapter.getProduct('no-such-product'), 'getProduct(\'no-such-product\')')).code, 'not-found', 'the error code');
  });

  check('catalogue', 'lists the whole catalogue, a category with its subcategories, and pages', async (_s, adapter) => {
    const all = await adapter.listProducts();
    equal(all.total, 33, 'listProducts().total');
    const helmets = await adapter.listProducts({ categoryId: 'helmets' });
    equal(helmets.total, 4, 'helmets: total');
    sameMembers(helmets.items.map((p) => p.id), ['kypara-aero', 'helmet-city', 'kypara-trail', 'kids-helmet'], 'helmets: items');
    const bikes = await adapter.listProducts({ categoryId: 'bikes' });
    equal(bikes.total, 8, 'a parent category holds its children: bikes total');
    ok(bikes.items.every((p) => p.categoryIds.includes('bikes')), 'every bike lists \'bikes\' in its categoryIds');
    const first = await adapter.listProducts({ categoryId: 'bikes', limit: 3 });
    const second = await adapter.listProducts({ categoryId: 'bikes', limit: 3, offset: 3 });
    equal(first.items.length, 3, 'limit 3: items');
    equal(second.total, 8, 'a second page keeps the total');
    excludesAll(first.items.map((p) => p.id), second.items.map((p) => p.id), 'the second page repeats none of the first');
  });

  check('catalogue', 'sorts the whole result by price, up and down, before paging', async (_s, adapter) => {
    const up = await adapter.listProducts({ categoryId: 'helmets', sort: 'price-asc' });
    const lowest = (p: Product) => Math.min(...p.variants.map((v) => v.price.amount));
    deepEqual(up.items.map((p) => p.id), ['kids-helmet', 'helmet-city', 'kypara-trail', 'kypara-aero'], 'helmets by price-asc');
    const down = await adapter.listProducts({ categoryId: 'helmets', sort: 'price-desc', limit: 2 });
    equal(down.total, 4, 'price-desc, limit 2: total');
    deepEqual(down.items.map(lowest), [price(14900), price(11900)], 'price-desc, limit 2: the two dearest');
  }, listingPending);

  check('catalogue', 'filters by facet values (OR within a facet, AND across facets) and counts each facet without its own filter', async (_s, adapter) => {
    const all = await adapter.listProducts({ categoryId: 'bikes' });
    const brands = all.facets?.find((f) => f.id === 'brand');
    deepEqual(brands?.values.map((v) => [v.value, v.count]), [['Helsinki Cycles', 2], ['Pohjola', 4], ['Volt Nord', 2]], 'bikes: the brand facet');
    const pohjola = await adapter.listProducts({ categoryId: 'bikes', filters: { brand: ['Pohjola'] } });
    equal(pohjola.total, 4, 'brand Pohjola: total');
    ok(pohjola.items.every((p) => p.brand === 'Pohjola'), 'brand Pohjola: every item is a Pohjola');
    // Choosing a brand keeps the other brands' counts: they show what choosing them too would add.
    equal(pohjola.facets?.find((f) => f.id === 'brand')?.values.find((v) => v.value === 'Volt Nord')?.count, 2,
      'brand Pohjola chosen: Volt Nord still counts its own products');
    const two = await adapter.listProducts({ categoryId: 'bikes', filters: { brand: ['Pohjola', 'Volt Nord'] } });
    equal(two.total, 6, 'two brands widen: total');
    const gravel = await adapter.listProducts({ categoryId: 'bikes', filters: { brand: ['Pohjola'], category: ['gravel-bikes'] } });
    sameMembers(gravel.items.map((p) => p.id), ['sora-gravel', 'sora-adventure'], 'brand and category narrow');
    const inStock = await adapter.listProducts({ categoryId: 'bikes', filters: { brand: ['Pohjola'], stock: ['in-stock'] } });
    excludesAll(inStock.items.map((p) => p.id), ['sora-adventure'], 'in stock leaves out the sold-out bike');
    equal(inStock.total, 3, 'brand Pohjola, in stock: total');
  }, listingPending);

  check('catalogue', 'offers option facets (size, colour) and price ranges with counts that match what filtering shows', async (_s, adapter) => {
    const helmets = await adapter.listProducts({ categoryId: 'helmets' });
    const size = helmets.facets?.find((f) => f.id === 'option.Size');
    equal(size?.kind, 'option', 'the option.Size facet\'s kind');
    const large = size?.values.find((v) => v.value === 'L');
    equal(large?.count, 3, 'helmets in size L: count');
    const filtered = await adapter.listProducts({ categoryId: 'helmets', filters: { 'option.Size': ['L'] } });
    equal(filtered.total, large?.count, 'filtering by size L gives the count the facet showed');
    const ranges = helmets.facets?.find((f) => f.id === 'price')?.values ?? [];
    for (const range of ranges) {
      const page = await adapter.listProducts({ categoryId: 'helmets', filters: { price: [range.value] } });
      equal(page.total, range.count, `filtering by price ${range.value} gives the count the facet showed`);
    }
    equal(ranges.reduce((n, r) => n + r.count, 0), 4, 'the price ranges count every helmet once');
  }, listingPending);

  check('catalogue', 'gives the category tree with hrefs', async (_s, adapter) => {
    const tree = await adapter.getCategoryTree();
    deepEqual(tree.map((c) => c.id), ['bikes', 'helmets', 'clothing', 'shoes', 'parts'], 'the top categories');
    const bikes = tree.find((c) => c.id === 'bikes')!;
    deepEqual(bikes.children.map((c) => c.id), ['road-bikes', 'city-bikes', 'gravel-bikes', 'e-bikes'], 'bikes\' children');
    equal(bikes.children[0]!.href, '#/category/road-bikes', 'a category\'s href');
    equal(bikes.children[0]!.name, 'Road bikes', 'a category\'s name');
  });

  check('catalogue', 'searches by words of the name, and finds nothing for nonsense or empty text', async (_s, adapter) => {
    includesAll((await adapter.search('gravel')).items.map((p) => p.id), ['sora-gravel', 'tyre-gravel'], 'search(\'gravel\')');
    includesAll((await adapter.search('Aero Helmet')).items.map((p) => p.id), ['kypara-aero'], 'search(\'Aero Helmet\')');
    equal((await adapter.search('zxqvw')).total, 0, 'search(\'zxqvw\').total');
    equal((await adapter.search('  ')).items.length, 0, 'search(\'  \').items');
  });

  // Cross-sell
  check('cross-sell', 'suggests other products that can be bought now', async (_s, adapter) => {
    const related = await adapter.getRelatedProducts(['kypara-aero']);
    above(related.length, 0, 'getRelatedProducts([\'kypara-aero\']).length');
    excludesAll(related.map((p) => p.id), ['kypara-aero'], 'a product is not related to itself');
    for (const p of related) ok(p.variants.some((v) => v.stock > 0), `related product ${p.id} has a variant in stock`);
    deepEqual(await adapter.getRelatedProducts([]), [], 'getRelatedProducts([])');
  });

  // Cart
  check('cart', 'starts empty, adds, merges the same variant, changes quantity and removes, keeping totals consistent', async (_s, adapter) => {
    const empty = await adapter.getCart();
    equal(empty.lines.length, 0, 'a new cart\'s lines');
    equal(empty.itemCount, 0, 'a new cart\'s itemCount');
    const helmet = await adapter.getProduct('kypara-aero');
    const m = variantNamed(helmet, 'M');
    let cart = await adapter.addLine({ productId: 'kypara-aero', variantId: m.id, quantity: 2 });
    equal(cart.lines.length, 1, 'after addLine: lines');
    const line = cart.lines[0]!;
    hasProperties(line, { productId: 'kypara-aero', variantId: m.id, name: 'Aero Helmet', variantName: 'M', quantity: 2 }, 'the added line');
    equal(line.unitPrice.amount, price(14900), 'line.unitPrice');
    equal(line.lineTotal.amount, price(29800), 'line.lineTotal');
    expectConsistentTotals(cart);
    const r1 = cart.revision;
    cart = await adapter.addLine({ productId: 'kypara-aero', variantId: m.id, quantity: 1 });
    deepEqual(cart.lines.map((l) => l.quantity), [3], 'the same variant added again is one line');
    above(cart.revision, r1, 'a change raises cart.revision');
    cart = await adapter.setQuantity(line.id, 1);
    equal(cart.lines[0]!.quantity, 1, 'after setQuantity(1): quantity');
    equal(cart.subtotal.amount, price(14900), 'after setQuantity(1): subtotal');
    expectConsistentTotals(cart);
    const again = await adapter.getCart();
    deepEqual(again.lines.map((l) => [l.id, l.quantity]), [[line.id, 1]], 'getCart() gives the same line');
    equal(again.revision, cart.revision, 'reading does not change the revision');
    cart = await adapter.removeLine(line.id);
    equal(cart.lines.length, 0, 'after removeLine: lines');
    equal(cart.itemCount, 0, 'after removeLine: itemCount');
  });

  check('cart', 'refuses quantities that are not whole numbers of at least 1, and unknown lines or variants', async (_s, adapter) => {
    const p = await adapter.getProduct('chain-11');
    const variantId = p.variants[0]!.id;
    for (const q of [0, -1, 1.5, Number.NaN]) {
      equal((await rejection(adapter.addLine({ productId: 'chain-11', variantId, quantity: q }), `addLine with quantity ${q}`)).code,
        'invalid-quantity', `addLine with quantity ${q}: the error code`);
    }
    const cart = await adapter.addLine({ productId: 'chain-11', variantId, quantity: 2 });
    const err = await rejection(adapter.setQuantity(cart.lines[0]!.id, 0), 'setQuantity(line, 0)');
    equal(err.code, 'invalid-quantity', 'setQuantity(line, 0): the error code');
    equal(err.field, 'quantity', 'setQuantity(line, 0): the error field');
    equal((await adapter.getCart()).lines[0]!.quantity, 2, 'a refused quantity leaves the line unchanged');
    equal((await rejection(adapter.setQuantity('no-such-line', 1), 'setQuantity(\'no-such-line\')')).code, 'not-found', 'an unknown line: the error code');
    equal((await rejection(adapter.removeLine('no-such-line'), 'removeLine(\'no-such-line\')')).code, 'not-found', 'removing an unknown line: the error code');
    equal((await rejection(adapter.addLine({ productId: 'chain-11', variantId: '987654321', quantity: 1 }), 'addLine with an unknown variant')).code,
      'not-found', 'an unknown variant: the error code');
  });

  check('cart', 'refuses more than the stock as out-of-stock, saying how many are available, and changes nothing', async (_s, adapter) => {
    const sold = await rejection(addOne(adapter, 'lock-folding'), 'adding the sold-out lock-folding');
    equal(sold.code, 'out-of-stock', 'a sold-out product: the error code');
    equal(sold.available, 0, 'a sold-out product: error.available');
    equal((await adapter.getCart()).lines.length, 0, 'nothing added');

    const light = await adapter.getProduct('light-pro');
    const v = light.variants[0]!;
    above(v.stock, 1, 'light-pro\'s stock');
    const tooMany = await rejection(adapter.addLine({ productId: 'light-pro', variantId: v.id, quantity: v.stock + 1 }), 'adding one more than the stock');
    equal(tooMany.code, 'out-of-stock', 'more than the stock: the error code');
    equal(tooMany.available, v.stock, 'more than the stock: error.available');
    equal((await adapter.getCart()).lines.length, 0, 'not even partly added');

    const cart = await adapter.addLine({ productId: 'light-pro', variantId: v.id, quantity: 1 });
    equal(cart.lines[0]!.available, v.stock, 'line.available');
    equal(cart.lines[0]!.maxQuantity, v.stock, 'line.maxQuantity');
    const over = await rejection(adapter.setQuantity(cart.lines[0]!.id, v.stock + 1), 'setting a quantity above the stock');
    equal(over.code, 'out-of-stock', 'a quantity above the stock: the error code');
    equal((await adapter.getCart()).lines[0]!.quantity, 1, 'the quantity is kept');
  });

  // Store availability (optional method: an adapter without it marks the part pending)
  const storeAvailability = (adapter: CommerceAdapter) => {
    if (!adapter.getStoreAvailability) throw new Error('The adapter has no getStoreAvailability: it is optional; pass pending: [\'store-availability\']');
    return adapter.getStoreAvailability.bind(adapter);
  };
  const storesPending = options.pending?.includes('store-availability') ? 'store-availability' as const : undefined;
  check('store availability', 'lists each store once with whole shelf stock, and a pickup date (or null) for the asked quantity', async (_s, adapter) => {
    const p = await adapter.getProduct('kypara-aero');
    const stores = await storeAvailability(adapter)(p.variants[0]!.id);
    above(stores.length, 0, 'the number of stores');
    equal(new Set(stores.map((s) => s.storeId)).size, stores.length, 'unique store ids');
    for (const s of stores) {
      ok(s.storeName.trim() !== '', `${s.storeId}: a store name`);
      ok(Number.isSafeInteger(s.stock) && s.stock >= 0, `${s.storeId}: stock is a whole number`);
      if (s.pickup) {
        matches(s.pickup.date, /^\d{4}-\d{2}-\d{2}$/, `${s.storeId}: pickup.date`);
        if (s.pickup.orderBy !== undefined) ok(!Number.isNaN(Date.parse(s.pickup.orderBy)), `${s.storeId}: pickup.orderBy is a time`);
        // On the shelf means it can be picked up without a warehouse cut-off.
        if (s.stock >= 1) equal(s.pickup.orderBy, undefined, `${s.storeId}: on the shelf, no order-by`);
      }
    }
  }, storesPending);

  check('store availability', 'offers no pickup for a variant sold out everywhere without restock, and refuses an unknown variant', async (_s, adapter) => {
    const lock = await adapter.getProduct('lock-folding');
    const stores = await storeAvailability(adapter)(lock.variants[0]!.id);
    for (const s of stores) equal(s.pickup, null, `${s.storeId}: pickup`);
    equal((await rejection(storeAvailability(adapter)('no-such-variant'), 'getStoreAvailability(\'no-such-variant\')')).code, 'not-found', 'an unknown variant: the error code');
  }, storesPending);

  check('store availability', 'a quantity above every shelf comes from the warehouse: an order-by cut-off for each store', async (_s, adapter) => {
    const p = await adapter.getProduct('chain-lube');
    const v = p.variants[0]!;
    const stores = await storeAvailability(adapter)(v.id, { quantity: v.stock });
    for (const s of stores) if (s.stock < v.stock && s.pickup) equal(typeof s.pickup.orderBy, 'string', `${s.storeId}: pickup.orderBy`);
  }, storesPending);

  check('cart', 'applies a change once per idempotency key: a repeat changes nothing, a new key changes again', async (_s, adapter) => {
    const key = uniqueName();
    const p = await adapter.getProduct('chain-lube');
    const input = { productId: 'chain-lube', variantId: p.variants[0]!.id, quantity: 2 };
    await adapter.addLine(input, { idempotencyKey: `${key}-add-1` });
    const repeated = await adapter.addLine(input, { idempotencyKey: `${key}-add-1` });
    deepEqual(repeated.lines.map((l) => l.quantity), [2], 'the repeat answers with the cart');
    deepEqual((await adapter.getCart()).lines.map((l) => l.quantity), [2], 'added once');
    const line = (await adapter.addLine(input, { idempotencyKey: `${key}-add-2` })).lines[0]!;
    equal(line.quantity, 4, 'a new key adds');
    await adapter.setQuantity(line.id, 1, { idempotencyKey: `${key}-set-1` });
    await adapter.setQuantity(line.id, 3, { idempotencyKey: `${key}-set-2` });
    await adapter.setQuantity(line.id, 1, { idempotencyKey: `${key}-set-1` });
    deepEqual((await adapter.getCart()).lines.map((l) => l.quantity), [3], 'a late repeat of an older change undoes nothing');
  });

  check('cart', 'after a lost response, a retried add with the same key adds once', async (subject, adapter) => {
    const key = uniqueName();
    const p = await adapter.getProduct('chain-lube');
    const input = { productId: 'chain-lube', variantId: p.variants[0]!.id, quantity: 2 };
    subject.loseNextResponse('addLine');
    const lost = await rejection(adapter.addLine(input, { idempotencyKey: key }), 'an add whose answer is lost');
    oneOf(lost.code, ['network', 'timeout'], 'a lost response: the error code');
    const retried = await adapter.addLine(input, { idempotencyKey: key });
    deepEqual(retried.lines.map((l) => l.quantity), [2], 'the retried add\'s cart');
    deepEqual((await adapter.getCart()).lines.map((l) => l.quantity), [2], 'not doubled');
  });

  check('cart', 'after a lost response, a retried quantity change with the same key sets it once', async (subject, adapter) => {
    const key = uniqueName();
    const line = (await addOne(adapter, 'chain-lube', 1)).lines[0]!;
    subject.loseNextResponse('setQuantity');
    oneOf((await rejection(adapter.setQuantity(line.id, 3, { idempotencyKey: key }), 'a quantity change whose answer is lost')).code, ['network', 'timeout'], 'a lost response: the error code');
    deepEqual((await adapter.setQuantity(line.id, 3, { idempotencyKey: key })).lines.map((l) => l.quantity), [3], 'the retried change\'s cart');
    deepEqual((await adapter.getCart()).lines.map((l) => l.quantity), [3], 'set once');
  });

  check('cart', 'applies and removes a discount code, and explains invalid and expired codes', async (_s, adapter) => {
    await addOne(adapter, 'helmet-city', 1, 'M');
    const invalid = await rejection(adapter.applyDiscountCode('NOT-A-CODE'), 'applyDiscountCode(\'NOT-A-CODE\')');
    equal(invalid.code, 'invalid-discount-code', 'an unknown code: the error code');
    equal(invalid.field, 'discountCode', 'an unknown code: the error field');
    equal((await rejection(adapter.applyDiscountCode('SUMMER2025'), 'applyDiscountCode(\'SUMMER2025\')')).code, 'expired-discount-code', 'an expired code: the error code');
    let cart = await adapter.applyDiscountCode(' welcome10 ');
    deepEqual(cart.discounts.map((d) => d.code), ['WELCOME10'], 'a code is trimmed and matched without case');
    equal(cart.discounts[0]!.amount.amount, price(690), 'the discount\'s amount');
    equal(cart.discountTotal.amount, price(690), 'cart.discountTotal');
    expectConsistentTotals(cart);
    cart = await adapter.removeDiscountCode('WELCOME10');
    equal(cart.discounts.length, 0, 'after removeDiscountCode: discounts');
    equal(cart.discountTotal.amount, 0, 'after removeDiscountCode: discountTotal');
    expectConsistentTotals(cart);
  });

  // Delivery and payment
  check('delivery and payment', 'offers home, pickup-point and store delivery for a postal code, with promise parameters', async (_s, adapter) => {
    await addOne(adapter, 'chain-lube');
    const methods = await adapter.getDeliveryMethods({ postalCode: '00100' });
    deepEqual(methods.map((m) => [m.id, m.kind]), [['home', 'home'], ['pickup-point', 'pickup-point'], ['store', 'store']], 'the delivery methods');
    const home = methods[0]!;
    deepEqual(home.price, { amount: pricing.home, currency: pricing.currency }, 'home delivery\'s price');
    equal(home.freeFrom?.amount, pricing.freeFrom, 'home delivery\'s freeFrom');
    for (const m of methods) {
      equal(m.promise.timeZone, 'Europe/Helsinki', `${m.id}: promise.timeZone`);
      matches(m.promise.cutoff, /^\d\d:\d\d$/, `${m.id}: promise.cutoff`);
    }
    equal(methods[1]!.promise.readyFrom, '17:00', 'pickup-point: promise.readyFrom');
    const err = await rejection(adapter.getDeliveryMethods({ postalCode: 'abc' }), 'getDeliveryMethods({ postalCode: \'abc\' })');
    equal(err.code, 'invalid-input', 'a bad postal code: the error code');
    equal(err.field, 'postalCode', 'a bad postal code: the error field');
  });

  check('delivery and payment', 'lists pickup points and stores for their own delivery method', async (_s, adapter) => {
    const points = await adapter.getPickupPoints({ postalCode: '00100', methodId: 'pickup-point' });
    above(points.length, 1, 'pickup points near 00100');
    ok(points.every((p) => p.methodId === 'pickup-point'), 'every pickup point belongs to the pickup-point method');
    equal(points[0]!.address.city, 'Helsinki', 'the nearest pickup point\'s city');
    const stores = await adapter.getPickupPoints({ postalCode: '33100', methodId: 'store' });
    sameMembers(stores.map((s) => s.id), ['store-helsinki', 'store-tampere'], 'the stores');
    equal((await rejection(adapter.getPickupPoints({ postalCode: '1' }), 'getPickupPoints({ postalCode: \'1\' })')).field, 'postalCode', 'a bad postal code: the error field');
  });

  check('delivery and payment', 'offers the test payment methods', async (_s, adapter) => {
    await addOne(adapter, 'chain-lube');
    const methods = await adapter.getPaymentMethods();
    deepEqual(methods.map((m) => [m.id, m.kind]), [['invoice', 'invoice'], ['card', 'card']], 'the payment methods');
  });

  // Place order
  check('place order', 'places an order from the cart, which then starts empty', async (subject, adapter) => {
    const name = uniqueName();
    await addOne(adapter, 'chain-lube', 2);
    const cart = await adapter.getCart();
    const placed = await adapter.placeOrder(order(name, { cartRevision: cart.revision }));
    ok(typeof placed.code === 'string' && placed.code !== '', 'order.code is a non-empty string');
    oneOf(placed.status, ['placed', 'paid'], 'order.status');
    deepEqual(placed.lines.map((l) => [l.productId, l.quantity]), [['chain-lube', 2]], 'order.lines');
    equal(placed.subtotal.amount, price(2400), 'order.subtotal');
    equal(placed.shipping.amount, pricing.home, 'order.shipping');
    equal(placed.total.amount, price(2400) + pricing.home, 'order.total');
    equal(placed.currency, pricing.currency, 'order.currency');
    equal(placed.deliveryMethod.id, 'home', 'order.deliveryMethod.id');
    equal(placed.paymentMethod.id, 'invoice', 'order.paymentMethod.id');
    equal(placed.contact.email, `${name.toLowerCase()}@example.fi`, 'order.contact.email');
    equal(placed.shippingAddress.postalCode, '00100', 'order.shippingAddress.postalCode');
    equal((await adapter.getCart()).lines.length, 0, 'the cart is empty after the order');
    if (adapter.getOrder) equal((await adapter.getOrder(placed.code)).code, placed.code, 'getOrder(code).code');
    equal(await subject.countOrders(name), 1, 'orders in the backend');
  });

  check('place order', 'delivers to a pickup point, and refuses a pickup method without a point', async (subject, adapter) => {
    const name = uniqueName();
    await addOne(adapter, 'chain-lube');
    const missing = await rejection(adapter.placeOrder(order(name, { deliveryMethodId: 'pickup-point' })), 'placeOrder to a pickup method without a point');
    equal(missing.code, 'invalid-input', 'no pickup point: the error code');
    equal(missing.field, 'pickupPoint', 'no pickup point: the error field');
    const placed = await adapter.placeOrder(order(name, { idempotencyKey: `${name}-2`, deliveryMethodId: 'pickup-point', pickupPointId: 'mh-kallio' }));
    equal(placed.pickupPoint?.id, 'mh-kallio', 'order.pickupPoint.id');
    equal(placed.deliveryMethod.kind, 'pickup-point', 'order.deliveryMethod.kind');
    equal(placed.shipping.amount, pricing.pickupPoint, 'order.shipping');
    equal(await subject.countOrders(name), 1, 'orders in the backend');
  });

  check('place order', 'refuses an empty cart, a bad email and a cart changed since review', async (subject, adapter) => {
    const name = uniqueName();
    equal((await rejection(adapter.placeOrder(order(name)), 'placeOrder with an empty cart')).code, 'invalid-input', 'an empty cart: the error code');
    const cart = await addOne(adapter, 'chain-lube');
    const email = await rejection(adapter.placeOrder(order(name, { contact: { email: 'not-an-email', phone: '' } })), 'placeOrder with a bad email');
    equal(email.field, 'email', 'a bad email: the error field');
    await adapter.setQuantity(cart.lines[0]!.id, 2);
    const changed = await rejection(adapter.placeOrder(order(name, { idempotencyKey: `${name}-b`, cartRevision: cart.revision })), 'placeOrder for an older cart revision');
    equal(changed.code, 'cart-changed', 'a changed cart: the error code');
    equal(await subject.countOrders(name), 0, 'orders in the backend');
  });

  check('place order', 'gives the same single order for the same idempotency key', async (subject, adapter) => {
    const name = uniqueName();
    await addOne(adapter, 'chain-lube');
    const first = await adapter.placeOrder(order(name));
    await addOne(adapter, 'chain-lube'); // a new cart after the order; the retried key must not order it
    const second = await adapter.placeOrder(order(name));
    equal(second.code, first.code, 'the same key gives the same order code');
    equal(second.total.amount, first.total.amount, 'the same key gives the same total');
    equal(await subject.countOrders(name), 1, 'orders in the backend');
    equal((await adapter.getCart()).lines.length, 1, 'the new cart is untouched');
  });

  check('place order', 'after a lost response, a retry with the same key yields exactly one order', async (subject, adapter) => {
    const name = uniqueName();
    await addOne(adapter, 'chain-lube', 3);
    subject.loseNextResponse('placeOrder');
    const lost = await rejection(adapter.placeOrder(order(name)), 'placeOrder whose response is lost');
    oneOf(lost.code, ['network', 'timeout'], 'a lost response: the error code');
    equal(lost.retryable, true, 'a lost response: error.retryable');
    const retried = await adapter.placeOrder(order(name));
    deepEqual(retried.lines.map((l) => l.quantity), [3], 'the retried order\'s quantities');
    oneOf(retried.status, ['placed', 'paid'], 'the retried order\'s status');
    equal(await subject.countOrders(name), 1, 'orders in the backend');
    equal((await adapter.getCart()).lines.length, 0, 'the cart is empty after the order');
  });

  return checks;
}

/** Runs `body`, failing with a clear message when it takes longer than `ms` (no limit without one). */
async function withTimeout(ms: number | undefined, what: string, body: () => Promise<void>): Promise<void> {
  if (!ms) return body();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: did not finish within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([body(), late]);
  } finally {
    clearTimeout(timer);
  }
}
