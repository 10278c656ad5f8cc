// The drawer's contents (lines, quantity steppers, meter, checkout CTA) are not in a shop page's first load: they
// come on the first open intent. Here their arrival is held back (a slow network for that chunk) until the test
// lets it through, so what a shopper sees meanwhile is checked: the drawer opens at once, focus moves in, it says
// it is loading (busy), then the lines appear in place with focus kept, axe-clean in each state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-cart-button.js';
import '../../src/define/sf-cart-drawer.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import { SfCartDrawer } from '../../src/elements/sf-cart-drawer/sf-cart-drawer.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter, uniqueKey } from '../helpers/shop.js';
import { holdBack, type HeldBack } from '../helpers/held-back.js';
import { click } from '../helpers/pointer.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function renderShop() {
  const adapter = testAdapter();
  await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 2 });
  const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} locale="en">
    <header><button id="before">Before</button><sf-cart-button></sf-cart-button></header>
    <main></main>
    <sf-cart-drawer></sf-cart-drawer>
  </sf-shop>`);
  const drawer = shop.querySelector('sf-cart-drawer')!;
  const cartButton = shop.querySelector('sf-cart-button')!;
  await waitUntil(() => shop.cart?.state.status === 'ready', 'the cart loads');
  await cartButton.updateComplete;
  await drawer.updateComplete;
  const root = drawer.shadowRoot!;
  return { shop, drawer, root, dialog: root.querySelector('dialog')!, opener: cartButton.shadowRoot!.querySelector('button')! };
}

/** The open drawer while its contents are on the way: focus inside, a busy body that says so, no lines yet. */
async function expectBusyThenLines(shop: SfShop, drawer: SfCartDrawer, root: ShadowRoot, dialog: HTMLDialogElement, slow: HeldBack) {
  await waitUntil(() => dialog.open, 'the drawer opens at once, before its contents');
  await drawer.updateComplete;
  expect(dialog.matches(':modal')).to.equal(true);
  expect(root.contains(deepActive()), 'focus moved into the drawer').to.equal(true);
  const body = root.querySelector('.body')!;
  expect(body.getAttribute('aria-busy')).to.equal('true');
  expect(plain(body.textContent)).to.equal('Loading…');
  expect(root.querySelector('[part=line]')).to.equal(null);
  await expectNoAxeViolations(shop);
  const focused = deepActive();

  slow.release();
  // The first test also pays for the dev server compiling the chunk: a longer wait than waitUntil's default 1 s.
  await waitUntil(() => root.querySelectorAll('[part=line]').length === 1, 'the lines arrive in the open drawer', { timeout: 8000 });
  await drawer.updateComplete;
  expect(body.getAttribute('aria-busy')).to.equal('false');
  expect(plain(root.querySelector('[part=line] .name')!.textContent)).to.equal('Valo Light Set');
  expect(root.querySelector('[part=line] sf-quantity')!.shadowRoot, 'the quantity stepper is defined').to.not.equal(null);
  expect(root.querySelector('[part=checkout-button]')).to.not.equal(null);
  expect(deepActive(), 'focus stays where it was').to.equal(focused);
  await expectNoAxeViolations(shop);
}

describe('<sf-cart-drawer> contents on demand', () => {
  let slow: HeldBack;
  beforeEach(() => {
    slow = holdBack(SfCartDrawer, 'loadParts');
  });
  afterEach(() => slow.restore());

  it('a real click on the cart button opens the drawer at once, busy, then with its lines; Esc gives focus back', async () => {
    const { shop, drawer, root, dialog, opener } = await renderShop();
    await click(opener);
    // Pointing at the cart button asked for the contents before the click landed.
    expect(slow.requests).to.equal(1);
    await expectBusyThenLines(shop, drawer, root, dialog, slow);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Esc closes');
    expect(deepActive()).to.equal(opener);
    // Opening again uses what came: no second request, the lines are there at once.
    await click(opener);
    await waitUntil(() => dialog.open);
    await drawer.updateComplete;
    expect(root.querySelectorAll('[part=line]')).to.have.length(1);
    expect(slow.requests).to.equal(1);
    drawer.close();
  });

  it('Enter on the focused cart button opens it the same way', async () => {
    const { shop, drawer, root, dialog, opener } = await renderShop();
    shop.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(opener);
    // Focus on the cart button is an intent too.
    expect(slow.requests).to.equal(1);
    await sendKeys({ press: 'Enter' });
    await expectBusyThenLines(shop, drawer, root, dialog, slow);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Esc closes');
    expect(deepActive()).to.equal(opener);
  });

  it('an open request from the page (sf-cart-open-request) loads and shows them too', async () => {
    const { shop, drawer, root, dialog } = await renderShop();
    const { SfCartOpenRequestEvent } = await import('../../src/elements/events/index.js');
    shop.querySelector('main')!.dispatchEvent(new SfCartOpenRequestEvent('request'));
    await expectBusyThenLines(shop, drawer, root, dialog, slow);
    drawer.close();
  });

  it('a change from another tab before the contents came is still announced and reported once they arrive', async () => {
    const storageKey = uniqueKey();
    const tabA = testAdapter({ storageKey, crossTab: true });
    const tabB = testAdapter({ storageKey, crossTab: true });
    try {
      await tabA.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
      const shop = await fixture<SfShop>(html`<sf-shop .adapter=${tabA} locale="en"><sf-cart-drawer></sf-cart-drawer></sf-shop>`);
      const drawer = shop.querySelector('sf-cart-drawer')!;
      await waitUntil(() => shop.cart?.state.status === 'ready', 'the cart loads');
      let changes = 0;
      shop.addEventListener('sf-cart-change', () => (changes += 1));
      await tabB.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
      await waitUntil(() => shop.cart?.cart?.lines.length === 2, 'tab A hears of it');
      // The contents were asked for (idle, or the change itself) but have not come: nothing could report it yet.
      await waitUntil(() => slow.requests === 1, 'the contents are asked for');
      expect(changes).to.equal(0);
      slow.release();
      await waitUntil(() => changes > 0, 'sf-cart-change once the contents are here', { timeout: 8000 });
      const live = drawer.shadowRoot!.querySelector('[role=status]')!;
      await waitUntil(() => plain(live.textContent) === 'Your cart was updated.', 'the change is announced');
      expect(changes).to.equal(1);
    } finally {
      tabA.dispose();
      tabB.dispose();
    }
  });
});
