// A shop page's first load holds only the part of the cart that shows it (LazyCartStore); the CartStore, which
// changes the cart, comes later (an intent, the browser idle, or the first change). Here its arrival is held back
// (a slow network for that chunk) so that what a shopper does meanwhile is checked: the count shows from the start,
// a click on "Add to cart" counts (once, however often it is clicked), and a failed download says so and lets the
// shopper try again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-add-to-cart.js';
import '../../src/define/sf-cart-button.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import { LazyCartStore } from '../../src/core/lazy-cart-store.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';
import { holdBack, type HeldBack } from '../helpers/held-back.js';
import { click } from '../helpers/pointer.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Counts the adapter's addLine calls, keeping its behaviour. */
function countAdds(adapter: LocalCommerceAdapter): { count: number } {
  const calls = { count: 0 };
  const original = adapter.addLine.bind(adapter);
  adapter.addLine = (...args: Parameters<LocalCommerceAdapter['addLine']>) => {
    calls.count += 1;
    return original(...args);
  };
  return calls;
}

async function renderShop(adapter: LocalCommerceAdapter) {
  const product = await adapter.getProduct('kypara-aero');
  const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} locale="en">
    <sf-cart-button></sf-cart-button>
    <sf-add-to-cart .product=${product} variant-id="kypara-aero-m"></sf-add-to-cart>
  </sf-shop>`);
  const add = shop.querySelector('sf-add-to-cart')!;
  const cartButton = shop.querySelector('sf-cart-button')!;
  await waitUntil(() => shop.cart?.state.status === 'ready', 'the cart loads');
  await add.updateComplete;
  await cartButton.updateComplete;
  const button = add.shadowRoot!.querySelector('[part=button]') as HTMLButtonElement;
  const count = () => cartButton.shadowRoot!.querySelector('button')!.getAttribute('aria-label');
  return { shop, add, button, count };
}

describe('the cart before the part that changes it has arrived', () => {
  let slow: HeldBack;
  beforeEach(() => {
    slow = holdBack(LazyCartStore, 'load');
  });
  afterEach(() => slow.restore());

  it('shows the cart at once, counts a click on Add to cart made meanwhile, and adds once however often it is clicked', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 2 });
    const adds = countAdds(adapter);
    const { shop, add, button, count } = await renderShop(adapter);
    expect(count(), 'the count needs nothing more').to.equal('Cart, 2 items');

    await click(button);
    await add.updateComplete;
    expect(slow.requests, 'the click asked for the store').to.be.greaterThan(0);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(shop.cart!.state.pending).to.equal(true);
    await expectNoAxeViolations(shop);
    await click(button); // a second click while the first is waiting adds nothing more
    await click(button);
    expect(adds.count, 'nothing sent before the store is here').to.equal(0);

    slow.release();
    await waitUntil(() => count() === 'Cart, 3 items', 'the add lands once the store is here', { timeout: 8000 });
    await waitUntil(() => button.getAttribute('aria-busy') === 'false', 'the button is ready again');
    expect(adds.count).to.equal(1);
    expect((await adapter.getCart()).lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([
      ['light-set-default', 2],
      ['kypara-aero-m', 1],
    ]);
    expect(shop.cart!.state.pending).to.equal(false);

    // From now on changes go straight to the store: shown at once.
    const line = shop.cart!.cart!.lines[0]!;
    const change = shop.cart!.setQuantity(line.id, 5);
    expect(shop.cart!.cart!.lines[0]!.quantity).to.equal(5);
    await change;
    await waitUntil(() => count() === 'Cart, 6 items', 'the count follows');
    await expectNoAxeViolations(shop);
  });

  it('says so when the part cannot be downloaded (offline), and the next click adds', async () => {
    const adapter = testAdapter();
    const adds = countAdds(adapter);
    const { shop, add, button, count } = await renderShop(adapter);
    expect(count()).to.equal('Cart, 0 items');

    await click(button);
    slow.fail(new TypeError('Failed to fetch dynamically imported module'));
    await waitUntil(() => plain(add.shadowRoot!.querySelector('[role=status]')?.textContent) !== '', 'the failure is announced');
    await add.updateComplete;
    expect(plain(add.shadowRoot!.textContent)).to.contain('We could not reach the shop. Check your connection and try again.');
    expect(button.getAttribute('aria-busy')).to.equal('false');
    expect(shop.cart!.state.pending).to.equal(false);
    expect(adds.count).to.equal(0);
    await expectNoAxeViolations(shop);

    // Back online: the download is tried again.
    slow.restore();
    await click(button);
    await waitUntil(() => count() === 'Cart, 1 item', 'the add lands', { timeout: 8000 });
    expect(adds.count).to.equal(1);
  });
});
