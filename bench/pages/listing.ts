/**
 * Bench page: `<sf-product-list controls limit="500">` over 512 products (the catalogue and 15 synthetic copies),
 * 500 shown. `window.bench.filter(values)` sets the brand facet (`[]`: none) the way the filter panel does and
 * resolves with the time from that change to the first frame painted after the list and every card re-rendered.
 */
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import { benchAdapter } from './bench-adapter.js';
import { afterNextPaint, frames } from './measure.js';
import type { SfProductList } from '../../src/elements/sf-product-list/sf-product-list.js';

const shop = document.querySelector('sf-shop')!;
const list = document.querySelector('sf-product-list') as SfProductList;
shop.adapter = benchAdapter({ storageKey: `sf-bench-listing-${Math.random().toString(36).slice(2, 8)}`, copies: 15 });

// The cards on screen: a grid a filter replaced stays in the DOM, hidden (display: none), until the frame showing its
// successor has been painted, and is not counted.
const cards = () => [...(list.shadowRoot?.querySelectorAll('[part=grid]:not([hidden]) sf-product-card') ?? [])] as (HTMLElement & { updateComplete: Promise<boolean> })[];

/** Resolves once the list shows `count` cards and it and the cards have finished rendering. */
async function settled(count: number): Promise<void> {
  for (;;) {
    await list.updateComplete;
    if (cards().length === count && !list.shadowRoot?.querySelector('[part=more][aria-busy=true]')) break;
    await new Promise((r) => setTimeout(r, 0));
  }
  await Promise.all(cards().map((c) => c.updateComplete));
}

async function filter(brands: string[], expected: number): Promise<number> {
  const start = performance.now();
  list.filters = brands.length ? { brand: brands } : {};
  await settled(expected);
  const painted = await afterNextPaint();
  await frames(2);
  return painted - start;
}

await settled(500);
const filtered = (await shop.adapter!.listProducts({ filters: { brand: ['Pohjola'] }, limit: 500 })).items.length;

(window as unknown as { bench: unknown }).bench = {
  ready: { shown: cards().length, filtered },
  /** One facet change on its own (for profiling): the brands chosen, and how many cards that shows. */
  filter,
  /** Back to all 500 (not measured), then the Pohjola filter (measured). */
  async run(): Promise<number> {
    await filter([], 500);
    return filter(['Pohjola'], filtered);
  },
};
