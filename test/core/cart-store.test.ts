import { expect, waitUntil } from '@open-wc/testing';
import { CartStore, type CartState, type CartStoreOptions } from '../../src/core/cart-store.js';
import { ManualClock } from '../../src/core/clock.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { CommerceError } from '../../src/core/errors.js';
import { guardAdapter } from '../../src/adapters/guard.js';
import type { Cart } from '../../src/core/model.js';
import { testAdapter, uniqueKey } from '../helpers/shop.js';

/** Counts the calls of one adapter method, keeping its behaviour. */
function spy<K extends 'setQuantity' | 'removeLine' | 'addLine'>(adapter: LocalCommerceAdapter, method: K): unknown[][] {
  const calls: unknown[][] = [];
  const original = (adapter[method] as (...a: unknown[]) => unknown).bind(adapter);
  (adapter as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
    calls.push(args);
    return original(...args);
  };
  return calls;
}

async function seeded(adapter: LocalCommerceAdapter, options: CartStoreOptions = {}) {
  await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
  await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 2 });
  await adapter.addLine({ productId: 'gloves-summer', variantId: 'gloves-summer-m', quantity: 1 });
  const store = new CartStore(adapter, { debounceMs: 20, undoMs: 10_000, ...options });
  const states: CartState[] = [];
  store.subscribe((s) => states.push(s));
  await waitUntil(() => store.state.status === 'ready', 'the cart loads');
  return { store, states, lines: store.cart!.lines };
}

const quantities = (store: CartStore) => store.cart!.lines.map((l) => `${l.variantId}:${l.quantity}`);

describe('CartStore', () => {
  it('shows a quantity change at once, with the line total and subtotal, before the backend confirms', async () => {
    const adapter = testAdapter({ faults: { latencyMs: 50 } });
    const { store, lines } = await seeded(adapter);
    const helmet = lines[0]!;
    const done = store.setQuantity(helmet.id, 3);
    expect(store.cart!.lines[0]!.quantity).to.equal(3);
    expect(store.cart!.lines[0]!.lineTotal.amount).to.equal(3 * helmet.unitPrice.amount);
    expect(store.cart!.itemCount).to.equal(3 + 2 + 1);
    expect(store.state.pendingLineIds).to.include(helmet.id);
    const cart = await done;
    expect(cart.lines[0]!.quantity).to.equal(3);
    expect((await adapter.getCart()).lines[0]!.quantity).to.equal(3);
    expect(store.state.pending).to.equal(false);
  });

  it('rolls a failed quantity change back to the confirmed line, keeps the error on that line, and loses nothing else', async () => {
    const adapter = testAdapter();
    const { store, lines } = await seeded(adapter);
    adapter.faults = { fail: ['setQuantity'] };
    const error = await store.setQuantity(lines[1]!.id, 5).then(() => null, (e: CommerceError) => e);
    expect(error?.code).to.equal('network');
    expect(quantities(store)).to.deep.equal(['kypara-aero-m:1', 'light-set-default:2', 'gloves-summer-m:1']);
    expect(Object.keys(store.state.lineErrors!)).to.deep.equal([lines[1]!.id]);
    expect(store.state.lineErrors![lines[1]!.id]!.code).to.equal('network');
    // The next successful change of that line clears its error.
    adapter.faults = {};
    await store.setQuantity(lines[1]!.id, 4);
    expect(store.state.lineErrors).to.deep.equal({});
    expect(quantities(store)[1]).to.equal('light-set-default:4');
  });

  it('gathers rapid changes of a line into one backend call with the final quantity', async () => {
    const adapter = testAdapter();
    const calls = spy(adapter, 'setQuantity');
    const { store, lines } = await seeded(adapter, { debounceMs: 200 });
    const id = lines[0]!.id;
    const all = [2, 3, 4, 5].map((q) => store.setQuantity(id, q));
    expect(store.cart!.lines[0]!.quantity).to.equal(5);
    await Promise.all(all);
    expect(calls.map((c) => c.slice(0, 2))).to.deep.equal([[id, 5]]);
    expect(store.cart!.lines[0]!.quantity).to.equal(5);
  });

  it('sends a change made while a call is in flight after it, so the final cart equals the backend', async () => {
    const adapter = testAdapter({ faults: { latencyMs: 80 } });
    const calls = spy(adapter, 'setQuantity');
    const { store, lines } = await seeded(adapter, { debounceMs: 5 });
    const id = lines[0]!.id;
    const first = store.setQuantity(id, 2);
    await waitUntil(() => calls.length === 1, 'the first call goes out');
    const second = store.setQuantity(id, 4);
    expect(store.cart!.lines[0]!.quantity).to.equal(4);
    await Promise.all([first, second]);
    expect(calls.map((c) => c[1])).to.deep.equal([2, 4]);
    expect(store.cart!.lines[0]!.quantity).to.equal(4);
    expect((await adapter.getCart()).lines[0]!.quantity).to.equal(4);
  });

  it('makes no call when a burst ends where it started', async () => {
    const adapter = testAdapter();
    const calls = spy(adapter, 'setQuantity');
    const { store, lines } = await seeded(adapter, { debounceMs: 100 });
    const id = lines[0]!.id;
    await Promise.all([store.setQuantity(id, 2), store.setQuantity(id, 1)]);
    expect(calls).to.have.length(0);
    expect(store.state.pending).to.equal(false);
  });

  it('removes a line at once, keeps it for undo, and undo puts it back in its place', async () => {
    const adapter = testAdapter({ faults: { latencyMs: 30 } });
    const { store, lines } = await seeded(adapter);
    const middle = lines[1]!;
    const removal = store.removeLine(middle.id);
    expect(store.cart!.lines.map((l) => l.variantId)).to.deep.equal(['kypara-aero-m', 'gloves-summer-m']);
    expect(store.state.removed!.map((r) => [r.line.variantId, r.index])).to.deep.equal([['light-set-default', 1]]);
    await removal;
    expect((await adapter.getCart()).lines).to.have.length(2);
    await store.undoRemove(middle.id);
    expect(quantities(store)).to.deep.equal(['kypara-aero-m:1', 'light-set-default:2', 'gloves-summer-m:1']);
    expect(store.state.removed).to.deep.equal([]);
    expect((await adapter.getCart()).lines.find((l) => l.variantId === 'light-set-default')?.quantity).to.equal(2);
  });

  it('undo while the removal is still on its way waits for it and ends with the line back', async () => {
    const adapter = testAdapter({ faults: { latencyMs: 40 } });
    const { store, lines } = await seeded(adapter);
    void store.removeLine(lines[0]!.id);
    await store.undoRemove(lines[0]!.variantId);
    expect(quantities(store)).to.deep.equal(['kypara-aero-m:1', 'light-set-default:2', 'gloves-summer-m:1']);
    expect((await adapter.getCart()).itemCount).to.equal(4);
  });

  it('brings a line back with its error when the removal fails', async () => {
    const adapter = testAdapter();
    const { store, lines } = await seeded(adapter);
    adapter.faults = { fail: ['removeLine'] };
    const error = await store.removeLine(lines[2]!.id).then(() => null, (e: CommerceError) => e);
    expect(error?.code).to.equal('network');
    expect(quantities(store)).to.deep.equal(['kypara-aero-m:1', 'light-set-default:2', 'gloves-summer-m:1']);
    expect(store.state.lineErrors![lines[2]!.id]?.code).to.equal('network');
    expect(store.state.removed).to.deep.equal([]);
  });

  it('keeps a removed line with the error when undo fails (sold out meanwhile)', async () => {
    const adapter = testAdapter();
    const { store, lines } = await seeded(adapter);
    await store.removeLine(lines[0]!.id);
    adapter.setStock('kypara-aero-m', 0);
    const error = await store.undoRemove(lines[0]!.id).then(() => null, (e: CommerceError) => e);
    expect(error?.code).to.equal('out-of-stock');
    expect(store.state.removed).to.have.length(1);
    expect(store.state.removed![0]!.error?.code).to.equal('out-of-stock');
    expect(store.cart!.lines).to.have.length(2);
  });

  it('forgets a removed line after the undo period, unless the shopper holds it', async () => {
    const adapter = testAdapter();
    const { store, lines } = await seeded(adapter, { undoMs: 30 });
    await store.removeLine(lines[0]!.id);
    store.holdUndo(lines[0]!.id, true);
    await store.removeLine(lines[1]!.id);
    await waitUntil(() => store.state.removed!.length === 1, 'the unheld entry expires');
    expect(store.state.removed![0]!.line.id).to.equal(lines[0]!.id);
    store.holdUndo(lines[0]!.id, false);
    await waitUntil(() => store.state.removed!.length === 0, 'the released entry expires');
  });

  it('reports add and discount failures to the caller without changing the cart', async () => {
    const adapter = testAdapter();
    const { store } = await seeded(adapter);
    const before = store.cart;
    const add = await store.addLine({ productId: 'lock-folding', variantId: 'lock-folding-default', quantity: 1 }).catch((e: CommerceError) => e);
    expect((add as CommerceError).code).to.equal('out-of-stock');
    const code = await store.applyDiscountCode('NOPE').catch((e: CommerceError) => e);
    expect((code as CommerceError).code).to.equal('invalid-discount-code');
    adapter.faults = { fail: ['addLine', 'applyDiscountCode', 'removeDiscountCode'] };
    for (const call of [
      () => store.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 }),
      () => store.applyDiscountCode('PYORA10'),
      () => store.removeDiscountCode('PYORA10'),
    ]) {
      const e = await call().catch((err: CommerceError) => err);
      expect((e as CommerceError).code).to.equal('network');
    }
    // A network failure makes the store read the cart again (the change may have landed): same content.
    expect(store.cart).to.deep.equal(before);
    expect(store.state.pending).to.equal(false);
  });

  it('follows another tab and ignores stale revisions', async () => {
    const storageKey = uniqueKey();
    const a = testAdapter({ storageKey, crossTab: true });
    const b = testAdapter({ storageKey, crossTab: true });
    try {
      const storeA = new CartStore(a);
      const storeB = new CartStore(b);
      storeA.subscribe(() => {});
      storeB.subscribe(() => {});
      await waitUntil(() => storeA.state.status === 'ready' && storeB.state.status === 'ready');
      await storeA.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 2 });
      await waitUntil(() => storeB.cart?.itemCount === 2, 'tab B sees tab A');
      expect(storeB.state.remoteChange).to.equal(1);
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  it('ignores an answer older than the revision it knows', async () => {
    const adapter = testAdapter();
    const newer = await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 2 });
    const listeners: ((c: typeof newer) => void)[] = [];
    const fake = {
      getCart: async () => newer,
      subscribe: (l: (c: typeof newer) => void) => {
        listeners.push(l);
        return () => {};
      },
    } as unknown as LocalCommerceAdapter;
    const store = new CartStore(fake);
    store.subscribe(() => {});
    await waitUntil(() => store.cart === newer);
    listeners.forEach((l) => l({ ...newer, revision: newer.revision - 1, lines: [], itemCount: 0 }));
    expect(store.cart).to.equal(newer);
    listeners.forEach((l) => l({ ...newer, revision: newer.revision + 1, lines: [], itemCount: 0 }));
    expect(store.cart!.itemCount).to.equal(0);
  });

  it('load() picks up a cart changed behind the page and counts it as a remote change', async () => {
    const storageKey = uniqueKey();
    const adapter = testAdapter({ storageKey });
    const { store } = await seeded(adapter);
    const other = testAdapter({ storageKey });
    await other.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
    expect(store.cart!.lines).to.have.length(3);
    await store.load();
    expect(store.cart!.lines).to.have.length(4);
    expect(store.state.remoteChange).to.equal(1);
    expect(store.claimRemoteChange(1)).to.equal(true);
    expect(store.claimRemoteChange(1)).to.equal(false);
  });
  it('drops an Undo row when the cart changes under it: another tab, a re-read, the order placed', async () => {
    // A ManualClock that never moves: only the change itself can make the Undo row go, never the undo window.
    const clock = new ManualClock(Date.UTC(2026, 11, 1, 10));
    const storageKey = uniqueKey();
    const a = testAdapter({ storageKey, crossTab: true });
    const b = testAdapter({ storageKey, crossTab: true });
    try {
      const { store, lines } = await seeded(a, { undoMs: 8000, clock });
      const storeB = new CartStore(b);
      storeB.subscribe(() => {});
      await waitUntil(() => storeB.state.status === 'ready');

      // Another tab changes the cart.
      await store.removeLine(lines[0]!.id);
      expect(store.state.removed, 'the removed line is offered for undo').to.have.length(1);
      await storeB.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
      await waitUntil(() => store.cart!.lines.some((l) => l.variantId === 'chain-11-default'), 'this tab follows the other');
      expect(store.state.removed ?? [], 'no undo into a cart changed elsewhere').to.have.length(0);

      // A re-read (reload, back/forward cache) finds a change made behind the page.
      await store.removeLine(lines[1]!.id);
      expect(store.state.removed).to.have.length(1);
      const behind = testAdapter({ storageKey });
      await behind.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
      await store.load();
      expect(store.state.removed ?? [], 'dropped after a re-read that found a change').to.have.length(0);

      // The order is placed: the next cart is a new one.
      await store.removeLine(store.cart!.lines[0]!.id);
      expect(store.state.removed).to.have.length(1);
      const methods = await a.getDeliveryMethods({ postalCode: '00100' });
      const payments = await a.getPaymentMethods();
      await a.placeOrder({
        idempotencyKey: uniqueKey('order'),
        contact: { email: 'aino@example.fi', phone: '0401234567' },
        shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
        deliveryMethodId: methods.find((m) => m.kind === 'home')!.id,
        paymentMethodId: payments[0]!.id,
      });
      await store.load();
      expect(store.cart!.lines, 'a new, empty cart').to.have.length(0);
      expect(store.state.removed ?? [], 'no Undo row from the cart before the order').to.have.length(0);
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  it('runs on the clock it is given: quantity changes wait for the debounce, the undo window closes on time', async () => {
    const adapter = testAdapter();
    const clock = new ManualClock(Date.UTC(2026, 11, 1, 10));
    const { store, lines } = await seeded(adapter, { debounceMs: 300, undoMs: 8000, clock });
    const calls = spy(adapter, 'setQuantity');
    const helmet = lines[0]!;
    void store.setQuantity(helmet.id, 2);
    void store.setQuantity(helmet.id, 3);
    clock.advance(299);
    expect(calls, 'nothing is sent before the debounce ends').to.have.length(0);
    clock.advance(1);
    await waitUntil(() => calls.length > 0, 'the debounce ends on the clock');
    expect(calls.map((c) => c[1]), 'one call with the last quantity').to.deep.equal([3]);
    await waitUntil(() => (store.state.pendingLineIds ?? []).length === 0, 'the change is confirmed');

    void store.removeLine(lines[1]!.id);
    await waitUntil(() => (store.state.removed ?? []).length === 1, 'the removed line waits for undo');
    clock.advance(7999);
    expect(store.state.removed).to.have.length(1);
    clock.advance(1);
    expect(store.state.removed ?? []).to.have.length(0);
  });

  describe('idempotent writes', () => {
    const lube = { productId: 'chain-lube', variantId: 'chain-lube-default', quantity: 1 };
    const inBackend = async (adapter: LocalCommerceAdapter) => (await adapter.getCart()).lines.map((l) => `${l.variantId}:${l.quantity}`);

    it('a retried add after a timeout never doubles the line, even when the first attempt landed late', async () => {
      const adapter = testAdapter({ faults: { latencyMs: 150 } });
      // The shop's deadline for a change is shorter than this backend's latency: the add times out, then lands.
      const store = new CartStore(guardAdapter(adapter, { timeoutMs: 5000, mutationTimeoutMs: 30 }), { debounceMs: 5 });
      store.subscribe(() => undefined);
      await waitUntil(() => store.state.status === 'ready', 'the cart loads');
      const calls = spy(adapter, 'addLine');
      const first = await store.addLine(lube).then(() => null, (e: CommerceError) => e);
      expect(first?.code).to.equal('timeout');
      adapter.faults = {};
      await waitUntil(async () => (await inBackend(adapter)).length === 1, 'the timed-out add lands after all');
      // The store reads the cart again (it does so itself after a timeout): the shopper sees the line, in a cart
      // whose id may differ from the empty one's, and tries again anyway.
      await store.load();
      expect(store.cart?.lines.map((l) => l.quantity)).to.deep.equal([1]);
      await store.addLine(lube);
      expect(await inBackend(adapter), 'added once').to.deep.equal(['chain-lube-default:1']);
      await waitUntil(() => store.cart?.lines[0]?.quantity === 1 && !store.state.pending, 'the store shows the one line');
      const keys = calls.map((c) => (c[1] as { idempotencyKey?: string }).idempotencyKey);
      expect(keys, 'both attempts carry one key').to.have.length(2);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
      // A later add is a new change: it gets a new key and adds.
      await store.addLine(lube);
      expect(await inBackend(adapter)).to.deep.equal(['chain-lube-default:2']);
      expect((calls[2]![1] as { idempotencyKey: string }).idempotencyKey).to.not.equal(keys[0]);
    });

    it('a retried add after a lost answer adds once; after a certain refusal the next add is a new one', async () => {
      const adapter = testAdapter();
      const { store } = await seeded(adapter);
      adapter.faults = { loseResponse: ['addLine'] };
      expect((await store.addLine(lube).then(() => null, (e: CommerceError) => e))?.code).to.equal('network');
      adapter.faults = {};
      const cart = await store.addLine(lube);
      expect(cart.lines.find((l) => l.variantId === 'chain-lube-default')?.quantity).to.equal(1);
      expect((await inBackend(adapter)).at(-1)).to.equal('chain-lube-default:1');

      const calls = spy(adapter, 'addLine');
      const sold = { productId: 'lock-folding', variantId: 'lock-folding-default', quantity: 1 };
      expect((await store.addLine(sold).then(() => null, (e: CommerceError) => e))?.code).to.equal('out-of-stock');
      await store.addLine(sold).catch(() => undefined);
      const keys = calls.map((c) => (c[1] as { idempotencyKey: string }).idempotencyKey);
      expect(keys[0], 'a refused add is not retried under its key').to.not.equal(keys[1]);
    });
  });

  describe('a newer quantity change while an older one fails', () => {
    /** Makes the first setQuantity call wait until the test settles it; later calls go through. */
    function holdFirstSetQuantity(adapter: LocalCommerceAdapter) {
      const original = adapter.setQuantity.bind(adapter);
      const asked: number[] = [];
      let settle: ((outcome: () => Promise<Cart>) => void) | undefined;
      adapter.setQuantity = (lineId, quantity, options) => {
        asked.push(quantity);
        if (asked.length > 1) return original(lineId, quantity, options);
        return new Promise<() => Promise<Cart>>((resolve) => (settle = resolve)).then((outcome) => outcome());
      };
      return { asked, original, settle: (outcome: () => Promise<Cart>) => settle!(outcome) };
    }

    it('keeps the newer quantity when the older call is refused, and shows no error for it', async () => {
      const adapter = testAdapter();
      const { store, lines } = await seeded(adapter, { debounceMs: 5 });
      const id = lines[0]!.id;
      const held = holdFirstSetQuantity(adapter);
      const a = store.setQuantity(id, 2);
      await waitUntil(() => held.asked.length === 1, 'change A goes out');
      const b = store.setQuantity(id, 4);
      held.settle(() => Promise.reject(new CommerceError('out-of-stock', 'A refused', { available: 1 })));
      const [ca, cb] = await Promise.all([a, b]);
      expect(held.asked, 'B is sent after A failed').to.deep.equal([2, 4]);
      expect(ca.lines[0]!.quantity, 'A settles with the newer outcome').to.equal(4);
      expect(cb.lines[0]!.quantity).to.equal(4);
      expect(store.cart!.lines[0]!.quantity).to.equal(4);
      expect(store.state.lineErrors, 'the older failure is moot').to.deep.equal({});
      expect((await adapter.getCart()).lines[0]!.quantity).to.equal(4);
    });

    it('keeps the newer quantity when the older call timed out after landing, even if it equals the old quantity', async () => {
      const adapter = testAdapter();
      const { store, lines } = await seeded(adapter, { debounceMs: 5 });
      const id = lines[0]!.id;
      const held = holdFirstSetQuantity(adapter);
      const a = store.setQuantity(id, 3);
      await waitUntil(() => held.asked.length === 1, 'change A goes out');
      // Back to the confirmed quantity (1) while A is out.
      const b = store.setQuantity(id, 1);
      // A lands in the backend, but its answer is lost.
      held.settle(async () => {
        await held.original(id, 3);
        throw new CommerceError('timeout', 'A timed out');
      });
      await Promise.all([a, b]);
      await waitUntil(() => !store.state.pending, 'everything settles');
      expect(store.cart!.lines[0]!.quantity).to.equal(1);
      expect((await adapter.getCart()).lines[0]!.quantity, 'the backend ends at B, not at A').to.equal(1);
      expect(store.state.lineErrors).to.deep.equal({});
    });
  });
});
