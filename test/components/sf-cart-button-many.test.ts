import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-cart-button.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

describe('<sf-cart-button> with more than 99 items', () => {
  it('shows 99+ and says 99+ in its name, so the visible label is part of the accessible name', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 40 });
    await adapter.addLine({ productId: 'kids-helmet', variantId: 'kids-helmet-default', quantity: 30 });
    await adapter.addLine({ productId: 'helmet-city', variantId: 'helmet-city-m', quantity: 25 });
    await adapter.addLine({ productId: 'gloves-summer', variantId: 'gloves-summer-m', quantity: 10 });
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} locale="fi"><sf-cart-button></sf-cart-button></sf-shop>`);
    const el = shop.querySelector('sf-cart-button')!;
    const button = () => el.shadowRoot!.querySelector('button')!;
    await waitUntil(() => button().getAttribute('aria-label')?.includes('99+'), 'the count arrives');
    expect(button().getAttribute('aria-label')).to.equal('Ostoskori, 99+ tuotetta');
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim()).to.equal('99+');
    // An experimental axe rule, so not on by default: enable it, or this test could not fail.
    await expectNoAxeViolations(el, { rules: { 'label-content-name-mismatch': { enabled: true } } });
  });
});
