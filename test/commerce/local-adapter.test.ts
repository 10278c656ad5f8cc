import { expect } from '@open-wc/testing';
import { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { CommerceError } from '../../src/core/errors.js';
import { fullStorage, testAdapter, throwingStorage, uniqueKey } from '../helpers/shop.js';

async function rejection(promise: Promise<unknown>): Promise<CommerceError> {
  try {
    await promise;
  } catch (e) {
    expect(e).to.be.instanceOf(CommerceError);
    return e as CommerceError;
  }
  throw new Error('expected the call to fail');
}

const order = (key: string) => ({
  idempotencyKey: key,
  contact: { email: 'aino@example.fi', phone: '+358401234567' },
  shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
  deliveryMethodId: 'home',
  paymentMethodId: 'invoice',
});

describe('LocalCommerceAdapter', () => {
  it('offers a Nordic bicycle shop: about 30 products in 5+ categories with local images and variants', async () => {
    const adapter = testAdapter();
    const { items, total } = await adapter.listProducts();
    expect(total).to.be.within(28, 40);
    const tree = await adapter.getCategoryTree();
    expect(tree.map((c) => c.id)).to.include.members(['bikes', 'helmets', 'clothing', 'shoes', 'parts']);
    for (const p of items) {
      expect(p.images[0]!.src, p.id).to.match(/^data:image\/svg\+xml,/);
      expect(p.variants.length, p.id).to.be.greaterThan(0);
      for (const v of p.variants) expect(Number.isInteger(v.price.amount)).to.equal(true);
    }
    const helmets = await adapter.listProducts({ categoryId: 'helmets' });
    expect(helmets.items.every((p) => p.categoryIds.includes('helmets'))).to.equal(true);
    expect((await adapter.search('gravel')).items.map((p) => p.id)).to.include('sora-gravel');
    expect((await adapter.search('kypara')).items.length, 'diacritics folded').to.equal(0);
    expect((await adapter.search('sähkö')).items.map((p) => p.id)).to.include('sahko-city');
  });

  it('keeps the cart across a reload (a new adapter on the same storage)', async () => {
    const storageKey = uniqueKey();
    const first = new LocalCommerceAdapter({ storageKey, crossTab: false });
    await first.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 2 });
    const cart = await first.applyDiscountCode('welcome10');
    first.dispose();
    const afterReload = new LocalCommerceAdapter({ storageKey, crossTab: false });
    const restored = await afterReload.getCart();
    expect(restored.id).to.equal(cart.id);
    expect(restored.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([['kypara-aero-m', 2]]);
    expect(restored.discounts.map((d) => d.code)).to.deep.equal(['WELCOME10']);
    expect(restored.total.amount).to.equal(cart.total.amount);
  });

  it('starts a clean cart, with a warning, when the stored cart has another schema', async () => {
    const storageKey = uniqueKey();
    localStorage.setItem(`${storageKey}:cart`, JSON.stringify({ schema: 99, lines: 'nonsense' }));
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const cart = await new LocalCommerceAdapter({ storageKey, crossTab: false }).getCart();
      expect(cart.lines).to.have.length(0);
      expect(warnings.join()).to.match(/stored cart could not be read/);
    } finally {
      console.warn = warn;
    }
  });

  it('works in memory, warning once, when storage throws on every access', async () => {
    const warnings: string[] = [];
    const adapter = testAdapter({ storage: throwingStorage(warnings) });
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    const cart = await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 2 });
    expect(cart.itemCount).to.equal(3);
    expect((await adapter.getCart()).itemCount).to.equal(3);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/unavailable \(SecurityError/);
  });

  it('loses nothing when storage is full (QuotaExceededError)', async () => {
    const warnings: string[] = [];
    const adapter = testAdapter({ storage: fullStorage(warnings) });
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    const cart = await adapter.addLine({ productId: 'lock-chain', variantId: 'lock-chain-default', quantity: 1 });
    expect(cart.lines).to.have.length(2);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/QuotaExceededError/);
  });

  it('fails on command with a typed, retryable network error, per method', async () => {
    const adapter = testAdapter({ faults: { fail: ['addLine'] } });
    const error = await rejection(adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 }));
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect((await adapter.getCart()).lines, 'other methods still work and nothing was added').to.have.length(0);
    adapter.faults = {};
    expect((await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 })).itemCount).to.equal(1);
  });

  it('is slow on command, and a slow call can be aborted', async () => {
    const adapter = testAdapter({ faults: { latencyMs: 5000 } });
    const controller = new AbortController();
    const pending = adapter.getProduct('light-set', { signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).code).to.equal('timeout');
  });

  it('explains refusals with typed errors: stock, quantity, discount codes, unknown products', async () => {
    const adapter = testAdapter();
    const none = await rejection(adapter.addLine({ productId: 'lock-folding', variantId: 'lock-folding-default', quantity: 1 }));
    expect([none.code, none.available], 'sold out and not backorderable').to.deep.equal(['out-of-stock', 0]);
    const backorder = await adapter.addLine({ productId: 'kypara-trail', variantId: 'kypara-trail-l', quantity: 1 });
    expect(backorder.itemCount, 'sold out but restocking: can be ordered').to.equal(1);
    expect((await rejection(adapter.addLine({ productId: 'lock-chain', variantId: 'no-such', quantity: 1 }))).code).to.equal('not-found');
    const short = await rejection(adapter.addLine({ productId: 'lock-chain', variantId: 'lock-chain-default', quantity: 12 }));
    expect([short.code, short.available]).to.deep.equal(['out-of-stock', 11]);
    expect((await rejection(adapter.addLine({ productId: 'lock-chain', variantId: 'lock-chain-default', quantity: 1.5 }))).code).to.equal('invalid-quantity');
    expect((await rejection(adapter.applyDiscountCode('NOPE'))).code).to.equal('invalid-discount-code');
    expect((await rejection(adapter.applyDiscountCode('summer2025'))).code).to.equal('expired-discount-code');
    expect((await rejection(adapter.getProduct('no-such'))).code).to.equal('not-found');
  });

  it('flags a line whose stock dropped or whose product disappeared instead of altering it', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'lock-chain', variantId: 'lock-chain-default', quantity: 3 });
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    adapter.setStock('lock-chain-default', 1);
    adapter.removeProduct('light-set');
    const cart = await adapter.getCart();
    expect(cart.lines.map((l) => [l.quantity, l.issue])).to.deep.equal([
      [3, { kind: 'stock-reduced', available: 1 }],
      [1, { kind: 'unavailable' }],
    ]);
  });

  it('places exactly one order per idempotency key, even when the response is lost', async () => {
    const adapter = testAdapter({ faults: { loseResponse: ['placeOrder'] } });
    await adapter.addLine({ productId: 'helmet-city', variantId: 'helmet-city-m', quantity: 1 });
    expect((await rejection(adapter.placeOrder(order('key-1')))).code).to.equal('network');
    adapter.faults = {};
    const retried = await adapter.placeOrder(order('key-1'));
    const again = await adapter.placeOrder(order('key-1'));
    expect(again.code).to.equal(retried.code);
    expect(adapter.orders()).to.have.length(1);
    expect(retried.lines.map((l) => l.variantId)).to.deep.equal(['helmet-city-m']);
    expect((await adapter.getCart()).lines, 'a placed order empties the cart').to.have.length(0);
  });

  it('prices delivery: free from €100, VAT included', async () => {
    const adapter = testAdapter();
    const small = await adapter.addLine({ productId: 'gloves-summer', variantId: 'gloves-summer-m', quantity: 1 });
    expect(small.shippingEstimate?.amount).to.equal(590);
    expect(small.total.amount).to.equal(2900 + 590);
    const big = await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    expect(big.shippingEstimate?.amount).to.equal(0);
    expect(big.vat.amount, 'rounded once for the 25.5 % rate').to.equal(Math.round(((2900 + 14900) * 255) / 1255));
  });
});
