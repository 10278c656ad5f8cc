import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-cart-button.js';
import '../../src/define/sf-cart-drawer.js';
import '../../src/define/sf-add-to-cart.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfCartDrawer } from '../../src/elements/sf-cart-drawer/sf-cart-drawer.js';
import type { SfCheckoutRequestEvent } from '../../src/elements/events/index.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';
import { click } from '../helpers/pointer.js';

interface Tracked { name: string; params: Record<string, unknown> }

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function render(adapter: LocalCommerceAdapter, openOnAdd = false) {
  const events: Tracked[] = [];
  const telemetry = { track: (name: string, params: Record<string, unknown> = {}) => events.push({ name, params }) };
  const product = await adapter.getProduct('light-set');
  const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale="en">
    <header><sf-cart-button></sf-cart-button></header>
    <main><button id="outside">Outside</button><sf-add-to-cart .product=${product}></sf-add-to-cart></main>
    <sf-cart-drawer ?open-on-add=${openOnAdd} checkout-href="/checkout">
      <p slot="promise">Order by 14:00, delivered tomorrow</p>
    </sf-cart-drawer>
  </sf-shop>`);
  const drawer = shop.querySelector('sf-cart-drawer') as SfCartDrawer;
  const cartButton = shop.querySelector('sf-cart-button')!;
  await waitUntil(() => shop.cart?.state.status === 'ready', 'the cart loads');
  await cartButton.updateComplete;
  const dialog = drawer.shadowRoot!.querySelector('dialog')!;
  return { shop, drawer, cartButton, dialog, events };
}

describe('<sf-cart-drawer>', () => {
  it('opens from the cart button as a modal dialog, closes with Esc and gives focus back to the opener', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    const { drawer, cartButton, dialog, events, shop } = await render(adapter);
    const opener = cartButton.shadowRoot!.querySelector('button')!;
    await click(opener);
    await waitUntil(() => dialog.open, 'the drawer opens');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(drawer.matches(':state(open)')).to.equal(true);
    expect(drawer.shadowRoot!.contains(deepActive())).to.equal(true);
    expect(events.map((e) => e.name)).to.deep.equal(['view_cart']);
    expect((events[0]!.params.items as unknown[]).length).to.equal(1);
    await expectNoAxeViolations(shop);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Esc closes');
    expect(drawer.open).to.equal(false);
    expect(deepActive()).to.equal(opener);
    // A click on the page behind never reaches it (inert background): it closes the drawer, like Esc.
    let outsideClicks = 0;
    const outside = shop.querySelector('#outside')!;
    outside.addEventListener('click', () => (outsideClicks += 1));
    await click(opener);
    await waitUntil(() => dialog.open, 'the drawer opens again');
    await click(outside);
    await waitUntil(() => !dialog.open, 'a backdrop click closes');
    expect(outsideClicks).to.equal(0);
    expect(deepActive()).to.equal(opener);
  });

  it('announces every close with sf-cart-drawer-close, after focus is back: Esc, close button, backdrop, close()', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    const { drawer, cartButton, dialog, shop } = await render(adapter);
    const opener = cartButton.shadowRoot!.querySelector('button')!;
    const closes: { focusBack: boolean; composed: boolean }[] = [];
    // Heard on the document: it bubbles out of the shop and crosses shadow roots.
    const onClose = (e: Event) => closes.push({ focusBack: deepActive() === opener, composed: e.composed });
    document.addEventListener('sf-cart-drawer-close', onClose);
    const openIt = async () => {
      await click(opener);
      await waitUntil(() => dialog.open, 'the drawer opens');
    };
    try {
      await openIt();
      expect(closes).to.have.length(0);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => closes.length === 1, 'Esc announces');
      await openIt();
      await click(drawer.shadowRoot!.querySelector('button.close')!);
      await waitUntil(() => closes.length === 2, 'the close button announces');
      await openIt();
      await click(shop.querySelector('#outside')!);
      await waitUntil(() => closes.length === 3, 'a backdrop click announces');
      await openIt();
      // A click inside the panel is no backdrop click.
      await click(drawer.shadowRoot!.querySelector('#title')!);
      expect(dialog.open).to.equal(true);
      drawer.close();
      await waitUntil(() => closes.length === 4, 'close() announces');
      expect(closes.every((c) => c.focusBack && c.composed)).to.equal(true);
      await expectNoAxeViolations(shop);
    } finally {
      document.removeEventListener('sf-cart-drawer-close', onClose);
    }
  });

  it('lists lines, subtotal, the free-delivery meter and the promise slot, and changes quantities in place', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
    const { drawer, dialog, shop } = await render(adapter);
    shop.cart!.debounceMs = 20;
    drawer.show();
    await waitUntil(() => dialog.open);
    const root = drawer.shadowRoot!;
    // The lines come with the drawer's contents, loaded on the first open intent (show() here).
    await waitUntil(() => root.querySelector('[part=free-shipping]'), 'the contents arrive', { timeout: 5000 });
    expect([...root.querySelectorAll('[part=line] .name')].map((n) => plain(n.textContent))).to.deep.equal(['Valo Light Set', '11-speed Chain']);
    expect(plain(root.querySelector('.totals')!.textContent)).to.equal('Subtotal €83.00');
    expect(plain(root.querySelector('[part=free-shipping]')!.textContent)).to.equal('€17.00 more for free delivery');
    expect(root.querySelector<HTMLSlotElement>('slot[name=promise]')!.assignedElements()).to.have.length(1);
    const quantity = root.querySelector('sf-quantity')!;
    await click(quantity.shadowRoot!.querySelector('[part=increase]')!);
    await waitUntil(() => plain(root.querySelector('[part=free-shipping]')!.textContent) === 'You get free delivery.', 'the meter follows');
    await waitUntil(async () => (await adapter.getCart()).itemCount === 3, 'the backend has it');
    await expectNoAxeViolations(shop);
    drawer.close();
  });

  it('opens after add-to-cart only when the page asks for it (open-on-add)', async () => {
    const quiet = await render(testAdapter());
    const add = quiet.shop.querySelector('sf-add-to-cart')!;
    await add.updateComplete;
    await click(add.shadowRoot!.querySelector('button')!);
    await waitUntil(() => quiet.shop.cart?.cart?.itemCount === 1, 'added');
    expect(quiet.dialog.open).to.equal(false);

    const eager = await render(testAdapter(), true);
    const add2 = eager.shop.querySelector('sf-add-to-cart')!;
    await add2.updateComplete;
    const addButton = add2.shadowRoot!.querySelector('button')!;
    await click(addButton);
    await waitUntil(() => eager.dialog.open, 'the drawer opens on add');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !eager.dialog.open);
    expect(deepActive()).to.equal(addButton);
  });

  it('Go to checkout reports begin_checkout and can be routed by the page', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    const { drawer, dialog, events, shop } = await render(adapter);
    drawer.show();
    await waitUntil(() => dialog.open && drawer.shadowRoot!.querySelector('[part=checkout-button]'), 'the drawer opens with its contents', { timeout: 5000 });
    const link = drawer.shadowRoot!.querySelector('[part=checkout-button]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/checkout');
    expect(plain(link.textContent)).to.equal('Go to checkout');
    shop.addEventListener('sf-checkout-request', (e) => e.preventDefault(), { once: true });
    const request = oneEvent(shop, 'sf-checkout-request') as unknown as Promise<SfCheckoutRequestEvent>;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect((await request).cart.itemCount).to.equal(1);
    expect(events.map((e) => e.name)).to.deep.equal(['view_cart', 'begin_checkout']);
    expect(location.pathname).not.to.equal('/checkout');
    await waitUntil(() => !dialog.open, 'the drawer closes for the page’s own route');
  });

  it('shows the empty cart', async () => {
    const { drawer, dialog, shop } = await render(testAdapter());
    drawer.show();
    await waitUntil(() => dialog.open);
    expect(plain(drawer.shadowRoot!.querySelector('.body')!.textContent)).to.equal('Your cart is empty.');
    expect(drawer.shadowRoot!.querySelector('[part=checkout-button]')).to.equal(null);
    await expectNoAxeViolations(shop);
    drawer.close();
  });
});
