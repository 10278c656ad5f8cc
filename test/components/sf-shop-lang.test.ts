import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

describe('<sf-shop> and <html lang>', () => {
  const original = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = original;
  });

  it('follows later changes of <html lang>, down to the words in its elements', async () => {
    document.documentElement.lang = 'en';
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${testAdapter()}><sf-product-list category="helmets"></sf-product-list></sf-shop>`);
    const list = shop.querySelector('sf-product-list')!;
    const price = () => plain(list.shadowRoot?.querySelector('sf-product-card')?.shadowRoot?.querySelector('[part=price]')?.textContent);
    await waitUntil(() => price() === '€149.00', 'English prices first');
    document.documentElement.lang = 'fi';
    await waitUntil(() => shop.locale === 'fi' && price() === '149,00 €', 'Finnish after <html lang="fi">');
    document.documentElement.lang = 'sv-FI';
    await waitUntil(() => shop.locale === 'sv', 'Swedish after <html lang="sv-FI">');
  });

  it('keeps a locale the page set, whatever <html lang> says later', async () => {
    document.documentElement.lang = 'en';
    const shop = await fixture<SfShop>(html`<sf-shop locale="sv" .adapter=${testAdapter()}></sf-shop>`);
    document.documentElement.lang = 'fi';
    // A MutationObserver callback runs as a microtask after the change: one task later it has run.
    await new Promise((r) => setTimeout(r));
    await shop.updateComplete;
    expect(shop.locale).to.equal('sv');
  });
});
