import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { mountStorefront } from '../../stories/pages/storefront/app.js';
import { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { ManualClock } from '../../src/core/clock.js';
import type { SfCheckout } from '../../src/elements/sf-checkout/sf-checkout.js';
import { uniqueKey } from '../helpers/shop.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

/**
 * The demo keeps a cart, an anonymous id and sticky experiment buckets in the page's storage, which later test
 * files share: whatever a test here adds is removed after it.
 */
function restoringStorage(): () => void {
  const before = [localStorage, sessionStorage].map((s) => new Set(Object.keys(s)));
  return () => {
    [localStorage, sessionStorage].forEach((s, i) => {
      for (const key of Object.keys(s)) if (!before[i]!.has(key)) s.removeItem(key);
    });
  };
}

/**
 * The demo storefront's own layout around the checkout: on a phone the shopper scrolls down to Continue, so what is
 * under the checkout (the demo's telemetry panel, its footer) is on screen when the taller delivery step arrives.
 */
describe('demo storefront: the checkout page on a phone', () => {
  let root: HTMLElement;

  let restore: () => void;

  beforeEach(async () => {
    restore = restoringStorage();
    await setViewport({ width: 412, height: 823 });
    root = document.createElement('div');
    document.body.append(root);
  });

  afterEach(async () => {
    root.remove();
    restore();
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

/**
 * The storefront story's listing: each grid card carries a delivery promise whose countdown changes every minute.
 * Its sentence wraps where the countdown's length puts it ("2 h" is shorter than "1 h 59 min"), and a card that
 * needs one more line than the others pushes its whole row and everything under it down.
 */
describe('demo storefront: the listing while the promise countdown runs', () => {
  for (const [width, height] of [[1280, 900], [320, 640]] as const) {
    it(`moves nothing at ${width} px, at any minute of the countdown and when the cut-off passes`, async function () {
      this.timeout(60_000);
      const restore = restoringStorage();
      await setViewport({ width, height });
      const root = document.createElement('div');
      document.body.append(root);
      try {
        history.replaceState(null, '', '#/');
        const demo = mountStorefront(root, { storageKey: uniqueKey('demo-countdown'), locale: 'en', imageBase: '/src/adapters/local/images' });
        await waitUntil(() => demo.shadowRoot?.querySelectorAll('sf-product-card sf-delivery-promise').length, 'the listing with its promises', { timeout: 8000 });
        type Promise_ = HTMLElement & { clock?: ManualClock; updateComplete: Promise<unknown> };
        const promises = [...demo.shadowRoot!.querySelectorAll<Promise_>('sf-product-card sf-delivery-promise')];
        // Tuesday 10.3.2026, 02:00:30 in Helsinki: 12 h before the home delivery's 14:00 cut-off, when the countdown
        // starts; then every minute to just past the cut-off.
        const start = Date.parse('2026-03-10T00:00:30Z');
        const clock = new ManualClock(start);
        for (const p of promises) p.clock = clock;
        await Promise.all(promises.map((p) => p.updateComplete));
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await frame();
        const shifts: { minute: string; value: number }[] = [];
        let minute = '';
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) shifts.push({ minute, value: (e as PerformanceEntry & { value: number }).value });
        });
        observer.observe({ type: 'layout-shift' });
        const texts = new Set<string>();
        for (let m = 1; m <= 12 * 60 + 2; m += 1) {
          clock.set(start + m * 60_000);
          await Promise.all(promises.map((p) => p.updateComplete));
          const promise = promises[0]!.shadowRoot!.querySelector('[part=promise]')!.textContent!.replace(/\s+/g, ' ').trim();
          minute = promise;
          texts.add(promise);
          // Layout, as a frame would: a shift is reported for the frame in which it is painted.
          if (m % 30 === 0) await frame();
          else promises[0]!.getBoundingClientRect();
        }
        await frame();
        await frame();
        observer.disconnect();
        expect(texts.size, 'a text for every minute of the countdown, and one after the cut-off').to.be.greaterThan(700);
        expect([...texts].at(-1)).to.match(/^Ships tomorrow/);
        expect(shifts, `layout shifts: ${JSON.stringify(shifts.slice(0, 5))}`).to.deep.equal([]);
      } finally {
        root.remove();
        restore();
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
