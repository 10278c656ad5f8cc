import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-card.js';
import type { SfProductCard } from '../../src/elements/sf-product-card/sf-product-card.js';
import type { Product } from '../../src/core/model.js';
import type { TelemetryService } from '../../src/services/telemetry/types.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const products = testAdapter().allProducts();
const byId = (id: string): Product => {
  const p = products.find((x) => x.id === id);
  if (!p) throw new Error(`no product ${id}`);
  return p;
};

function recorder(): TelemetryService & { events: { name: string; params: Record<string, unknown> }[] } {
  const events: { name: string; params: Record<string, unknown> }[] = [];
  return { events, track: (name, params = {}) => events.push({ name, params }) };
}

async function card(product: Product | undefined, locale = 'en', attrs: { variantId?: string; href?: string; listId?: string; index?: number } = {}) {
  const telemetry = recorder();
  const shop = await fixture(html`<sf-shop .adapter=${testAdapter()} locale=${locale} .telemetry=${telemetry}>
    <ul style="list-style:none;padding:0;max-width:20rem">
      <li>
        <sf-product-card .product=${product} variant-id=${attrs.variantId ?? ''} href=${attrs.href ?? nothing}
          list-id=${attrs.listId ?? ''} .index=${attrs.index}>
          <p slot="promise">Arrives tomorrow</p>
          <button slot="actions" type="button">Add</button>
        </sf-product-card>
      </li>
    </ul>
  </sf-shop>`);
  const el = shop.querySelector('sf-product-card') as SfProductCard;
  await el.updateComplete;
  const part = (name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`);
  return { el, part, telemetry };
}

describe('<sf-product-card>', () => {
  it('shows image, name as the one link, brand, price with the earlier price, and the stock hint in the shop locale', async () => {
    const { el, part } = await card(byId('aurora-road'), 'fi');
    expect(plain(part('name')?.textContent)).to.equal('Aurora Road 105');
    expect(part('name')?.getAttribute('aria-level')).to.equal('3');
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(1);
    expect(part('name')?.querySelector('a')?.getAttribute('href')).to.equal('#/product/aurora-road');
    expect(plain(part('brand')?.textContent)).to.equal('Pohjola');
    // Featured variant: the cheapest in stock; the struck-through earlier price is named for screen readers.
    expect(plain(part('price')?.textContent)).to.equal('1 899,00 € Ennen 2 199,00 €');
    expect(part('price')?.querySelector('s')).to.exist;
    // 2 + 5 + 0 + 1 units over all frames.
    expect(plain(part('stock')?.textContent)).to.equal('Vain 8 jäljellä');
    expect((part('image') as HTMLImageElement).alt).to.equal('');
    const slotted = (name: string) => (el.shadowRoot!.querySelector(`slot[name=${name}]`) as HTMLSlotElement).assignedElements();
    expect(slotted('promise')).to.have.length(1);
    expect(slotted('actions')).to.have.length(1);
    await expectNoAxeViolations(el.closest('ul')!);
  });

  it('speaks of one variant when variant-id is set', async () => {
    const inStock = await card(byId('aurora-road'), 'en', { variantId: 'aurora-road-54-cm' });
    expect(plain(inStock.part('stock')?.textContent)).to.equal('Only 5 left');
    const restocking = await card(byId('aurora-road'), 'en', { variantId: 'aurora-road-56-cm' });
    expect(plain(restocking.part('stock')?.textContent)).to.equal('Ships in 5 days');
    expect(plain(restocking.part('price')?.textContent)).to.equal('€1,899.00 Was €2,199.00');
  });

  it('tells a backorder from a sold-out product, and marks the sold-out state', async () => {
    const backorder = await card(byId('sora-adventure'), 'sv');
    expect(plain(backorder.part('stock')?.textContent)).to.equal('Skickas inom 14 dagar');
    expect(backorder.el.matches(':state(sold-out)')).to.equal(false);
    const soldOut = await card(byId('lock-folding'), 'sv');
    expect(plain(soldOut.part('stock')?.textContent)).to.equal('Slut i lager');
    expect(soldOut.el.matches(':state(sold-out)')).to.equal(true);
    await expectNoAxeViolations(soldOut.el.closest('ul')!);
  });

  it('holds a same-sized placeholder until the product arrives', async () => {
    const { el, part } = await card(undefined, 'en');
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(part('card')?.getAttribute('aria-busy')).to.equal('true');
    expect(plain(el.shadowRoot!.textContent)).to.contain('Loading');
    const before = el.getBoundingClientRect().width;
    await expectNoAxeViolations(el.closest('ul')!);
    el.product = byId('kypara-aero');
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(false);
    expect(el.getBoundingClientRect().width).to.equal(before);
    expect(plain(part('name')?.textContent)).to.equal('Aero Helmet');
  });

  it('refuses a javascript: href and renders the name as text', async () => {
    const { el, part } = await card(byId('kypara-aero'), 'en', { href: 'javascript:alert(1)' });
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(plain(part('name')?.textContent)).to.equal('Aero Helmet');
  });

  it('reports select_item with the list and position when the shopper follows the link by keyboard', async () => {
    const { el, telemetry } = await card(byId('kypara-aero'), 'en', { listId: 'helmets', index: 2, href: '#card-test' });
    el.shadowRoot!.querySelector('a')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => telemetry.events.some((e) => e.name === 'select_item'), 'select_item fired');
    const event = telemetry.events.find((e) => e.name === 'select_item')!;
    expect(event.params['item_list_id']).to.equal('helmets');
    const items = event.params['items'] as { item_id: string; index: number; price: number }[];
    expect(items[0]).to.include({ item_id: 'kypara-aero', index: 2, price: 149 });
    expect(location.hash).to.equal('#card-test');
    history.replaceState(null, '', location.pathname + location.search);
  });
});
