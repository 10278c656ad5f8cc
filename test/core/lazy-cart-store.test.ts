import { expect, waitUntil } from '@open-wc/testing';
import { LazyCartStore } from '../../src/core/lazy-cart-store.js';
import type { CartState } from '../../src/core/cart-store.js';
import type { Cart } from '../../src/core/model.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { testAdapter } from '../helpers/shop.js';

/** The local adapter with pushes the test makes (another tab changing the cart) and a count of cart reads. */
function pushing(adapter: LocalCommerceAdapter) {
  const listeners = new Set<(cart: Cart) => void>();
  const reads = { count: 0 };
  const getCart = adapter.getCart.bind(adapter);
  adapter.getCart = (...args: Parameters<LocalCommerceAdapter['getCart']>) => {
    reads.count += 1;
    return getCart(...args);
  };
  adapter.subscribe = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  /** Another tab adds a line: the backend changes and pushes the new cart. */
  const otherTab = async (variantId: string, productId: string) => {
    const cart = await adapter.addLine({ productId, variantId, quantity: 1 });
    for (const l of listeners) l(cart);
  };
  return { reads, otherTab, listeners };
}

describe('LazyCartStore', () => {
  it('starts from the server\'s cart without reading it, and hands it to the store without a read or a change of state', async () => {
    const adapter = testAdapter();
    const seeded = await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 2 });
    const { reads } = pushing(adapter);
    const lazy = new LazyCartStore(adapter, { cart: seeded });
    const states: CartState[] = [];
    lazy.subscribe((s) => states.push(s));
    expect(lazy.state.status).to.equal('ready');
    expect(lazy.cart).to.equal(seeded);
    await lazy.prepare();
    expect(reads.count).to.equal(0);
    expect(lazy.cart!.lines).to.deep.equal(seeded.lines);
    expect(states.map((s) => [s.status, s.cart?.itemCount, s.pending])).to.deep.equal(states.map(() => ['ready', 2, false]));
  });

  it('counts remote changes across the store\'s arrival, so each is reported once and none is missed', async () => {
    const adapter = testAdapter();
    const { otherTab } = pushing(adapter);
    const lazy = new LazyCartStore(adapter);
    lazy.subscribe(() => undefined);
    await waitUntil(() => lazy.state.status === 'ready', 'the cart loads');
    await otherTab('light-set-default', 'light-set');
    expect(lazy.state.remoteChange).to.equal(1);
    expect(lazy.cart!.itemCount).to.equal(1);
    expect(lazy.claimRemoteChange(1)).to.equal(true);
    expect(lazy.claimRemoteChange(1)).to.equal(false);

    await lazy.prepare();
    expect(lazy.state.remoteChange, 'the count does not go back').to.equal(1);
    await otherTab('kypara-aero-m', 'kypara-aero');
    expect(lazy.state.remoteChange).to.equal(2);
    expect(lazy.cart!.itemCount).to.equal(2);
    expect(lazy.claimRemoteChange(2)).to.equal(true);
  });

  it('keeps what the page set before the store came (debounce, undo period) and ignores stale pushes', async () => {
    const adapter = testAdapter();
    const { listeners } = pushing(adapter);
    const first = await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 2 });
    const lazy = new LazyCartStore(adapter, { cart: first });
    lazy.subscribe(() => undefined);
    const stale = { ...first, revision: first.revision - 1, lines: [] };
    for (const l of listeners) l(stale);
    expect(lazy.cart).to.equal(first);
    lazy.debounceMs = 5;
    lazy.undoMs = 50;
    await lazy.prepare();
    expect([lazy.debounceMs, lazy.undoMs]).to.deep.equal([5, 50]);
    // The store follows the adapter's pushes now; the lazy front's own subscription is gone.
    expect(listeners.size).to.equal(1);
    const line = lazy.cart!.lines[0]!;
    const removing = lazy.removeLine(line.id);
    expect(lazy.cart!.lines, 'removed at once').to.have.length(0);
    expect(lazy.state.removed!.map((r) => r.line.id)).to.deep.equal([line.id]);
    await removing;
    await waitUntil(() => lazy.state.removed!.length === 0, 'the undo period (50 ms) ends');
  });
});

describe('LazyCartStore, a read out while the store arrives', () => {
  it('does not lose what the read was for: the store reads the cart again', async () => {
    const adapter = testAdapter();
    const first = await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    const lazy = new LazyCartStore(adapter, { cart: first });
    lazy.subscribe(() => undefined);
    // Another tab (no push) adds a line; a back/forward-cache restore reads the cart, slowly.
    await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    const getCart = adapter.getCart.bind(adapter);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    adapter.getCart = async (...args: Parameters<LocalCommerceAdapter['getCart']>) => {
      const cart = await getCart(...args);
      await gate;
      return cart;
    };
    const reading = lazy.load();
    await lazy.prepare();
    expect(lazy.cart!.itemCount, 'the store starts from the cart it was handed').to.equal(1);
    release();
    await reading;
    await waitUntil(() => lazy.cart!.itemCount === 2, 'the newer cart is shown');
    expect(lazy.state.remoteChange).to.equal(1);
  });
});
