import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-nav.js';
import type { SfNav } from '../../src/elements/sf-nav/sf-nav.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

/** The element focused, looking through shadow roots. */
function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function renderNav(adapter: LocalCommerceAdapter, attrs: { locale?: string; current?: string; arrowKeys?: boolean; mobile?: boolean } = {}) {
  const wrapper = await fixture(html`<div>
    <button id="before">Before</button>
    <sf-shop .adapter=${adapter} locale=${attrs.locale ?? 'en'}>
      <sf-nav current=${attrs.current ?? ''} ?arrow-keys=${attrs.arrowKeys} ?mobile=${attrs.mobile}></sf-nav>
    </sf-shop>
    <button id="after">After</button>
  </div>`);
  const nav = wrapper.querySelector('sf-nav') as SfNav;
  await waitUntil(() => nav.shadowRoot?.querySelector('[part~=bar] li, [part~=menu-button]'), 'the tree loads');
  await nav.updateComplete;
  return { nav, wrapper };
}

const root = (nav: SfNav) => nav.shadowRoot!;
const buttons = (nav: SfNav) => [...root(nav).querySelectorAll<HTMLButtonElement>('[part~=top-button]')];
const panelOf = (nav: SfNav, button: HTMLButtonElement) => root(nav).getElementById(button.getAttribute('aria-controls')!)!;
const isOpen = (nav: SfNav, button: HTMLButtonElement) => button.getAttribute('aria-expanded') === 'true' && !panelOf(nav, button).hidden;

describe('<sf-nav> desktop disclosure navigation', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('is a named nav landmark of disclosure buttons built from the category tree, with no menubar roles', async () => {
    const { nav } = await renderNav(testAdapter(), { locale: 'fi' });
    const landmark = root(nav).querySelector('nav')!;
    expect(landmark.getAttribute('aria-label')).to.equal('Päävalikko');
    expect(root(nav).querySelector('[role=menubar], [role=menu], [role=menuitem]')).to.equal(null);
    expect(buttons(nav).map((b) => text(b))).to.deep.equal(['Bikes', 'Clothing', 'Parts & accessories']);
    for (const b of buttons(nav)) {
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(nav, b).hidden).to.equal(true);
    }
    // Categories without children are plain links.
    expect([...root(nav).querySelectorAll('[part~=top-link]')].map((a) => text(a))).to.deep.equal(['Helmets', 'Shoes']);
    // No interactive element inside another.
    expect(root(nav).querySelector('button a, a button, a a, button button')).to.equal(null);
    await expectNoAxeViolations(nav);
  });

  it('follows the natural Tab order, toggles with Enter and Space, and reaches the panel links including the category page', async () => {
    const { nav, wrapper } = await renderNav(testAdapter());
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const [bikes, clothing] = buttons(nav);
    expect(deepActive()).to.equal(bikes);
    await sendKeys({ press: 'Enter' });
    await nav.updateComplete;
    expect(isOpen(nav, bikes!)).to.equal(true);
    await expectNoAxeViolations(nav);
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('All Bikes');
    expect(deepActive()?.getAttribute('href')).to.equal('#/category/bikes');
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Road bikes');
    // Back to the button and close it with Space.
    await shiftTab();
    await shiftTab();
    expect(deepActive()).to.equal(bikes);
    await sendKeys({ press: 'Space' });
    await nav.updateComplete;
    expect(isOpen(nav, bikes!)).to.equal(false);
    // Closed panels are out of the Tab order: the next stop is the next top-level item.
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Helmets');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(clothing);
  });

  it('closes an open panel with Escape and returns focus to its button', async () => {
    const { nav } = await renderNav(testAdapter());
    const [bikes] = buttons(nav);
    bikes!.focus();
    await sendKeys({ press: 'Enter' });
    await nav.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Road bikes');
    await sendKeys({ press: 'Escape' });
    await nav.updateComplete;
    expect(isOpen(nav, bikes!)).to.equal(false);
    expect(deepActive()).to.equal(bikes);
  });

  it('keeps only one panel open at a time', async () => {
    const { nav } = await renderNav(testAdapter());
    const [bikes, clothing] = buttons(nav);
    bikes!.focus();
    await sendKeys({ press: 'Enter' });
    await nav.updateComplete;
    clothing!.focus();
    await sendKeys({ press: 'Enter' });
    await nav.updateComplete;
    expect(isOpen(nav, clothing!)).to.equal(true);
    expect(isOpen(nav, bikes!)).to.equal(false);
    expect(root(nav).querySelectorAll('[part~=panel]:not([hidden])').length).to.equal(1);
  });

  it('closes the panel when focus leaves the navigation, and on a click outside', async () => {
    const { nav, wrapper } = await renderNav(testAdapter());
    const parts = buttons(nav).at(-1)!;
    parts.focus();
    await sendKeys({ press: 'Enter' });
    await nav.updateComplete;
    // Tab through the last panel's links and out of the navigation.
    const links = panelOf(nav, parts).querySelectorAll('a').length;
    for (let i = 0; i < links; i++) await sendKeys({ press: 'Tab' });
    expect(isOpen(nav, parts)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await nav.updateComplete;
    expect(deepActive()).to.equal(wrapper.querySelector('#after'));
    expect(isOpen(nav, parts)).to.equal(false);

    const [bikes] = buttons(nav);
    bikes!.focus();
    await sendKeys({ press: 'Enter' });
    await nav.updateComplete;
    // Far below the panel, on the page itself.
    await sendMouse({ type: 'click', position: [600, 780] });
    await nav.updateComplete;
    expect(isOpen(nav, bikes!)).to.equal(false);
  });

  it('moves between top-level items with arrow keys, Home and End when arrow-keys is set, and into the open panel', async () => {
    const { nav } = await renderNav(testAdapter(), { arrowKeys: true });
    const [bikes, clothing] = buttons(nav);
    bikes!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(text(deepActive())).to.equal('Helmets');
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActive()).to.equal(clothing);
    await sendKeys({ press: 'End' });
    expect(text(deepActive())).to.equal('Parts & accessories');
    await sendKeys({ press: 'Home' });
    expect(deepActive()).to.equal(bikes);
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActive()).to.equal(bikes);
    await sendKeys({ press: 'Enter' });
    await nav.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    expect(text(deepActive())).to.equal('All Bikes');
    await sendKeys({ press: 'ArrowDown' });
    expect(text(deepActive())).to.equal('Road bikes');
    await sendKeys({ press: 'End' });
    expect(text(deepActive())).to.equal('E-bikes');
    await sendKeys({ press: 'ArrowUp' });
    expect(text(deepActive())).to.equal('Gravel bikes');
  });

  it('ignores arrow keys without the arrow-keys attribute', async () => {
    const { nav } = await renderNav(testAdapter());
    const [bikes] = buttons(nav);
    bikes!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActive()).to.equal(bikes);
  });

  it('marks the current page with aria-current="page", by category id or href', async () => {
    const { nav } = await renderNav(testAdapter(), { current: 'gravel-bikes' });
    const current = [...root(nav).querySelectorAll('[aria-current]')];
    expect(current.map((a) => text(a))).to.deep.equal(['Gravel bikes']);
    expect(current[0]!.getAttribute('aria-current')).to.equal('page');
    nav.current = '#/category/helmets';
    await nav.updateComplete;
    expect([...root(nav).querySelectorAll('[aria-current=page]')].map((a) => text(a))).to.deep.equal(['Helmets']);
    nav.current = 'bikes';
    await nav.updateComplete;
    expect([...root(nav).querySelectorAll('[aria-current=page]')].map((a) => text(a))).to.deep.equal(['All Bikes']);
  });

  it('builds a hand-made menu from light-DOM links, and follows changes to it', async () => {
    const nav = await fixture<SfNav>(html`<sf-nav locale="sv" label="Butik" current="/service/repair" style="width: 1000px">
      <ul>
        <li><a href="/outlet">Outlet</a></li>
        <li>Service
          <ul>
            <li><a href="/service/repair">Reparationer</a></li>
            <li><a href="/service/fitting">Cykelanpassning</a></li>
          </ul>
        </li>
      </ul>
    </sf-nav>`);
    await nav.updateComplete;
    expect(root(nav).querySelector('nav')!.getAttribute('aria-label')).to.equal('Butik');
    expect(text(root(nav).querySelector('[part~=top-link]'))).to.equal('Outlet');
    const service = buttons(nav)[0]!;
    expect(text(service)).to.equal('Service');
    // A label-only item has no page of its own, so its panel has no "All" link.
    expect([...panelOf(nav, service).querySelectorAll('a')].map((a) => text(a))).to.deep.equal(['Reparationer', 'Cykelanpassning']);
    expect(text(panelOf(nav, service).querySelector('[aria-current=page]'))).to.equal('Reparationer');
    nav.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li><a href="/blog">Blogg</a></li>');
    await waitUntil(() => root(nav).querySelectorAll('[part~=top-link]').length === 2, 'the new link appears');
    await expectNoAxeViolations(nav);
  });

  it('explains a failing backend', async () => {
    const adapter = testAdapter({ faults: { fail: ['getCategoryTree'] } });
    const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en"><sf-nav></sf-nav></sf-shop>`);
    const nav = shop.querySelector('sf-nav') as SfNav;
    await waitUntil(() => nav.shadowRoot?.querySelector('[role=alert]'), 'the error shows');
    // The landmark stays, with its name, so the page outline does not change.
    expect(root(nav).querySelector('nav')!.getAttribute('aria-label')).to.equal('Main');
    expect(text(root(nav).querySelector('[role=alert]'))).to.contain('We could not reach the shop');
  });
});

describe('<sf-nav> mobile drawer', () => {
  afterEach(() => setViewport({ width: 1200, height: 800 }));

  it('switches to a menu button below the breakpoint and back above it', async () => {
    await setViewport({ width: 1200, height: 800 });
    const { nav } = await renderNav(testAdapter());
    expect(root(nav).querySelector('[part~=menu-button]')).to.equal(null);
    await setViewport({ width: 400, height: 800 });
    await waitUntil(() => root(nav).querySelector('[part~=menu-button]'), 'the menu button appears');
    expect(root(nav).querySelector('[part~=bar]')).to.equal(null);
    expect(nav.matches(':state(mobile)')).to.equal(true);
    await setViewport({ width: 1200, height: 800 });
    await waitUntil(() => root(nav).querySelector('[part~=bar]'), 'the bar returns');
  });

  it('opens the drawer dialog by keyboard with the same tree as nested disclosures, and Escape returns focus', async () => {
    await setViewport({ width: 400, height: 800 });
    const { nav, wrapper } = await renderNav(testAdapter(), { locale: 'fi', current: 'road-bikes' });
    await waitUntil(() => root(nav).querySelector('[part~=menu-button]'), 'the narrow layout is in use');
    const menuButton = root(nav).querySelector<HTMLButtonElement>('[part~=menu-button]')!;
    expect(text(menuButton)).to.equal('Valikko');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(menuButton);
    await sendKeys({ press: 'Enter' });
    await nav.updateComplete;
    const dialog = root(nav).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal('Päävalikko');
    expect(text(deepActive())).to.equal('Sulje valikko');
    // The current page's branch is expanded, and its link is current.
    const disclosures = [...dialog.querySelectorAll<HTMLButtonElement>('button.disclosure')];
    expect(disclosures.map((b) => text(b))).to.deep.equal(['Bikes', 'Clothing', 'Parts & accessories']);
    expect(disclosures[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(text(dialog.querySelector('[aria-current=page]'))).to.equal('Road bikes');
    await expectNoAxeViolations(nav);
    // Tab from the close button to "Bikes", collapse it, move on to Clothing and expand it with Space.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(disclosures[0]);
    await sendKeys({ press: 'Enter' });
    await nav.updateComplete;
    expect(disclosures[0]!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Helmets');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(disclosures[1]);
    await sendKeys({ press: 'Space' });
    await nav.updateComplete;
    expect(disclosures[1]!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive())).to.equal('Kaikki: Clothing');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root(nav).querySelector('dialog'), 'the drawer closes');
    expect(deepActive()).to.equal(menuButton);
  });

  it('closes with its close button and returns focus to the menu button; the mobile attribute forces the drawer', async () => {
    await setViewport({ width: 1200, height: 800 });
    const { nav } = await renderNav(testAdapter(), { mobile: true });
    const menuButton = root(nav).querySelector<HTMLButtonElement>('[part~=menu-button]')!;
    menuButton.focus();
    await sendKeys({ press: 'Space' });
    await nav.updateComplete;
    expect(root(nav).querySelector('dialog')!.open).to.equal(true);
    expect(nav.matches(':state(open)')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root(nav).querySelector('dialog'), 'the drawer closes');
    expect(deepActive()).to.equal(menuButton);
    expect(nav.matches(':state(open)')).to.equal(false);
  });
});
