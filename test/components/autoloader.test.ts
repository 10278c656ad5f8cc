// storefront-elements/autoloader on a page that imports nothing else of the kit: each element is fetched when its
// tag appears (in the markup, added later, or inside a kit element's shadow root), elements defined in any order
// still find <sf-shop>'s services, a tag that never appears is never fetched, and an unknown sf-* tag warns once.
// One page for the whole file (the autoloader starts once per page), so the tests build on each other in order.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { discover } from '../../src/define/autoloader.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { SfAddToCart } from '../../src/elements/sf-add-to-cart/sf-add-to-cart.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';
import { click } from '../helpers/pointer.js';

/** Paths of the define modules this page has fetched so far (/src/define/sf-x.js or .ts). */
const fetchedDefines = () =>
  performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/src/define/')).map((p) => p.replace(/^\/src\/define\//, '').replace(/\.(js|ts)$/, ''));

describe('storefront-elements/autoloader', () => {
  let adapter: LocalCommerceAdapter;

  it('defines the elements in the markup; a consumer defined before <sf-shop> waits for it, renders with it, and works', async () => {
    // sf-add-to-cart is defined first, so it asks for the shop's services before any provider exists; sf-shop and
    // sf-cart-button come from the autoloader when the markup appears.
    await import('../../src/define/sf-add-to-cart.js');
    expect(customElements.get('sf-add-to-cart'), 'defined before the shop').to.exist;
    expect(customElements.get('sf-shop'), 'sf-shop is not defined yet').to.equal(undefined);
    expect(customElements.get('sf-cart-button'), 'sf-cart-button is not defined yet').to.equal(undefined);
    adapter = testAdapter();
    const product = await adapter.getProduct('kypara-aero');
    const addToCart = document.createElement('sf-add-to-cart') as SfAddToCart;
    // What the element knew when it first rendered: the shop's language (Swedish; the page is English) and services.
    let first: { shopDefined: boolean; locale: string; hasShop: boolean } | undefined;
    addToCart.addController({
      hostUpdate: () => {
        first ??= { shopDefined: !!customElements.get('sf-shop'), locale: addToCart.effectiveLocale, hasShop: !!(addToCart as unknown as { shop?: unknown }).shop };
      },
    });
    addToCart.product = product;
    addToCart.variantId = 'kypara-aero-m';
    const shop = document.createElement('sf-shop') as SfShop;
    shop.setAttribute('locale', 'sv');
    shop.adapter = adapter;
    const cartButton = document.createElement('sf-cart-button');
    shop.append(cartButton, addToCart);
    document.body.append(shop);
    try {
      await customElements.whenDefined('sf-shop');
      await customElements.whenDefined('sf-cart-button');
      await waitUntil(() => addToCart.shadowRoot?.querySelector('[part=button][aria-disabled=false]'), 'add to cart is ready (it has the shop\'s cart)');
      expect(first, 'its first render came after the shop, with the shop\'s language and services').to.deep.equal({ shopDefined: true, locale: 'sv', hasShop: true });
      await click(addToCart.shadowRoot!.querySelector('[part=button]')!);
      await waitUntil(() => cartButton.shadowRoot?.querySelector('[part=count]')?.textContent === '1', 'the cart button counts the new line');
      expect((await adapter.getCart()).itemCount).to.equal(1);
      expect(fetchedDefines()).to.include.members(['sf-shop', 'sf-cart-button']);
      await expectNoAxeViolations(shop);
    } finally {
      shop.remove();
    }
  });

  it('defines an element added to the page later, and one put inside a kit element\'s shadow root', async () => {
    expect(customElements.get('sf-skip-link')).to.equal(undefined);
    expect(customElements.get('sf-breadcrumbs')).to.equal(undefined);
    // (fixture() removed the previous test's markup.)
    const cartButton = await fixture(html`<sf-cart-button></sf-cart-button>`);
    // Kit elements render kit elements in their shadow DOM: no observer on the document sees that far.
    const nested = document.createElement('sf-skip-link');
    cartButton.shadowRoot!.append(nested);
    const later = document.createElement('sf-breadcrumbs');
    later.setAttribute('category', 'helmets');
    document.body.append(later);
    await waitUntil(() => customElements.get('sf-skip-link') && customElements.get('sf-breadcrumbs'), 'both are defined');
    await waitUntil(() => nested.shadowRoot?.querySelector('a') && later.shadowRoot?.querySelector('nav'), 'both render');
    expect(nested.matches(':defined') && later.matches(':defined')).to.equal(true);
    later.remove();
  });

  it('never fetches an element whose tag is not on the page', () => {
    const fetched = fetchedDefines();
    expect(fetched, 'the elements that appeared were fetched').to.include.members(['autoloader', 'sf-shop', 'sf-cart-button', 'sf-skip-link', 'sf-breadcrumbs']);
    for (const absent of ['sf-checkout', 'sf-order-status', 'sf-welcome-back', 'sf-recommendations', 'sf-telemetry-log', 'index']) {
      expect(fetched, `${absent} never appeared`).not.to.include(absent);
    }
  });

  it('discover(root) loads the kit elements of a tree it cannot see and settles once they are defined', async () => {
    expect(customElements.get('sf-search')).to.equal(undefined);
    const detached = document.createElement('div');
    detached.innerHTML = '<sf-search></sf-search>';
    await discover(detached);
    expect(customElements.get('sf-search')).to.exist;
  });

  it('warns once about an sf-* tag that is not the kit\'s, and fetches nothing for it', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      document.body.append(document.createElement('sf-foo'));
      await waitUntil(() => warnings.some((w) => w.includes('<sf-foo>')), 'the autoloader warns');
      document.body.append(document.createElement('sf-foo'));
      // discover() runs the same lookup as the observer, and settles after it.
      await discover();
      await discover();
    } finally {
      console.warn = original;
    }
    const aboutFoo = warnings.filter((w) => w.includes('<sf-foo>'));
    expect(aboutFoo).to.have.length(1);
    expect(aboutFoo[0]).to.contain('storefront-elements/autoloader: <sf-foo> is not a storefront-elements tag');
    expect(fetchedDefines()).not.to.include('sf-foo');
    for (const el of document.querySelectorAll('sf-foo')) el.remove();
  });
});
