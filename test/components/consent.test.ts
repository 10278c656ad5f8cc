// The house's privacy standard, end to end in the browser: nothing about a shopper is stored without `<sf-shop consent>`
// allowing it, and what is kept is erasable. One journey per consent level touches every kit part that keeps
// something (a CTA experiment shown, a delivered order's status, its feedback question answered by keyboard), then
// reads localStorage, sessionStorage and cookies and compares them with the table in readme-parts/consent.md.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-experiments.js';
import '../../src/define/sf-add-to-cart.js';
import '../../src/define/sf-order-status.js';
import '../../src/define/sf-feedback.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfExperiments } from '../../src/elements/sf-experiments/sf-experiments.js';
import type { SfFeedback } from '../../src/elements/sf-feedback/sf-feedback.js';
import type { SfOrderStatus } from '../../src/elements/sf-order-status/sf-order-status.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import type { Consent } from '../../src/core/history.js';
import { ManualClock } from '../../src/core/clock.js';
import type { FeedbackInput } from '../../src/core/model.js';
import type { TelemetryService } from '../../src/services/telemetry/types.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

/** Tuesday 10 March 2026, 09:00 in Helsinki; the order is delivered that day at 14:00. */
const PLACED = new Date('2026-03-10T07:00:00Z');
const EVENING = new Date('2026-03-10T16:00:00Z');

// Everyone in the variant (red, "Buy now") once an experiment may assign them. timeout-ms is generous: the unbundled
// test server loads the SDK slower than the production budget.
const rule = (key: string, variations: string[]) => ({
  key, variations, weights: [0, 1], coverage: 1, hashAttribute: 'id', hashVersion: 2, seed: key, meta: [{ key: '0' }, { key: '1' }],
});
const PAYLOAD = {
  features: {
    'sf-cta-color': { defaultValue: 'green', rules: [rule('cta-color-test', ['green', 'red'])] },
    'sf-cta-label': { defaultValue: 'add-to-cart', rules: [rule('cta-label-test', ['add-to-cart', 'buy-now'])] },
  },
};
const RED = 'rgb(183, 28, 28)';

/** Every key of a storage area, except the embedded backend's own cart and orders (`<storageKey>:…`). */
function kitKeys(area: Storage, backend: string): string[] {
  return Object.keys(area).filter((k) => !k.startsWith(`${backend}:`)).map((k) => k.replace(/^(sf-sticky-buckets__id\|\|).+$/, '$1<id>')).sort();
}

const stored = (backend: string) => ({ local: kitKeys(localStorage, backend), session: kitKeys(sessionStorage, backend) });

/** What each consent level keeps, after the journey (readme-parts/consent.md, "What is stored where"). */
const KEPT = ['sf-anonymous-id', 'sf-feedback:contexts', 'sf-history', 'sf-promise-results', 'sf-sticky-buckets__id||<id>'];
const EXPECTED: Record<Consent, { local: string[]; session: string[] }> = {
  all: { local: KEPT, session: ['sf-history-visit'] },
  functional: { local: [], session: KEPT },
  none: { local: [], session: [] },
};

async function placeDeliveredOrder(adapter: LocalCommerceAdapter) {
  await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
  const order = await adapter.placeOrder({
    idempotencyKey: crypto.randomUUID(),
    contact: { email: 'aino@example.fi', phone: '+358401234567' },
    shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId: 'home',
    paymentMethodId: 'invoice',
  });
  adapter.setOrderFate(order.code, { shift: -1 });
  return order;
}

const button = (shop: Element) => shop.querySelector('sf-add-to-cart')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]');

/** A shop page with a CTA experiment and a delivered order's status with its feedback question. */
let journeys = 0;

async function journey(consent: Consent) {
  const clock = new ManualClock(PLACED);
  const backend = `consent-${consent}-${Date.now().toString(36)}-${(journeys += 1)}`;
  const adapter = testAdapter({ clock, storageKey: backend });
  const sent: FeedbackInput[] = [];
  adapter.submitFeedback = async (input) => void sent.push(input);
  const order = await placeDeliveredOrder(adapter);
  const product = await adapter.getProduct('light-set');
  const events: { name: string; params: Record<string, unknown> }[] = [];
  const telemetry: TelemetryService = { track: (name, params = {}) => void events.push({ name, params }) };
  const shop = await fixture<SfShop>(html`<sf-shop consent=${consent} .adapter=${adapter} .telemetry=${telemetry} locale="en">
    <sf-experiments .payload=${PAYLOAD} timeout-ms="5000"><sf-add-to-cart .product=${product}></sf-add-to-cart></sf-experiments>
    <button id="before">Before</button>
    <sf-order-status code=${order.code} email="aino@example.fi" .clock=${clock} poll-interval="60000">
      <sf-feedback slot="feedback" kind="ces" .clock=${clock}></sf-feedback>
    </sf-order-status>
  </sf-shop>`);
  const experiments = shop.querySelector('sf-experiments') as SfExperiments;
  const status = shop.querySelector('sf-order-status') as SfOrderStatus;
  const feedback = shop.querySelector('sf-feedback') as SfFeedback;
  await waitUntil(() => experiments.hasAttribute('data-sf-experiments-source'), 'features settled', { timeout: 8000 });
  await waitUntil(() => status.progress, 'the order loads');

  // The CTA: the variant with consent, the control without.
  const variant = consent !== 'none';
  await waitUntil(() => button(shop) && (!variant || getComputedStyle(button(shop)!).backgroundColor === RED), 'the CTA paints', { timeout: 8000 });
  if (variant) await waitUntil(() => events.filter((e) => e.name === 'experiment_viewed').length === 2, 'two exposures', { timeout: 8000 });

  // The order arrives: its promise result is reported, and the delivery question is answered by keyboard.
  clock.set(EVENING);
  await waitUntil(() => events.some((e) => e.name === 'delivery_promise_result'), 'the promise result is reported');
  await waitUntil(() => !!feedback.assignedSlot && feedback.view === 'question', 'the question appears');
  (shop.querySelector('#before') as HTMLButtonElement).focus();
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => sent.length === 1 && feedback.view === 'thanks', 'the answer is sent');
  await expectNoAxeViolations(shop);
  return { shop, experiments, events, backend, adapter };
}

describe('consent governs everything the kit keeps about a shopper', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  for (const consent of ['all', 'functional', 'none'] as const) {
    it(`consent="${consent}": localStorage, sessionStorage and cookies hold exactly what the table says`, async () => {
      const { shop, experiments, events, backend } = await journey(consent);
      expect(stored(backend), 'stored after the journey').to.deep.equal(EXPECTED[consent]);
      // The embedded backend's cart and orders are the service the shopper asked for: kept under every consent.
      expect(Object.keys(localStorage).filter((k) => k.startsWith(`${backend}:`)).sort()).to.deep.equal([`${backend}:cart`, `${backend}:orders`]);
      // The kit sets no cookie in the browser (the server's anonymous-id cookie follows the same consent).
      expect(document.cookie.split(';').map((c) => c.trim()).filter((c) => c.startsWith('sf-'))).to.deep.equal([]);

      const exposures = events.filter((e) => e.name === 'experiment_viewed');
      if (consent === 'none') {
        // As decideExperiments on the server: control, no assignment, nothing recorded.
        expect(getComputedStyle(button(shop)!).backgroundColor).not.to.equal(RED);
        expect(button(shop)!.textContent).to.contain('Add to cart');
        expect(exposures).to.deep.equal([]);
        expect(experiments.getAttribute('data-sf-experiments')).to.equal('');
      } else {
        expect(button(shop)!.textContent).to.contain('Buy now');
        expect(exposures).to.have.length(2);
        const area = consent === 'all' ? localStorage : sessionStorage;
        expect(area.getItem('sf-anonymous-id'), 'the id in use is the one kept').to.equal(experiments.experiments!.anonymousId);
      }
    });
  }

  it('consent="all": the next page view (a reload) has the same anonymous id', async () => {
    const first = await journey('all');
    const id = first.experiments.experiments!.anonymousId;
    first.shop.remove();
    const again = await fixture<SfShop>(html`<sf-shop consent="all" .adapter=${first.adapter} locale="en">
      <sf-experiments .payload=${PAYLOAD} timeout-ms="5000"></sf-experiments></sf-shop>`);
    const experiments = again.querySelector('sf-experiments') as SfExperiments;
    await waitUntil(() => experiments.experiments?.ready, 'features settled', { timeout: 8000 });
    expect(experiments.experiments!.anonymousId).to.equal(id);
  });

  it('lowering consent at run time moves, then erases, what may no longer be kept; the page keeps its id in memory', async () => {
    const { shop, experiments, backend } = await journey('all');
    const id = experiments.experiments!.anonymousId;

    shop.consent = 'functional';
    await shop.updateComplete;
    expect(stored(backend), 'functional: the session only').to.deep.equal({ local: [], session: KEPT });
    expect(sessionStorage.getItem('sf-anonymous-id')).to.equal(id);

    shop.consent = 'none';
    await shop.updateComplete;
    expect(stored(backend), 'none: nothing stored').to.deep.equal({ local: [], session: [] });
    expect(experiments.experiments!.anonymousId, 'the page view keeps its id in memory').to.equal(id);
  });

  it('a consent callback that withdraws consent erases everything as soon as the shop is told (requestUpdate("consent"))', async () => {
    const { shop, backend } = await journey('all');
    let answer: Consent = 'all';
    shop.consent = () => answer;
    await shop.updateComplete;
    expect(stored(backend).local).to.include('sf-anonymous-id');
    answer = 'none';
    // The consent manager tells the shop its answer changed (the documented way); it applies at once.
    shop.requestUpdate('consent');
    await shop.updateComplete;
    expect(stored(backend)).to.deep.equal({ local: [], session: [] });
  });

  it('a consent callback\'s change the history notices on its own (a product view) erases everything too', async () => {
    const { shop, backend } = await journey('all');
    let answer: Consent = 'all';
    shop.consent = () => answer;
    await shop.updateComplete;
    answer = 'functional';
    shop.recordView('light-set');
    expect(stored(backend)).to.deep.equal({ local: [], session: KEPT });
  });

  it('raising consent keeps from then on: the id used so far is stored, and the next page view is in the experiment', async () => {
    const { shop, experiments, backend, adapter } = await journey('none');
    const id = experiments.experiments!.anonymousId;
    expect(stored(backend)).to.deep.equal({ local: [], session: [] });
    shop.consent = 'all';
    await shop.updateComplete;
    expect(localStorage.getItem('sf-anonymous-id'), 'kept from now on').to.equal(id);
    // This page view's decisions stay (no flicker): still control.
    expect(button(shop)!.textContent).to.contain('Add to cart');
    shop.remove();

    const product = await adapter.getProduct('light-set');
    const next = await fixture<SfShop>(html`<sf-shop consent="all" .adapter=${adapter} locale="en">
      <sf-experiments .payload=${PAYLOAD} timeout-ms="5000"><sf-add-to-cart .product=${product}></sf-add-to-cart></sf-experiments></sf-shop>`);
    await waitUntil(() => button(next) && getComputedStyle(button(next)!).backgroundColor === RED, 'the variant on the next page view', { timeout: 8000 });
    expect((next.querySelector('sf-experiments') as SfExperiments).experiments!.anonymousId).to.equal(id);
  });

  it('clearHistory() erases everything the kit keeps about the shopper, whatever the consent; the cart stays', async () => {
    const { shop, backend } = await journey('all');
    shop.clearHistory();
    const left = stored(backend);
    // The history itself is rewritten empty under `all` (the current visit); nothing else of the shopper's is left.
    expect(left.local).to.deep.equal(['sf-history']);
    expect(JSON.parse(localStorage.getItem('sf-history')!)).to.include({ version: 1 }).and.deep.include({ views: [], purchases: [] });
    expect(left.session).to.deep.equal(['sf-history-visit']);
    expect(localStorage.getItem(`${backend}:cart`), 'the cart is the shopper\'s own service').not.to.equal(null);
  });

  it('an explicit storage wins over consent: experiments run and keep their id there', async () => {
    const data = new Map<string, string>();
    const storage = { degraded: false, get: (k: string) => data.get(k) ?? null, set: (k: string, v: string) => void data.set(k, v), remove: (k: string) => void data.delete(k) };
    const adapter = testAdapter();
    const product = await adapter.getProduct('light-set');
    const shop = await fixture<SfShop>(html`<sf-shop consent="none" .adapter=${adapter} locale="en">
      <sf-experiments .payload=${PAYLOAD} .storage=${storage} timeout-ms="5000"><sf-add-to-cart .product=${product}></sf-add-to-cart></sf-experiments>
    </sf-shop>`);
    await waitUntil(() => button(shop) && getComputedStyle(button(shop)!).backgroundColor === RED, 'the variant', { timeout: 8000 });
    expect(data.get('sf-anonymous-id')).to.equal((shop.querySelector('sf-experiments') as SfExperiments).experiments!.anonymousId);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('sf-anonymous') || k.startsWith('sf-sticky'))).to.deep.equal([]);
  });
});
