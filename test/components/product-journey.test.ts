// Issue #22's "done when": a keyboard user sorts, filters, pages, opens a product, picks a sold-out size (and hears
// that it is sold out), picks an available one and adds it to the cart. Real key presses only, after the page set-up.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import '../../src/define/sf-product-detail.js';
import type { SfProductList } from '../../src/elements/sf-product-list/sf-product-list.js';
import type { SfProductDetail } from '../../src/elements/sf-product-detail/sf-product-detail.js';
import { ManualClock } from '../../src/core/clock.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();

/** The focused element, through every open shadow root. */
function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

async function tabUntil(match: (el: Element) => boolean, max = 20): Promise<Element> {
  for (let i = 0; i < max; i += 1) {
    await sendKeys({ press: 'Tab' });
    const el = deepActive();
    if (el && match(el)) return el;
  }
  throw new Error(`Tab did not reach the element; focus is on ${deepActive()?.outerHTML.slice(0, 80)}`);
}

describe('keyboard journey: listing to cart', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => history.replaceState(null, '', start));

  it('sorts, filters, pages, opens a product, hears a sold-out size, picks another and adds it to the cart', async function () {
    this.timeout(30_000);
    const clock = new ManualClock(new Date('2026-12-02T08:00:00Z'));
    const adapter = testAdapter({ clock });
    // Size L of the Pro Jersey is sold out with no restock.
    adapter.setStock('jersey-pro-l', 0);
    const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en">
      <main>
        <h1 tabindex="-1">Clothing</h1>
        <sf-product-list controls url-state category="clothing" limit="2" heading-level="2"></sf-product-list>
      </main>
    </sf-shop>`);
    const main = shop.querySelector('main')!;
    // The page's router: a product link (#/product/<id>) swaps the listing for the product detail and moves focus
    // to the page's heading, as a single-page shop does.
    const route = () => {
      const id = /^#\/product\/(.+)$/.exec(location.hash)?.[1];
      if (!id) return;
      main.replaceChildren();
      const heading = Object.assign(document.createElement('h1'), { tabIndex: -1, textContent: 'Product' });
      const detail = Object.assign(document.createElement('sf-product-detail'), { clock });
      detail.productId = id;
      detail.headingLevel = 2;
      main.append(heading, detail);
      heading.focus();
    };
    addEventListener('hashchange', route);
    try {
      const list = shop.querySelector('sf-product-list') as SfProductList;
      const ids = () => [...list.shadowRoot!.querySelectorAll('sf-product-card')].map((c) => c.product?.id);
      await waitUntil(() => ids().length === 2, 'first page');

      // Sort: Tab to the select (past the filter panel), ArrowDown picks "price, low to high".
      shop.querySelector<HTMLElement>('h1')!.focus();
      await tabUntil((el) => el.localName === 'select', 60);
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => list.sort === 'price-asc', 'sorted');

      // Filter: Shift+Tab back into the panel to the Revontuli brand checkbox, Space.
      const label = (el: Element) => plain(el.closest('label')?.textContent);
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 30 && !label(deepActive()!).startsWith('Revontuli'); i += 1) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(label(deepActive()!)).to.match(/^Revontuli/);
      await sendKeys({ press: 'Space' });
      await waitUntil(() => ids().join() === 'jersey-kids,vest-wind', 'Revontuli, cheapest first');

      // Page: Tab to "Show more", Enter; focus lands on the first new product, the Pro Jersey.
      await tabUntil((el) => el.getAttribute('part') === 'more');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ids().length === 4, 'second page');
      await waitUntil(() => deepActive()?.localName === 'a' && plain(deepActive()!.textContent) === 'Pro Jersey', 'focus on the new product');
      await expectNoAxeViolations(list);

      // Open it.
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => main.querySelector('sf-product-detail'), 'the product page');
      const detail = main.querySelector('sf-product-detail') as SfProductDetail;
      await waitUntil(() => detail.shadowRoot?.querySelector('sf-variant-picker'), 'loaded');

      // Size: Tab into the picker (S is chosen), arrows to L: its name says sold out, and so does the page.
      const radio = await tabUntil((el) => el.localName === 'input' && (el as HTMLInputElement).type === 'radio');
      expect((radio as HTMLInputElement).value).to.equal('S');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      const sold = deepActive() as HTMLInputElement;
      expect(sold.value).to.equal('L');
      expect(plain(sold.closest('label')!.textContent), 'the radio\'s accessible name').to.equal('L, Sold out');
      await waitUntil(() => plain(detail.shadowRoot!.querySelector('[part=stock]')?.textContent) === 'Sold out', 'the stock line says so');
      const cta = detail.shadowRoot!.querySelector('sf-add-to-cart')!;
      await waitUntil(() => cta.shadowRoot!.querySelector('button')?.getAttribute('aria-disabled') === 'true', 'add to cart is unavailable');
      await expectNoAxeViolations(detail);

      // An available size, then Tab to add to cart and press Enter.
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => detail.variantId === 'jersey-pro-xl', 'XL chosen');
      await tabUntil((el) => el.localName === 'button' && el.getRootNode() === cta.shadowRoot);
      await sendKeys({ press: 'Enter' });
      await waitUntil(async () => (await adapter.getCart()).lines.some((l) => l.variantId === 'jersey-pro-xl'), 'in the cart');
      const cart = await adapter.getCart();
      expect(cart.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([['jersey-pro-xl', 1]]);
    } finally {
      removeEventListener('hashchange', route);
      location.hash = '';
    }
  });
});
