// A long listing is windowed (issue #22): only the products near the viewport are <sf-product-card>s, the others
// sized placeholders that keep the product's name as a link. These tests hold what that must not cost: every name
// in the DOM text and the accessibility tree, every link in Tab order, no layout shift when placeholders become
// cards, axe clean in both states.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import type { SfProductList } from '../../src/elements/sf-product-list/sf-product-list.js';
import type { Product } from '../../src/core/model.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';
import { loadSnapshot, snapshotScript } from '../../src/core/snapshot.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';

const COUNT = 120;

/** A listing of COUNT products (the catalogue repeated, each with its own id and name). */
async function renderLong(before = false, addToCart = false, events: { name: string; params: Record<string, unknown> }[] = []) {
  const adapter = testAdapter();
  const all = adapter.allProducts();
  const many: Product[] = Array.from({ length: COUNT }, (_, i) => ({ ...all[i % all.length]!, id: `p-${i}`, name: `Product ${i}` }));
  adapter.listProducts = async () => ({ items: many, total: many.length });
  scrollTo(0, 0);
  const telemetry = { track: (name: string, params: Record<string, unknown> = {}) => void events.push({ name, params }) };
  const shop = await fixture(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale="en">
    ${before ? html`<button type="button" id="before">Before</button>` : ''}
    <sf-product-list limit=${COUNT} ?add-to-cart=${addToCart}></sf-product-list>
  </sf-shop>`);
  const list = shop.querySelector('sf-product-list') as SfProductList;
  await waitUntil(() => list.shadowRoot?.querySelectorAll('[part=grid] > li').length === COUNT, 'the list shows every product');
  await list.updateComplete;
  await waitUntil(() => !list.shadowRoot!.querySelector('.placeholder:empty'), 'the placeholders have their names (after the first frame)');
  return list;
}

/**
 * A listing of 300 whose filter (any) keeps every third product: 100, a new grid, windowed. The list sits in a
 * `<div>` of its own in the shop.
 */
async function renderFilterable() {
  const adapter = testAdapter();
  const all = adapter.allProducts();
  const many: Product[] = Array.from({ length: 300 }, (_, i) => ({ ...all[i % all.length]!, id: `p-${i}`, name: `Product ${i}` }));
  adapter.listProducts = async (query) => {
    const items = query?.filters ? many.filter((_, i) => i % 3 === 0) : many;
    return { items, total: items.length };
  };
  scrollTo(0, 0);
  const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en"><div><sf-product-list limit="300"></sf-product-list></div></sf-shop>`);
  const list = shop.querySelector('sf-product-list') as SfProductList;
  await waitUntil(() => items(list).length === 300, 'the list shows 300');
  return list;
}

/** Filters a renderFilterable() list and waits for its new grid in microtasks only: no frame has run yet. */
async function filterWithoutFrame(list: SfProductList) {
  list.filters = { brand: ['any'] };
  // Microtasks only (the adapter answers at once), no frame: waitUntil would let frames and the observer run.
  const filtered = () => list.shadowRoot!.querySelectorAll('[part=grid]:not([hidden]) > li').length === 100;
  for (let i = 0; i < 100 && !filtered(); i++) await list.updateComplete;
  expect(filtered(), 'the filtered 100, rendered without a frame').to.equal(true);
}

const items = (list: SfProductList) => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part=grid] > li')];
const placeholders = (list: SfProductList) => items(list).filter((li) => !li.querySelector('sf-product-card'));

function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Resolves after the next frame has been painted (layout-shift entries of that frame are then delivered). */
const afterPaint = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Chromium's accessibility tree (test/helpers/ax-tree-plugin.mjs): role and name of each node not ignored, in no set order. */
const axTree = () => executeServerCommand<{ role: string; name: string }[], undefined>('ax-tree');

describe('<sf-product-list> windowing a long listing', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('renders products far below the viewport as placeholders holding the name as a link, with the list intact', async () => {
    const list = await renderLong();
    const rest = placeholders(list);
    expect(rest.length, 'products far below the viewport are placeholders').to.be.greaterThan(COUNT / 2);
    expect(items(list)[0]!.querySelector('sf-product-card'), 'the first product is a card').to.exist;
    const last = items(list)[COUNT - 1]!;
    expect(rest).to.include(last);
    // Find in page: the name is text of the DOM; Tab and a click follow a real link to the product.
    expect(list.shadowRoot!.querySelector('[part=grid]')!.textContent).to.contain(`Product ${COUNT - 1}`);
    const link = last.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal(`Product ${COUNT - 1}`);
    expect(link.getAttribute('href')).to.equal(`#/product/p-${COUNT - 1}`);
    expect(last.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
    // The accessibility tree has one list of COUNT items, and every product's name as a link.
    // The accessibility tree has one list of COUNT items. (Chromium leaves the contents of items not yet rendered
    // under content-visibility: auto, cards and placeholders alike, out of this tree until they come near the
    // viewport; the names are in the DOM, as checked above.)
    const tree = await axTree();
    expect(tree.filter((n) => n.role === 'list' && n.name === 'Products').length).to.equal(1);
    expect(tree.filter((n) => n.role === 'listitem').length).to.equal(COUNT);
    await expectNoAxeViolations(list);
  });

  for (const addToCart of [false, true]) it(`makes placeholders cards as the shopper scrolls to the bottom, without a layout shift${addToCart ? ' (cards with add to cart)' : ''}`, async () => {
    const list = await renderLong(false, addToCart);
    const shifts: string[] = [];
    const observer = new PerformanceObserver((l) => {
      for (const e of l.getEntries() as (PerformanceEntry & { value: number; sources: { previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
        shifts.push(`${e.value.toFixed(4)}: ${e.sources.map((x) => `y ${x.previousRect.y}→${x.currentRect.y}, height ${x.previousRect.height}→${x.currentRect.height}`).join('; ')}`);
      }
    });
    observer.observe({ type: 'layout-shift' });
    const last = () => items(list)[COUNT - 1]!;
    expect(last().querySelector('.placeholder'), 'the last product starts as a placeholder').to.exist;
    // Scrolled as a wheel or a touch scroll does, half a viewport at a time, each step painted; the height of each
    // placeholder on screen is noted (by product: its card takes its place in the list), to compare with its card's.
    const seen = new Map<number, number>();
    const note = () => {
      for (const li of placeholders(list)) {
        const r = li.getBoundingClientRect();
        if (r.bottom > 0 && r.top < innerHeight) seen.set(items(list).indexOf(li), r.height);
      }
    };
    await afterPaint();
    for (let guard = 0; guard < 200 && scrollY + innerHeight < document.documentElement.scrollHeight - 1; guard++) {
      note();
      scrollBy(0, innerHeight / 2);
      await afterPaint();
      await afterPaint();
    }
    await waitUntil(() => last().querySelector('sf-product-card'), 'the last product becomes a card once scrolled to');
    const cards = [...list.shadowRoot!.querySelectorAll('sf-product-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    await afterPaint();
    // Every product in the viewport is now a card.
    const inView = items(list).filter((li) => {
      const r = li.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    expect(inView.length).to.be.greaterThan(0);
    expect(inView.filter((li) => !li.querySelector('sf-product-card'))).to.deep.equal([]);
    await afterPaint();
    observer.disconnect();
    expect(shifts, 'layout shifts').to.deep.equal([]);
    // A placeholder seen on screen and its card have one height (the grid's row height).
    const upgraded = [...seen].filter(([index]) => items(list)[index]!.querySelector('sf-product-card'));
    // (Scrolled this way the observer usually makes them cards before they come into view, so there may be none:
    // the jump below shows placeholders on screen for sure.)
    for (const [index, height] of upgraded) {
      expect(Math.abs(items(list)[index]!.getBoundingClientRect().height - height), `item ${index}: the card takes the placeholder's height`).to.be.lessThan(1);
    }
    await expectNoAxeViolations(list);
  });

  for (const addToCart of [false, true]) it(`a jump to the end (the scrollbar dragged down) shows placeholders that become cards in place${addToCart ? ' (cards with add to cart)' : ''}`, async () => {
    const list = await renderLong(false, addToCart);
    // Once the list has measured a rendered card (after the grid's first frame), placeholders take its sizes.
    await waitUntil(() => list.style.getPropertyValue('--_below-name') !== '', 'the list has measured a card');
    await afterPaint();
    const shifts: string[] = [];
    const observer = new PerformanceObserver((l) => {
      for (const e of l.getEntries() as (PerformanceEntry & { value: number; sources: { currentRect: DOMRectReadOnly; previousRect: DOMRectReadOnly }[] })[]) {
        shifts.push(`${e.value.toFixed(4)}: ${e.sources.map((x) => `y ${x.previousRect.y}→${x.currentRect.y}, height ${x.previousRect.height}→${x.currentRect.height}`).join('; ')}`);
      }
    });
    observer.observe({ type: 'layout-shift' });
    scrollTo(0, document.documentElement.scrollHeight);
    const onScreen = () => items(list).filter((li) => {
      const r = li.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    // What the frame after the jump shows, before the observer has made any of it a card (by product: a card takes
    // its placeholder's place in the list).
    const shown = new Map(onScreen().map((li) => [items(list).indexOf(li), li.getBoundingClientRect().top]));
    expect([...shown.keys()].filter((index) => items(list)[index]!.querySelector('.placeholder')).length, 'placeholders on screen after the jump').to.be.greaterThan(0);
    await waitUntil(() => onScreen().every((li) => li.querySelector('sf-product-card')), 'every product on screen becomes a card');
    await Promise.all([...list.shadowRoot!.querySelectorAll('sf-product-card')].map((c) => c.updateComplete));
    await afterPaint();
    await afterPaint();
    observer.disconnect();
    for (const [index, top] of shown) {
      expect(Math.abs(items(list)[index]!.getBoundingClientRect().top - top), `item ${index} stays where it was shown`).to.be.lessThan(1);
    }
    expect(shifts, 'layout shifts').to.deep.equal([]);
    await expectNoAxeViolations(list);
  });

  it('a placeholder\'s link followed before its card arrived goes to the product and sends GA4 select_item', async () => {
    const events: { name: string; params: Record<string, unknown> }[] = [];
    const list = await renderLong(false, false, events);
    const last = items(list)[COUNT - 1]!;
    const link = last.querySelector<HTMLAnchorElement>('.placeholder a')!;
    expect(link, 'the last product is a placeholder').to.exist;
    expect(link.getAttribute('href')).to.equal(`#/product/p-${COUNT - 1}`);
    link.click();
    const select = events.find((e) => e.name === 'select_item');
    expect(select, 'select_item sent').to.exist;
    const item = (select!.params['items'] as Record<string, unknown>[])[0]!;
    expect(item['item_id']).to.equal(`p-${COUNT - 1}`);
    expect(item['index']).to.equal(COUNT - 1);
    expect(location.hash).to.equal(`#/product/p-${COUNT - 1}`);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('Tab reaches each of the first 30 products\' links in order', async () => {
    await setViewport({ width: 360, height: 400 });
    const list = await renderLong(true);
    document.getElementById('before')!.focus();
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      const href = `#/product/p-${i}`;
      await waitUntil(() => {
        const el = deepActive();
        return el?.tagName === 'A' && el.getAttribute('href') === href && el.closest('.placeholder') === null;
      }, `Tab ${i + 1} reaches ${href} (focus on ${deepActive()?.outerHTML.slice(0, 80)})`);
      expect(deepActive()!.textContent!.trim()).to.equal(`Product ${i}`);
    }
    expect(placeholders(list).length, 'products further down are still placeholders').to.be.greaterThan(0);
    // (The observer usually upgrades the next products before Tab reaches them; Tab onto a placeholder is the
    // next test.)
  });

  it('keyboard focus on a placeholder\'s link makes it its card and moves focus to the card\'s link', async () => {
    const list = await renderLong();
    const target = placeholders(list).at(-1)!;
    const index = items(list).indexOf(target);
    const link = target.querySelector<HTMLAnchorElement>('.placeholder a')!;
    expect(link).to.exist;
    // A key press first, so the focus below counts as keyboard focus (:focus-visible), as Tab's would.
    await sendKeys({ press: 'Shift' });
    link.focus();
    await waitUntil(() => {
      const el = deepActive();
      return el?.tagName === 'A' && el.getAttribute('href') === `#/product/p-${index}` && el.closest('.placeholder') === null;
    }, 'focus moves to the card\'s link');
    expect(items(list)[index]!.querySelector('sf-product-card')).to.exist;
    await expectNoAxeViolations(list);
  });

  it('a filter changed at the top or scrolled down shows cards, not placeholders, where the viewport is, from its first frame', async () => {
    const list = await renderFilterable();
    for (const [y, what] of [[0, 'at its top'], [4000, 'within the new grid'], [40000, 'below its end']] as const) {
      list.filters = {};
      await waitUntil(() => items(list).length === 300, 'all 300 again');
      await list.updateComplete;
      scrollTo(0, y);
      await afterPaint();
      await filterWithoutFrame(list);
      // Before any frame (the observer has not run): what the first frame will show.
      const shown = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part=grid]:not([hidden]) > li')].filter((li) => {
        const r = li.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
      expect(shown.length, what).to.be.greaterThan(0);
      expect(shown.filter((li) => !li.querySelector('sf-product-card')).map((li) => li.dataset['index']), what).to.deep.equal([]);
      // What the first frame shows stays where it is while the rest of the grid settles after it (the
      // placeholders get their names, those near the viewport become cards, a card is measured): nothing moves.
      const grid = () => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part=grid]:not([hidden]) > li')];
      const painted = new Map(grid().map((li, index) => [index, li.getBoundingClientRect().top] as const)
        .filter(([, top]) => top > -innerHeight && top < innerHeight));
      expect(list.shadowRoot!.querySelector('[part=grid]:not([hidden]) .placeholder:empty'), `${what}: placeholders wait for their names`).to.exist;
      // Except those next to the cards (in case one comes into view): named from the first frame.
      const card = (li: HTMLElement | undefined) => !!li?.querySelector('sf-product-card');
      const next = grid().filter((li, i, all) => li.querySelector('.placeholder') && (card(all[i - 1]) || card(all[i + 1])));
      expect(next.length, `${what}: placeholders next to the cards`).to.be.greaterThan(0);
      expect(next.filter((li) => !li.querySelector('.placeholder a')).map((li) => li.dataset['index']), `${what}: unnamed next to the cards`).to.deep.equal([]);
      await waitUntil(() => !list.shadowRoot!.querySelector('.placeholder:empty'), `${what}: the placeholders get their names`);
      for (let i = 0; i < 4; i++) await afterPaint();
      const moved = [...painted].map(([index, top]) => [index, grid()[index]!.getBoundingClientRect().top - top])
        .filter(([, by]) => Math.abs(by!) >= 1);
      expect(moved, `${what}: products moved (index, px) after the first frame`).to.deep.equal([]);
    }
  });

  it('a list moved in the page before its new grid\'s placeholders were named names them, and watches them, once back', async () => {
    const list = await renderFilterable();
    await waitUntil(() => !list.shadowRoot!.querySelector('.placeholder:empty'), 'the list\'s placeholders are named');
    await filterWithoutFrame(list);
    const holder = list.parentElement!;
    list.remove();
    await afterPaint();
    await afterPaint();
    expect(list.shadowRoot!.querySelector('.placeholder:empty'), 'out of the page, the placeholders wait').to.exist;
    holder.append(list);
    await waitUntil(() => !list.shadowRoot!.querySelector('.placeholder:empty'), 'the placeholders get their names once the list is back');
    // Watched again: scrolled to the end, the last products become cards.
    scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => items(list).at(-1)!.querySelector('sf-product-card'), 'the last product becomes a card once scrolled to');
  });

  it('renders a long listing from the server\'s snapshot complete on its first (hydrating) render, and keeps it so', async () => {
    const adapter = testAdapter();
    const all = adapter.allProducts();
    const many: Product[] = Array.from({ length: COUNT }, (_, i) => ({ ...all[i % all.length]!, id: `p-${i}`, name: `Product ${i}` }));
    adapter.listProducts = async () => ({ items: many, total: many.length });
    const snapshot = await loadSnapshot(adapter, { listings: [{ limit: COUNT }] });
    const holder = document.createElement('div');
    holder.innerHTML = snapshotScript(snapshot, 'snap-window');
    document.body.append(holder);
    try {
      const shop = document.createElement('sf-shop') as SfShop;
      shop.setAttribute('snapshot-from', 'snap-window');
      shop.locale = 'en';
      const list = document.createElement('sf-product-list') as SfProductList;
      list.limit = COUNT;
      shop.append(list);
      holder.append(shop);
      await list.updateComplete;
      // The first render is what the server rendered: every product a card (hydration would meet it as it is).
      expect(list.shadowRoot!.querySelectorAll('[part=grid] > li').length).to.equal(COUNT);
      expect(list.shadowRoot!.querySelectorAll('sf-product-card').length).to.equal(COUNT);
      list.requestUpdate();
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('sf-product-card').length, 'a later render keeps the cards').to.equal(COUNT);
    } finally {
      holder.remove();
    }
  });

  it('does not window a listing of 48 (the default page)', async () => {
    const adapter = testAdapter();
    const all = adapter.allProducts();
    const many: Product[] = Array.from({ length: 48 }, (_, i) => ({ ...all[i % all.length]!, id: `p-${i}` }));
    adapter.listProducts = async () => ({ items: many, total: many.length });
  const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en"><sf-product-list></sf-product-list></sf-shop>`);
    const list = shop.querySelector('sf-product-list') as SfProductList;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('[part=grid] > li').length === 48, 'the list shows 48');
    expect(list.shadowRoot!.querySelectorAll('sf-product-card').length).to.equal(48);
  });
});
