// VendureCommerceAdapter beyond the shared contract: sessions, retries and timeouts, error mapping, and checkout
// retries checked in Vendure itself through its Admin API. Runs against the live server test/run.mjs starts.
import '../../src/messages/locales/all.js';
import { expect } from '@open-wc/testing';
import { VendureCommerceAdapter } from '../../src/adapters/vendure/vendure-adapter.js';
import { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { ManualClock } from '../../src/core/clock.js';
import { ERROR_CODES, plainText, stockFrom, toCommerceErrorFromResult } from '../../src/adapters/vendure/mapping.js';
import { commonMessages } from '../../src/messages/common.js';
import { createSafeStorage } from '../../src/core/storage.js';
import type { PlaceOrderInput } from '../../src/core/model.js';
import { rejection } from '../../src/testing/index.js';
import { lossyFetch, placedOrders, shopApiUrl, vendureAdapter } from './vendure-adapter-helpers.js';
import { uniqueKey } from '../helpers/shop.js';

let n = 0;
const uniqueName = () => `Vendure${Date.now().toString(36)}${(n += 1)}`;

const order = (lastName: string, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
  idempotencyKey: `key-${lastName}`,
  contact: { email: `${lastName.toLowerCase()}@example.fi`, phone: '+358401234567' },
  shippingAddress: { name: `Eino ${lastName}`, street: 'Hämeenkatu 5', postalCode: '33100', city: 'Tampere', country: 'FI' },
  deliveryMethodId: 'home',
  paymentMethodId: 'card',
  ...overrides,
});

async function addChainLube(adapter: VendureCommerceAdapter, quantity = 1) {
  const p = await adapter.getProduct('chain-lube');
  return adapter.addLine({ productId: 'chain-lube', variantId: p.variants[0]!.id, quantity });
}

/** A fetch that answers from a script, counting calls: for transport tests that need no server. */
function scriptedFetch(answer: (call: number, init: RequestInit | undefined) => Promise<Response>) {
  const calls: number[] = [];
  const fn: typeof fetch = (_input, init) => {
    calls.push(calls.length + 1);
    return answer(calls.length, init);
  };
  return { fetch: fn, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('VendureCommerceAdapter (live Vendure)', function () {
  this.timeout(20000);

  describe('session and cart lifecycle', () => {
    it('keeps the cart across a reload through the session token in first-party storage', async () => {
      const storageKey = uniqueKey('sf-vendure-test');
      const first = vendureAdapter({ storageKey });
      const cart = await addChainLube(first, 2);
      expect(localStorage.getItem(`${storageKey}:token`), 'token kept in localStorage').to.match(/^\w{20,}$/);
      const reloaded = vendureAdapter({ storageKey });
      const restored = await reloaded.getCart();
      expect(restored.id).to.equal(cart.id);
      expect(restored.lines.map((l) => l.quantity)).to.deep.equal([2]);
    });

    it('starts a new empty cart cleanly when the stored session is unknown to Vendure', async () => {
      const storageKey = uniqueKey('sf-vendure-test');
      localStorage.setItem(`${storageKey}:token`, 'expired-or-foreign-session-token');
      const adapter = vendureAdapter({ storageKey });
      expect((await adapter.getCart()).lines).to.have.length(0);
      const cart = await addChainLube(adapter);
      expect(cart.lines).to.have.length(1);
      expect(localStorage.getItem(`${storageKey}:token`)).to.not.equal('expired-or-foreign-session-token');
    });

    it('starts a new cart, with a new id, after the order is placed', async () => {
      const adapter = vendureAdapter();
      const before = await addChainLube(adapter);
      const placed = await adapter.placeOrder(order(uniqueName()));
      expect(placed.code).to.equal(before.id);
      const empty = await adapter.getCart();
      expect(empty.lines).to.have.length(0);
      expect(empty.revision).to.be.greaterThan(before.revision);
      const next = await addChainLube(adapter);
      expect(next.id).to.not.equal(before.id);
    });
  });

  describe('cart retries (Vendure has no idempotency keys: the adapter keeps its own)', () => {
    /**
     * A fetch whose next add (`SfAdd`) does what `how` says: `land-then-hang` reaches Vendure and is applied, but its
     * answer never comes (the client's timeout fires); `never-sent` fails before reaching Vendure.
     */
    function faultyAdd(how: 'land-then-hang' | 'never-sent') {
      let armed = true;
      const fn: typeof fetch = async (input, init) => {
        const body = typeof init?.body === 'string' ? init.body : '';
        if (!armed || !body.includes('mutation SfAdd(')) return fetch(input, init);
        armed = false;
        if (how === 'never-sent') throw new TypeError('Failed to fetch (simulated: offline)');
        await (await fetch(input, init)).arrayBuffer();
        const signal = init?.signal;
        return new Promise<Response>((_, reject) => {
          const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
          if (signal?.aborted) abort();
          else signal?.addEventListener('abort', abort, { once: true });
        });
      };
      return fn;
    }

    const lubeInput = async (adapter: VendureCommerceAdapter, quantity: number) =>
      ({ productId: 'chain-lube', variantId: (await adapter.getProduct('chain-lube')).variants[0]!.id, quantity });

    it('a retried add after a timeout whose first request did land does not double the line', async () => {
      const adapter = vendureAdapter({ fetch: faultyAdd('land-then-hang'), timeoutMs: 2000 });
      const input = await lubeInput(adapter, 2);
      const first = await rejection(adapter.addLine(input, { idempotencyKey: 'retry-timeout' }));
      expect(first.code).to.equal('timeout');
      const retried = await adapter.addLine(input, { idempotencyKey: 'retry-timeout' });
      expect(retried.lines.map((l) => l.quantity)).to.deep.equal([2]);
      expect((await adapter.getCart()).lines.map((l) => l.quantity), 'added once in Vendure').to.deep.equal([2]);
      // The same add under a new key is a new change.
      expect((await adapter.addLine(input, { idempotencyKey: 'retry-timeout-2' })).lines.map((l) => l.quantity)).to.deep.equal([4]);
    });

    it('a retried add whose first request never reached Vendure adds it', async () => {
      const adapter = vendureAdapter({ fetch: faultyAdd('never-sent') });
      const input = await lubeInput(adapter, 1);
      expect((await rejection(adapter.addLine(input, { idempotencyKey: 'retry-offline' }))).code).to.equal('network');
      expect((await adapter.getCart()).lines, 'nothing landed').to.have.length(0);
      await adapter.addLine(input, { idempotencyKey: 'retry-offline' });
      expect((await adapter.getCart()).lines.map((l) => l.quantity)).to.deep.equal([1]);
    });
  });

  describe('checkout retries, checked in Vendure', () => {
    for (const step of ['SfTransition', 'SfPay'] as const) {
      it(`a response lost at ${step === 'SfPay' ? 'payment' : 'the move to payment'} and a retry give exactly one paid order`, async () => {
        const lossy = lossyFetch();
        const adapter = vendureAdapter({ fetch: lossy.fetch });
        const name = uniqueName();
        await addChainLube(adapter, 2);
        lossy.loseNext(step);
        const lost = await rejection(adapter.placeOrder(order(name)));
        expect(lost.code).to.equal('network');
        const placed = await adapter.placeOrder(order(name));
        expect(placed.status).to.equal('paid');
        const orders = await placedOrders(name);
        expect(orders.map((o) => o.code)).to.deep.equal([placed.code]);
        expect(orders[0]!.state).to.equal('PaymentSettled');
        expect(orders[0]!.payments.map((p) => [p.state, p.method])).to.deep.equal([['Settled', 'card']]);
        expect(orders[0]!.totalWithTax).to.equal(placed.total.amount);
        expect(lossy.calls.filter((c) => c === 'SfPay'), 'paid once').to.have.length(step === 'SfPay' ? 1 : 1);
      });
    }

    it('a retry after the shopper fixed a detail goes on with the same order', async () => {
      const adapter = vendureAdapter();
      const name = uniqueName();
      await addChainLube(adapter);
      const bad = await rejection(adapter.placeOrder(order(name, { paymentMethodId: 'no-such-method' })));
      expect(bad.field).to.equal('paymentMethod');
      const placed = await adapter.placeOrder(order(name));
      expect(placed.paymentMethod).to.deep.equal({ id: 'card', kind: 'card', name: 'Card (test)' });
      expect((await placedOrders(name)).map((o) => o.code)).to.deep.equal([placed.code]);
    });
  });

  describe('delivery', () => {
    it('shows the configured methods before a cart exists (Vendure quotes shipping only for an order)', async () => {
      const methods = await vendureAdapter().getDeliveryMethods();
      expect(methods.map((m) => [m.id, m.price.amount])).to.deep.equal([['home', 990], ['pickup-point', 590], ['store', 0]]);
    });

    it('takes the price from Vendure: home delivery is free from €100', async () => {
      const adapter = vendureAdapter();
      const helmet = await adapter.getProduct('kypara-aero');
      await adapter.addLine({ productId: 'kypara-aero', variantId: helmet.variants[0]!.id, quantity: 1 });
      const methods = await adapter.getDeliveryMethods({ postalCode: '00100' });
      expect(methods.find((m) => m.id === 'home')!.price.amount).to.equal(0);
    });

    it('gives the RIDE20 discount from €100 (Vendure keeps the code and applies it once the condition holds)', async () => {
      const adapter = vendureAdapter();
      const helmet = await adapter.getProduct('kypara-aero');
      const cart = await adapter.addLine({ productId: 'kypara-aero', variantId: helmet.variants[0]!.id, quantity: 1 });
      const discounted = await adapter.applyDiscountCode('RIDE20');
      expect(discounted.discounts.map((d) => [d.code, d.amount.amount])).to.deep.equal([['RIDE20', 2000]]);
      expect(discounted.total.amount).to.equal(cart.subtotal.amount - 2000);
    });
  });

  describe('transport', () => {
    const url = () => shopApiUrl();
    const memory = () => createSafeStorage(() => undefined, 'test', () => undefined);

    it('retries a query after network failures, and succeeds', async () => {
      const script = scriptedFetch((call, init) => (call < 3 ? Promise.reject(new TypeError('Failed to fetch')) : fetch(url(), init)));
      const adapter = new VendureCommerceAdapter({ shopApiUrl: url(), storage: memory(), fetch: script.fetch });
      const tree = await adapter.getCategoryTree();
      expect(tree.length).to.equal(5);
      expect(script.calls).to.have.length(3);
    });

    it('sends a mutation once: a failed add is reported as a network error, not repeated', async () => {
      let adds = 0;
      const failing: typeof fetch = (input, init) => {
        if (typeof init?.body === 'string' && init.body.includes('mutation SfAdd')) {
          adds += 1;
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        return fetch(input, init);
      };
      const adapter = new VendureCommerceAdapter({ shopApiUrl: url(), storage: memory(), fetch: failing });
      const err = await rejection(addChainLube(adapter));
      expect(err.code).to.equal('network');
      expect(err.retryable).to.equal(true);
      expect(adds).to.equal(1);
    });

    it('gives up after the timeout, and stops at once when the caller aborts', async () => {
      const hang = scriptedFetch((_call, init) => new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }));
      const slow = new VendureCommerceAdapter({ shopApiUrl: url(), storage: memory(), fetch: hang.fetch, timeoutMs: 50, retries: 1 });
      expect((await rejection(slow.getCategoryTree())).code).to.equal('timeout');
      expect(hang.calls, 'a timed-out query is tried again').to.have.length(2);
      const controller = new AbortController();
      const pending = slow.getProduct('kypara-aero', { signal: controller.signal });
      controller.abort();
      expect((await rejection(pending)).code).to.equal('timeout');
      expect(hang.calls, 'an abort is not retried').to.have.length(3);
    });

    it('reports a non-JSON answer as malformed and a 502 as a (retried) network error', async () => {
      const html = scriptedFetch(() => Promise.resolve(new Response('<html>oops</html>', { status: 200 })));
      expect((await rejection(new VendureCommerceAdapter({ shopApiUrl: url(), storage: memory(), fetch: html.fetch }).getCategoryTree())).code)
        .to.equal('malformed-response');
      const gateway = scriptedFetch(() => Promise.resolve(new Response('Bad gateway', { status: 502 })));
      const err = await rejection(new VendureCommerceAdapter({ shopApiUrl: url(), storage: memory(), fetch: gateway.fetch, retries: 1 }).getCategoryTree());
      expect(err.code).to.equal('network');
      expect(gateway.calls).to.have.length(2);
      const schema = scriptedFetch(() => Promise.resolve(json({ errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }, 400)));
      expect((await rejection(new VendureCommerceAdapter({ shopApiUrl: url(), storage: memory(), fetch: schema.fetch }).getCategoryTree())).code)
        .to.equal('malformed-response');
    });
  });

  describe('store availability (backend/store-availability-plugin.mjs)', () => {
    // Wednesday 10.12.2025 10:00 in Helsinki: stores open, before every cut-off.
    const at = Date.parse('2025-12-10T08:00:00Z');
    const local = () => new LocalCommerceAdapter({ storageKey: uniqueKey('sf-local-stores'), crossTab: false, clock: new ManualClock(at) });
    /** The Vendure variant id of each of a product's variants, by SKU (the kit's local ids differ). */
    const idsBySku = async (adapter: VendureCommerceAdapter, productId: string) =>
      new Map((await adapter.getProduct(productId)).variants.map((v) => [v.sku, v.id]));

    it('answers the local adapter\'s stores, shelves and pickup times for the same catalogue and moment', async () => {
      const vendure = vendureAdapter({ clock: new ManualClock(at) });
      const shop = local();
      const ids = await idsBySku(vendure, 'kypara-aero');
      const asked: [string, number][] = [];
      // Helmets: each size from the shelves (quantity 1), and M above Tampere's shelf (a warehouse transfer there).
      for (const v of (await shop.getProduct('kypara-aero')).variants) asked.push([v.sku, 1]);
      asked.push(['PP-KYPARA-AERO-M', 5]);
      for (const [sku, quantity] of asked) {
        const kit = (await shop.getProduct('kypara-aero')).variants.find((v) => v.sku === sku)!;
        const expected = await shop.getStoreAvailability(kit.id, { quantity });
        const actual = await vendure.getStoreAvailability!(ids.get(sku)!, { quantity });
        expect(actual, `${sku} × ${quantity}`).to.deep.equal(expected);
      }
      const kamppi = (await vendure.getStoreAvailability!(ids.get('PP-KYPARA-AERO-M')!, { quantity: 5 }))[0]!;
      expect(kamppi, 'seven on the Kamppi shelf: today from 17:00, no cut-off').to.deep.equal({
        storeId: 'kamppi', storeName: 'Kamppi', city: 'Helsinki', stock: 7, pickup: { date: '2025-12-10', readyFrom: '17:00' },
      });
      shop.dispose();
    });

    it('is absent without the storeAvailability option, and says what is missing against a server without the plugin', async () => {
      const plain = new VendureCommerceAdapter({ shopApiUrl: shopApiUrl(), storageKey: uniqueKey('sf-vendure-test') });
      expect('getStoreAvailability' in plain, 'no method: <sf-store-availability> shows nothing').to.equal(false);
      const noPlugin = scriptedFetch(() => Promise.resolve(json({
        errors: [{ message: 'Cannot query field "sfStoreAvailability" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
      }, 400)));
      const adapter = vendureAdapter({ fetch: noPlugin.fetch });
      const err = await rejection(adapter.getStoreAvailability!('1'));
      expect(err.code).to.equal('malformed-response');
      expect(err.retryable, 'asking again cannot help').to.equal(false);
      expect(err.message).to.contain('store availability plugin');
      expect(noPlugin.calls, 'not retried').to.have.length(1);
    });
  });

  describe('mapping', () => {
    it('maps every known Vendure ErrorResult to a kit code that has a shopper message in fi, sv and en', () => {
      for (const [errorCode, { code }] of Object.entries(ERROR_CODES)) {
        const e = toCommerceErrorFromResult({ __typename: 'X', errorCode, message: 'm' });
        expect(e.code, errorCode).to.equal(code);
        for (const locale of ['en', 'fi', 'sv'] as const) {
          expect(commonMessages[locale][`error.${code}`], `${locale} ${code}`).to.be.a('string').and.not.equal('');
        }
      }
      expect(toCommerceErrorFromResult({ __typename: 'X', errorCode: 'SOMETHING_NEW', message: 'm' }).code).to.equal('unknown');
      const stock = toCommerceErrorFromResult({ __typename: 'InsufficientStockError', errorCode: 'INSUFFICIENT_STOCK_ERROR', message: 'm', quantityAvailable: 3 });
      expect([stock.code, stock.available, stock.field]).to.deep.equal(['out-of-stock', 3, 'quantity']);
    });

    it('shows rich-text descriptions as plain text, and a fallback image where Vendure has no asset', async () => {
      expect(plainText('<p>Fast &amp; light</p><p>For&nbsp;gravel</p>')).to.equal('Fast & light For gravel');
      const adapter = vendureAdapter({ fallbackImage: (id, name) => ({ src: `/img/${id}.svg`, alt: name }) });
      const p = await adapter.getProduct('kypara-aero');
      expect(p.images).to.deep.equal([{ src: '/img/kypara-aero.svg', alt: 'Aero Helmet' }]);
      const cart = await adapter.addLine({ productId: p.id, variantId: p.variants[0]!.id, quantity: 1 });
      expect(cart.lines[0]!.image?.src).to.equal('/img/kypara-aero.svg');
      expect((await vendureAdapter().getProduct('kypara-aero')).images, 'no invented image by default').to.deep.equal([]);
    });

    it('reads numeric stock levels exactly and Vendure\'s default words coarsely', () => {
      expect(['7', '0', '-2', 'IN_STOCK', 'LOW_STOCK', 'OUT_OF_STOCK'].map(stockFrom)).to.deep.equal([7, 0, 0, 99, 1, 0]);
    });
  });
});
