import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-experiments.js';
import '../../src/define/sf-cart.js';
import '../../src/define/sf-cart-drawer.js';
import '../../src/define/sf-delivery-promise.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfCartDrawer } from '../../src/elements/sf-cart-drawer/sf-cart-drawer.js';
import type { SfDeliveryPromise } from '../../src/elements/sf-delivery-promise/sf-delivery-promise.js';
import type { TelemetryService } from '../../src/services/telemetry/types.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

// The two documented boolean features, each run as an A/B test of [true, false] from an inline GrowthBook payload.
// weights [1, 0] puts every visitor in variation 0 (true), [0, 1] in variation 1 (false).
// Each mount runs an experiment of its own key: the SDK's sticky bucketing keeps a visitor's variation per experiment
// across the page views (tests) of one page.
let run = 0;
const experimentKey = (feature: string) => `${feature}-test-${run}`;

function payload(feature: string, weights: [number, number]) {
  run += 1;
  return {
    features: {
      [feature]: {
        defaultValue: true,
        rules: [{
          key: experimentKey(feature), variations: [true, false], weights, coverage: 1, hashAttribute: 'id', hashVersion: 2,
          seed: feature, meta: [{ key: '0' }, { key: '1' }],
        }],
      },
    },
  };
}

async function mount(feature: string, weights: [number, number], content: (product: unknown) => unknown) {
  const events: { name: string; params: Record<string, unknown> }[] = [];
  const telemetry: TelemetryService = { track: (name, params = {}) => void events.push({ name, params }) };
  const adapter = testAdapter();
  await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
  // The shopper agreed to experiments: without consent every experiment shows its control (see consent.test.ts).
  const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale="en" consent="all">
    <sf-experiments .payload=${payload(feature, weights)} timeout-ms="5000">${content(null)}</sf-experiments>
  </sf-shop>`);
  const provider = shop.querySelector('sf-experiments')!;
  await waitUntil(() => provider.hasAttribute('data-sf-experiments-source'), 'features settled', { timeout: 8000 });
  await waitUntil(() => shop.cart?.state.status === 'ready', 'the cart loads');
  const exposures = () => events.filter((e) => e.name === 'experiment_viewed').map((e) => e.params);
  return { shop, exposures };
}

/** Lets every update, and the exposure checks that follow a render, run. */
async function settle(...elements: { updateComplete: Promise<boolean> }[]): Promise<void> {
  await Promise.all(elements.map((e) => e.updateComplete));
  await nextFrame();
  await Promise.all(elements.map((e) => e.updateComplete));
  await nextFrame();
}

const meter = (el: Element) => el.shadowRoot!.querySelector('[part=free-shipping]');

describe('sf-free-shipping-meter', () => {
  // One shop per test: each test is one page view with one experiments provider.
  for (const [weights, shown, variation] of [[[1, 0], true, '0'], [[0, 1], false, '1']] as const) {
    it(`${shown ? 'shows' : 'hides'} the meter in the cart for ${String(shown)}, exposing variation ${variation} once seen`, async () => {
      const { shop, exposures } = await mount('sf-free-shipping-meter', [...weights], () => html`<sf-cart></sf-cart>`);
      const cart = shop.querySelector('sf-cart')!;
      await waitUntil(() => cart.shadowRoot!.querySelector('[part=summary]'), 'the summary renders');
      await settle(cart);
      expect(!!meter(cart)).to.equal(shown);
      await waitUntil(() => exposures().length === 1, 'one exposure');
      expect(exposures()).to.deep.equal([{ experiment_id: experimentKey('sf-free-shipping-meter'), variation_id: variation }]);
      await expectNoAxeViolations(cart);
    });
  }

  it('in a closed drawer records no exposure; opening the drawer shows the variation and records it', async () => {
    const { shop, exposures } = await mount('sf-free-shipping-meter', [0, 1], () => html`<sf-cart-drawer></sf-cart-drawer>`);
    const drawer = shop.querySelector<SfCartDrawer>('sf-cart-drawer')!;
    await waitUntil(() => drawer.shadowRoot!.querySelector('.foot'), 'the drawer renders its foot, closed');
    await settle(drawer);
    expect(exposures(), 'closed: not seen').to.deep.equal([]);
    drawer.show();
    await waitUntil(() => exposures().length === 1, 'exposure once the drawer is open', { timeout: 8000 });
    expect(exposures()).to.deep.equal([{ experiment_id: experimentKey('sf-free-shipping-meter'), variation_id: '1' }]);
    expect(!!meter(drawer), 'false hides the meter').to.equal(false);
    await expectNoAxeViolations(shop);
    drawer.close();
  });

  it('a closed drawer under true keeps its meter and still exposes nothing until opened', async () => {
    const { shop, exposures } = await mount('sf-free-shipping-meter', [1, 0], () => html`<sf-cart-drawer></sf-cart-drawer>`);
    const drawer = shop.querySelector<SfCartDrawer>('sf-cart-drawer')!;
    await waitUntil(() => meter(drawer), 'the meter renders in the closed drawer');
    await settle(drawer);
    expect(exposures()).to.deep.equal([]);
    drawer.show();
    await waitUntil(() => exposures().length === 1, 'exposure once open', { timeout: 8000 });
    expect(exposures()[0]!.variation_id).to.equal('0');
    drawer.close();
  });
});

// Wednesday 11:50 in Helsinki, cut-off 14:00: a countdown of 2 h 10 min when the countdown is on.
const WED_1150 = '2026-11-25T09:50:00Z';
const promise = () => html`<sf-delivery-promise cutoff="14:00" transit-days="1" now=${WED_1150}></sf-delivery-promise>`;
const countdown = (el: SfDeliveryPromise) => el.shadowRoot!.querySelector('[part=countdown]');
const promiseText = (el: SfDeliveryPromise) => (el.shadowRoot!.querySelector('[part=promise]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('sf-delivery-countdown', () => {
  for (const [weights, variation] of [[[1, 0], '0'], [[0, 1], '1']] as const) {
    it(`variation ${variation} shows ${variation === '0' ? 'the countdown' : 'the date only'}, exposed once the promise is shown`, async () => {
      const { shop, exposures } = await mount('sf-delivery-countdown', [...weights], promise);
      const el = shop.querySelector<SfDeliveryPromise>('sf-delivery-promise')!;
      await settle(el);
      if (variation === '0') {
        expect(countdown(el)!.textContent).to.equal('2 h 10 min');
        expect(el.matches(':state(countdown)')).to.equal(true);
      } else {
        expect(countdown(el)?.textContent ?? null, 'no countdown').to.equal(null);
        expect(el.matches(':state(countdown)')).to.equal(false);
        expect(promiseText(el)).to.equal('Order by 14:00 and it ships today. Arrives tomorrow.');
      }
      await waitUntil(() => exposures().length === 1, 'one exposure');
      expect(exposures()).to.deep.equal([{ experiment_id: experimentKey('sf-delivery-countdown'), variation_id: variation }]);
      await expectNoAxeViolations(el);
    });
  }

  it('records no exposure while the promise is not displayed, and one when it is', async () => {
    const { shop, exposures } = await mount('sf-delivery-countdown', [0, 1], () => html`<div id="box" hidden>${promise()}</div>`);
    const el = shop.querySelector<SfDeliveryPromise>('sf-delivery-promise')!;
    await settle(el);
    expect(countdown(el)?.textContent ?? null, 'no countdown').to.equal(null);
    expect(exposures(), 'hidden: not seen').to.deep.equal([]);
    shop.querySelector<HTMLElement>('#box')!.hidden = false;
    await waitUntil(() => exposures().length === 1, 'exposure once displayed', { timeout: 8000 });
    expect(exposures()[0]!.variation_id).to.equal('1');
  });

  it('the page\'s no-countdown wins, and then no exposure is recorded', async () => {
    const { shop, exposures } = await mount('sf-delivery-countdown', [1, 0], () =>
      html`<sf-delivery-promise no-countdown cutoff="14:00" transit-days="1" now=${WED_1150}></sf-delivery-promise>`);
    const el = shop.querySelector<SfDeliveryPromise>('sf-delivery-promise')!;
    await settle(el);
    expect(countdown(el)?.textContent ?? null, 'no countdown').to.equal(null);
    expect(exposures()).to.deep.equal([]);
  });
});
