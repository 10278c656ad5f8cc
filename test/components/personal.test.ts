import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-search.js';
import '../../src/define/sf-add-to-cart.js';
import '../../src/define/sf-experiments.js';
import '../../src/define/sf-recently-viewed.js';
import '../../src/define/sf-recommendations.js';
import '../../src/define/sf-welcome-back.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfSearch } from '../../src/elements/sf-search/sf-search.js';
import type { SfAddToCart } from '../../src/elements/sf-add-to-cart/sf-add-to-cart.js';
import type { SfRecommendations } from '../../src/elements/sf-recommendations/sf-recommendations.js';
import type { SfRecentlyViewed } from '../../src/elements/sf-recently-viewed/sf-recently-viewed.js';
import type { SfWelcomeBack } from '../../src/elements/sf-welcome-back/sf-welcome-back.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { TelemetryService } from '../../src/services/telemetry/types.js';
import { HISTORY_KEY, VISIT_KEY } from '../../src/core/history.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

type Events = { name: string; params: Record<string, unknown> }[];

function forget() {
  for (const area of [localStorage, sessionStorage]) for (const key of [HISTORY_KEY, VISIT_KEY]) area.removeItem(key);
}

function telemetry(events: Events): TelemetryService {
  return { track: (name, params = {}) => void events.push({ name, params }) };
}

const shadow = (el: Element) => el.shadowRoot!;
const names = (el: Element) => [...shadow(el).querySelectorAll('[part=name], sf-product-card')].map((n) =>
  n.localName === 'sf-product-card' ? (n as HTMLElement & { product: { id: string } }).product.id : n.textContent!.trim());

async function typeSearch(search: SfSearch, text: string) {
  shadow(search).querySelector('input')!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

describe('shopping history, by consent', () => {
  beforeEach(forget);
  afterEach(forget);

  for (const consent of ['none', 'functional', 'all'] as const) {
    it(`consent="${consent}": storage holds exactly what it allows after a journey`, async () => {
      const adapter = testAdapter();
      const shop = await fixture<SfShop>(html`<sf-shop consent=${consent} .adapter=${adapter}>
        <sf-search></sf-search><sf-add-to-cart></sf-add-to-cart></sf-shop>`);
      await waitUntil(() => shop.history, 'history provided');
      shop.recordView(await adapter.getProduct('aurora-road'));
      await typeSearch(shop.querySelector('sf-search')!, 'gloves');
      const button = shop.querySelector<SfAddToCart>('sf-add-to-cart')!;
      button.product = await adapter.getProduct('gloves-summer');
      await button.updateComplete;
      shadow(button).querySelector('button')!.click();
      await waitUntil(() => shop.history!.data.cartAdds.length === 1, 'cart add recorded');
      const local = localStorage.getItem(HISTORY_KEY);
      const session = sessionStorage.getItem(HISTORY_KEY);
      if (consent === 'none') {
        expect(local).to.equal(null);
        expect(session).to.equal(null);
        expect(sessionStorage.getItem(VISIT_KEY)).to.equal(null);
      } else {
        const stored = JSON.parse((consent === 'all' ? local : session)!);
        expect(consent === 'all' ? session : local).to.equal(null);
        expect(stored.views.map((v: { id: string }) => v.id)).to.deep.equal(['aurora-road']);
        expect(stored.searches.map((s: { text: string }) => s.text)).to.deep.equal(['gloves']);
        expect(stored.cartAdds.map((v: { id: string }) => v.id)).to.deep.equal(['gloves-summer']);
      }
      // clearHistory erases, exportHistory says so.
      shop.clearHistory();
      expect(JSON.parse(shop.exportHistory()).views).to.deep.equal([]);
      if (consent !== 'none') expect(JSON.parse((consent === 'all' ? localStorage : sessionStorage).getItem(HISTORY_KEY)!).views).to.deep.equal([]);
    });
  }

  it('lowering consent on the shop erases the persistent copy at once', async () => {
    const shop = await fixture<SfShop>(html`<sf-shop consent="all" .adapter=${testAdapter()}></sf-shop>`);
    await waitUntil(() => shop.history);
    shop.recordView('aurora-road');
    expect(localStorage.getItem(HISTORY_KEY)).to.contain('aurora-road');
    shop.consent = 'none';
    await shop.updateComplete;
    expect(localStorage.getItem(HISTORY_KEY)).to.equal(null);
    expect(sessionStorage.getItem(HISTORY_KEY)).to.equal(null);
  });
});

describe('journey: view a bike, leave, come back', () => {
  beforeEach(forget);
  afterEach(forget);

  it('welcome-back names the bike once per visit, with gear from related categories and not the bike', async () => {
    let adapter = testAdapter();
    const first = await fixture<SfShop>(html`<sf-shop consent="all" .adapter=${adapter}>
      <sf-welcome-back></sf-welcome-back></sf-shop>`);
    await waitUntil(() => first.history);
    first.recordView(await adapter.getProduct('aurora-road'));
    // A first visit: nothing to welcome back to.
    const none = first.querySelector<SfWelcomeBack>('sf-welcome-back')!;
    await none.updateComplete;
    expect(shadow(none).querySelector('[part=banner]')).to.equal(null);
    // Leave: the tab is closed (its session ends) and the page is gone.
    fixtureCleanup();
    sessionStorage.removeItem(VISIT_KEY);

    adapter = testAdapter();
    const events: Events = [];
    const shop = await fixture<SfShop>(html`<sf-shop consent="all" .adapter=${adapter} .telemetry=${telemetry(events)}>
      <sf-welcome-back></sf-welcome-back>
      <sf-recommendations strategy="complete-the-look"></sf-recommendations></sf-shop>`);
    const welcome = shop.querySelector<SfWelcomeBack>('sf-welcome-back')!;
    await waitUntil(() => shadow(welcome).querySelector('[part=message]'), 'welcome-back shown');
    const message = shadow(welcome).querySelector('[part=message]')!.textContent!.replace(/\s+/g, ' ');
    expect(message).to.match(/^Still thinking about the Aurora Road 105\? It (is in stock and ships|can be ordered)/);
    expect(shadow(welcome).querySelector<HTMLAnchorElement>('[part=link]')!.getAttribute('href')).to.equal('#/product/aurora-road');
    const goesWith = [...shadow(welcome).querySelectorAll('[part=goes-with] a')].map((a) => a.textContent);
    expect(goesWith).to.include.members(['Matka Bib Tights', 'Summer Gloves', 'Road Shoes']);

    const recs = shop.querySelector<SfRecommendations>('sf-recommendations')!;
    await waitUntil(() => shadow(recs).querySelectorAll('sf-product-card').length > 0, 'recommendations shown');
    const ids = names(recs);
    expect(ids).to.not.include('aurora-road');
    expect(ids).to.include.members(['trousers-road', 'gloves-summer', 'shoes-road']);
    for (const id of ids) expect((await adapter.getProduct(id)).categoryIds).to.not.include('bikes');
    expect(events.find((e) => e.name === 'view_item_list')?.params.item_list_id).to.equal('complete-the-look');
    await expectNoAxeViolations(shop);

    // Dismiss with the keyboard.
    shadow(welcome).querySelector<HTMLButtonElement>('[part=dismiss]')!.focus();
    await sendKeys({ press: 'Enter' });
    await welcome.updateComplete;
    expect(shadow(welcome).querySelector('[part=banner]')).to.equal(null);

    // Another page of the same visit: not shown twice.
    fixtureCleanup();
    const again = await fixture<SfShop>(html`<sf-shop consent="all" .adapter=${testAdapter()}><sf-welcome-back></sf-welcome-back></sf-shop>`);
    await waitUntil(() => again.history);
    const second = again.querySelector<SfWelcomeBack>('sf-welcome-back')!;
    await second.updateComplete;
    expect(again.history!.returning).to.equal(true);
    expect(shadow(second).querySelector('[part=banner]')).to.equal(null);
  });

  it('a new visitor, or one without consent, sees no welcome and no recently viewed', async () => {
    const shop = await fixture<SfShop>(html`<sf-shop consent="none" .adapter=${testAdapter()}>
      <sf-welcome-back></sf-welcome-back><sf-recently-viewed></sf-recently-viewed></sf-shop>`);
    await waitUntil(() => shop.history);
    for (const el of [shop.querySelector('sf-welcome-back')!, shop.querySelector('sf-recently-viewed')!]) {
      await (el as SfWelcomeBack).updateComplete;
      expect(shadow(el).childElementCount, el.localName).to.equal(0);
    }
  });
});

describe('<sf-recently-viewed>', () => {
  beforeEach(forget);
  afterEach(forget);

  it('lists views newest first without the current product; Tab moves through the links and out', async () => {
    const shop = await fixture<SfShop>(html`<sf-shop consent="functional" .adapter=${testAdapter()}>
      <sf-recently-viewed current-product-id="kaupunki-7"></sf-recently-viewed><button id="after">after</button></sf-shop>`);
    await waitUntil(() => shop.history);
    for (const id of ['aurora-road', 'kaupunki-7', 'light-set']) shop.recordView(id);
    const list = shop.querySelector<SfRecentlyViewed>('sf-recently-viewed')!;
    await waitUntil(() => shadow(list).querySelectorAll('a').length === 2, 'two links');
    expect(names(list)).to.deep.equal(['Valo Light Set', 'Aurora Road 105']);
    const heading = shadow(list).querySelector('[part=heading]')!;
    expect(shadow(list).querySelector('ul')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(getComputedStyle(shadow(list).querySelector('ul')!).overflowX).to.equal('auto');
    await expectNoAxeViolations(shop);
    shadow(list).querySelector('a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(list).activeElement?.textContent).to.contain('Aurora Road 105');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });
});

describe('<sf-recommendations>', () => {
  beforeEach(forget);
  afterEach(forget);

  it('never recommends what is in the cart; its add-to-cart carries the list id; select_item names the strategy', async () => {
    const adapter: LocalCommerceAdapter = testAdapter();
    await adapter.addLine({ productId: 'gloves-summer', variantId: 'gloves-summer-m', quantity: 1 }).catch(async () => {
      const p = await adapter.getProduct('gloves-summer');
      await adapter.addLine({ productId: p.id, variantId: p.variants[1]!.id, quantity: 1 });
    });
    const events: Events = [];
    const shop = await fixture<SfShop>(html`<sf-shop consent="functional" .adapter=${adapter} .telemetry=${telemetry(events)}>
      <sf-recommendations product-id="aurora-road" add-to-cart></sf-recommendations></sf-shop>`);
    const recs = shop.querySelector<SfRecommendations>('sf-recommendations')!;
    await waitUntil(() => shadow(recs).querySelectorAll('sf-product-card').length > 0, 'recommendations shown');
    await waitUntil(() => shop.cart?.state.cart, 'cart loaded');
    await waitUntil(() => !names(recs).includes('gloves-summer'), 'cart item left out');
    expect(names(recs)).to.not.include('aurora-road');
    expect(names(recs)[0]).to.equal('trousers-road');
    await expectNoAxeViolations(shop);
    const card = shadow(recs).querySelector('sf-product-card')!;
    const add = card.querySelector<SfAddToCart>('sf-add-to-cart')!;
    await add.updateComplete;
    shadow(add).querySelector('button')!.click();
    await waitUntil(() => events.some((e) => e.name === 'add_to_cart'), 'added');
    expect(events.find((e) => e.name === 'add_to_cart')!.params.item_list_id).to.equal('complete-the-look');
    // The added product leaves the list.
    await waitUntil(() => !names(recs).includes('trousers-road'), 'added item leaves the list');
    shadow(card).querySelector('a')?.addEventListener('click', (e) => e.preventDefault());
    const link = shadow(shadow(recs).querySelector('sf-product-card')!).querySelector('a')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    expect(events.find((e) => e.name === 'select_item')!.params.item_list_id).to.equal('complete-the-look');
  });

  it('the sf-recommendations feature switches the strategy, or turns the list off', async () => {
    const mount = (value: string) => fixture<SfShop>(html`<sf-shop consent="functional" .adapter=${testAdapter()}>
      <sf-experiments timeout-ms="10000" .features=${{ 'sf-recommendations': { defaultValue: value } }}>
        <sf-recommendations product-id="aurora-road"></sf-recommendations>
      </sf-experiments></sf-shop>`);
    let shop = await mount('popular-in-category');
    let recs = shop.querySelector<SfRecommendations>('sf-recommendations')!;
    await waitUntil(() => recs.effectiveStrategy === 'popular-in-category', 'feature decided');
    await waitUntil(() => shadow(recs).querySelector('[part=heading]')?.textContent === 'Popular in this category', 'popular shown');
    expect(shadow(recs).querySelector('[part=heading]')!.textContent).to.equal('Popular in this category');
    // Popular in the bike's own category: other road bikes, never the bike in view.
    expect(names(recs)).to.deep.equal(['aurora-carbon']);
    fixtureCleanup();
    shop = await mount('off');
    recs = shop.querySelector<SfRecommendations>('sf-recommendations')!;
    await waitUntil(() => recs.effectiveStrategy === 'off', 'feature decided');
    await recs.updateComplete;
    expect(shadow(recs).querySelector('sf-product-card')).to.equal(null);
  });

  it('history segments reach GrowthBook as targeting attributes', async () => {
    // A growth team targets shoppers who viewed road bikes: the rule matches only through the kit's attributes.
    const first = await fixture<SfShop>(html`<sf-shop consent="functional" .adapter=${testAdapter()}></sf-shop>`);
    await waitUntil(() => first.history);
    first.history!.recordCategory('road-bikes');
    fixtureCleanup();
    const features = {
      'sf-recommendations': {
        defaultValue: 'off',
        rules: [{ condition: { returningVisitor: false, hasPurchased: false, hasCart: false, categoriesViewed: { $elemMatch: { $eq: 'road-bikes' } } }, force: 'popular-in-category' }],
      },
    };
    const shop = await fixture<SfShop>(html`<sf-shop consent="functional" .adapter=${testAdapter()}>
      <sf-experiments timeout-ms="10000" .features=${features}><sf-recommendations product-id="aurora-road"></sf-recommendations></sf-experiments></sf-shop>`);
    const recs = shop.querySelector<SfRecommendations>('sf-recommendations')!;
    await waitUntil(() => recs.effectiveStrategy !== 'complete-the-look', 'feature decided');
    expect(recs.effectiveStrategy).to.equal('popular-in-category');
  });
});

describe('<sf-search> recent searches', () => {
  beforeEach(forget);
  afterEach(forget);

  it('with consent: offered under the empty field, removable one by one with the keyboard', async () => {
    const shop = await fixture<SfShop>(html`<sf-shop consent="functional" .adapter=${testAdapter()}><sf-search></sf-search></sf-shop>`);
    await waitUntil(() => shop.history);
    const search = shop.querySelector<SfSearch>('sf-search')!;
    search.addEventListener('sf-search-submit', (e) => e.preventDefault());
    await typeSearch(search, 'gloves');
    search.value = '';
    await typeSearch(search, 'helmet');
    search.value = '';
    await search.updateComplete;
    shadow(search).querySelector('input')!.focus();
    await waitUntil(() => shadow(search).querySelectorAll('[part~=recent-term]').length === 2, 'recent shown');
    expect([...shadow(search).querySelectorAll('[part~=recent-term]')].map((b) => b.textContent)).to.deep.equal(['helmet', 'gloves']);
    await expectNoAxeViolations(shop);
    // Tab: the search button, the first recent search, its remove button.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(search).activeElement?.getAttribute('aria-label')).to.equal('Remove “helmet” from recent searches');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(search).querySelectorAll('[part~=recent-term]').length === 1, 'one removed');
    expect(shop.history!.recentSearches()).to.deep.equal(['gloves']);
    // Focus stays in the list, and Delete on a search forgets it too.
    expect(shadow(search).activeElement?.textContent).to.equal('gloves');
    await sendKeys({ press: 'Delete' });
    await waitUntil(() => shop.history!.recentSearches().length === 0, 'all removed');
    expect(shadow(search).activeElement?.localName).to.equal('input');
  });

  it('without consent: nothing remembered, nothing offered', async () => {
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${testAdapter()}><sf-search></sf-search></sf-shop>`);
    await waitUntil(() => shop.history);
    const search = shop.querySelector<SfSearch>('sf-search')!;
    search.addEventListener('sf-search-submit', (e) => e.preventDefault());
    await typeSearch(search, 'gloves');
    search.value = '';
    await search.updateComplete;
    shadow(search).querySelector('input')!.focus();
    await search.updateComplete;
    expect(shadow(search).querySelector('[part~=recent-term]')).to.equal(null);
    expect(shop.history!.recentSearches()).to.deep.equal([]);
  });
});
