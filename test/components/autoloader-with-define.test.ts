// The autoloader next to eager registration: a define/* module imported ahead of it, and storefront-elements/define
// imported after it. Every registration is guarded, so nothing is defined twice and nothing throws; shadow roots
// of kit elements created before the autoloader started are watched too.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/early-cart-button.js';
import '../../src/define/autoloader.js';
import { discover } from '../../src/define/autoloader.js';

const fetchedDefines = () =>
  performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/src/define/'));

describe('storefront-elements/autoloader with eager define modules', () => {
  it('watches the shadow root of a kit element that existed before the autoloader started', async () => {
    const early = document.getElementById('early')!;
    expect(early.shadowRoot, 'the element rendered before the autoloader ran').to.exist;
    expect(customElements.get('sf-skip-link')).to.equal(undefined);
    const nested = document.createElement('sf-skip-link');
    early.shadowRoot!.append(nested);
    await waitUntil(() => customElements.get('sf-skip-link'), 'the nested element is defined');
    await waitUntil(() => nested.shadowRoot?.querySelector('a'), 'and renders');
    nested.remove();
  });

  it('lets storefront-elements/define register the rest after it, and then loads nothing more', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const all = await import('../../src/define/index.js');
      expect(all.SfShop).to.equal(customElements.get('sf-shop'));
      const before = fetchedDefines().length;
      const shop = await fixture(html`<sf-shop locale="en"><sf-cart-button></sf-cart-button><sf-skip-link></sf-skip-link><sf-nav></sf-nav></sf-shop>`);
      await discover(shop);
      for (const el of shop.querySelectorAll('*')) expect(el.matches(':defined'), el.localName).to.equal(true);
      expect(fetchedDefines().length, 'everything was defined already: no define module fetched again').to.equal(before);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
