import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-telemetry-log.js';
import type { SfTelemetryLog } from '../../src/elements/sf-telemetry-log/sf-telemetry-log.js';
import { createTelemetry, experimentContext } from '../../src/services/telemetry/telemetry.js';
import { vitalsReporter } from '../../src/services/telemetry/vitals.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';
import type { ContextEvent } from '@lit/context';
import { telemetryContext } from '../../src/elements/base/context.js';

const experiments = { getAssignments: () => ({ 'cta-colour': 'b', 'free-shipping-meter': 'hidden' }), anonymousId: 'anon-7f3a' };
const NOW = Date.UTC(2025, 5, 2, 9, 30, 5);

const shadow = (log: SfTelemetryLog) => log.shadowRoot!;
const entries = (log: SfTelemetryLog) => [...shadow(log).querySelectorAll('[part=entry]')];
const entryText = (el: Element) => el.querySelector('.line')!.textContent!.replace(/\s+/g, ' ').trim();
const summary = (log: SfTelemetryLog) => shadow(log).querySelector('[part=summary]')!.textContent!.trim();

async function clickCentre(el: Element): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

describe('sf-telemetry-log', () => {
  it('shows events from the shop\u2019s telemetry as they fire, newest at the end, with key params and experiment tags', async () => {
    const telemetry = createTelemetry({ context: experimentContext(experiments), now: () => NOW });
    const shop = await fixture(html`<sf-shop .adapter=${testAdapter()} .telemetry=${telemetry} locale="en"><sf-telemetry-log></sf-telemetry-log></sf-shop>`);
    const log = shop.querySelector('sf-telemetry-log')!;
    await log.updateComplete;
    expect(shadow(log).querySelector('[part=log]')!.textContent).to.contain('No events yet');
    await expectNoAxeViolations(log);

    telemetry.track('add_to_cart', { currency: 'EUR', value: 58, items: [{ item_id: 'gloves-summer', quantity: 2 }] });
    vitalsReporter(telemetry)({ name: 'INP', value: 232.4, rating: 'needs-improvement', delta: 232.4, id: 'v6-1', navigationType: 'navigate', attribution: { interactionTarget: 'sf-cart-drawer >> [part=checkout-button]' } });
    telemetry.track('purchase', { transaction_id: 'PP-1A2B', currency: 'EUR', value: 106.9, tax: 21.72, shipping: 9.9, items: [{}, {}] });
    await log.updateComplete;

    const rows = entries(log);
    expect(rows.map(entryText)).to.deep.equal([
      '12.30.05 add_to_cart value: 58 EUR items: 1',
      '12.30.05 web_vitals INP needs improvement value: 232 ms target: sf-cart-drawer >> [part=checkout-button]',
      '12.30.05 purchase value: 106.9 EUR items: 2 transaction_id: PP-1A2B',
    ]);
    for (const row of rows) {
      expect([...row.querySelectorAll('[part=tag]')].map((t) => t.textContent)).to.deep.equal(['cta-colour: b', 'free-shipping-meter: hidden']);
    }
    expect(rows[2]!.querySelector('pre')!.textContent).to.contain('"anonymous_id": "anon-7f3a"');
    await waitUntil(() => summary(log) === '3 events logged', 'the count is announced once the burst ends', { timeout: 4000 });
    await expectNoAxeViolations(log);
  });

  it('does not announce every event: the log is aria-live off unless `live` is set, the count is a polite status', async () => {
    const log = await fixture<SfTelemetryLog>(html`<sf-telemetry-log .telemetry=${createTelemetry()}></sf-telemetry-log>`);
    const region = shadow(log).querySelector('[part=log]')!;
    expect(region.getAttribute('role')).to.equal('log');
    expect(region.getAttribute('aria-live')).to.equal('off');
    expect(region.getAttribute('aria-label')).to.equal('Telemetry events');
    expect(shadow(log).querySelector('[part=summary]')!.getAttribute('role')).to.equal('status');
    log.live = true;
    await log.updateComplete;
    expect(region.getAttribute('aria-live')).to.equal('polite');
  });

  it('shows the events the service already held, keeps at most `max`, and says how many it dropped', async () => {
    const telemetry = createTelemetry({ now: () => NOW });
    for (const n of ['view_item_list', 'view_item', 'add_to_cart', 'view_cart']) telemetry.track(n, {});
    const log = await fixture<SfTelemetryLog>(html`<sf-telemetry-log max="3" .telemetry=${telemetry}></sf-telemetry-log>`);
    expect(entries(log).map((e) => e.querySelector('[part=name]')!.textContent)).to.deep.equal(['view_item', 'add_to_cart', 'view_cart']);
    telemetry.track('begin_checkout', { currency: 'EUR', value: 97, items: [] });
    await log.updateComplete;
    await waitUntil(() => entries(log).length === 3, 'the oldest go once the burst ends', { timeout: 4000 });
    expect(entries(log).map((e) => e.querySelector('[part=name]')!.textContent)).to.deep.equal(['add_to_cart', 'view_cart', 'begin_checkout']);
    await waitUntil(() => summary(log) === '5 events logged, latest 3 shown', 'the count', { timeout: 4000 });
  });

  it('empties the log with the clear button, by mouse and by keyboard', async () => {
    const telemetry = createTelemetry();
    const log = await fixture<SfTelemetryLog>(html`<sf-telemetry-log .telemetry=${telemetry}></sf-telemetry-log>`);
    telemetry.track('view_cart', {});
    await log.updateComplete;
    await clickCentre(shadow(log).querySelector('[part=clear-button]')!);
    await log.updateComplete;
    expect(entries(log)).to.have.length(0);
    expect(summary(log)).to.equal('0 events logged');
    telemetry.track('view_item', {});
    await log.updateComplete;
    expect(entries(log)).to.have.length(1);
    (shadow(log).querySelector('[part=clear-button]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await log.updateComplete;
    expect(entries(log)).to.have.length(0);
  });

  it('follows a new service set on `telemetry` and stops listening to the old one', async () => {
    const first = createTelemetry();
    const second = createTelemetry();
    const log = await fixture<SfTelemetryLog>(html`<sf-telemetry-log .telemetry=${first}></sf-telemetry-log>`);
    log.telemetry = second;
    await log.updateComplete;
    first.track('from_first', {});
    second.track('from_second', {});
    await log.updateComplete;
    expect(entries(log).map((e) => e.querySelector('[part=name]')!.textContent)).to.deep.equal(['from_second']);
    log.remove();
    second.track('after_removal', {});
    expect(entries(log)).to.have.length(1);
  });

  it('watches a service set on it even inside a shop that provides none or another one', async () => {
    const own = createTelemetry();
    const shopService = createTelemetry();
    const bare = await fixture(html`<sf-shop .adapter=${testAdapter()}><sf-telemetry-log .telemetry=${own}></sf-telemetry-log></sf-shop>`);
    const other = await fixture(html`<sf-shop .adapter=${testAdapter()} .telemetry=${shopService}><sf-telemetry-log .telemetry=${own}></sf-telemetry-log></sf-shop>`);
    own.track('from_own', {});
    shopService.track('from_shop', {});
    for (const shop of [bare, other]) {
      const log = shop.querySelector('sf-telemetry-log')!;
      await log.updateComplete;
      expect(entries(log).map((e) => e.querySelector('[part=name]')!.textContent)).to.deep.equal(['from_own']);
    }
    // Unset: back to the shop's service.
    const log = other.querySelector('sf-telemetry-log')!;
    log.telemetry = undefined;
    await log.updateComplete;
    shopService.track('from_shop_again', {});
    await log.updateComplete;
    expect(entries(log).at(-1)!.querySelector('[part=name]')!.textContent).to.equal('from_shop_again');
  });

  it('keeps working when a second shop connects inside the first (a nested provider re-sends subscriptions)', async () => {
    // The demo's order page puts an <sf-shop> inside the page's shop. @lit/context then re-sends every subscription
    // of the outer shop; the log used to wrap its callback again on each pass, which never ended and hung the page.
    const outer = createTelemetry();
    const shop = await fixture(html`<sf-shop .adapter=${testAdapter()} .telemetry=${outer}><sf-telemetry-log></sf-telemetry-log></sf-shop>`);
    const log = shop.querySelector('sf-telemetry-log')!;
    await log.updateComplete;
    // Count the log's telemetry requests while the nested shop connects; past a bound, stop them, so a relapse
    // fails this assertion instead of hanging the browser.
    let requests = 0;
    const count = (e: Event) => {
      if ((e as ContextEvent<typeof telemetryContext>).context !== telemetryContext) return;
      requests += 1;
      if (requests > 20) e.stopImmediatePropagation();
    };
    log.addEventListener('context-request', count, { capture: true });
    const nested = document.createElement('sf-shop');
    nested.adapter = testAdapter();
    nested.telemetry = createTelemetry();
    shop.append(nested);
    log.removeEventListener('context-request', count, { capture: true });
    expect(requests, 'telemetry requests from the log while a nested shop connected').to.equal(1);
    outer.track('after_nested_shop', {});
    await log.updateComplete;
    expect(entries(log).at(-1)!.querySelector('[part=name]')!.textContent).to.equal('after_nested_shop');
  });

  it('speaks Finnish and Swedish, and explains a service it cannot watch', async () => {
    const fi = await fixture<SfTelemetryLog>(html`<sf-telemetry-log locale="fi" .telemetry=${createTelemetry()}></sf-telemetry-log>`);
    expect(shadow(fi).querySelector('[part=clear-button]')!.textContent).to.equal('Tyhjennä loki');
    expect(summary(fi)).to.equal('0 tapahtumaa kirjattu');
    const sv = await fixture<SfTelemetryLog>(html`<sf-telemetry-log locale="sv" .telemetry=${{ track() {} }}></sf-telemetry-log>`);
    expect(shadow(sv).querySelector('[part=log]')!.textContent).to.contain('kan inte följas');
    const none = await fixture<SfTelemetryLog>(html`<sf-telemetry-log></sf-telemetry-log>`);
    expect(shadow(none).querySelector('[part=log]')!.textContent).to.contain('No telemetry service connected');
    await expectNoAxeViolations(sv);
  });

  it('grows without moving anything: a reserved area that follows the newest event, and stays put when scrolled back', async () => {
    const telemetry = createTelemetry({ now: () => NOW });
    const page = await fixture<HTMLElement>(html`<div>
      <sf-telemetry-log locale="en" max="40" .telemetry=${telemetry}></sf-telemetry-log>
      <p id="below">Content under the log</p>
    </div>`);
    const log = page.querySelector('sf-telemetry-log')!;
    const region = shadow(log).querySelector<HTMLElement>('[part=log]')!;
    const below = page.querySelector('#below')!;
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        shifts.push((entry as PerformanceEntry & { value: number }).value);
      }
    });
    observer.observe({ type: 'layout-shift' });
    const belowTop = below.getBoundingClientRect().top;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

    for (let i = 0; i < 60; i += 1) {
      telemetry.track(i % 2 ? 'view_item' : 'add_to_cart', { value: i, currency: 'EUR', items: [] });
      await log.updateComplete;
      if (i % 10 === 0) await frame();
    }
    await frame();
    const last = entries(log).at(-1)!.getBoundingClientRect();
    const box = region.getBoundingClientRect();
    expect(last.bottom, 'the newest event is in view').to.be.at.most(box.bottom + 1);
    expect(last.top).to.be.at.least(box.top - 1);
    await waitUntil(() => entries(log).length === 40, 'the oldest go once the burst ends', { timeout: 4000 });
    expect(below.getBoundingClientRect().top, 'what is under the log stays where it was').to.equal(belowTop);

    // A reader who scrolled back keeps their place: nothing is dropped under them.
    region.scrollTop = 0;
    await frame();
    const read = entries(log)[0]!;
    const readTop = read.getBoundingClientRect().top;
    for (let i = 0; i < 3; i += 1) telemetry.track('purchase', { value: i, currency: 'EUR', items: [] });
    await waitUntil(() => summary(log) === '63 events logged, latest 43 shown', 'the burst ends', { timeout: 4000 });
    await frame();
    expect(region.scrollTop).to.equal(0);
    expect(entries(log)[0]).to.equal(read);
    expect(read.getBoundingClientRect().top).to.equal(readTop);
    await frame();
    observer.disconnect();
    expect(shifts.reduce((a, b) => a + b, 0), `layout shifts: ${shifts.join(', ')}`).to.equal(0);
    await expectNoAxeViolations(log);
  });
});
