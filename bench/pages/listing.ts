/**
 * Bench page: `<sf-product-list controls limit="500">` over 512 products (the catalogue and 15 synthetic copies),
 * 500 shown. `window.bench.filter(values)` sets the brand facet (`[]`: none) the way the filter panel does, at the
 * start of a frame, and resolves with the time from there to the end of the first frame painted with the list and
 * every card re-rendered (the same frame when the re-render fits in it; see frameAligned). The
 * listing is windowed: in that frame every product in the viewport is a real card (checked), products further down are
 * sized placeholders holding their name as a link, which become cards when scrolled near (not measured).
 */
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import { benchAdapter } from './bench-adapter.js';
import { afterNextPaint, armInput, frames, type Sample } from './measure.js';
import type { SfProductList } from '../../src/elements/sf-product-list/sf-product-list.js';

const shop = document.querySelector('sf-shop')!;
const list = document.querySelector('sf-product-list') as SfProductList;
shop.adapter = benchAdapter({ storageKey: `sf-bench-listing-${Math.random().toString(36).slice(2, 8)}`, copies: 15 });

// The products on screen: a grid a filter replaced stays in the DOM, hidden (display: none), until the frame showing
// its successor has been painted, and is not counted. A grid of more than 48 is windowed: each product is a list item,
// a real card near the viewport and a sized placeholder (its name as a link) further down until scrolled near.
const items = () => [...(list.shadowRoot?.querySelectorAll('[part=grid]:not([hidden]) > li') ?? [])] as HTMLElement[];
const cards = () => [...(list.shadowRoot?.querySelectorAll('[part=grid]:not([hidden]) sf-product-card') ?? [])] as (HTMLElement & { updateComplete: Promise<boolean> })[];

/**
 * Resolves once the list shows `count` products and it and its cards have finished rendering. The embedded backend
 * answers in microtasks, so the list's update after the answer comes in microtasks too: waiting for it with a timer
 * would leave the frame the change was made in (and measure the wait for the next one), so a few microtask turns come
 * first, and a timer only when the answer really takes a task.
 */
async function settled(count: number): Promise<void> {
  // The grid's own child count (a cheap check, made on each turn) before the full one.
  const done = () =>
    list.shadowRoot?.querySelector('[part=grid]:not([hidden])')?.childElementCount === count &&
    items().length === count && !list.shadowRoot?.querySelector('[part=more][aria-busy=true]');
  for (;;) {
    await list.updateComplete;
    for (let turn = 0; turn < 50 && !done(); turn++) await list.updateComplete;
    if (done()) break;
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

/**
 * Runs `change` at the start of a frame (in a requestAnimationFrame callback, where the browser handles input aligned
 * to frames) and resolves with the time from there to the end of the first frame painted once `done` has resolved:
 * that same frame when everything settled in its callbacks and microtasks (the work fits in it), else the next one.
 * Starting right after a painted frame instead (as `frames()` leaves it) measures the wait for the next frame too:
 * a change that does nothing measures a whole frame that way (`calibrate`).
 */
async function frameAligned(change: () => void, done: () => Promise<void>): Promise<{ ms: number; sameFrame: boolean }> {
  let inFrame = true;
  let frameEnd!: Promise<number>;
  const start = await new Promise<number>((resolve) => requestAnimationFrame(() => {
    const at = performance.now();
    // For bench/profile-listing.mjs: where a measured change starts, in its trace.
    if (markNext) performance.mark('listing-change');
    markNext = false;
    // A message posted from the frame's callback runs after that frame's style, layout and paint.
    frameEnd = new Promise((end) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        inFrame = false;
        end(performance.now());
      };
      channel.port2.postMessage(null);
    });
    change();
    resolve(at);
  }));
  await done();
  const sameFrame = inFrame;
  const painted = sameFrame ? await frameEnd : await afterNextPaint();
  return { ms: painted - start, sameFrame };
}

/** Set by bench/profile-listing.mjs: the next change leaves a `listing-change` mark at its start. */
let markNext = false;

/** Measured changes whose re-render settled within the frame it started in (the rest were measured to the next). */
let settledInFrame = 0;

async function filter(brands: string[], expected: number): Promise<number> {
  let real = new Set<Element>();
  const { ms, sameFrame } = await frameAligned(
    () => (list.filters = brands.length ? { brand: brands } : {}),
    async () => {
      await settled(expected);
      real = new Set(items().filter((li) => li.querySelector('sf-product-card')));
    },
  );
  if (sameFrame) settledInFrame += 1;
  await frames(2);
  checkViewport(real);
  return ms;
}

await settled(500);
const filtered = (await shop.adapter!.listProducts({ filters: { brand: ['Pohjola'] }, limit: 500 })).items.length;

(window as unknown as { bench: unknown }).bench = {
  ready: { shown: items().length, filtered },
  /** One facet change on its own (for profiling): the brands chosen, and how many cards that shows. */
  filter,
  /** Marks the next change's start in a trace (`listing-change`), for bench/profile-listing.mjs. */
  markNext(): void {
    markNext = true;
  },
  /**
   * Arms a measurement of the next click (a real one, from outside: the brand's checkbox in the filter panel) until the
   * list shows `expected` products and their cards have rendered, then to the next paint; by Event Timing as well.
   */
  armFacetClick(expected: number): Promise<Sample> {
    return armInput(async () => {
      const shows = () => list.shadowRoot?.querySelector('[part=grid]:not([hidden])')?.childElementCount === expected;
      // The checkbox's change event comes after the click's own handlers: watch the list's DOM for the new grid.
      await new Promise<void>((resolve) => {
        if (shows()) return resolve();
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(list.shadowRoot!, { subtree: true, childList: true });
      });
      await Promise.all(cards().map((c) => c.updateComplete));
    });
  },
  /** Waits until the list shows `count` products, rendered, and two frames. */
  async settleTo(count: number): Promise<void> {
    await settled(count);
    await frames(2);
  },
  /** How many filter changes so far settled within the frame they started in. */
  get settledInFrame(): number {
    return settledInFrame;
  },
  /** Back to all 500 (not measured), then the Pohjola filter (measured). */
  async run(): Promise<number> {
    await filter([], 500);
    return filter(['Pohjola'], filtered);
  },
  /**
   * Nothing changed, measured both ways: from a frame's start (this bench's method: the floor, a frame's own work) and
   * from just after a painted frame (the wait for the next frame: about one frame whatever the change costs).
   */
  async calibrate(): Promise<{ frameAligned: number; afterFrame: number }> {
    await frames(2);
    const aligned = (await frameAligned(() => document.body.toggleAttribute('data-bench-tick'), () => Promise.resolve())).ms;
    await frames(2);
    const start = performance.now();
    document.body.toggleAttribute('data-bench-tick');
    const afterFrame = (await afterNextPaint()) - start;
    return { frameAligned: aligned, afterFrame };
  },
};
