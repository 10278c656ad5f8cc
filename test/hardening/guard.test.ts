import { expect } from '@open-wc/testing';
import type { CommerceAdapter } from '../../src/core/adapter.js';
import { CommerceError } from '../../src/core/errors.js';
import { guardAdapter, isGuarded } from '../../src/adapters/guard.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { Cart } from '../../src/core/model.js';
import { testAdapter } from '../helpers/shop.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- tampering with backend answers is the point */
type Tamper = Partial<Record<keyof CommerceAdapter, (value: any) => any>>;

/** The embedded backend with some answers rewritten after the fact, as a broken backend would send them. */
function tampered(local: LocalCommerceAdapter, tamper: Tamper): CommerceAdapter {
  return new Proxy(local, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      const change = tamper[prop as keyof CommerceAdapter];
      if (typeof value !== 'function' || !change) return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => change(structuredClone(await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)));
    },
  }) as unknown as CommerceAdapter;
}

async function rejection(promise: Promise<unknown>): Promise<CommerceError> {
  try {
    await promise;
  } catch (e) {
    expect(e, 'rejects with a CommerceError').to.be.instanceOf(CommerceError);
    return e as CommerceError;
  }
  throw new Error('expected the call to be refused');
}

async function cartWith3Lines(local: LocalCommerceAdapter): Promise<Cart> {
  await local.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
  await local.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 2 });
  return local.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
}

describe('guardAdapter', () => {
  it('passes every well-formed answer of the embedded backend through unchanged', async () => {
    const local = testAdapter();
    const guarded = guardAdapter(local, { currency: 'EUR' });
    expect(isGuarded(guarded)).to.equal(true);
    expect(guarded.name).to.equal('local');
    expect(guarded.inner).to.equal(local);
    const page = await guarded.listProducts();
    expect(page.items.length).to.be.greaterThan(5);
    expect((await guarded.getProduct('kypara-aero')).id).to.equal('kypara-aero');
    expect((await guarded.getCategoryTree()).length).to.be.greaterThan(0);
    expect((await guarded.search('helmet')).items.length).to.be.greaterThan(0);
    const cart = await guarded.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    expect(cart.lines).to.have.length(1);
    expect((await guarded.getRelatedProducts(['kypara-aero'])).length).to.be.at.least(0);
    const methods = await guarded.getDeliveryMethods({ postalCode: '00100' });
    const pickup = methods.find((m) => m.kind === 'pickup-point')!;
    const points = await guarded.getPickupPoints({ postalCode: '00100', methodId: pickup.id });
    expect(points.length).to.be.greaterThan(0);
    const payments = await guarded.getPaymentMethods();
    const order = await guarded.placeOrder({
      idempotencyKey: 'k1', contact: { email: 'aino@example.fi', phone: '+358401234567' },
      shippingAddress: { name: 'Aino', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
      deliveryMethodId: pickup.id, pickupPointId: points[0]!.id, paymentMethodId: payments[0]!.id,
    });
    expect((await guarded.getOrder!(order.code)).id).to.equal(order.id);
    await guarded.submitFeedback!({ kind: 'nps', score: 9 });
    expect(local.feedback).to.have.length(1);
  });

  it('guards an adapter once, however often it is wrapped', () => {
    const local = testAdapter();
    expect(guardAdapter(guardAdapter(local)).inner).to.equal(local);
  });

  it('fails a hung read as a timeout and aborts the backend call', async () => {
    const local = testAdapter({ faults: { hang: ['getCart', 'listProducts'] } });
    const guarded = guardAdapter(local, { timeoutMs: 30 });
    let aborted = false;
    const list = local.listProducts.bind(local);
    local.listProducts = (q, o) => {
      o?.signal?.addEventListener('abort', () => (aborted = true));
      return list(q, o);
    };
    const e = await rejection(guarded.listProducts());
    expect(e.code).to.equal('timeout');
    expect(e.retryable).to.equal(true);
    expect(e.message).to.contain('listProducts');
    expect(aborted, 'the backend call is aborted').to.equal(true);
    expect((await rejection(guarded.getCart())).code).to.equal('timeout');
  });

  it('fails a hung change as a timeout even though changes take no signal', async () => {
    const guarded = guardAdapter(testAdapter({ faults: { hang: ['addLine', 'placeOrder'] } }), { timeoutMs: 20, mutationTimeoutMs: 40 });
    const e = await rejection(guarded.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 }));
    expect(e.code).to.equal('timeout');
    expect(e.message).to.contain('addLine');
  });

  it('lets the caller abort a read', async () => {
    const guarded = guardAdapter(testAdapter({ faults: { hang: ['getCategoryTree'] } }), { timeoutMs: 0 });
    const controller = new AbortController();
    const call = guarded.getCategoryTree({ signal: controller.signal });
    controller.abort();
    expect((await rejection(call)).code).to.equal('timeout');
  });

  it('turns anything thrown into a CommerceError and keeps backend codes', async () => {
    const local = testAdapter({ faults: { fail: ['getPaymentMethods'] } });
    const guarded = guardAdapter(local);
    expect((await rejection(guarded.getPaymentMethods())).code).to.equal('network');
    local.getPickupPoints = () => Promise.reject(new Error('boom'));
    expect((await rejection(guarded.getPickupPoints({ postalCode: '00100' }))).code).to.equal('unknown');
    local.getDeliveryMethods = () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await rejection(guarded.getDeliveryMethods())).code).to.equal('network');
    expect((await rejection(guarded.applyDiscountCode('NOPE'))).code).to.equal('invalid-discount-code');
  });

  const cartCases: [string, (c: any) => any, string][] = [
    ['a NaN unit price', (c) => ((c.lines[2].unitPrice.amount = NaN), c), 'cart.lines[2].unitPrice.amount is NaN'],
    ['a negative price', (c) => ((c.lines[0].lineTotal.amount = -100), c), 'cart.lines[0].lineTotal.amount is negative (-100)'],
    ['a price as a string', (c) => ((c.total.amount = '1000'), c), 'cart.total.amount is a string, not a number'],
    ['another currency', (c) => ((c.lines[1].unitPrice.currency = 'USD'), c), "cart.lines[1].unitPrice.currency is USD, not the shop's EUR"],
    ['a cart in another currency', (c) => ({ ...c, currency: 'SEK' }), "cart.currency is SEK, not the shop's EUR"],
    ['a malformed currency', (c) => ((c.vat.currency = 'euro'), c), 'cart.vat.currency "euro" is not an ISO 4217 code'],
    ['duplicate line ids', (c) => ((c.lines[1].id = c.lines[0].id), c), 'cart.lines[1].id'],
    ['a missing line name', (c) => (delete c.lines[1].name, c), 'cart.lines[1].name is missing, not a string'],
    ['lines that are not a list', (c) => ({ ...c, lines: { 0: c.lines[0] } }), 'cart.lines is an object, not a list'],
    ['a missing total', (c) => (delete c.total, c), 'cart.total is missing, not an object'],
    ['a zero quantity', (c) => ((c.lines[0].quantity = 0), c), 'cart.lines[0].quantity is 0, below 1'],
    ['null', () => null, 'cart is null, not an object'],
  ];
  for (const [what, change, message] of cartCases) {
    it(`refuses a cart with ${what}, naming the field`, async () => {
      const local = testAdapter();
      await cartWith3Lines(local);
      const guarded = guardAdapter(tampered(local, { getCart: change, setQuantity: change }), { currency: 'EUR' });
      const e = await rejection(guarded.getCart());
      expect(e.code).to.equal('malformed-response');
      expect(e.message).to.contain(message);
      expect(e.field).to.equal(message.split(' ')[0]);
      const line = (await local.getCart()).lines[0]!;
      expect((await rejection(guarded.setQuantity(line.id, 2))).code, 'mutations too').to.equal('malformed-response');
    });
  }

  it('rounds amounts in fractions of a minor unit half up, as Vendure rounds, and shows the backend\'s own totals', async () => {
    const local = testAdapter();
    const confirmed = await cartWith3Lines(local);
    // A backend with net prices adds VAT and answers e.g. €5.90 + 25.5 % as 740.45 cents.
    const guarded = guardAdapter(tampered(local, {
      getCart: (c) => ({ ...c, shippingEstimate: { amount: 740.45, currency: 'EUR' }, total: { ...c.total, amount: 12345.5 }, vat: { ...c.vat, amount: 2522.49 } }),
      getDeliveryMethods: (m) => ((m[0].price.amount = 740.5), m),
      getProduct: (p) => ((p.variants[0].price.amount = 4999.999), p),
    }), { currency: 'EUR' });
    const cart = await guarded.getCart();
    expect(cart.shippingEstimate?.amount).to.equal(740);
    expect(cart.total.amount, 'the backend\'s total, not one recomputed from rounded parts').to.equal(12346);
    expect(cart.vat.amount).to.equal(2522);
    expect(cart.subtotal, 'whole amounts are passed as they came').to.deep.equal(confirmed.subtotal);
    expect((await guarded.getDeliveryMethods())[0]!.price.amount).to.equal(741);
    expect((await guarded.getProduct('kypara-aero')).variants[0]!.price.amount).to.equal(5000);
  });

  it('refuses a cart mixing currencies when no shop currency is given', async () => {
    const local = testAdapter();
    await cartWith3Lines(local);
    const guarded = guardAdapter(tampered(local, { getCart: (c) => ((c.lines[1].unitPrice.currency = 'SEK'), c) }));
    expect((await rejection(guarded.getCart())).message).to.equal("cart.lines[1].unitPrice.currency is SEK, not the shop's EUR");
  });

  it('refuses malformed products, categories, delivery methods, pickup points, payment methods and orders', async () => {
    const local = testAdapter();
    const cases: [() => Promise<unknown>, string][] = [];
    const g = (t: Tamper) => guardAdapter(tampered(local, t), { currency: 'EUR' });
    cases.push([() => g({ listProducts: (p) => ((p.items[3].variants[0].price.amount = NaN), p) }).listProducts(), 'products.items[3].variants[0].price.amount is NaN']);
    cases.push([() => g({ listProducts: (p) => ({ ...p, items: 'none' }) }).listProducts(), 'products.items is a string, not a list']);
    cases.push([() => g({ listProducts: (p) => ((p.items[1].id = p.items[0].id), p) }).listProducts(), 'products.items[1].id']);
    cases.push([() => g({ getProduct: (p) => (delete p.variants, p) }).getProduct('kypara-aero'), 'product.variants is missing, not a list']);
    cases.push([() => g({ getProduct: (p) => ((p.variants[0].compareAtPrice = { amount: -1, currency: 'EUR' }), p) }).getProduct('kypara-aero'), 'product.variants[0].compareAtPrice.amount is negative (-1)']);
    cases.push([() => g({ getProduct: (p) => ((p.vatRate = NaN), p) }).getProduct('kypara-aero'), 'product.vatRate is NaN']);
    cases.push([() => g({ search: (p) => ((p.items[0].name = 42), p) }).search('helmet'), 'search.items[0].name is 42, not a string']);
    cases.push([() => g({ getRelatedProducts: (p) => ((p[0].images = null), p) }).getRelatedProducts(['kypara-aero']), 'related[0].images is null, not a list']);
    cases.push([() => g({ getCategoryTree: (t) => ((t[0].children = undefined), t) }).getCategoryTree(), 'categories[0].children is missing, not a list']);
    cases.push([() => g({ getDeliveryMethods: (m) => ((m[0].price.currency = 'SEK'), m) }).getDeliveryMethods(), "deliveryMethods[0].price.currency is SEK, not the shop's EUR"]);
    cases.push([() => g({ getDeliveryMethods: (m) => ((m[1].kind = 'drone'), m) }).getDeliveryMethods(), 'deliveryMethods[1].kind is "drone", not one of home, pickup-point, store']);
    cases.push([() => g({ getPickupPoints: (p) => (delete p[0].address, p) }).getPickupPoints({ postalCode: '00100' }), 'pickupPoints[0].address is missing, not an object']);
    cases.push([() => g({ getPickupPoints: (p) => ((p[1].distanceMeters = NaN), p) }).getPickupPoints({ postalCode: '00100' }), 'pickupPoints[1].distanceMeters is NaN']);
    cases.push([() => g({ getPaymentMethods: () => ({}) }).getPaymentMethods(), 'paymentMethods is an object, not a list']);
    for (const [call, message] of cases) {
      const e = await rejection(call());
      expect(e.code, message).to.equal('malformed-response');
      expect(e.message).to.contain(message);
    }
    await cartWith3Lines(local);
    const bad = g({ placeOrder: (o) => ((o.total.amount = NaN), o) });
    const e = await rejection(bad.placeOrder({
      idempotencyKey: 'k2', contact: { email: 'aino@example.fi', phone: '+358401234567' },
      shippingAddress: { name: 'Aino', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
      deliveryMethodId: 'posti-home', paymentMethodId: 'invoice',
    }).catch(async (first: unknown) => {
      // Tolerate catalogue ids that differ: use the backend's own.
      if (first instanceof CommerceError && first.code === 'invalid-input') {
        const m = (await local.getDeliveryMethods()).find((x) => x.kind === 'home')!;
        const p = (await local.getPaymentMethods())[0]!;
        return bad.placeOrder({
          idempotencyKey: 'k3', contact: { email: 'aino@example.fi', phone: '+358401234567' },
          shippingAddress: { name: 'Aino', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
          deliveryMethodId: m.id, paymentMethodId: p.id,
        });
      }
      throw first;
    }));
    expect(e.code).to.equal('malformed-response');
    expect(e.message).to.contain('order.total.amount is NaN');
  });

  it('drops a malformed cart pushed from another tab and passes good ones on', async () => {
    const local = testAdapter();
    await cartWith3Lines(local);
    let push: ((c: Cart) => void) | undefined;
    local.subscribe = (listener) => {
      push = listener;
      return () => undefined;
    };
    const warnings: string[] = [];
    const guarded = guardAdapter(local, { currency: 'EUR', warn: (m) => warnings.push(m) });
    const received: Cart[] = [];
    guarded.subscribe!((c) => received.push(c));
    const good = await local.getCart();
    push!({ ...good, lines: [good.lines[0]!, good.lines[0]!] });
    expect(received).to.have.length(0);
    expect(warnings[0]).to.contain('cart.lines[1].id');
    push!(good);
    expect(received).to.deep.equal([good]);
  });
});
