import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-search.js';
import type { SfSearch } from '../../src/elements/sf-search/sf-search.js';
import type { SfSearchSelectEvent, SfSearchSubmitEvent } from '../../src/elements/events/index.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { Page, Product } from '../../src/core/model.js';
import type { TelemetryService } from '../../src/services/telemetry/types.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

async function renderSearch(adapter: LocalCommerceAdapter, opts: { locale?: string; action?: string; debounce?: number; telemetry?: TelemetryService } = {}) {
  const shop = await fixture(html`<sf-shop .adapter=${adapter} .telemetry=${opts.telemetry} locale=${opts.locale ?? 'en'}>
    <sf-search debounce=${opts.debounce ?? 250} action=${opts.action ?? ''}></sf-search>
  </sf-shop>`);
  const search = shop.querySelector('sf-search') as SfSearch;
  await search.updateComplete;
  return search;
}

const root = (s: SfSearch) => s.shadowRoot!;
const input = (s: SfSearch) => root(s).querySelector<HTMLInputElement>('input')!;
const options = (s: SfSearch) => [...root(s).querySelectorAll('[role=option]')];
const status = (s: SfSearch) => plain(root(s).querySelector('[role=status]')?.textContent);
const activeOption = (s: SfSearch) => {
  const id = input(s).getAttribute('aria-activedescendant');
  return id ? root(s).getElementById(id) : null;
};

async function typeQuery(s: SfSearch, text: string) {
  input(s).focus();
  await sendKeys({ type: text });
}

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

describe('<sf-search> combobox', () => {
  afterEach(clearHash);

  it('is a labelled combobox that shows product suggestions with name, price and image, and announces the count', async () => {
    const search = await renderSearch(testAdapter(), { locale: 'fi' });
    const field = input(search);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.labels?.[0]?.textContent).to.equal('Hae tuotteita');
    expect(root(search).querySelector('form')!.getAttribute('role')).to.equal('search');
    await typeQuery(search, 'helmet');
    await waitUntil(() => options(search).length === 4, 'suggestions appear');
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    // aria-controls points into the same shadow root.
    expect(root(search).getElementById(field.getAttribute('aria-controls')!)?.getAttribute('role')).to.equal('listbox');
    const first = options(search)[0]!;
    expect(plain(first.querySelector('.name')?.textContent)).to.equal('Aero Helmet');
    expect(plain(first.querySelector('.price')?.textContent)).to.equal('149,00 €');
    expect(first.querySelector('img')!.getAttribute('src')).to.match(/^data:image\/svg\+xml,.*Helmet/);
    expect(first.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(status(search)).to.equal('4 tulosta');
    await expectNoAxeViolations(search);
  });

  it('moves the active option with ArrowDown and ArrowUp, wrapping, via aria-activedescendant and aria-selected', async () => {
    const search = await renderSearch(testAdapter());
    await typeQuery(search, 'helmet');
    await waitUntil(() => options(search).length === 4, 'suggestions appear');
    expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await search.updateComplete;
    expect(activeOption(search)).to.equal(options(search)[0]);
    expect(options(search)[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await search.updateComplete;
    expect(plain(activeOption(search)?.querySelector('.name')?.textContent)).to.equal('City Helmet');
    expect(options(search).filter((o) => o.getAttribute('aria-selected') === 'true').length).to.equal(1);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await search.updateComplete;
    expect(activeOption(search)).to.equal(options(search)[3]);
    await sendKeys({ press: 'ArrowDown' });
    await search.updateComplete;
    expect(activeOption(search)).to.equal(options(search)[0]);
    // DOM focus never leaves the field.
    expect(root(search).activeElement).to.equal(input(search));
    await expectNoAxeViolations(search);
    // Typing returns visual focus to the field.
    await sendKeys({ type: 's' });
    await search.updateComplete;
    expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
  });

  it('opens the active product on Enter with a cancellable sf-search-select event', async () => {
    const tracked: { name: string; params?: Record<string, unknown> }[] = [];
    const search = await renderSearch(testAdapter(), { telemetry: { track: (name, params) => tracked.push({ name, ...(params ? { params } : {}) }) } });
    await typeQuery(search, 'helmet');
    await waitUntil(() => options(search).length === 4, 'suggestions appear');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const cancel = (e: SfSearchSelectEvent) => e.preventDefault();
    search.addEventListener('sf-search-select', cancel, { once: true });
    const selected = oneEvent(search, 'sf-search-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as unknown as SfSearchSelectEvent;
    expect(event.product.id).to.equal('helmet-city');
    expect(event.href).to.equal('#/product/helmet-city');
    expect(event.composed && event.bubbles && event.cancelable).to.equal(true);
    await search.updateComplete;
    expect(input(search).getAttribute('aria-expanded')).to.equal('false');
    expect(location.hash).to.equal('');
    expect(tracked.find((t) => t.name === 'select_item')).to.not.equal(undefined);
    // Not cancelled: the page goes to the product.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => location.hash === '#/product/kypara-aero', 'the page goes to the product');
  });

  it('submits the query on Enter with no active option, and goes to the action page', async () => {
    const adapter = testAdapter({ faults: { latencyMs: 100 } });
    const answers: Promise<unknown>[] = [];
    const real = adapter.search.bind(adapter);
    adapter.search = (text, options) => {
      const answer = real(text, options);
      answers.push(answer);
      return answer;
    };
    const search = await renderSearch(adapter, { action: '#/search', debounce: 0 });
    await typeQuery(search, 'gravel bike');
    await waitUntil(() => answers.length > 0, 'a suggestion query is on its way');
    const submitted = oneEvent(search, 'sf-search-submit');
    await sendKeys({ press: 'Enter' });
    const event = (await submitted) as unknown as SfSearchSubmitEvent;
    expect(event.text).to.equal('gravel bike');
    expect(event.href).to.equal('#/search?q=gravel+bike');
    await waitUntil(() => location.hash === '#/search?q=gravel+bike', 'the page goes to the results');
    // A late suggestion response does not reopen the popup after a submit.
    await Promise.allSettled(answers);
    await search.updateComplete;
    expect(input(search).getAttribute('aria-expanded')).to.equal('false');
    expect(root(search).querySelector<HTMLElement>('[part~=popup]')!.hidden).to.equal(true);
  });

  it('closes the popup on the first Escape and clears the text on the second', async () => {
    const search = await renderSearch(testAdapter());
    await typeQuery(search, 'lock');
    await waitUntil(() => options(search).length === 2, 'suggestions appear');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await search.updateComplete;
    expect(input(search).getAttribute('aria-expanded')).to.equal('false');
    expect(root(search).querySelector<HTMLElement>('[part~=popup]')!.hidden).to.equal(true);
    expect(input(search).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(input(search).value).to.equal('lock');
    // ArrowDown opens the suggestions again, on the first option.
    await sendKeys({ press: 'ArrowDown' });
    await search.updateComplete;
    expect(input(search).getAttribute('aria-expanded')).to.equal('true');
    expect(activeOption(search)).to.equal(options(search)[0]);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await search.updateComplete;
    expect(input(search).value).to.equal('');
    expect(search.value).to.equal('');
  });

  it('closes the popup when focus leaves the field', async () => {
    const search = await renderSearch(testAdapter());
    await typeQuery(search, 'lock');
    await waitUntil(() => options(search).length === 2, 'suggestions appear');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await search.updateComplete;
    expect(input(search).getAttribute('aria-expanded')).to.equal('false');
  });

  it('explains no results in the popup and announces it', async () => {
    const search = await renderSearch(testAdapter(), { locale: 'sv' });
    await typeQuery(search, 'zzzz');
    await waitUntil(() => root(search).querySelector('.message'), 'the message appears');
    expect(plain(root(search).querySelector('.message')?.textContent)).to.equal(
      'Inga produkter matchar ”zzzz”. Kontrollera stavningen eller prova ett kortare ord.',
    );
    expect(status(search)).to.contain('Inga produkter matchar');
    expect(input(search).getAttribute('aria-expanded')).to.equal('false');
    await expectNoAxeViolations(search);
    // Enter still submits the text.
    const submitted = oneEvent(search, 'sf-search-submit');
    await sendKeys({ press: 'Enter' });
    const event = (await submitted) as unknown as SfSearchSubmitEvent;
    expect(event.text).to.equal('zzzz');
    expect(event.href).to.equal(undefined);
  });

  it('explains a backend failure in the popup and announces it', async () => {
    const search = await renderSearch(testAdapter({ faults: { fail: ['search'] } }));
    await typeQuery(search, 'helmet');
    await waitUntil(() => root(search).querySelector('.message.error'), 'the error appears');
    expect(plain(root(search).querySelector('.message.error')?.textContent)).to.contain('We could not reach the shop');
    expect(status(search)).to.contain('We could not reach the shop');
    await expectNoAxeViolations(search);
  });

  it('never lets a stale response overwrite a newer one, and aborts the older request', async () => {
    const adapter = testAdapter();
    const real = adapter.search.bind(adapter);
    const calls: { text: string; signal: AbortSignal | undefined; release: () => Promise<void> }[] = [];
    // A backend that ignores abort signals and answers in whatever order the test says.
    adapter.search = (text, options) =>
      new Promise<Page<Product>>((resolve) => {
        calls.push({ text, signal: options?.signal, release: () => real(text, { limit: options?.limit ?? 6 }).then(resolve) });
      });
    const search = await renderSearch(adapter);
    await typeQuery(search, 'ro');
    await waitUntil(() => calls.length === 1, 'the first query goes out');
    await sendKeys({ type: 'ad' });
    await waitUntil(() => calls.some((c) => c.text === 'road'), 'the newer query goes out');
    const newest = calls.at(-1)!;
    expect(newest.text).to.equal('road');
    expect(calls[0]!.text).to.equal('ro');
    expect(calls.slice(0, -1).every((c) => c.signal?.aborted)).to.equal(true);
    void newest.release();
    await waitUntil(() => options(search).length > 0, 'the newer answer shows');
    const newer = options(search).map((o) => plain(o.querySelector('.name')?.textContent));
    expect(newer[0]).to.equal('Aurora Road 105');
    expect(status(search)).to.equal('6 results');
    // The older answers arrive late: nothing changes.
    // Each release resolves once its answer has been handed to the element, which then ignores it.
    await Promise.all(calls.slice(0, -1).map((c) => c.release()));
    await search.updateComplete;
    expect(options(search).map((o) => plain(o.querySelector('.name')?.textContent))).to.deep.equal(newer);
    expect(status(search)).to.equal('6 results');
  });

  it('waits for a pause in typing instead of searching on every keystroke', async () => {
    const adapter = testAdapter();
    const texts: string[] = [];
    const real = adapter.search.bind(adapter);
    adapter.search = (text, options) => {
      texts.push(text);
      return real(text, options);
    };
    const search = await renderSearch(adapter, { debounce: 300 });
    await typeQuery(search, 'helmets');
    await waitUntil(() => root(search).querySelector('.message, [role=option]'), 'an answer');
    expect(texts.length).to.be.lessThan(6);
    expect(texts.at(-1)).to.equal('helmets');
  });

  describe('an option highlighted while a newer query is on its way', () => {
    /** An adapter whose searches, once held, wait for the test to answer them with a list of its choosing. */
    function heldSearches() {
      const adapter = testAdapter();
      const real = adapter.search.bind(adapter);
      const held: { text: string; answer: (pick: (items: readonly Product[]) => readonly Product[]) => void }[] = [];
      let holding = false;
      adapter.search = (text, options) => {
        if (!holding) return real(text, options);
        return new Promise<Page<Product>>((resolve) => held.push({
          text,
          answer: (pick) => void real('helmet', { limit: 6 }).then((page) => {
            const items = pick(page.items);
            resolve({ items, total: items.length });
          }),
        }));
      };
      return { adapter, held, hold: () => (holding = true) };
    }

    async function highlightDuringRequery(pick: (items: readonly Product[]) => readonly Product[]) {
      const { adapter, held, hold } = heldSearches();
      const search = await renderSearch(adapter, { debounce: 50 });
      await typeQuery(search, 'helmet');
      await waitUntil(() => options(search).length === 4, 'suggestions appear');
      hold();
      await sendKeys({ type: ' c' });
      await waitUntil(() => held.some((h) => h.text === 'helmet c'), 'the newer query goes out');
      // The older suggestions are still shown: the shopper arrows to the second one.
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await search.updateComplete;
      const chosen = plain(activeOption(search)?.querySelector('.name')?.textContent);
      expect(chosen).to.equal('City Helmet');
      const before = options(search).map((o) => plain(o.querySelector('.name')?.textContent)).join();
      held.at(-1)!.answer(pick);
      await waitUntil(
        () => options(search).map((o) => plain(o.querySelector('.name')?.textContent)).join() !== before,
        'the newer answer shows',
      );
      await search.updateComplete;
      return { search, chosen };
    }

    it('stays highlighted when the same product is in the answer (at another place), and Enter opens it', async () => {
      const { search, chosen } = await highlightDuringRequery((items) => [...items].reverse());
      expect(plain(activeOption(search)?.querySelector('.name')?.textContent), 'still highlighted').to.equal(chosen);
      expect(activeOption(search)).to.equal(options(search)[2]);
      expect(activeOption(search)!.getAttribute('aria-selected')).to.equal('true');
      await expectNoAxeViolations(search);
      search.addEventListener('sf-search-select', (e) => e.preventDefault(), { once: true });
      let submitted = false;
      search.addEventListener('sf-search-submit', () => (submitted = true));
      const selected = oneEvent(search, 'sf-search-select');
      await sendKeys({ press: 'Enter' });
      const event = (await selected) as unknown as SfSearchSelectEvent;
      expect(event.product.id).to.equal('helmet-city');
      expect(submitted, 'the typed text is not submitted').to.equal(false);
    });

    it('highlights nothing when that product is no longer in the answer, and Enter submits the text', async () => {
      const { search } = await highlightDuringRequery((items) => items.filter((p) => p.id !== 'helmet-city'));
      expect(activeOption(search)).to.equal(null);
      const submitted = oneEvent(search, 'sf-search-submit');
      await sendKeys({ press: 'Enter' });
      expect(((await submitted) as unknown as SfSearchSubmitEvent).text).to.equal('helmet c');
    });
  });
});
