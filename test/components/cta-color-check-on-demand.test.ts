import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-add-to-cart.js';
import type { SfAddToCart } from '../../src/elements/sf-add-to-cart/sf-add-to-cart.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { ExperimentsService, FeatureDecision } from '../../src/services/experiments/types.js';
import { ctaColorCheck } from '../../src/services/experiments/cta-check.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { recordCtaPaints } from '../helpers/cta-paints.js';
import { testAdapter } from '../helpers/shop.js';

// The CTA colour check (CSS colour parsing, WCAG contrast) is loaded only when a colour variant arrives. This file
// never loads the kit's experiments service (which brings the check along), so what it sees is the on-demand path:
// no experiment, no check loaded and no reserved paint; a colour variant from a service the page made, the button
// reserved until the check has loaded, then the variant, never the theme first.

const GREEN = 'rgb(27, 94, 32)';

/** Every render of every <sf-add-to-cart>: whether it held the button invisible, and the button's colour. */
const paints = recordCtaPaints();

/** A service of the page's own (not the kit's): fixed values, each a variant of its own experiment. */
function pageService(values: Record<string, unknown>) {
  const exposed: string[] = [];
  const decide = <T>(key: string, defaultValue: T, validate?: (value: unknown) => string | undefined): FeatureDecision<T> => {
    if (!Object.hasOwn(values, key)) return { feature: key, value: defaultValue, exposable: false };
    if (validate?.(values[key])) return { feature: key, value: defaultValue, exposable: false };
    return { feature: key, value: values[key] as T, exposable: true, experimentKey: `${key}-test`, variationId: '1' };
  };
  const service: ExperimentsService = {
    anonymousId: 'page-made-0001',
    getAssignments: () => ({}),
    getFeatureValue: (key, defaultValue) => decide(key, defaultValue).value,
    decide,
    expose: (decision) => void exposed.push(decision.experimentKey!),
  };
  return { service, exposed };
}

async function mount(experiments?: ExperimentsService) {
  paints.length = 0;
  const adapter = testAdapter();
  const product = await adapter.getProduct('light-set');
  const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} .experiments=${experiments} locale="en">
    <sf-add-to-cart .product=${product}></sf-add-to-cart>
  </sf-shop>`);
  const el = shop.querySelector('sf-add-to-cart')!;
  await el.updateComplete;
  return el;
}

const button = (el: SfAddToCart) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!;
const colourCheckFetched = () => performance.getEntriesByType('resource').some((e) => /cta-colors|contrast/.test(e.name));

describe('the CTA colour check, on demand', () => {
  it('is not loaded without an experiment: the button is decided at its first paint, in the theme', async () => {
    const el = await mount();
    expect(paints[0]).to.deep.equal({ reserved: false, background: GREEN });
    // A service that runs no colour experiment needs no check either.
    const other = await mount(pageService({ 'sf-cta-label': 'buy-now' }).service);
    await waitUntil(() => button(other).textContent!.includes('Buy now'), 'the label variant');
    expect(paints.every((p) => p.background === GREEN)).to.equal(true);
    expect(ctaColorCheck()).to.equal(undefined);
    expect(colourCheckFetched()).to.equal(false);
    await expectNoAxeViolations(el);
  });

  it('loads it for a colour variant: reserved until checked, then the variant, never the theme first; one exposure', async () => {
    const { service, exposed } = pageService({ 'sf-cta-color': 'rebeccapurple' });
    const el = await mount(service);
    await waitUntil(() => getComputedStyle(button(el)).backgroundColor === 'rgb(102, 51, 153)', 'the variant is painted');
    expect(ctaColorCheck()).to.be.a('function');
    expect(paints.filter((p) => !p.reserved).every((p) => p.background === 'rgb(102, 51, 153)'), JSON.stringify(paints)).to.equal(true);
    expect(el.style.getPropertyValue('--sf-cta-background')).to.equal('rebeccapurple');
    await waitUntil(() => exposed.length > 0, 'the exposure');
    el.requestUpdate();
    await el.updateComplete;
    expect(exposed).to.deep.equal(['sf-cta-color-test']);
    await expectNoAxeViolations(el);
  });

  it('keeps the theme for a variant whose contrast fails, and records no exposure', async () => {
    const { service, exposed } = pageService({ 'sf-cta-color': '#ffeb3b' });
    const el = await mount(service);
    await waitUntil(() => !el.shadowRoot!.querySelector('.sf-experiment-reserved'), 'decided');
    await el.updateComplete;
    expect(getComputedStyle(button(el)).backgroundColor).to.equal(GREEN);
    expect(el.style.getPropertyValue('--sf-cta-background')).to.equal('');
    expect(exposed).to.deep.equal([]);
  });
});
