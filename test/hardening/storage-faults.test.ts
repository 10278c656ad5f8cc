import { expect, waitUntil } from '@open-wc/testing';
import type { SfCheckout } from '../../src/elements/sf-checkout/sf-checkout.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { createExperiments } from '../../src/services/experiments/service.js';
import type { FeedbackStore, feedbackStorage } from '../../src/core/feedback.js';
import { uniqueKey } from '../helpers/shop.js';
import { plain } from '../helpers/checkout-journey.js';

type Mode = 'throw' | 'quota' | 'absent';

interface FrameApp {
  LocalCommerceAdapter: typeof LocalCommerceAdapter;
  createExperiments: typeof createExperiments;
  FeedbackStore: typeof FeedbackStore;
  feedbackStorage: typeof feedbackStorage;
}
interface FrameWindow extends Window {
  sfApp?: FrameApp;
  __warnings: string[];
  __errors: string[];
}

/** What each mode does to both storage areas before any kit code runs in the frame. */
const BREAK: Record<Mode, string> = {
  throw: `for (const n of ['localStorage', 'sessionStorage']) Object.defineProperty(window, n, { configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`,
  quota: `for (const n of ['localStorage', 'sessionStorage']) { const real = window[n];
    const full = { getItem: (k) => real.getItem(k), removeItem: (k) => real.removeItem(k), key: (i) => real.key(i),
      get length() { return real.length; }, clear() {},
      setItem() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } };
    Object.defineProperty(window, n, { configurable: true, get: () => full }); }`,
  absent: `for (const n of ['localStorage', 'sessionStorage']) Object.defineProperty(window, n, { configurable: true, value: undefined });`,
};

/** A fresh same-origin page whose storage is broken before the kit loads into it. */
async function brokenFrame(mode: Mode): Promise<{ win: FrameWindow; doc: Document; app: FrameApp; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
    window.process = { env: { NODE_ENV: 'test' } };
    window.__warnings = []; window.__errors = [];
    const warn = console.warn.bind(console);
    console.warn = (...a) => { window.__warnings.push(a.map(String).join(' ')); warn(...a); };
    addEventListener('error', (e) => window.__errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
    ${BREAK[mode]}
  </script><script type="module" src="/test/hardening/pages/storage-app.ts"></script></head><body></body></html>`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as FrameWindow | null)?.sfApp, 'the kit loads in the frame', { timeout: 8000 });
  const win = frame.contentWindow as FrameWindow;
  return { win, doc: frame.contentDocument!, app: win.sfApp!, frame };
}

function type(input: HTMLInputElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
}

const heading = (el: SfCheckout) => plain(el.shadowRoot!.querySelector('.step-heading')?.textContent);
const field = (el: SfCheckout, name: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#f-${name}`)!;

async function mountCheckout(shop: SfShop, key: string): Promise<SfCheckout> {
  const el = shop.ownerDocument.createElement('sf-checkout') as SfCheckout;
  el.setAttribute('storage-key', key);
  shop.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.step-heading'), 'the checkout renders');
  await el.updateComplete;
  return el;
}

async function continueStep(el: SfCheckout, next: string) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await waitUntil(() => heading(el) === next, `step "${next}" (now "${heading(el)}")`);
  await el.updateComplete;
}

for (const mode of ['throw', 'quota', 'absent'] as const) {
  describe(`storage that is ${mode === 'throw' ? 'throwing on access' : mode === 'quota' ? 'full (QuotaExceededError)' : 'absent'}`, () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    it('keeps the cart, the checkout draft, the anonymous id and queued feedback in memory, warning once per area', async () => {
      const setup = await brokenFrame(mode);
      frame = setup.frame;
      const { win, doc, app } = setup;
      const key = uniqueKey('storage-faults');

      // Cart: add and edit, then a cart element mounted again (a route change) still shows both lines.
      const adapter = new app.LocalCommerceAdapter({ storageKey: key, crossTab: false });
      const shop = doc.createElement('sf-shop') as SfShop;
      shop.setAttribute('locale', 'en');
      shop.adapter = adapter;
      doc.body.append(shop);
      await waitUntil(() => shop.cart, 'the shop provides its cart');
      await shop.cart!.load();
      await shop.cart!.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
      const added = await shop.cart!.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
      await shop.cart!.setQuantity(added.lines.find((l) => l.variantId === 'chain-11-default')!.id, 3);
      const cartEl = doc.createElement('sf-cart');
      shop.append(cartEl);
      await waitUntil(() => cartEl.shadowRoot?.querySelectorAll('[part~=line]').length === 2, 'the cart shows both lines');
      cartEl.remove();
      const again = doc.createElement('sf-cart');
      shop.append(again);
      await waitUntil(() => again.shadowRoot?.querySelectorAll('[part~=line]').length === 2, 'a new cart element shows both lines');
      const cart = await adapter.getCart();
      expect(cart.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([['kypara-aero-m', 1], ['chain-11-default', 3]]);

      // Checkout: what was typed survives the step change and the checkout being mounted again.
      let checkout = await mountCheckout(shop, `${key}-checkout`);
      type(field(checkout, 'email'), 'aino@example.fi');
      type(field(checkout, 'phone'), '040 123 4567');
      await continueStep(checkout, 'Delivery');
      type(field(checkout, 'name'), 'Aino Virtanen');
      type(field(checkout, 'postalCode'), '33100');
      await checkout.updateComplete;
      checkout.remove();
      checkout = await mountCheckout(shop, `${key}-checkout`);
      expect(heading(checkout), 'back at the same step').to.equal('Delivery');
      expect(field(checkout, 'name').value).to.equal('Aino Virtanen');
      expect(field(checkout, 'postalCode').value).to.equal('33100');

      // Experiments: one anonymous id for the page, however many services ask.
      const first = app.createExperiments({ timeoutMs: 0 });
      const second = app.createExperiments({ timeoutMs: 0 });
      expect(first.anonymousId).to.be.a('string').and.not.equal('');
      expect(second.anonymousId, 'the anonymous id is kept for the page').to.equal(first.anonymousId);

      // Feedback: an answer waiting to be sent is still queued when another element looks.
      new app.FeedbackStore(app.feedbackStorage()).enqueue({ id: `${key}-fb`, kind: 'nps', score: 9 }, new Date());
      expect(new app.FeedbackStore(app.feedbackStorage()).pending().map((q) => q.submission.id)).to.include(`${key}-fb`);

      const storageWarnings = win.__warnings.filter((w) => w.startsWith('storefront-elements') && /unavailable/.test(w));
      expect(storageWarnings.length, storageWarnings.join('\n')).to.be.within(1, 2);
      expect(new Set(storageWarnings).size, 'no warning repeats').to.equal(storageWarnings.length);
      expect(win.__errors, 'nothing thrown to the page').to.deep.equal([]);
    });
  });
}
