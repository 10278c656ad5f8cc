/**
 * Bench page: `<sf-product-list controls limit="500">` over 512 products (the catalogue and 15 synthetic copies),
 * 500 shown. `window.bench.filter(values)` sets the brand facet (`[]`: none) the way the filter panel does and
 * resolves with the time from that change to the first frame painted after the list and every card re-rendered. The
 * listing is windowed: in that frame every product in the viewport is a real card (checked), products further down are
 * sized placeholders holding their name as a link, which become cards when scrolled near (not measured).
 */
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import { benchAdapter } from './bench-adapter.js';
import { afterNextPaint, frames } from './measure.js';
import type { SfProductList } from '../../src/elements/sf-product-list/sf-product-list.js';

const shop = document.querySelector('sf-shop')!;
const list = document.querySelector('sf-product-list') as SfProductList;
shop.adapter = benchAdapter({ storageKey: `sf-bench-listing-${Math.random().toString(36).slice(2, 8)}`, copies: 15 });

// The products on screen: a grid a filter replaced stays in the DOM, hidden (display: none), until the frame showing
// its successor has been painted, and is not counted. A grid of more than 48 is windowed: each product is a list item,
// a real card near the viewport and a sized placeholder (its name as a link) further down until scrolled near.
const items = () => [...(list.shadowRoot?.querySelectorAll('[part=grid]:not([hidden]) > li') ?? [])] as HTMLElement[];
const cards = () => [...(list.shadowRoot?.querySelectorAll('[part=grid]:not([hidden]) sf-product-card') ?? [])] as (HTMLElement & { updateComplete: Promise<boolean> })[];

/** Resolves once the list shows `count` products and it and its cards have finished rendering. */
async function settled(count: number): Promise<void> {
  for (;;) {
    await list.updateComplete;
    if (items().length === count && !list.shadowRoot?.querySelector('[part=more][aria-busy=true]')) break;
    await new Promise((r) => setTimeout(r, 0));
  }
  await Promise.all(cards().map((c) => c.updateComplete));
}

/**
 * Fails the measurement unless every product in the viewport was a real, rendered card in the measured frame:
 * `real` is taken when the change settled (before that frame; placeholders are upgraded only in tasks after it),
 * the positions after it (nothing moves when a placeholder becomes a card).
 */
function checkViewport(real: Set<Element>): void {
  const inView = items().filter((li) => {
    const r = li.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.height > 0;
  });
  const missing = inView.filter((li) => !real.has(li));
  if (inView.length === 0 || missing.length > 0) {
    throw new Error(`measured frame: ${missing.length} of ${inView.length} products in the viewport were not real cards`);
  }
}

async function filter(brands: string[], expected: number): Promise<number> {
  const start = performance.now();
  list.filters = brands.length ? { brand: brands } : {};
  await settled(expected);
  const real = new Set(items().filter((li) => li.querySelector('sf-product-card')));
  const painted = await afterNextPaint();
  await frames(2);
  checkViewport(real);
  return painted - start;
}

await settled(500);
const filtered = (await shop.adapter!.listProducts({ filters: { brand: ['Pohjola'] }, limit: 500 })).items.length;

(window as unknown as { bench: unknown }).bench = {
  ready: { shown: items().length, filtered },
  /** One facet change on its own (for profiling): the brands chosen, and how many cards that shows. */
  filter,
  /** Back to all 500 (not measured), then the Pohjola filter (measured). */
  async run(): Promise<number> {
    await filter([], 500);
    return filter(['Pohjola'], filtered);
  },
};
