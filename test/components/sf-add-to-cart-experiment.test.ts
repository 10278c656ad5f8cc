import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-experiments.js';
import '../../src/define/sf-add-to-cart.js';
import '../../src/define/sf-cart-drawer.js';
import type { SfAddToCart } from '../../src/elements/sf-add-to-cart/sf-add-to-cart.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { TelemetryService } from '../../src/services/telemetry/types.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

// The growth team's classic: the real add-to-cart CTA follows the running experiment through tokens only.
// timeout-ms is generous: the unbundled test server loads the SDK slower than the 150 ms production budget.
function payload(colorWeights: [number, number], labelWeights: [number, number]) {
  const rule = (key: string, variations: string[], weights: [number, number]) => ({
    key, variations, weights, coverage: 1, hashAttribute: 'id', hashVersion: 2, seed: key,
    meta: [{ key: '0' }, { key: '1' }],
  });
  return {
    features: {
      'sf-cta-color': { defaultValue: 'green', rules: [rule('cta-color-test', ['green', 'red'], colorWeights)] },
      'sf-cta-label': { defaultValue: 'add-to-cart', rules: [rule('cta-label-test', ['add-to-cart', 'buy-now'], labelWeights)] },
    },
  };
}

async function mount(colorWeights: [number, number], labelWeights: [number, number], content = 'add-to-cart') {
  const events: { name: string; params: Record<string, unknown> }[] = [];
  const telemetry: TelemetryService = { track: (name, params = {}) => void events.push({ name, params }) };
  const adapter = testAdapter();
  const product = await adapter.getProduct('light-set');
  // The shopper agreed to experiments: without consent every experiment shows its control (see consent.test.ts).
  const shop = await fixture(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale="en" consent="all">
    <sf-experiments .payload=${payload(colorWeights, labelWeights)} timeout-ms="5000">
      ${content === 'add-to-cart' ? html`<sf-add-to-cart .product=${product}></sf-add-to-cart>` : html`<sf-cart-drawer></sf-cart-drawer>`}
    </sf-experiments>
  </sf-shop>`);
  return { shop, events };
}

/**
 * Resolves once every IntersectionObserver already watching `target` has had its first look at it: observers are
 * notified in the order they were created, so a new one's first callback comes after theirs.
 */
function intersectionRound(target: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(target);
  });
}

/** Resolves when the drawer has rendered and had every chance to record an exposure for its checkout CTA. */
async function drawerSettled(drawer: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await drawer.updateComplete;
  // The experiment controller looks again after the update (hostUpdated, then updateComplete).
  await drawer.updateComplete;
  const cta = drawer.shadowRoot!.querySelector('[part=checkout-button]');
  if (cta) await intersectionRound(cta);
}

const button = (el: SfAddToCart) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]');

describe('<sf-add-to-cart> under a running CTA experiment', () => {
  it('paints the variant colour and label, and records exactly one exposure per experiment after render', async () => {
    const { shop, events } = await mount([0, 1], [0, 1]);
    const cta = shop.querySelector('sf-add-to-cart')!;
    await waitUntil(() => button(cta) && getComputedStyle(button(cta)!).backgroundColor === 'rgb(183, 28, 28)', 'red variant painted', { timeout: 8000 });
    expect(button(cta)!.textContent).to.contain('Buy now');
    await waitUntil(() => events.filter((e) => e.name === 'experiment_viewed').length === 2, 'two exposures', { timeout: 8000 });
    const exposures = events.filter((e) => e.name === 'experiment_viewed').map((e) => e.params);
    expect(exposures).to.have.deep.members([
      { experiment_id: 'cta-color-test', variation_id: '1' },
      { experiment_id: 'cta-label-test', variation_id: '1' },
    ]);
    cta.requestUpdate();
    await cta.updateComplete;
    expect(events.filter((e) => e.name === 'experiment_viewed'), 'no second exposure on re-render').to.have.length(2);
    await expectNoAxeViolations(cta);
  });

  it('keeps the control green with the default label', async () => {
    const { shop } = await mount([1, 0], [1, 0]);
    const cta = shop.querySelector('sf-add-to-cart')!;
    await waitUntil(() => button(cta) && getComputedStyle(button(cta)!).backgroundColor === 'rgb(27, 94, 32)', 'green control painted', { timeout: 8000 });
    expect(button(cta)!.textContent).to.contain('Add to cart');
  });

  it('records the checkout CTA exposure only when the drawer opens, not while it is closed', async () => {
    const { shop, events } = await mount([0, 1], [0, 1], 'drawer');
    const drawer = shop.querySelector('sf-cart-drawer')!;
    const provider = shop.querySelector('sf-experiments')!;
    await waitUntil(() => provider.hasAttribute('data-sf-experiments-source'), 'features settled', { timeout: 8000 });
    await drawerSettled(drawer);
    expect(events.filter((e) => e.name === 'experiment_viewed'), 'closed: not shown').to.have.length(0);
    // An empty drawer has no checkout CTA to show; with a line in the cart it has.
    await (shop as SfShop).cart!.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    await waitUntil(() => drawer.shadowRoot!.querySelector('[part=checkout-button]'), 'the drawer renders its checkout CTA');
    await drawerSettled(drawer);
    expect(events.filter((e) => e.name === 'experiment_viewed'), 'still closed: not shown').to.have.length(0);
    drawer.show();
    await waitUntil(() => events.some((e) => e.name === 'experiment_viewed'), 'exposure once the drawer shows its CTA', { timeout: 8000 });
    expect(events.filter((e) => e.name === 'experiment_viewed').map((e) => e.params)).to.deep.equal([
      { experiment_id: 'cta-color-test', variation_id: '1' },
    ]);
  });
});
