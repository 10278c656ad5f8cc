import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-experiments.js';
import type { SfExperiments } from '../../src/elements/sf-experiments/sf-experiments.js';
import type { SfExperimentsReadyEvent } from '../../src/elements/events/index.js';
import { createExperiments } from '../../src/services/experiments/service.js';
import { createSafeStorage } from '../../src/core/storage.js';

// The page chose where the id lives (memory here), so it answers for consent and experiments run: what is tested is
// the payload policy, not consent (without consent no experiment runs at all; see consent.test.ts).
const pageStorage = () => createSafeStorage(() => undefined, 'test storage', () => {});
import { hostilePayload, MARK } from './experiments-payloads.js';

type Marked = Window & { __gbJs?: number };

const pageUrl = () => location.href.split('#')[0]!;
const styled = () => [...document.querySelectorAll('style')].some((s) => s.textContent?.includes(MARK));

let current: SfExperiments | undefined;

async function render(allow: boolean) {
  const el = await fixture<SfExperiments>(html`<sf-experiments .payload=${hostilePayload(pageUrl())} .stickyBucketing=${false} .storage=${pageStorage()} timeout-ms="8000"
      ?allow-visual-editor=${allow} ?allow-js-injection=${allow} ?allow-url-redirects=${allow}>
      <p id="gb-target">original</p><p id="gb-other">original</p>
    </sf-experiments>`);
  current = el;
  if (!el.experiments?.ready) await oneEvent(el, 'sf-experiments-ready') as SfExperimentsReadyEvent;
  return el;
}

describe('experiments payloads cannot change the page', () => {
  afterEach(() => {
    // Undoes whatever an experiment applied, even when a test failed half-way.
    current?.experiments?.destroy();
    current = undefined;
    delete (window as Marked).__gbJs;
    history.replaceState(null, '', pageUrl());
  });

  it('runs no JavaScript, CSS, DOM mutation or redirect from the payload, and still applies its features', async () => {
    const el = await render(false);
    // GrowthBook schedules a redirect on a 100 ms timer while the payload is applied, before the ready event. A
    // longer timer set now fires after it (timers run in order of their due time), and two frames let any DOM
    // mutation land: this is ordering, not luck.
    await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect((window as Marked).__gbJs, 'the experiment JavaScript did not run').to.equal(undefined);
    expect(el.querySelector('#gb-target')!.textContent, 'no DOM mutation').to.equal('original');
    expect(el.querySelector('#gb-other')!.textContent, 'no DOM mutation').to.equal('original');
    expect(styled(), 'no experiment CSS in the page').to.equal(false);
    expect(location.hash, 'no redirect').to.equal('');
    expect(el.experiments!.source).to.equal('inline');
    expect(el.experiments!.getFeatureValue('cta-label', 'add'), 'features still apply').to.equal('buy');
    expect(el.experiments!.getFeatureValue('free-shipping-meter', false)).to.equal(true);
  });

  it('applies them when the page opts in (so the test above can fail)', async () => {
    const el = await render(true);
    await waitUntil(() => (window as Marked).__gbJs === 1, 'the JavaScript runs');
    await waitUntil(() => el.querySelector('#gb-target')!.textContent === 'changed by js experiment', 'the DOM changes');
    await waitUntil(() => location.hash === '#gb-redirected', 'the redirect happens');
    expect(styled()).to.equal(true);
    expect(el.experiments!.getFeatureValue('cta-label', 'add')).to.equal('buy');
    el.experiments!.destroy();
    expect(styled(), 'destroy undoes the changes').to.equal(false);
  });

  it('warns once when the page hands in a GrowthBook instance that allows JS injection', async () => {
    const { GrowthBook } = await import('@growthbook/growthbook');
    const warnings: string[] = [];
    const open = new GrowthBook({ features: {} });
    createExperiments({ growthbook: open, warn: (m) => warnings.push(m) }).destroy();
    createExperiments({ growthbook: open, warn: (m) => warnings.push(m) }).destroy();
    expect(warnings.filter((w) => w.includes('allows JS injection'))).to.have.length(1);
    const closed = new GrowthBook({ features: {}, disableJsInjection: true });
    createExperiments({ growthbook: closed, warn: (m) => warnings.push(m) }).destroy();
    expect(warnings.filter((w) => w.includes('allows JS injection'))).to.have.length(1);
    open.destroy();
    closed.destroy();
  });
});
