// The adapter conformance suite: what every CommerceAdapter must do for the kit's elements to work on it.
// LocalCommerceAdapter and VendureCommerceAdapter both run it; a third adapter proves itself by calling
// describeAdapterContract() with a factory (see local-adapter.contract.test.ts for the smallest example).
//
// The backend must hold the demo bicycle catalogue (src/adapters/local/catalog.ts): product ids such as
// 'kypara-aero', the categories, the discount codes WELCOME10 / SUMMER2025 (expired), delivery methods
// home / pickup-point / store, payment methods invoice / card.
import { expect } from '@open-wc/testing';
import type { CommerceAdapter } from '../../src/core/adapter.js';
import { CommerceError } from '../../src/core/errors.js';
import type { Cart, PlaceOrderInput, Product } from '../../src/core/model.js';

/** One adapter under test, with its own cart/session, and the hooks the suite needs from its backend. */
export interface ContractSubject {
  adapter: CommerceAdapter;
  /** Makes the next `operation` do its work in the backend but lose the response on the way back. */
  loseNextResponse(operation: 'placeOrder'): void;
  /** Orders the backend holds for a shopper, found by the unique last name the suite uses. */
  countOrders(lastName: string): Promise<number>;
  dispose?(): void;
}

export interface ContractOptions {
  /** Mocha timeout per test, in ms (a real backend over HTTP is slower than the embedded one). */
  timeout?: number;
  /** The backend's prices, when they are not the demo catalogue's euros (a Vendure channel in another currency). */
  pricing?: ContractPricing;
  /**
   * Parts of the contract this adapter does not implement yet: they are reported as pending, by name, rather than
   * hidden. `listing`: sort, facet filters and facet counts in `listProducts`.
   */
  pending?: readonly 'listing'[];
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

let counter = 0;
/** A last name no other test uses, so that orders can be counted per test. */
const uniqueName = () => `Contract${Date.now().toString(36)}${(counter += 1)}`;

export async function rejection(promise: Promise<unknown>): Promise<CommerceError> {
  try {
    await promise;
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(CommerceError);
    return e as CommerceError;
  }
  throw new Error('expected the call to fail');
}

const variantNamed = (p: Product, name: string) => {
  const v = p.variants.find((x) => x.name === name);
  if (!v) throw new Error(`${p.id} has no variant "${name}"`);
  return v;
};

/** The kit's cart invariant: total = subtotal - discounts + shipping estimate, and the VAT is part of the total. */
function expectTotals(cart: Cart, currency: string): void {
  const lineSum = cart.lines.reduce((n, l) => n + l.lineTotal.amount, 0);
  expect(cart.subtotal.amount, 'subtotal = sum of lines').to.equal(lineSum);
  expect(cart.itemCount).to.equal(cart.lines.reduce((n, l) => n + l.quantity, 0));
  expect(cart.total.amount, 'total = subtotal - discounts + shipping')
    .to.equal(cart.subtotal.amount - cart.discountTotal.amount + (cart.shippingEstimate?.amount ?? 0));
  if (cart.total.amount > 0) {
    expect(cart.vat.amount).to.be.greaterThan(0);
    expect(cart.vat.amount).to.be.lessThan(cart.total.amount);
  }
  expect(cart.currency).to.equal(currency);
  const amounts = [cart.subtotal, cart.total, cart.vat, cart.discountTotal, ...cart.lines.flatMap((l) => [l.unitPrice, l.lineTotal])];
  expect(amounts.map((m) => m.currency), 'every amount in the cart\'s currency').to.deep.equal(amounts.map(() => currency));
  expect(amounts.every((m) => Number.isSafeInteger(m.amount)), 'whole minor units').to.equal(true);
}

export function describeAdapterContract(
  name: string,
  makeSubject: () => ContractSubject | Promise<ContractSubject>,
  options: ContractOptions = {},
): void {
  describe(`CommerceAdapter contract: ${name}`, function () {
    if (options.timeout) this.timeout(options.timeout);
    const pricing = options.pricing ?? EURO_PRICING;
    /** A demo price (euro cents, VAT included) on this backend. */
    const price = (euroCents: number) => euroCents * pricing.scale;
    const expectConsistentTotals = (cart: Cart) => expectTotals(cart, pricing.currency);
    let subject: ContractSubject;
    let adapter: CommerceAdapter;

    beforeEach(async () => {
      subject = await makeSubject();
      adapter = subject.adapter;
    });
    afterEach(() => subject?.dispose?.());

    const order = (lastName: string, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
      idempotencyKey: `key-${lastName}`,
      contact: { email: `${lastName.toLowerCase()}@example.fi`, phone: '+358401234567' },
      shippingAddress: { name: `Aino ${lastName}`, street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
      deliveryMethodId: 'home',
      paymentMethodId: 'invoice',
      ...overrides,
    });

    const addOne = async (productId: string, quantity = 1, variant?: string) => {
      const p = await adapter.getProduct(productId);
      const v = variant ? variantNamed(p, variant) : p.variants[0]!;
      return adapter.addLine({ productId, variantId: v.id, quantity });
    };

    describe('catalogue', () => {
      it('finds a product by its id, with variants, VAT-included prices, stock and its category path', async () => {
        const p = await adapter.getProduct('kypara-aero');
        expect(p.id).to.equal('kypara-aero');
        expect(p.name).to.equal('Aero Helmet');
        expect(p.brand).to.equal('Tuisku');
        expect(p.vatRate).to.equal(pricing.vatRate);
        expect(p.categoryIds).to.deep.equal(['helmets']);
        expect(p.variants.map((v) => v.name)).to.deep.equal(['S', 'M', 'L']);
        const m = variantNamed(p, 'M');
        expect(m.price).to.deep.equal({ amount: price(14900), currency: pricing.currency });
        expect(m.options).to.deep.equal({ Size: 'M' });
        expect(m.stock).to.be.a('number').and.be.at.least(0);
        const road = await adapter.getProduct('aurora-road');
        expect(road.categoryIds).to.deep.equal(['bikes', 'road-bikes']);
      });

      it('refuses an unknown product id as not-found', async () => {
        expect((await rejection(adapter.getProduct('no-such-product'))).code).to.equal('not-found');
      });

      it('lists the whole catalogue, a category with its subcategories, and pages', async () => {
        const all = await adapter.listProducts();
        expect(all.total).to.equal(33);
        const helmets = await adapter.listProducts({ categoryId: 'helmets' });
        expect(helmets.total).to.equal(4);
        expect(helmets.items.map((p) => p.id)).to.have.members(['kypara-aero', 'helmet-city', 'kypara-trail', 'kids-helmet']);
        const bikes = await adapter.listProducts({ categoryId: 'bikes' });
        expect(bikes.total, 'a parent category holds its children').to.equal(8);
        expect(bikes.items.every((p) => p.categoryIds.includes('bikes'))).to.equal(true);
        const first = await adapter.listProducts({ categoryId: 'bikes', limit: 3 });
        const second = await adapter.listProducts({ categoryId: 'bikes', limit: 3, offset: 3 });
        expect(first.items).to.have.length(3);
        expect(second.total).to.equal(8);
        expect(first.items.map((p) => p.id)).to.not.include.members(second.items.map((p) => p.id));
      });

      const listing = options.pending?.includes('listing') ? it.skip : it;

      listing('sorts the whole result by price, up and down, before paging', async () => {
        const up = await adapter.listProducts({ categoryId: 'helmets', sort: 'price-asc' });
        const lowest = (p: Product) => Math.min(...p.variants.map((v) => v.price.amount));
        expect(up.items.map((p) => p.id)).to.deep.equal(['kids-helmet', 'helmet-city', 'kypara-trail', 'kypara-aero']);
        const down = await adapter.listProducts({ categoryId: 'helmets', sort: 'price-desc', limit: 2 });
        expect(down.total).to.equal(4);
        expect(down.items.map(lowest)).to.deep.equal([price(14900), price(11900)]);
      });

      listing('filters by facet values (OR within a facet, AND across facets) and counts each facet without its own filter', async () => {
        const all = await adapter.listProducts({ categoryId: 'bikes' });
        const brands = all.facets?.find((f) => f.id === 'brand');
        expect(brands?.values.map((v) => [v.value, v.count])).to.deep.equal([['Helsinki Cycles', 2], ['Pohjola', 4], ['Volt Nord', 2]]);
        const pohjola = await adapter.listProducts({ categoryId: 'bikes', filters: { brand: ['Pohjola'] } });
        expect(pohjola.total).to.equal(4);
        expect(pohjola.items.every((p) => p.brand === 'Pohjola')).to.equal(true);
        // Choosing a brand keeps the other brands' counts: they show what choosing them too would add.
        expect(pohjola.facets?.find((f) => f.id === 'brand')?.values.find((v) => v.value === 'Volt Nord')?.count).to.equal(2);
        const two = await adapter.listProducts({ categoryId: 'bikes', filters: { brand: ['Pohjola', 'Volt Nord'] } });
        expect(two.total).to.equal(6);
        const gravel = await adapter.listProducts({ categoryId: 'bikes', filters: { brand: ['Pohjola'], category: ['gravel-bikes'] } });
        expect(gravel.items.map((p) => p.id)).to.have.members(['sora-gravel', 'sora-adventure']);
        const inStock = await adapter.listProducts({ categoryId: 'bikes', filters: { brand: ['Pohjola'], stock: ['in-stock'] } });
        expect(inStock.items.map((p) => p.id)).to.not.include('sora-adventure');
        expect(inStock.total).to.equal(3);
      });

      listing('offers option facets (size, colour) and price ranges with counts that match what filtering shows', async () => {
        const helmets = await adapter.listProducts({ categoryId: 'helmets' });
        const size = helmets.facets?.find((f) => f.id === 'option.Size');
        expect(size?.kind).to.equal('option');
        const large = size?.values.find((v) => v.value === 'L');
        expect(large?.count).to.equal(3);
        const filtered = await adapter.listProducts({ categoryId: 'helmets', filters: { 'option.Size': ['L'] } });
        expect(filtered.total).to.equal(large?.count);
        const ranges = helmets.facets?.find((f) => f.id === 'price')?.values ?? [];
        for (const range of ranges) {
          const page = await adapter.listProducts({ categoryId: 'helmets', filters: { price: [range.value] } });
          expect(page.total, `price ${range.value}`).to.equal(range.count);
        }
        expect(ranges.reduce((n, r) => n + r.count, 0)).to.equal(4);
      });

      it('gives the category tree with hrefs', async () => {
        const tree = await adapter.getCategoryTree();
        expect(tree.map((c) => c.id)).to.deep.equal(['bikes', 'helmets', 'clothing', 'shoes', 'parts']);
        const bikes = tree.find((c) => c.id === 'bikes')!;
        expect(bikes.children.map((c) => c.id)).to.deep.equal(['road-bikes', 'city-bikes', 'gravel-bikes', 'e-bikes']);
        expect(bikes.children[0]!.href).to.equal('#/category/road-bikes');
        expect(bikes.children[0]!.name).to.equal('Road bikes');
      });

      it('searches by words of the name, and finds nothing for nonsense or empty text', async () => {
        expect((await adapter.search('gravel')).items.map((p) => p.id)).to.include.members(['sora-gravel', 'tyre-gravel']);
        expect((await adapter.search('Aero Helmet')).items.map((p) => p.id)).to.include('kypara-aero');
        expect((await adapter.search('zxqvw')).total).to.equal(0);
        expect((await adapter.search('  ')).items).to.have.length(0);
      });
    });

    describe('cross-sell', () => {
      it('suggests other products that can be bought now', async () => {
        const related = await adapter.getRelatedProducts(['kypara-aero']);
        expect(related.length).to.be.greaterThan(0);
        expect(related.map((p) => p.id)).to.not.include('kypara-aero');
        for (const p of related) expect(p.variants.some((v) => v.stock > 0), p.id).to.equal(true);
        expect(await adapter.getRelatedProducts([])).to.deep.equal([]);
      });
    });

    describe('cart', () => {
      it('starts empty, adds, merges the same variant, changes quantity and removes, keeping totals consistent', async () => {
        const empty = await adapter.getCart();
        expect(empty.lines).to.have.length(0);
        expect(empty.itemCount).to.equal(0);
        const helmet = await adapter.getProduct('kypara-aero');
        const m = variantNamed(helmet, 'M');
        let cart = await adapter.addLine({ productId: 'kypara-aero', variantId: m.id, quantity: 2 });
        expect(cart.lines).to.have.length(1);
        const line = cart.lines[0]!;
        expect(line).to.include({ productId: 'kypara-aero', variantId: m.id, name: 'Aero Helmet', variantName: 'M', quantity: 2 });
        expect(line.unitPrice.amount).to.equal(price(14900));
        expect(line.lineTotal.amount).to.equal(price(29800));
        expectConsistentTotals(cart);
        const r1 = cart.revision;
        cart = await adapter.addLine({ productId: 'kypara-aero', variantId: m.id, quantity: 1 });
        expect(cart.lines.map((l) => l.quantity), 'the same variant is one line').to.deep.equal([3]);
        expect(cart.revision).to.be.greaterThan(r1);
        cart = await adapter.setQuantity(line.id, 1);
        expect(cart.lines[0]!.quantity).to.equal(1);
        expect(cart.subtotal.amount).to.equal(price(14900));
        expectConsistentTotals(cart);
        const again = await adapter.getCart();
        expect(again.lines.map((l) => [l.id, l.quantity])).to.deep.equal([[line.id, 1]]);
        expect(again.revision, 'reading does not change the revision').to.equal(cart.revision);
        cart = await adapter.removeLine(line.id);
        expect(cart.lines).to.have.length(0);
        expect(cart.itemCount).to.equal(0);
      });

      it('refuses quantities that are not whole numbers of at least 1, and unknown lines or variants', async () => {
        const p = await adapter.getProduct('chain-11');
        const variantId = p.variants[0]!.id;
        for (const q of [0, -1, 1.5, Number.NaN]) {
          expect((await rejection(adapter.addLine({ productId: 'chain-11', variantId, quantity: q }))).code, String(q)).to.equal('invalid-quantity');
        }
        const cart = await adapter.addLine({ productId: 'chain-11', variantId, quantity: 2 });
        const err = await rejection(adapter.setQuantity(cart.lines[0]!.id, 0));
        expect(err.code).to.equal('invalid-quantity');
        expect(err.field).to.equal('quantity');
        expect((await adapter.getCart()).lines[0]!.quantity, 'unchanged').to.equal(2);
        expect((await rejection(adapter.setQuantity('no-such-line', 1))).code).to.equal('not-found');
        expect((await rejection(adapter.removeLine('no-such-line'))).code).to.equal('not-found');
        expect((await rejection(adapter.addLine({ productId: 'chain-11', variantId: '987654321', quantity: 1 }))).code).to.equal('not-found');
      });

      it('refuses more than the stock as out-of-stock, saying how many are available, and changes nothing', async () => {
        const sold = await rejection(addOne('lock-folding'));
        expect(sold.code).to.equal('out-of-stock');
        expect(sold.available).to.equal(0);
        expect((await adapter.getCart()).lines, 'nothing added').to.have.length(0);

        const light = await adapter.getProduct('light-pro');
        const v = light.variants[0]!;
        expect(v.stock).to.be.greaterThan(1);
        const tooMany = await rejection(adapter.addLine({ productId: 'light-pro', variantId: v.id, quantity: v.stock + 1 }));
        expect(tooMany.code).to.equal('out-of-stock');
        expect(tooMany.available).to.equal(v.stock);
        expect((await adapter.getCart()).lines, 'not even partly added').to.have.length(0);

        const cart = await adapter.addLine({ productId: 'light-pro', variantId: v.id, quantity: 1 });
        expect(cart.lines[0]!.available).to.equal(v.stock);
        expect(cart.lines[0]!.maxQuantity).to.equal(v.stock);
        const over = await rejection(adapter.setQuantity(cart.lines[0]!.id, v.stock + 1));
        expect(over.code).to.equal('out-of-stock');
        expect((await adapter.getCart()).lines[0]!.quantity, 'quantity kept').to.equal(1);
      });

      it('applies and removes a discount code, and explains invalid and expired codes', async () => {
        await addOne('helmet-city', 1, 'M');
        const invalid = await rejection(adapter.applyDiscountCode('NOT-A-CODE'));
        expect(invalid.code).to.equal('invalid-discount-code');
        expect(invalid.field).to.equal('discountCode');
        expect((await rejection(adapter.applyDiscountCode('SUMMER2025'))).code).to.equal('expired-discount-code');
        let cart = await adapter.applyDiscountCode(' welcome10 ');
        expect(cart.discounts.map((d) => d.code)).to.deep.equal(['WELCOME10']);
        expect(cart.discounts[0]!.amount.amount).to.equal(price(690));
        expect(cart.discountTotal.amount).to.equal(price(690));
        expectConsistentTotals(cart);
        cart = await adapter.removeDiscountCode('WELCOME10');
        expect(cart.discounts).to.have.length(0);
        expect(cart.discountTotal.amount).to.equal(0);
        expectConsistentTotals(cart);
      });
    });

    describe('delivery and payment', () => {
      it('offers home, pickup-point and store delivery for a postal code, with promise parameters', async () => {
        await addOne('chain-lube');
        const methods = await adapter.getDeliveryMethods({ postalCode: '00100' });
        expect(methods.map((m) => [m.id, m.kind])).to.deep.equal([['home', 'home'], ['pickup-point', 'pickup-point'], ['store', 'store']]);
        const home = methods[0]!;
        expect(home.price).to.deep.equal({ amount: pricing.home, currency: pricing.currency });
        expect(home.freeFrom?.amount).to.equal(pricing.freeFrom);
        for (const m of methods) {
          expect(m.promise.timeZone, m.id).to.equal('Europe/Helsinki');
          expect(m.promise.cutoff, m.id).to.match(/^\d\d:\d\d$/);
        }
        expect(methods[1]!.promise.readyFrom).to.equal('17:00');
        const err = await rejection(adapter.getDeliveryMethods({ postalCode: 'abc' }));
        expect(err.code).to.equal('invalid-input');
        expect(err.field).to.equal('postalCode');
      });

      it('lists pickup points and stores for their own delivery method', async () => {
        const points = await adapter.getPickupPoints({ postalCode: '00100', methodId: 'pickup-point' });
        expect(points.length).to.be.greaterThan(1);
        expect(points.every((p) => p.methodId === 'pickup-point')).to.equal(true);
        expect(points[0]!.address.city).to.equal('Helsinki');
        const stores = await adapter.getPickupPoints({ postalCode: '33100', methodId: 'store' });
        expect(stores.map((s) => s.id)).to.have.members(['store-helsinki', 'store-tampere']);
        expect((await rejection(adapter.getPickupPoints({ postalCode: '1' }))).field).to.equal('postalCode');
      });

      it('offers the test payment methods', async () => {
        await addOne('chain-lube');
        const methods = await adapter.getPaymentMethods();
        expect(methods.map((m) => [m.id, m.kind])).to.deep.equal([['invoice', 'invoice'], ['card', 'card']]);
      });
    });

    describe('place order', () => {
      it('places an order from the cart, which then starts empty', async () => {
        const name = uniqueName();
        await addOne('chain-lube', 2);
        const cart = await adapter.getCart();
        const placed = await adapter.placeOrder(order(name, { cartRevision: cart.revision }));
        expect(placed.code).to.be.a('string').and.not.equal('');
        expect(placed.status).to.be.oneOf(['placed', 'paid']);
        expect(placed.lines.map((l) => [l.productId, l.quantity])).to.deep.equal([['chain-lube', 2]]);
        expect(placed.subtotal.amount).to.equal(price(2400));
        expect(placed.shipping.amount).to.equal(pricing.home);
        expect(placed.total.amount).to.equal(price(2400) + pricing.home);
        expect(placed.currency).to.equal(pricing.currency);
        expect(placed.deliveryMethod.id).to.equal('home');
        expect(placed.paymentMethod.id).to.equal('invoice');
        expect(placed.contact.email).to.equal(`${name.toLowerCase()}@example.fi`);
        expect(placed.shippingAddress.postalCode).to.equal('00100');
        expect((await adapter.getCart()).lines).to.have.length(0);
        if (adapter.getOrder) expect((await adapter.getOrder(placed.code)).code).to.equal(placed.code);
        expect(await subject.countOrders(name)).to.equal(1);
      });

      it('delivers to a pickup point, and refuses a pickup method without a point', async () => {
        const name = uniqueName();
        await addOne('chain-lube');
        const missing = await rejection(adapter.placeOrder(order(name, { deliveryMethodId: 'pickup-point' })));
        expect(missing.code).to.equal('invalid-input');
        expect(missing.field).to.equal('pickupPoint');
        const placed = await adapter.placeOrder(order(name, { idempotencyKey: `${name}-2`, deliveryMethodId: 'pickup-point', pickupPointId: 'mh-kallio' }));
        expect(placed.pickupPoint?.id).to.equal('mh-kallio');
        expect(placed.deliveryMethod.kind).to.equal('pickup-point');
        expect(placed.shipping.amount).to.equal(pricing.pickupPoint);
        expect(await subject.countOrders(name)).to.equal(1);
      });

      it('refuses an empty cart, a bad email and a cart changed since review', async () => {
        const name = uniqueName();
        expect((await rejection(adapter.placeOrder(order(name)))).code).to.equal('invalid-input');
        const cart = await addOne('chain-lube');
        const email = await rejection(adapter.placeOrder(order(name, { contact: { email: 'not-an-email', phone: '' } })));
        expect(email.field).to.equal('email');
        await adapter.setQuantity(cart.lines[0]!.id, 2);
        const changed = await rejection(adapter.placeOrder(order(name, { idempotencyKey: `${name}-b`, cartRevision: cart.revision })));
        expect(changed.code).to.equal('cart-changed');
        expect(await subject.countOrders(name)).to.equal(0);
      });

      it('gives the same single order for the same idempotency key', async () => {
        const name = uniqueName();
        await addOne('chain-lube');
        const first = await adapter.placeOrder(order(name));
        await addOne('chain-lube'); // a new cart after the order; the retried key must not order it
        const second = await adapter.placeOrder(order(name));
        expect(second.code).to.equal(first.code);
        expect(second.total.amount).to.equal(first.total.amount);
        expect(await subject.countOrders(name)).to.equal(1);
        expect((await adapter.getCart()).lines, 'the new cart is untouched').to.have.length(1);
      });

      it('after a lost response, a retry with the same key yields exactly one order', async () => {
        const name = uniqueName();
        await addOne('chain-lube', 3);
        subject.loseNextResponse('placeOrder');
        const lost = await rejection(adapter.placeOrder(order(name)));
        expect(lost.code).to.be.oneOf(['network', 'timeout']);
        expect(lost.retryable).to.equal(true);
        const retried = await adapter.placeOrder(order(name));
        expect(retried.lines.map((l) => l.quantity)).to.deep.equal([3]);
        expect(retried.status).to.be.oneOf(['placed', 'paid']);
        expect(await subject.countOrders(name)).to.equal(1);
        expect((await adapter.getCart()).lines).to.have.length(0);
      });
    });
  });
}
