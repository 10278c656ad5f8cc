import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-skip-link.js';
import type { SfSkipLink } from '../../src/elements/sf-skip-link/sf-skip-link.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

const link = (el: SfSkipLink) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
const shown = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 20 && r.height > 10;
};

describe('<sf-skip-link>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('is hidden until focused by Tab, then visible, and Enter moves focus to the main content', async () => {
    const page = await fixture(html`<div>
      <button id="start">Start</button>
      <sf-skip-link locale="fi" target="content"></sf-skip-link>
      <nav><a href="#/a">A</a><a href="#/b">B</a></nav>
      <main id="content"><h1>Kauppa</h1></main>
    </div>`);
    const el = page.querySelector('sf-skip-link') as SfSkipLink;
    await el.updateComplete;
    expect(link(el).textContent).to.equal('Siirry pääsisältöön');
    expect(shown(link(el))).to.equal(false);
    page.querySelector<HTMLButtonElement>('#start')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
    expect(shown(link(el))).to.equal(true);
    await expectNoAxeViolations(page);
    await sendKeys({ press: 'Enter' });
    const main = page.querySelector('main')!;
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    // The page's hash route is left alone.
    expect(location.hash).to.equal('');
    // The next Tab continues from the main content, past the navigation.
    main.insertAdjacentHTML('beforeend', '<a id="first-in-main" href="#/x">x</a>');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('first-in-main');
  });

  it('keeps a target that is already focusable as it is, and speaks English and Swedish', async () => {
    const page = await fixture(html`<div>
      <sf-skip-link locale="sv"></sf-skip-link>
      <a id="main" href="#/main">Main</a>
    </div>`);
    const el = page.querySelector('sf-skip-link') as SfSkipLink;
    await el.updateComplete;
    expect(link(el).textContent).to.equal('Hoppa till huvudinnehållet');
    link(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('main');
    expect(page.querySelector('#main')!.hasAttribute('tabindex')).to.equal(false);
    el.locale = 'en';
    await el.updateComplete;
    expect(link(el).textContent).to.equal('Skip to main content');
  });
});
