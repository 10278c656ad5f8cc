import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-experiments.js';
import '../../src/define/sf-add-to-cart.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfAddToCart } from '../../src/elements/sf-add-to-cart/sf-add-to-cart.js';
import type { SfExperiments } from '../../src/elements/sf-experiments/sf-experiments.js';
import { snapshotScript, type ShopSnapshot } from '../../src/core/snapshot.js';
import { testAdapter } from '../helpers/shop.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { recordCtaPaints } from '../helpers/cta-paints.js';

// The server's decisions travel in the snapshot; <sf-shop> hands that part on unread and <sf-experiments> checks
// and adopts it. A colour variant the server decided is painted at the first render (the kit's service brings the
// colour check along), and a malformed part is <sf-experiments>' to refuse, once.

const PURPLE = 'rgb(106, 27, 154)';
const GREEN = 'rgb(27, 94, 32)';

/** Every render of every <sf-add-to-cart>: whether it held the button invisible, and the button's colour. */
const paints = recordCtaPaints();

/** Collects console.warn calls until restored. */
function captureWarnings() {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** The page a server sent: the snapshot script, then the shop with the experiments provider and a CTA. */
async function serverPage(id: string, experiments: unknown) {
  paints.length = 0;
  const adapter = testAdapter();
  const product = await adapter.getProduct('light-set');
  const holder = document.createElement('div');
  holder.innerHTML = snapshotScript({ version: 1, experiments } as unknown as ShopSnapshot, id);
  document.body.append(holder);
  const events: { name: string; params: Record<string, unknown> }[] = [];
  const shop = document.createElement('sf-shop') as SfShop;
  shop.setAttribute('snapshot-from', id);
  shop.locale = 'en';
  shop.consent = 'all';
  shop.adapter = adapter;
  shop.telemetry = { track: (name, params = {}) => void events.push({ name, params }) };
  const provider = document.createElement('sf-experiments') as SfExperiments;
  const cta = document.createElement('sf-add-to-cart') as SfAddToCart;
  cta.product = product;
  provider.append(cta);
  shop.append(provider);
  holder.append(shop);
  await cta.updateComplete;
  return { holder, provider, cta, events };
}

const decided = (color: unknown) => ({
  reason: 'decided',
  anonymousId: 'shopper-0001',
  features: {
    'sf-cta-color': { value: color, experimentKey: 'cta-color-test', variationId: '1', variationIndex: 1, exposable: true },
  },
});

describe('<sf-experiments> adopting the server\'s decisions from the snapshot', () => {
  it('paints a colour variant the server decided at the first render, nothing reserved, exposed once', async () => {
    const { holder, provider, cta, events } = await serverPage('snap-cta', decided('#6a1b9a'));
    expect(paints[0]).to.deep.equal({ reserved: false, background: PURPLE });
    await waitUntil(() => events.some((e) => e.name === 'experiment_viewed'), 'the exposure');
    cta.requestUpdate();
    await cta.updateComplete;
    expect(paints.every((p) => !p.reserved && p.background === PURPLE)).to.equal(true);
    expect(events.filter((e) => e.name === 'experiment_viewed').map((e) => e.params)).to.deep.equal([
      { experiment_id: 'cta-color-test', variation_id: '1' },
    ]);
    expect(provider.getAttribute('data-sf-experiments-source')).to.equal('server');
    await expectNoAxeViolations(holder);
    holder.remove();
  });

  it('refuses a malformed part with one warning from <sf-experiments>, and shows the theme', async () => {
    const warnings = captureWarnings();
    try {
      const { holder, provider, cta, events } = await serverPage('snap-bad', { ...decided('#6a1b9a'), reason: 'because' });
      await waitUntil(() => provider.hasAttribute('data-sf-experiments-source'), 'the provider settles');
      await cta.updateComplete;
      expect(paints.filter((p) => !p.reserved).every((p) => p.background === GREEN)).to.equal(true);
      expect(events.filter((e) => e.name === 'experiment_viewed')).to.deep.equal([]);
      expect(provider.getAttribute('data-sf-experiments-source')).to.equal('none');
      expect(warnings.messages.filter((m) => m.includes('experiments.reason is not one of'))).to.deep.equal([
        '<sf-experiments> snapshot: experiments.reason is not one of decided, no-consent, features-unavailable; the server\'s decisions are ignored',
      ]);
      holder.remove();
    } finally {
      warnings.restore();
    }
  });
});
