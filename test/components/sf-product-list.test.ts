import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import type { SfProductList } from '../../src/elements/sf-product-list/sf-product-list.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

async function renderList(adapter: LocalCommerceAdapter, locale = 'fi', category = '') {
  const shop = await fixture(html`<sf-shop .adapter=${adapter} locale=${locale}><sf-product-list category=${category}></sf-product-list></sf-shop>`);
  const list = shop.querySelector('sf-product-list') as SfProductList;
  await waitUntil(() => list.shadowRoot?.querySelector('[part=grid], [role=alert]'), 'the list settles');
  return list;
}

describe('<sf-product-list> on the local adapter', () => {
  it('renders the catalogue as cards with names, prices in the shop locale and stock hints', async () => {
    const list = await renderList(testAdapter(), 'fi', 'helmets');
    const cards = [...list.shadowRoot!.querySelectorAll('sf-product-card')];
    expect(cards.length).to.equal(4);
    await Promise.all(cards.map((c) => c.updateComplete));
    const first = cards[0]!.shadowRoot!;
    expect(plain(first.querySelector('[part=name]')?.textContent)).to.equal('Aero Helmet');
    expect(plain(first.querySelector('[part=price]')?.textContent)).to.equal('149,00 €');
    expect(first.querySelector('[part=name] a')?.getAttribute('href')).to.equal('#/product/kypara-aero');
    expect(plain(first.querySelector('[part=stock]')?.textContent)).to.equal('Varastossa');
    await expectNoAxeViolations(list);
  });

  it('follows the shop locale at run time', async () => {
    const list = await renderList(testAdapter(), 'en', 'helmets');
    const shop = list.closest('sf-shop')!;
    const card = () => list.shadowRoot!.querySelector('sf-product-card')!;
    await card().updateComplete;
    expect(plain(card().shadowRoot!.querySelector('[part=price]')?.textContent)).to.equal('€149.00');
    shop.locale = 'sv';
    await waitUntil(() => plain(card().shadowRoot!.querySelector('[part=price]')?.textContent) === '149,00 €');
    expect(plain(card().shadowRoot!.querySelector('[part=stock]')?.textContent)).to.equal('I lager');
  });

  it('explains a failing backend and recovers with a keyboard retry', async () => {
    const adapter = testAdapter({ faults: { fail: ['listProducts'] } });
    const list = await renderList(adapter, 'en');
    const alert = list.shadowRoot!.querySelector('[role=alert]')!;
    expect(plain(alert.textContent)).to.contain('We could not reach the shop');
    await expectNoAxeViolations(list);
    adapter.faults = {};
    alert.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => list.shadowRoot!.querySelector('[part=grid]'), 'the retry shows products');
    expect(list.shadowRoot!.querySelectorAll('sf-product-card').length).to.be.greaterThan(28);
  });

  it('shows at most `limit` cards when the backend ignores the limit', async () => {
    const adapter = testAdapter();
    const all = adapter.allProducts();
    // A backend that answers 2000 products whatever was asked.
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...all[i % all.length]!, id: `p-${i}` }));
    adapter.listProducts = async () => ({ items: many, total: many.length });
    const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en"><sf-product-list limit="24"></sf-product-list></sf-shop>`);
    const list = shop.querySelector('sf-product-list') as SfProductList;
    await waitUntil(() => list.shadowRoot?.querySelector('[part=grid], [role=alert]'), 'the list settles');
    expect(list.shadowRoot!.querySelectorAll('sf-product-card').length).to.equal(24);
  });
});

describe('<sf-product-list add-to-cart>', () => {
  async function renderBuyable(adapter: LocalCommerceAdapter) {
    const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en">
      <sf-product-list add-to-cart category="helmets"></sf-product-list>
    </sf-shop>`);
    const list = shop.querySelector('sf-product-list') as SfProductList;
    await waitUntil(() => list.shadowRoot?.querySelector('[part=grid]'), 'the list settles');
    return list;
  }

  const buttons = (list: SfProductList) =>
    [...list.shadowRoot!.querySelectorAll('sf-add-to-cart')].map((b) => b.shadowRoot?.querySelector('button'));

  it('gives every card an add-to-cart that a click fills the cart with, and the page hears it', async () => {
    const adapter = testAdapter();
    const list = await renderBuyable(adapter);
    await waitUntil(() => buttons(list).length === 4 && buttons(list).every((b) => b?.getAttribute('aria-disabled') === 'false'));
    await expectNoAxeViolations(list);
    const changes: number[] = [];
    list.closest('sf-shop')!.addEventListener('sf-cart-change', (e) => changes.push(e.cart.lines.length));
    const button = buttons(list)[0]!;
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => changes.length === 1, 'the add reaches the page');
    expect(changes).to.deep.equal([1]);
    const cart = await adapter.getCart();
    expect(cart.lines.map((l) => l.productId)).to.deep.equal(['kypara-aero']);
    await expectNoAxeViolations(list);
  });

  it('adds with the keyboard too', async () => {
    const list = await renderBuyable(testAdapter());
    await waitUntil(() => buttons(list)[1]?.getAttribute('aria-disabled') === 'false');
    let added = 0;
    list.addEventListener('sf-cart-change', () => added++);
    buttons(list)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => added === 1, 'Enter adds the second card');
  });

  it('exports the cards\u2019 parts so the page can style them', async () => {
    const style = document.createElement('style');
    style.textContent = `sf-product-list::part(price) { color: rgb(1, 2, 3); }
      sf-product-list::part(add-to-cart) { outline-color: rgb(4, 5, 6); }`;
    document.head.append(style);
    try {
      const list = await renderBuyable(testAdapter());
      await waitUntil(() => buttons(list)[0]);
      const card = list.shadowRoot!.querySelector('sf-product-card')!;
      await card.updateComplete;
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part=price]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(buttons(list)[0]!).outlineColor).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('renders no buttons without the attribute', async () => {
    const list = await renderList(testAdapter(), 'en', 'helmets');
    expect(list.shadowRoot!.querySelectorAll('sf-add-to-cart').length).to.equal(0);
  });
});
