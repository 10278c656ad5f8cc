import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { mountStorefront } from '../../stories/pages/storefront/app.js';
import { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { SfCheckout } from '../../src/elements/sf-checkout/sf-checkout.js';
import { uniqueKey } from '../helpers/shop.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

/**
 * The demo storefront's own layout around the checkout: on a phone the shopper scrolls down to Continue, so what is
 * under the checkout (the demo's telemetry panel, its footer) is on screen when the taller delivery step arrives.
 */
describe('demo storefront: the checkout page on a phone', () => {
  let root: HTMLElement;

  beforeEach(async () => {
    await setViewport({ width: 412, height: 823 });
    root = document.createElement('div');
    document.body.append(root);
  });

  afterEach(async () => {
    root.remove();
    history.replaceState(null, '', location.pathname + location.search);
    await setViewport({ width: 800, height: 600 });
  });

  it('moves nothing on screen when Continue brings the taller delivery step', async () => {
    const storageKey = uniqueKey('demo-layout');
    // A cart with one line, in the storage the demo's embedded backend reads.
    const seed = new LocalCommerceAdapter({ storageKey, crossTab: false });
    await seed.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    seed.dispose();
    history.replaceState(null, '', '#/checkout');
    const demo = mountStorefront(root, { storageKey, locale: 'en', imageBase: '/src/adapters/local/images' });
    await waitUntil(() => demo.shadowRoot?.querySelector('sf-checkout')?.shadowRoot?.querySelector('#f-email'), 'the contact step', { timeout: 5000 });
    const checkout = demo.shadowRoot!.querySelector('sf-checkout') as SfCheckout;
    const field = (name: string) => checkout.shadowRoot!.querySelector<HTMLInputElement>(`#f-${name}`)!;
    field('email').focus();
    await sendKeys({ type: 'aino@example.fi' });
    field('phone').focus();
    await sendKeys({ type: '040 123 4567' });
    // The shopper scrolls on until Continue is in the middle of the screen, and presses it.
    const cont = checkout.shadowRoot!.querySelector<HTMLButtonElement>('form .actions button[type=submit]')!;
    cont.scrollIntoView({ block: 'center' });
    cont.focus({ preventScroll: true });
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await frame();

    const shifts: { value: number; at: string[] }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null; previousRect: DOMRectReadOnly }[] })[]) {
        shifts.push({
          value: entry.value,
          at: (entry.sources ?? []).map((s) => `${(s.node as Element | null)?.localName ?? '?'} from y ${Math.round(s.previousRect.y)}`),
        });
      }
    });
    observer.observe({ type: 'layout-shift' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => checkout.shadowRoot!.querySelector('#f-street'), 'the delivery step', { timeout: 5000 });
    await checkout.updateComplete;
    await frame();
    await frame();
    observer.disconnect();
    expect(checkout.step).to.equal('delivery');
    expect(shifts.reduce((a, s) => a + s.value, 0), `layout shifts: ${JSON.stringify(shifts)}`).to.equal(0);
    // The telemetry panel is still there, one click away, and nothing on the page breaks axe.
    expect(demo.shadowRoot!.querySelector('aside summary')).to.not.equal(null);
    await expectNoAxeViolations(demo);
  });
});
