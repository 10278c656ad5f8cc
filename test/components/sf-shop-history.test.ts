// The shopper's history loads on demand (a lazy chunk of <sf-shop>): what the shop does before it arrives must be
// what it does after. This file imports no element that brings the history's code with it (sf-experiments does),
// so the first test runs while the history has not loaded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-add-to-cart.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

function forget() {
  localStorage.clear();
  sessionStorage.clear();
}

describe('<sf-shop> history before its code has loaded', () => {
  beforeEach(forget);
  afterEach(forget);

  it('clearHistory() erases storage at once, and what is recorded meanwhile is kept when the history arrives', async () => {
    // Earlier in this tab's session, with consent: a history in sessionStorage.
    const before = Date.now() - 60_000;
    sessionStorage.setItem('sf-history', JSON.stringify({
      version: 1, views: [{ id: 'kaupunki-7', at: before }], categories: [], searches: [], cartAdds: [], purchases: [],
      visitStartedAt: before, lastActiveAt: before,
    }));
    const adapter = testAdapter();
    const shop = await fixture<SfShop>(html`<sf-shop consent="functional" .adapter=${adapter}>
      <sf-add-to-cart .product=${await adapter.getProduct('gloves-summer')}></sf-add-to-cart></sf-shop>`);
    const add = shop.querySelector('sf-add-to-cart')!;
    await waitUntil(() => add.shadowRoot?.querySelector('button:not([disabled])'), 'add to cart ready');
    await expectNoAxeViolations(shop);
    // Nothing read or recorded yet: the history's code has not loaded, and consent kept the earlier page's history.
    expect(sessionStorage.getItem('sf-history')).to.not.equal(null);

    shop.clearHistory();
    // Erased at once, from storage too, without waiting for the history.
    expect(sessionStorage.getItem('sf-history')).to.equal(null);
    shop.recordView('light-set');
    // Recording starts the load; the history is not there in this same task.
    expect(shop.history).to.equal(undefined);
    expect(shop.exportHistory()).to.equal('');

    // The shopper adds to cart with the keyboard, while the history may still be on its way.
    add.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    const history = await shop.loadHistory();
    await waitUntil(() => history!.data.cartAdds.length === 1, 'cart add recorded');
    expect(shop.history).to.equal(history);
    // The view recorded before it loaded is there; the cleared one is not.
    expect(history!.viewedIds()).to.deep.equal(['light-set']);
    expect(history!.data.cartAdds.map((e) => e.id)).to.deep.equal(['gloves-summer']);
    expect(JSON.parse(sessionStorage.getItem('sf-history')!).views.map((v: { id: string }) => v.id)).to.deep.equal(['light-set']);
    expect(localStorage.getItem('sf-history')).to.equal(null);
    expect(JSON.parse(shop.exportHistory()).consent).to.equal('functional');
    await expectNoAxeViolations(shop);
  });

  it('with consent all, a page view is activity of the visit even when nothing on the page reads the history', async () => {
    const started = Date.now() - 20 * 60_000;
    localStorage.setItem('sf-history', JSON.stringify({
      version: 1, views: [{ id: 'kaupunki-7', at: started }], categories: [], searches: [], cartAdds: [], purchases: [],
      visitStartedAt: started, lastActiveAt: started,
    }));
    sessionStorage.setItem('sf-history-visit', String(started));
    await fixture<SfShop>(html`<sf-shop consent="all" .adapter=${testAdapter()}></sf-shop>`);
    // Without this, a shopper reading pages without history elements for the visit gap would come back "returning".
    const stored = () => JSON.parse(localStorage.getItem('sf-history') ?? '{}') as { lastActiveAt?: number; visitStartedAt?: number };
    await waitUntil(() => (stored().lastActiveAt ?? 0) > started, 'the visit was kept active');
    expect(stored().visitStartedAt).to.equal(started);
  });

  it('lowering consent erases at once what may no longer be kept', async () => {
    const shop = await fixture<SfShop>(html`<sf-shop consent="all" .adapter=${testAdapter()}></sf-shop>`);
    shop.recordView('aurora-road');
    await shop.loadHistory();
    expect(localStorage.getItem('sf-history')).to.not.equal(null);
    shop.consent = 'functional';
    await shop.updateComplete;
    expect(localStorage.getItem('sf-history')).to.equal(null);
    expect(JSON.parse(sessionStorage.getItem('sf-history')!).views.map((v: { id: string }) => v.id)).to.deep.equal(['aurora-road']);
    shop.consent = 'none';
    await shop.updateComplete;
    expect(sessionStorage.getItem('sf-history')).to.equal(null);
    expect(shop.history!.viewedIds()).to.deep.equal(['aurora-road']);
  });
});
