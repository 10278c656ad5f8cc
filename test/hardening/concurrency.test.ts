import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-cart.js';
import { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfQuantity } from '../../src/elements/sf-quantity/sf-quantity.js';
import { uniqueKey } from '../helpers/shop.js';

/**
 * Two "tabs": two shops in one page, each with its own embedded backend client on the same storage key with
 * cross-tab sync on (BroadcastChannel reaches the other channel object in the same page as it would another tab).
 */
async function twoTabs() {
  const key = uniqueKey('two-tabs');
  const a = new LocalCommerceAdapter({ storageKey: key, crossTab: true });
  const b = new LocalCommerceAdapter({ storageKey: key, crossTab: true });
  await a.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
  await a.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
  const wrap = await fixture(html`<div>
    <sf-shop id="a" .adapter=${a} locale="en"><sf-cart></sf-cart></sf-shop>
    <sf-shop id="b" .adapter=${b} locale="en"><sf-cart></sf-cart></sf-shop>
  </div>`);
  const tabA = wrap.querySelector<SfShop>('#a')!;
  const tabB = wrap.querySelector<SfShop>('#b')!;
  for (const tab of [tabA, tabB]) {
    await waitUntil(() => tab.cart?.state.cart?.lines.length === 2, 'each tab loads the cart');
    const cart = tab.querySelector('sf-cart')!;
    await waitUntil(() => cart.shadowRoot?.querySelectorAll('sf-quantity').length === 2, 'each tab shows both lines');
  }
  return { a, b, tabA, tabB };
}

/** Quantities by variant as a tab's cart model has them and as its quantity controls show them. */
function shown(tab: SfShop) {
  const model = Object.fromEntries(tab.cart!.state.cart!.lines.map((l) => [l.variantId, l.quantity]));
  const controls = [...tab.querySelector('sf-cart')!.shadowRoot!.querySelectorAll<SfQuantity>('sf-quantity')].map((q) => q.value);
  return { model, controls };
}

async function settled(tab: SfShop) {
  await waitUntil(() => !tab.cart!.state.pending, 'no change in flight');
  await tab.querySelector('sf-cart')!.updateComplete;
}

describe('two tabs editing one cart', () => {
  it('keeps both changes when each tab edits a different line at the same time', async () => {
    const { a, b, tabA, tabB } = await twoTabs();
    const helmet = tabA.cart!.state.cart!.lines.find((l) => l.variantId === 'kypara-aero-m')!;
    const chain = tabB.cart!.state.cart!.lines.find((l) => l.variantId === 'chain-11-default')!;
    await Promise.all([tabA.cart!.setQuantity(helmet.id, 3), tabB.cart!.setQuantity(chain.id, 4)]);
    const want = { 'kypara-aero-m': 3, 'chain-11-default': 4 };
    expect(Object.fromEntries((await a.getCart()).lines.map((l) => [l.variantId, l.quantity]))).to.deep.equal(want);
    for (const tab of [tabA, tabB]) {
      await waitUntil(() => JSON.stringify(shown(tab).model) === JSON.stringify(want), `tab ${tab.id} shows both changes`);
      await settled(tab);
      expect(shown(tab).controls).to.deep.equal([3, 4]);
    }
    a.dispose();
    b.dispose();
  });

  it('ends in one state, shown in both tabs, when both edit the same line at once', async () => {
    const { a, b, tabA, tabB } = await twoTabs();
    const line = tabA.cart!.state.cart!.lines.find((l) => l.variantId === 'chain-11-default')!;
    await Promise.all([tabA.cart!.setQuantity(line.id, 2), tabB.cart!.setQuantity(line.id, 5)]);
    const backend = (await a.getCart()).lines.find((l) => l.variantId === 'chain-11-default')!.quantity;
    expect([2, 5]).to.include(backend);
    for (const tab of [tabA, tabB]) {
      await waitUntil(() => shown(tab).model['chain-11-default'] === backend, `tab ${tab.id} shows the backend's ${backend}`);
      await settled(tab);
      expect(shown(tab).controls[1], `tab ${tab.id}'s control`).to.equal(backend);
    }
    expect(shown(tabA)).to.deep.equal(shown(tabB));
    a.dispose();
    b.dispose();
  });

  it('shows a line removed in one tab as gone in the other', async () => {
    const { a, b, tabA, tabB } = await twoTabs();
    const line = tabA.cart!.state.cart!.lines.find((l) => l.variantId === 'kypara-aero-m')!;
    await tabA.cart!.removeLine(line.id);
    await waitUntil(() => tabB.cart!.state.cart!.lines.length === 1, 'the other tab drops the line');
    expect(tabB.cart!.state.cart!.lines[0]!.variantId).to.equal('chain-11-default');
    a.dispose();
    b.dispose();
  });
});
