/**
 * Bench page: a cart page (`<sf-cart>`), the header's `<sf-cart-button>`, the mini-cart `<sf-cart-drawer>` and one
 * `<sf-add-to-cart>`, over a cart of `?lines=N` distinct lines (see bench-adapter.ts for how they are made).
 * `window.bench` arms measurements; the runner makes the real clicks.
 */
import { scriptStart } from './start.js';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-cart.js';
import '../../src/define/sf-cart-button.js';
import '../../src/define/sf-cart-drawer.js';
import '../../src/define/sf-add-to-cart.js';
import { benchAdapter, seedCart } from './bench-adapter.js';
import { afterNextPaint, armInput, frames } from './measure.js';

const params = new URLSearchParams(location.search);
const lines = Number(params.get('lines') ?? 10);
const copies = Math.ceil(lines / 94) + 1;
const key = `sf-bench-${lines}-${Math.random().toString(36).slice(2, 8)}`;

const shop = document.querySelector('sf-shop')!;
const cart = document.querySelector('sf-cart')!;
const drawer = document.querySelector('sf-cart-drawer')!;
const button = document.querySelector('sf-cart-button')!;
const add = document.querySelector('sf-add-to-cart')!;

const adapter = benchAdapter({ storageKey: key, copies });
seedCart(adapter, lines);
const product = adapter.allProducts().find((p) => p.id === `kids-helmet~${copies}`)!;
add.product = product;
document.getElementById('product-name')!.textContent = product.name;
shop.adapter = adapter;

const renderedLines = () => cart.shadowRoot?.querySelectorAll('li[data-line]').length ?? 0;
const store = () => shop.cart!;

async function updates(): Promise<void> {
  // Every element that shows the cart re-renders on a change: the change is on screen when all of them are done.
  await Promise.all([cart.updateComplete, drawer.updateComplete, button.updateComplete]);
  const quantities = cart.shadowRoot?.querySelectorAll('sf-quantity') ?? [];
  await Promise.all([...quantities].slice(0, 3).map((q) => (q as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
}

const ready = (async () => {
  await new Promise<void>((resolve) => {
    const check = () => (renderedLines() >= lines ? resolve() : requestAnimationFrame(check));
    check();
  });
  await updates();
  const painted = await afterNextPaint();
  return { lines: renderedLines(), fromNavigation: painted, fromScript: painted - scriptStart };
})();

/**
 * Resolves when the cart holds a new item count and the cart button has rendered it. Above 99 the button shows and
 * names "99+" (its label is in its name), so its text alone cannot tell; the store's count can.
 */
function countRendered(before: number | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const off = store().subscribe((state) => {
      if (state.cart?.itemCount === before) return;
      queueMicrotask(() => off());
      void button.updateComplete.then(() => resolve());
    });
  });
}

const bench = {
  ready,
  lines,
  /** Next click changes a line's quantity in <sf-cart>: input to the painted frame after every cart view updated. */
  armQuantity: () => armInput(updates),
  /** Next click opens the drawer. */
  armDrawer: () => armInput(async () => {
    await drawer.updateComplete;
    if (!drawer.open) throw new Error('the drawer did not open');
  }),
  /** Next click adds to cart: until the cart button has rendered the new count. */
  armAdd: () => {
    const before = store().state.cart?.itemCount;
    return armInput(() => countRendered(before));
  },
  /** Resolves when the cart has no change scheduled or in flight (the 250 ms coalescing included). */
  settle: async () => {
    const started = performance.now();
    while (store().state.pending || performance.now() - started < 20) await new Promise((r) => setTimeout(r, 10));
    await updates();
    await frames(2);
  },
  closeDrawer: async () => {
    drawer.close();
    await drawer.updateComplete;
    await frames(2);
  },
  itemCount: () => store().state.cart?.itemCount ?? 0,
};

(window as unknown as { bench: typeof bench }).bench = bench;
