import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import type { SfProductList } from '../../src/elements/sf-product-list/sf-product-list.js';
import { testAdapter } from '../helpers/shop.js';

type Tracked = { name: string; params: Record<string, unknown> };

describe('listing telemetry (GA4 view_item_list, select_item)', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => history.replaceState(null, '', start));

  it('names the sort and filters in item_list_id, the page\'s name in item_list_name, and a card click reports the same list', async () => {
    const events: Tracked[] = [];
    const shop = await fixture(html`<sf-shop .adapter=${testAdapter()} .telemetry=${{ track: (name: string, params: Record<string, unknown>) => events.push({ name, params }) }} locale="en">
      <sf-product-list controls category="bikes" sort="price-asc" .filters=${{ brand: ['Pohjola'] }} list-name="Bikes"></sf-product-list>
    </sf-shop>`);
    const list = shop.querySelector('sf-product-list') as SfProductList;
    await waitUntil(() => list.shadowRoot!.querySelectorAll('sf-product-card').length === 4, 'Pohjola bikes');
    const view = events.find((e) => e.name === 'view_item_list')!;
    expect(view.params['item_list_id']).to.equal('bikes|sort=price-asc|brand=Pohjola');
    expect(view.params['item_list_name']).to.equal('Bikes');

    const second = list.shadowRoot!.querySelectorAll('sf-product-card')[1]!;
    await second.updateComplete;
    second.shadowRoot!.querySelector('a')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.some((e) => e.name === 'select_item'), 'select_item');
    const select = events.find((e) => e.name === 'select_item')!;
    expect(select.params).to.deep.include({ item_list_id: 'bikes|sort=price-asc|brand=Pohjola', item_list_name: 'Bikes' });
    expect((select.params['items'] as { item_id: string; index: number }[])[0]).to.deep.include({ item_id: 'aurora-road', index: 1 });
  });
});
