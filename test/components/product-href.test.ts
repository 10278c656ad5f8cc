import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-card.js';
import '../../src/define/sf-search.js';
import '../../src/define/sf-cart.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfSearch } from '../../src/elements/sf-search/sf-search.js';
import type { SfSearchSelectEvent } from '../../src/elements/events/index.js';
import type { ProductHref } from '../../src/core/url.js';
import { money } from '../../src/core/money.js';
import type { Product } from '../../src/core/model.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

// Product links are the shop's setting: a template or a function on <sf-shop>, used by cards, search and cart lines.

const HOSTILE_ID = 'a/b?c=1#"><img src=x onerror=alert(1)> ä';
const hostile: Product = {
  id: HOSTILE_ID, slug: 'hostile slug/ä', name: 'Hostile', description: 'A product with a hostile id.', categoryIds: ['helmets'],
  images: [], vatRate: 25.5,
  variants: [{ id: 'hostile-v', sku: 'HOSTILE', name: '', options: {}, price: money(1000), stock: 5 }],
};
const kypara = (p: Product) => p.id === 'kypara-aero';

async function mount(productHref?: ProductHref, attribute?: string) {
  const adapter = testAdapter({ catalog: { products: [...testAdapter().allProducts().filter(kypara), hostile] } });
  await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
  await adapter.addLine({ productId: HOSTILE_ID, variantId: 'hostile-v', quantity: 1 });
  const [aero] = adapter.allProducts();
  const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} locale="en" product-href=${attribute ?? '#/product/{id}'}>
    <sf-product-card .product=${aero}></sf-product-card>
    <sf-product-card .product=${hostile}></sf-product-card>
    <sf-search debounce="0"></sf-search>
    <sf-cart></sf-cart>
  </sf-shop>`);
  if (productHref) shop.productHref = productHref;
  await waitUntil(() => shop.cart?.state.status === 'ready', 'the cart loads');
  const cards = [...shop.querySelectorAll('sf-product-card')];
  const cart = shop.querySelector('sf-cart')!;
  await Promise.all([...cards.map((c) => c.updateComplete), cart.updateComplete]);
  await waitUntil(() => cart.shadowRoot!.querySelectorAll('a.name').length === 2, 'the cart lines render');
  const cardLinks = () => cards.map((c) => c.shadowRoot!.querySelector('[part=name] a')?.getAttribute('href'));
  const lineLinks = () => [...cart.shadowRoot!.querySelectorAll('a.name')].map((a) => a.getAttribute('href'));
  return { shop, cardLinks, lineLinks, search: shop.querySelector<SfSearch>('sf-search')! };
}

async function searchSelectHref(search: SfSearch, text: string): Promise<string> {
  search.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: text });
  await waitUntil(() => search.shadowRoot!.querySelectorAll('[role=option]').length > 0, 'suggestions appear');
  search.addEventListener('sf-search-select', (e) => e.preventDefault(), { once: true });
  const selected = oneEvent(search, 'sf-search-select') as unknown as Promise<SfSearchSelectEvent>;
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  const event = await selected;
  const option = search.shadowRoot!.querySelector('[role=option] a, a[role=option]');
  // Where a suggestion is itself a link, it carries the same href.
  if (option) expect(option.getAttribute('href')).to.equal(event.href);
  return event.href;
}

describe('<sf-shop product-href>', () => {
  it('defaults to #/product/{id}, with a hostile id URL-encoded in cards and cart lines', async () => {
    const { cardLinks, lineLinks, shop } = await mount();
    const encoded = `#/product/${encodeURIComponent(HOSTILE_ID)}`;
    expect(cardLinks()).to.deep.equal(['#/product/kypara-aero', encoded]);
    expect(lineLinks()).to.have.members(['#/product/kypara-aero', encoded]);
    // Nothing of the id survives unencoded that could end the path or the attribute.
    expect(encoded.slice('#/product/'.length)).not.to.match(/[<>"#?/ ]/);
    await expectNoAxeViolations(shop);
  });

  it('a template attribute changes every product link: cards, search suggestions and cart lines', async () => {
    const { cardLinks, lineLinks, search } = await mount(undefined, '/products/{slug}?ref={id}');
    expect(cardLinks()).to.deep.equal([
      '/products/aero-helmet?ref=kypara-aero'.replace('aero-helmet', cardSlug()),
      `/products/${encodeURIComponent('hostile slug/ä')}?ref=${encodeURIComponent(HOSTILE_ID)}`,
    ]);
    expect(lineLinks()).to.include(`/products/${encodeURIComponent('hostile slug/ä')}?ref=${encodeURIComponent(HOSTILE_ID)}`);
    expect(await searchSelectHref(search, 'hostile')).to.equal(`/products/${encodeURIComponent('hostile slug/ä')}?ref=${encodeURIComponent(HOSTILE_ID)}`);
  });

  it('a function property changes every product link, and an unsafe result is refused', async () => {
    const { cardLinks, lineLinks, search, shop } = await mount((p) => `https://shop.example/p/${encodeURIComponent(p.slug ?? p.id)}`);
    const hostileHref = `https://shop.example/p/${encodeURIComponent('hostile slug/ä')}`;
    expect(cardLinks()[1]).to.equal(hostileHref);
    expect(lineLinks()).to.include(hostileHref);
    expect(await searchSelectHref(search, 'hostile')).to.equal(hostileHref);
    shop.productHref = () => 'javascript:alert(1)';
    const card = shop.querySelector('sf-product-card')!;
    await shop.updateComplete;
    await card.updateComplete;
    expect(!!card.shadowRoot!.querySelector('[part=name] a'), 'no link to javascript:').to.equal(false);
  });
});

function cardSlug(): string {
  return testAdapter().allProducts().find(kypara)!.slug;
}
