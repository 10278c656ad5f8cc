import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-breadcrumbs.js';
import type { SfBreadcrumbs } from '../../src/elements/sf-breadcrumbs/sf-breadcrumbs.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: SfBreadcrumbs) => el.shadowRoot!;
const items = (el: SfBreadcrumbs) => [...root(el).querySelectorAll('li')];

/** Whether a box is painted with a size a sighted user can see (not clipped to 1px). */
const visible = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 2 && r.height > 2;
};

const TRAIL = [
  { label: 'Home', href: '/' },
  { label: 'Bikes', href: '#/category/bikes' },
  { label: 'Gravel bikes', href: '#/category/gravel-bikes' },
  { label: 'Bikepacking', href: '#/category/bikepacking' },
  { label: 'Sora GRX', href: '#/product/sora-gravel' },
];

describe('<sf-breadcrumbs>', () => {
  afterEach(() => setViewport({ width: 1200, height: 800 }));

  it('is a named nav landmark with an ordered list, the last step marked as the current page', async () => {
    const adapter = testAdapter();
    const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="fi">
      <sf-breadcrumbs category="road-bikes" current-label="Aurora Road 105" home="/"></sf-breadcrumbs>
    </sf-shop>`);
    const el = shop.querySelector('sf-breadcrumbs') as SfBreadcrumbs;
    await waitUntil(() => items(el).length === 4, 'the category path resolves');
    const nav = root(el).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Murupolku');
    expect(nav.querySelector(':scope > ol')).to.not.equal(null);
    expect(items(el).map((li) => text(li))).to.deep.equal(['Etusivu', 'Bikes', 'Road bikes', 'Aurora Road 105']);
    expect([...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/', '#/category/bikes', '#/category/road-bikes']);
    const current = root(el).querySelectorAll('[aria-current]');
    expect(current.length).to.equal(1);
    expect(current[0]!.getAttribute('aria-current')).to.equal('page');
    expect(text(current[0])).to.equal('Aurora Road 105');
    await expectNoAxeViolations(el);
  });

  it('marks a category page itself as current when there is no product', async () => {
    const shop = await fixture(html`<sf-shop .adapter=${testAdapter()} locale="sv"><sf-breadcrumbs category="gloves"></sf-breadcrumbs></sf-shop>`);
    const el = shop.querySelector('sf-breadcrumbs') as SfBreadcrumbs;
    await waitUntil(() => items(el).length === 2, 'the category path resolves');
    expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Brödsmulor');
    const last = root(el).querySelector('[aria-current=page]')!;
    expect(last.localName).to.equal('a');
    expect(last.getAttribute('href')).to.equal('#/category/gloves');
  });

  it('refuses javascript: links from shop data', async () => {
    const el = await fixture<SfBreadcrumbs>(html`<sf-breadcrumbs .items=${[{ label: 'Evil', href: 'javascript:alert(1)' }, { label: 'Here' }]}></sf-breadcrumbs>`);
    expect(root(el).querySelector('a')).to.equal(null);
    expect(items(el).map((li) => text(li))).to.deep.equal(['Evil', 'Here']);
  });

  it('collapses the middle on a narrow screen without removing it from the accessibility tree', async () => {
    await setViewport({ width: 360, height: 700 });
    const el = await fixture<SfBreadcrumbs>(html`<sf-breadcrumbs locale="en" .items=${TRAIL}></sf-breadcrumbs>`);
    await waitUntil(() => root(el).querySelector('[part~=toggle]'), 'the trail collapses');
    expect(el.matches(':state(collapsed)')).to.equal(true);
    // Every step is still in the DOM and none is display:none (so assistive technology reads the whole trail).
    expect(items(el).length).to.equal(5);
    for (const li of items(el)) expect(getComputedStyle(li).display).to.not.equal('none');
    for (const a of root(el).querySelectorAll('a')) expect(getComputedStyle(a).display).to.not.equal('none');
    // Visually: first, "…", and the last two.
    const shown = items(el).filter((li) => visible(li));
    expect(shown.map((li) => text(li))).to.deep.equal(['Home', '…Bikes', 'Bikepacking', 'Sora GRX']);
    expect(visible(root(el).querySelector('a[href="#/category/bikes"]')!)).to.equal(false);
    expect(visible(root(el).querySelector('a[href="#/category/gravel-bikes"]')!)).to.equal(false);
    await expectNoAxeViolations(el);
  });

  it('expands and collapses with the "…" disclosure button by keyboard, focus staying on it', async () => {
    await setViewport({ width: 360, height: 700 });
    const el = await fixture<SfBreadcrumbs>(html`<sf-breadcrumbs locale="fi" .items=${TRAIL}></sf-breadcrumbs>`);
    await waitUntil(() => root(el).querySelector('[part~=toggle]'), 'the trail collapses');
    root(el).querySelector<HTMLAnchorElement>('a')!.focus();
    await sendKeys({ press: 'Tab' });
    const toggle = root(el).querySelector<HTMLButtonElement>('[part~=toggle]')!;
    expect(deepActive()).to.equal(toggle);
    expect(toggle.getAttribute('aria-label')).to.equal('Näytä koko polku');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.matches(':state(collapsed)')).to.equal(false);
    expect(deepActive()).to.equal(toggle);
    expect(items(el).every((li) => visible(li))).to.equal(true);
    await expectNoAxeViolations(el);
    // The revealed steps follow the button in Tab order.
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Bikes');
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(root(el).querySelector('a[href="#/category/gravel-bikes"]')!)).to.equal(false);
  });

  it('expands when keyboard focus reaches a collapsed link, so focus is never invisible', async () => {
    await setViewport({ width: 360, height: 700 });
    const el = await fixture<SfBreadcrumbs>(html`<sf-breadcrumbs .items=${TRAIL}></sf-breadcrumbs>`);
    await waitUntil(() => root(el).querySelector('[part~=toggle]'), 'the trail collapses');
    root(el).querySelector<HTMLElement>('[part~=toggle]')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(text(deepActive())).to.equal('Bikes');
    expect(visible(deepActive()!)).to.equal(true);
  });

  it('shows the whole trail on a wide screen, and a short trail never collapses', async () => {
    await setViewport({ width: 1200, height: 800 });
    const wide = await fixture<SfBreadcrumbs>(html`<sf-breadcrumbs .items=${TRAIL}></sf-breadcrumbs>`);
    expect(root(wide).querySelector('[part~=toggle]')).to.equal(null);
    expect(items(wide).every((li) => visible(li))).to.equal(true);
    await setViewport({ width: 360, height: 700 });
    const short = await fixture<SfBreadcrumbs>(html`<sf-breadcrumbs .items=${TRAIL.slice(0, 3)}></sf-breadcrumbs>`);
    await short.updateComplete;
    expect(root(short).querySelector('[part~=toggle]')).to.equal(null);
  });
});
