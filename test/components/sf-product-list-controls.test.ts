import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import type { SfProductList } from '../../src/elements/sf-product-list/sf-product-list.js';
import { ManualClock } from '../../src/core/clock.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const WEDNESDAY_MORNING = new Date('2026-12-02T08:00:00Z');

async function renderList(category: string, limit = 48) {
  const adapter = testAdapter({ clock: new ManualClock(WEDNESDAY_MORNING) });
  const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en">
    <sf-product-list controls url-state category=${category} limit=${limit}></sf-product-list>
  </sf-shop>`);
  const list = shop.querySelector('sf-product-list') as SfProductList;
  await waitUntil(() => list.shadowRoot?.querySelector('[part=grid], .suggestions, [role=alert]'), 'the list settles');
  return list;
}

const ids = (list: SfProductList) => [...list.shadowRoot!.querySelectorAll('sf-product-card')].map((c) => c.product?.id);
const panel = (list: SfProductList) => list.shadowRoot!.querySelector('sf-filter-panel')!;
const checkbox = (list: SfProductList, text: string) =>
  [...panel(list).shadowRoot!.querySelectorAll('label')].find((l) => plain(l.textContent).startsWith(text))?.querySelector('input') as HTMLInputElement;
const status = (list: SfProductList) => plain(list.shadowRoot!.querySelector('[role=status][aria-live]')?.textContent);

describe('<sf-product-list controls>', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => history.replaceState(null, '', start));

  it('a keyboard user sorts, filters by a facet and by a delivery promise, hears the count, and Back restores', async () => {
    const list = await renderList('bikes');
    expect(ids(list)).to.have.length(8);
    await expectNoAxeViolations(list);

    // Sort: the select takes arrow keys.
    list.shadowRoot!.querySelector('select')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => ids(list)[0] === 'kaupunki-3', 'cheapest first');
    expect(new URL(location.href).searchParams.get('sort')).to.equal('price-asc');
    await waitUntil(() => status(list) === '8 products', 'the count is announced');

    // Filter: Space on the brand checkbox.
    checkbox(list, 'Pohjola').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => ids(list).length === 4, 'only Pohjola');
    await waitUntil(() => status(list) === '4 products');
    expect(new URL(location.href).searchParams.getAll('f.brand')).to.deep.equal(['Pohjola']);

    // The promise facet: arrives by Thursday leaves out the bike that ships after a restock.
    // (The panel's counts follow the new grid, in a task after the frame that shows it.)
    await waitUntil(() => plain(checkbox(list, 'Arrives by Thu 3.12.')?.closest('label')?.textContent) === 'Arrives by Thu 3.12. (3)',
      'the promise facet counts the Pohjola bikes');
    const arrives = checkbox(list, 'Arrives by Thu 3.12.');
    arrives.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => ids(list).length === 3, 'three arrive by Thursday');
    expect(ids(list)).to.not.include('sora-adventure');
    await expectNoAxeViolations(list);

    // Back: the previous listing returns.
    history.back();
    await waitUntil(() => ids(list).length === 4, 'Back restores the brand-only listing');
    expect(list.filters).to.deep.equal({ brand: ['Pohjola'] });
  });

  it('with a backend that offers no facets, the listing settles: no update once it is shown', async () => {
    const adapter = testAdapter({ clock: new ManualClock(WEDNESDAY_MORNING) });
    const listProducts = adapter.listProducts.bind(adapter);
    adapter.listProducts = async (...args) => {
      const page = await listProducts(...args);
      delete page.facets;
      return page;
    };
    const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en"><sf-product-list controls category="bikes"></sf-product-list></sf-shop>`);
    const list = shop.querySelector('sf-product-list') as SfProductList;
    await waitUntil(() => ids(list).length === 8, 'all bikes');
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (let i = 0; i < 3; i++) await frame();
    let updates = 0;
    const counted = list as unknown as { update(changed: unknown): void };
    const update = counted.update.bind(list);
    counted.update = (changed) => {
      updates += 1;
      update(changed);
    };
    for (let i = 0; i < 10; i++) await frame();
    expect(updates, 'updates in 10 frames after the listing settled').to.equal(0);
    expect(panel(list).shadowRoot!.querySelectorAll('fieldset').length, 'no facet groups').to.equal(0);
  });

  it('after a filter, a card that stays reports select_item with the filtered list id and its new position', async () => {
    const events: { name: string; params: Record<string, unknown> }[] = [];
    const shop = await fixture(html`<sf-shop .adapter=${testAdapter({ clock: new ManualClock(WEDNESDAY_MORNING) })} locale="en"
      .telemetry=${{ track: (name: string, params: Record<string, unknown> = {}) => events.push({ name, params }) }}>
      <sf-product-list controls category="bikes" product-href="#list-test"></sf-product-list>
    </sf-shop>`);
    const list = shop.querySelector('sf-product-list') as SfProductList;
    await waitUntil(() => ids(list).length === 8, 'all bikes');
    checkbox(list, 'Pohjola').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => ids(list).length === 4, 'only Pohjola');
    const cards = [...list.shadowRoot!.querySelectorAll('sf-product-card')];
    const last = cards[3]!;
    await last.updateComplete;
    const link = last.shadowRoot!.querySelector('a')!;
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.some((e) => e.name === 'select_item'), 'select_item fired');
    const event = events.find((e) => e.name === 'select_item')!;
    expect(event.params['item_list_id']).to.equal('bikes|brand=Pohjola');
    expect((event.params['items'] as { item_id: string; index: number }[])[0]).to.include({ item_id: ids(list)[3], index: 3 });
  });

  it('a filter that drops most products shows only the new grid at once, even when the page styles the grid, and the old one goes after', async () => {
    const shop = await fixture(html`<div><style>sf-product-list::part(grid) { display: flex; flex-wrap: wrap; }</style>
      <sf-shop .adapter=${testAdapter({ clock: new ManualClock(WEDNESDAY_MORNING) })} locale="en">
        <sf-product-list controls limit="48"></sf-product-list>
      </sf-shop></div>`);
    const list = shop.querySelector('sf-product-list') as SfProductList;
    await waitUntil(() => ids(list).length > 8, 'every product');
    const oldGrid = list.shadowRoot!.querySelector('[part=grid]')!;

    // Each time the grids change, before any frame is painted: what is on screen.
    const seen: { displayed: number; displayedCards: number; oldDisplay: string }[] = [];
    const observer = new MutationObserver(() => {
      const grids = [...list.shadowRoot!.querySelectorAll('[part=grid]')];
      if (!grids.some((g) => g !== oldGrid)) return;
      const displayed = grids.filter((g) => getComputedStyle(g).display !== 'none');
      seen.push({
        displayed: displayed.length,
        displayedCards: displayed.reduce((n, g) => n + g.querySelectorAll('sf-product-card').length, 0),
        oldDisplay: oldGrid.isConnected ? getComputedStyle(oldGrid).display : 'removed',
      });
    });
    observer.observe(list.shadowRoot!, { childList: true, subtree: true });

    checkbox(list, 'Pohjola').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !oldGrid.isConnected, 'the replaced grid is removed');
    observer.disconnect();
    // Whenever the new grid was there, it was the only one displayed, with only the four Pohjola cards, and the old
    // one, until removed, was not displayed at all (so neither painted, nor read out, nor focusable).
    expect(seen.length).to.be.greaterThan(0);
    for (const s of seen) {
      expect(s).to.deep.include({ displayed: 1, displayedCards: 4 });
      expect(s.oldDisplay).to.be.oneOf(['none', 'removed']);
    }
    expect(list.shadowRoot!.querySelectorAll('[part=grid]')).to.have.length(1);
    await waitUntil(() => status(list) === '4 products', 'the count is announced');
    await expectNoAxeViolations(list);
  });

  it('"Show more" adds a page, moves focus to the first new product and says how many are shown', async () => {
    const list = await renderList('bikes', 3);
    const more = list.shadowRoot!.querySelector('[part=more]') as HTMLButtonElement;
    expect(plain(more.textContent)).to.equal('Show more, Showing 3 of 8');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ids(list).length === 6, 'a second page');
    const fourth = list.shadowRoot!.querySelectorAll('sf-product-card')[3]!;
    await waitUntil(() => fourth.shadowRoot!.activeElement?.localName === 'a', 'focus on the first new product');
    expect(new URL(location.href).searchParams.get('pages')).to.equal('2');
    await expectNoAxeViolations(list);
  });

  it('an empty result suggests which filter to remove, and removing it by keyboard brings products back', async () => {
    history.replaceState(null, '', '?f.brand=Pohjola&f.option.Size=S');
    const list = await renderList('helmets');
    await waitUntil(() => list.shadowRoot!.querySelector('.suggestions'), 'the empty state');
    const buttons = [...list.shadowRoot!.querySelectorAll('.suggestions button')].map((b) => plain(b.textContent));
    expect(buttons, JSON.stringify(buttons)).to.deep.equal(['Remove Brand: Pohjola', 'Remove Size: S', 'Clear all filters']);
    await expectNoAxeViolations(list);
    (list.shadowRoot!.querySelector('.suggestions button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ids(list).length === 2, 'the helmets in size S');
    expect(list.filters).to.deep.equal({ 'option.Size': ['S'] });
  });
});
