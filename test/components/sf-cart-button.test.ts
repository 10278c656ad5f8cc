import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-cart-button.js';
import '../../src/define/sf-cart-drawer.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfCartOpenRequestEvent } from '../../src/elements/events/index.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter, uniqueKey } from '../helpers/shop.js';
import { click } from '../helpers/pointer.js';

async function render(adapter: LocalCommerceAdapter, locale = 'en') {
  const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} locale=${locale}><sf-cart-button></sf-cart-button></sf-shop>`);
  const el = shop.querySelector('sf-cart-button')!;
  const button = () => el.shadowRoot!.querySelector('[part=button]') as HTMLButtonElement;
  return { shop, el, button };
}

describe('<sf-cart-button>', () => {
  it('names itself with the item count in each language', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 2 });
    await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
    const { shop, el, button } = await render(adapter);
    await waitUntil(() => button().getAttribute('aria-label') === 'Cart, 3 items', 'the count arrives');
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim()).to.equal('3');
    shop.locale = 'fi';
    await waitUntil(() => button().getAttribute('aria-label') === 'Ostoskori, 3 tuotetta');
    shop.locale = 'sv';
    await waitUntil(() => button().getAttribute('aria-label') === 'Varukorg, 3 varor');
    await expectNoAxeViolations(shop);
  });

  it('reserves the badge space: the button does not change size when the count appears', async () => {
    const adapter = testAdapter({ faults: { latencyMs: 200 } });
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 12 });
    const { el, button } = await render(adapter);
    await el.updateComplete;
    const before = button().getBoundingClientRect();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim() === '12', 'the count arrives');
    const after = button().getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
  });

  it('asks for the drawer on click, or opens the drawer named by `for`', async () => {
    const adapter = testAdapter();
    const { shop, button } = await render(adapter);
    const request = oneEvent(shop, 'sf-cart-open-request') as unknown as Promise<SfCartOpenRequestEvent>;
    await click(button());
    expect((await request).reason).to.equal('request');

    const shop2 = await fixture<SfShop>(html`<sf-shop .adapter=${testAdapter()} locale="en">
      <sf-cart-button for="mini"></sf-cart-button><sf-cart-drawer id="mini"></sf-cart-drawer></sf-shop>`);
    const cartButton = shop2.querySelector('sf-cart-button')!;
    await cartButton.updateComplete;
    await click(cartButton.shadowRoot!.querySelector('button')!);
    const drawer = shop2.querySelector('sf-cart-drawer')!;
    await waitUntil(() => drawer.open, 'the named drawer opens');
    drawer.close();
  });

  it('follows another tab and reports that change once', async () => {
    const storageKey = uniqueKey();
    const a = testAdapter({ storageKey, crossTab: true });
    const b = testAdapter({ storageKey, crossTab: true });
    try {
      const { shop, button } = await render(b);
      await waitUntil(() => button().getAttribute('aria-label') === 'Cart, 0 items');
      let changes = 0;
      shop.addEventListener('sf-cart-change', () => (changes += 1));
      await a.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 2 });
      await waitUntil(() => button().getAttribute('aria-label') === 'Cart, 2 items', 'the other tab’s add shows');
      await waitUntil(() => changes === 1, 'one sf-cart-change');
    } finally {
      a.dispose();
      b.dispose();
    }
  });
});
