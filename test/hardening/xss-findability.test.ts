import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-search.js';
import '../../src/define/sf-breadcrumbs.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import { hostileAdapter, injectedMarkup, renderedText, trapDialogs } from './hostile.js';
import { XSS_TEXT } from './xss-corpus.js';

// Search queries, suggestions and breadcrumb trails: the findability side of the hostile-data corpus.
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('hostile data in search and breadcrumbs', () => {
  let trap: ReturnType<typeof trapDialogs>;
  beforeEach(() => (trap = trapDialogs()));
  afterEach(() => trap.restore());

  const expectNothingRan = (root: ParentNode) => {
    expect(trap.injected(), 'no payload set window.__xss').to.equal(undefined);
    expect(trap.calls, 'no dialog opened').to.deep.equal([]);
    expect(injectedMarkup(root), 'no script, handler or script/data URL in any shadow root').to.deep.equal([]);
  };

  it('renders hostile search suggestions (names, images) as text and refuses their URLs', async () => {
    const hostile = hostileAdapter();
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${hostile.adapter} locale="en"><sf-search debounce="0"></sf-search></sf-shop>`);
    const search = shop.querySelector('sf-search')!;
    await search.updateComplete;
    search.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'gr' });
    await waitUntil(() => search.shadowRoot!.querySelectorAll('[role=option]').length > 0, 'suggestions show', { timeout: 5000 });
    await settle();
    expectNothingRan(shop);
    const shown = renderedText(search);
    expect(XSS_TEXT.some((t) => t.length < 200 && shown.includes(t)), 'a suggestion shows a payload as plain text').to.equal(true);
  });

  for (const query of XSS_TEXT.filter((t) => t.length < 80).slice(0, 6)) {
    it(`keeps a hostile query the shopper types as text: ${JSON.stringify(query.slice(0, 40))}`, async () => {
      const hostile = hostileAdapter();
      const shop = await fixture<SfShop>(html`<sf-shop .adapter=${hostile.adapter} locale="en"><sf-search debounce="0"></sf-search></sf-shop>`);
      const search = shop.querySelector('sf-search')!;
      await search.updateComplete;
      const input = search.shadowRoot!.querySelector('input')!;
      input.focus();
      let submitted = '';
      search.addEventListener('sf-search-submit', (e) => {
        submitted = (e as Event & { text: string }).text;
        e.preventDefault();
      });
      // Waits for the answer to exactly this text, not for a time that is usually long enough.
      const answered = (text: string) => waitUntil(() => (search as unknown as { outcome?: { query: string } }).outcome?.query === text.trim(),
        `the search for ${JSON.stringify(text.slice(0, 20))} is answered`, { timeout: 5000 });
      await sendKeys({ type: query });
      await answered(query);
      await sendKeys({ press: 'Escape' });
      input.focus();
      await sendKeys({ type: ' x' });
      await answered(`${query} x`);
      // Close any popup first so that Enter submits the text rather than opening an active option.
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Enter' });
      await settle();
      expectNothingRan(shop);
      expect(input.value).to.equal(`${query} x`);
      expect(submitted, 'the submitted query is the typed text, untouched').to.equal(`${query} x`);
    });
  }

  it('renders hostile category names and current label in the breadcrumb trail as text', async () => {
    const hostile = hostileAdapter();
    const label = XSS_TEXT[0]!;
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${hostile.adapter} locale="en">
      <sf-breadcrumbs category="road-bikes" current-label=${label} home="/"></sf-breadcrumbs>
    </sf-shop>`);
    const crumbs = shop.querySelector('sf-breadcrumbs')!;
    await waitUntil(() => (crumbs.shadowRoot?.querySelectorAll('li').length ?? 0) >= 3, 'the trail resolves', { timeout: 5000 });
    await settle();
    expectNothingRan(shop);
    expect(renderedText(shop).includes(label), 'the hostile current label is shown whole').to.equal(true);
  });
});
