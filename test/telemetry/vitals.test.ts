import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { createTelemetry } from '../../src/services/telemetry/telemetry.js';
import { kitTarget, measureWebVitals, shadowTarget, vitalsReporter, type VitalMetric } from '../../src/services/telemetry/vitals.js';
import type { TelemetryEvent } from '../../src/services/telemetry/types.js';

/*
 * Kit-like elements with open shadow roots, as the real drawer and its lines render them: the page only sees the
 * host, the part that was clicked or shifted lives two shadow roots down.
 */
class TestCartLine extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `<span id="name">Aero Helmet</span><button part="remove" type="button"><span>×</span></button>`;
  }
}
class TestCartDrawer extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `
      <div part="banner" style="height: 0; overflow: hidden"></div>
      <p part="totals" style="margin: 0; height: 60px; width: 300px; background: #eee">Total 106,90 €</p>
      <sf-cart-line></sf-cart-line>
      <div><em>no part, no id</em><b id="count">2</b></div>
      <button part="checkout-button" type="button" style="width: 240px; height: 48px"><span>Go to checkout</span></button>`;
  }
}
if (!customElements.get('sf-cart-line')) customElements.define('sf-cart-line', TestCartLine);
if (!customElements.get('sf-cart-drawer')) customElements.define('sf-cart-drawer', TestCartDrawer);

const inDrawer = (drawer: Element, selector: string) => drawer.shadowRoot!.querySelector(selector)!;

async function clickCentre(el: Element): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

const vitals = (events: TelemetryEvent[], name: string) => events.filter((e) => e.name === 'web_vitals' && e.params['name'] === name);

describe('shadowTarget', () => {
  it('names the kit element and the part through shadow roots', async () => {
    const drawer = await fixture(html`<sf-cart-drawer></sf-cart-drawer>`);
    const button = inDrawer(drawer, '[part=checkout-button]');
    expect(shadowTarget(button)).to.equal('sf-cart-drawer >> [part=checkout-button]');
    expect(shadowTarget(button.querySelector('span')), 'the nearest part wins').to.equal('sf-cart-drawer >> [part=checkout-button]');
    expect(shadowTarget(button.querySelector('span')!.firstChild), 'a text node').to.equal('sf-cart-drawer >> [part=checkout-button]');
    const line = inDrawer(drawer, 'sf-cart-line');
    expect(shadowTarget(line.shadowRoot!.querySelector('button span'))).to.equal('sf-cart-drawer >> sf-cart-line >> [part=remove]');
    expect(shadowTarget(line.shadowRoot!.querySelector('#name')), 'then the id').to.equal('sf-cart-drawer >> sf-cart-line >> #name');
    expect(shadowTarget(inDrawer(drawer, 'em')), 'then the tag').to.equal('sf-cart-drawer >> em');
    expect(shadowTarget(drawer)).to.equal('sf-cart-drawer');
  });

  it('leaves plain light-DOM nodes to web-vitals\u2019 own selector', async () => {
    const el = await fixture(html`<div><button id="b">Buy</button></div>`);
    expect(shadowTarget(el.querySelector('button'))).to.equal(undefined);
    expect(shadowTarget(null)).to.equal(undefined);
  });
});

describe('measureWebVitals (web-vitals attribution build, real entries)', () => {
  it('reports CLS from a shift inside a shadow root with a target naming the kit element and part', async () => {
    const drawer = await fixture(html`<sf-cart-drawer></sf-cart-drawer>`);
    const events: TelemetryEvent[] = [];
    const telemetry = createTelemetry({ sinks: [(e) => events.push(e)], context: () => ({ experiments: { 'cta-colour': 'b' }, anonymous_id: 'anon-1' }) });
    await measureWebVitals(telemetry, { reportAllChanges: true, metrics: ['CLS'] });
    // A shift needs a frame in which the totals were painted where they were: wait for two rendered frames.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Late content without reserved space pushes the totals down: an unexpected layout shift.
    (inDrawer(drawer, '[part=banner]') as HTMLElement).style.height = '120px';
    await waitUntil(() => vitals(events, 'CLS').some((e) => (e.params['value'] as number) > 0), 'a CLS report', { timeout: 5000 });
    const report = vitals(events, 'CLS').find((e) => (e.params['value'] as number) > 0)!;
    expect(report.params['target']).to.equal('sf-cart-drawer >> [part=totals]');
    expect(report.params).to.include.keys('name', 'value', 'rating', 'delta', 'id', 'navigationType');
    expect(report.context).to.deep.equal({ experiments: { 'cta-colour': 'b' }, anonymous_id: 'anon-1' });
  });

  it('reports INP after a real click with the clicked part inside the shadow root as its target', async () => {
    const drawer = await fixture(html`<sf-cart-drawer></sf-cart-drawer>`);
    const button = inDrawer(drawer, '[part=checkout-button]');
    // A slow handler, so the interaction is long enough for the Event Timing API to report it.
    button.addEventListener('click', () => {
      const start = performance.now();
      while (performance.now() - start < 80) {
        /* busy */
      }
    });
    const events: TelemetryEvent[] = [];
    const telemetry = createTelemetry({ sinks: [(e) => events.push(e)] });
    await measureWebVitals(telemetry, { reportAllChanges: true, metrics: ['INP'] });
    await clickCentre(button);
    await waitUntil(() => vitals(events, 'INP').length > 0, 'an INP report', { timeout: 5000 });
    const report = vitals(events, 'INP')[0]!;
    expect(report.params['target']).to.equal('sf-cart-drawer >> [part=checkout-button]');
    expect(report.params['value']).to.be.greaterThan(0);
    expect(['good', 'needs-improvement', 'poor']).to.include(report.params['rating']);
    // Without the kit's target the same interaction would only name the host.
    expect(kitTarget(drawer)).to.equal('sf-cart-drawer >> [part=checkout-button]');
  });
});

describe('vitalsReporter', () => {
  const metric = (over: Partial<VitalMetric>): VitalMetric => ({
    name: 'CLS', value: 0.05, rating: 'good', delta: 0.05, id: 'v6-100-1', navigationType: 'navigate', ...over,
  });

  it('sends one web_vitals event per report with name, value, rating, delta, id, navigationType and target', () => {
    const events: TelemetryEvent[] = [];
    const report = vitalsReporter(createTelemetry({ sinks: [(e) => events.push(e)] }));
    report(metric({ name: 'INP', value: 208, rating: 'needs-improvement', delta: 208, id: 'v6-1-2', attribution: { interactionTarget: 'sf-cart-drawer >> [part=checkout-button]' } }));
    report(metric({ name: 'TTFB', value: 80, delta: 80, id: 'v6-1-3', attribution: { waitingDuration: 10 } }));
    expect(events.map((e) => [e.name, e.params])).to.deep.equal([
      ['web_vitals', { name: 'INP', value: 208, rating: 'needs-improvement', delta: 208, id: 'v6-1-2', navigationType: 'navigate', target: 'sf-cart-drawer >> [part=checkout-button]' }],
      ['web_vitals', { name: 'TTFB', value: 80, rating: 'good', delta: 80, id: 'v6-1-3', navigationType: 'navigate' }],
    ]);
  });

  it('drops a repeated report (same id and value) but keeps changes and reports after a back/forward-cache restore', () => {
    const events: TelemetryEvent[] = [];
    const report = vitalsReporter(createTelemetry({ sinks: [(e) => events.push(e)] }));
    report(metric({}));
    report(metric({}));
    report(metric({ value: 0.08, delta: 0.03 }));
    report(metric({ value: 0.08, delta: 0 }));
    report(metric({ id: 'v6-200-1', value: 0.05, delta: 0.05, navigationType: 'back-forward-cache' }));
    expect(events.map((e) => [e.params['id'], e.params['value'], e.params['navigationType']])).to.deep.equal([
      ['v6-100-1', 0.05, 'navigate'],
      ['v6-100-1', 0.08, 'navigate'],
      ['v6-200-1', 0.05, 'back-forward-cache'],
    ]);
  });
});
