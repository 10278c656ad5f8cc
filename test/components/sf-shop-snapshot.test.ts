import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import '../../src/define/sf-nav.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfProductList } from '../../src/elements/sf-product-list/sf-product-list.js';
import type { CommerceAdapter } from '../../src/core/adapter.js';
import { loadSnapshot, snapshotScript } from '../../src/core/snapshot.js';
import { testAdapter } from '../helpers/shop.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The page a server sent: its snapshot script, then the shop (built as the parser would, parent first). */
async function serverPage(id: string) {
  const local = testAdapter();
  const snapshot = await loadSnapshot(local, { listings: [{ limit: 3 }], categoryTree: true });
  const holder = document.createElement('div');
  // The same string the server writes (not a DOM-built script), parsed by the browser.
  holder.innerHTML = snapshotScript(snapshot, id);
  document.body.append(holder);
  const calls: string[] = [];
  const counting = new Proxy(local, {
    get: (t, k: string) => {
      const v = (t as unknown as Record<string, unknown>)[k];
      return typeof v === 'function' ? (...a: unknown[]) => (calls.push(k), (v as (...x: unknown[]) => unknown).apply(t, a)) : v;
    },
  }) as CommerceAdapter;
  const events: string[] = [];
  const shop = document.createElement('sf-shop') as SfShop;
  shop.setAttribute('snapshot-from', id);
  shop.locale = 'en';
  // A shop whose adapter arrives late, as the default one does.
  shop.adapter = undefined;
  shop.telemetry = { track: (name: string) => void events.push(name) } as unknown as SfShop['telemetry'];
  const list = document.createElement('sf-product-list') as SfProductList;
  list.limit = 3;
  shop.append(list);
  holder.append(shop);
  return { holder, shop, list, snapshot, counting, calls, events };
}

describe('<sf-shop snapshot-from>', () => {
  it('renders the server\'s listing in the first browser render, fetches nothing and reports the list once', async () => {
    const { holder, shop, list, snapshot, counting, calls, events } = await serverPage('snap-list');
    await list.updateComplete;
    const names = Object.values(snapshot.listings!)[0].items.map((p) => p.name);
    const firstText = plain(list.shadowRoot!.textContent);
    expect(firstText).not.to.include('Loading');
    expect(list.shadowRoot!.querySelectorAll('sf-product-card')).to.have.length(3);
    const cardNames = () => [...list.shadowRoot!.querySelectorAll('sf-product-card')].map((c) => plain(c.shadowRoot?.querySelector('[part=name]')?.textContent));
    await waitUntil(() => cardNames().every(Boolean), 'cards rendered');
    expect(cardNames()).to.deep.equal(names);
    await waitUntil(() => events.includes('view_item_list'), 'the list is reported as viewed, in the browser');
    // The adapter arriving later neither fetches the list again nor reports it twice.
    shop.adapter = counting;
    await shop.updateComplete;
    await list.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(calls.filter((c) => c === 'listProducts')).to.deep.equal([]);
    expect(events.filter((e) => e === 'view_item_list')).to.have.length(1);
    await expectNoAxeViolations(holder);
    holder.remove();
  });

  it('gives <sf-nav> the server\'s category tree without asking the adapter', async () => {
    const { holder, shop, snapshot, counting, calls } = await serverPage('snap-nav');
    shop.adapter = counting;
    const nav = document.createElement('sf-nav');
    shop.append(nav);
    await nav.updateComplete;
    const text = plain(nav.shadowRoot!.textContent);
    for (const c of snapshot.categoryTree!) expect(text).to.include(c.name);
    expect(calls.filter((c) => c === 'getCategoryTree')).to.deep.equal([]);
    holder.remove();
  });

  it('warns once and loads as before when the script is missing or not a snapshot', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => void warnings.push(a.join(' '));
    try {
      const holder = document.createElement('div');
      holder.innerHTML = '<script type="application/json" id="snap-bad">{"version":7}</script><sf-shop snapshot-from="snap-bad"></sf-shop><sf-shop snapshot-from="snap-none"></sf-shop>';
      const [bad, none] = [...holder.querySelectorAll('sf-shop')] as SfShop[];
      bad.adapter = testAdapter();
      none.adapter = testAdapter();
      const list = document.createElement('sf-product-list') as SfProductList;
      list.limit = 2;
      bad.append(list);
      document.body.append(holder);
      await waitUntil(() => list.shadowRoot?.querySelectorAll('sf-product-card').length === 2, 'loaded through the adapter');
      expect(warnings.filter((w) => w.includes('<sf-shop> snapshotFrom: version 7'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('<sf-shop> snapshotFrom: no element with id "snap-none"'))).to.have.length(1);
      holder.remove();
    } finally {
      console.warn = warn;
    }
  });
});
