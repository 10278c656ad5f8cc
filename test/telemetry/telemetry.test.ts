import { expect, waitUntil } from '@open-wc/testing';
import { createTelemetry, experimentContext, type ExperimentAssignmentsSource } from '../../src/services/telemetry/telemetry.js';
import { beaconSink, consoleSink, dataLayerSink, splitIntoPayloads } from '../../src/services/telemetry/sinks.js';
import { measureWebVitals, vitalsReporter } from '../../src/services/telemetry/vitals.js';
import { cartToGa4, ga4Value, lineToGa4Item, orderToGa4Purchase } from '../../src/services/telemetry/ga4.js';
import type { TelemetryEvent, TelemetrySink } from '../../src/services/telemetry/types.js';
import { testAdapter } from '../helpers/shop.js';

const NOW = Date.UTC(2025, 5, 2, 9, 30);

/** A stand-in with the experiments service's shape: assignments can change while the page lives. */
function fakeExperiments(assignments: Record<string, string>): ExperimentAssignmentsSource & { assign(k: string, v: string): void } {
  const current = { ...assignments };
  return {
    anonymousId: 'anon-7f3a',
    getAssignments: () => current,
    assign(k, v) {
      current[k] = v;
    },
  };
}

const disposers: (() => void)[] = [];
afterEach(() => {
  while (disposers.length) disposers.pop()!();
});

/** Makes the page look hidden (or visible again) and fires visibilitychange, as a tab switch does. */
function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
afterEach(() => {
  delete (document as unknown as { visibilityState?: string }).visibilityState;
});

/** Replaces navigator.sendBeacon for one test; records what would have been sent. */
function interceptBeacon(accept = true): { url: string; body: string }[] {
  const sent: { url: string; body: string }[] = [];
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string, body: string) => {
      sent.push({ url, body });
      return accept;
    },
  });
  disposers.push(() => delete (navigator as unknown as { sendBeacon?: unknown }).sendBeacon);
  return sent;
}

function interceptFetch(): { url: string; init: RequestInit }[] {
  const calls: { url: string; init: RequestInit }[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return Promise.resolve(new Response(null, { status: 204 }));
  };
  disposers.push(() => {
    window.fetch = original;
  });
  return calls;
}

const order = (key: string) => ({
  idempotencyKey: key,
  contact: { email: 'aino@example.fi', phone: '+358401234567' },
  shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
  deliveryMethodId: 'home',
  paymentMethodId: 'invoice',
});

describe('createTelemetry with the dataLayer sink', () => {
  it('pushes exact GA4 payloads for add_to_cart -> begin_checkout -> purchase, each tagged with the experiments in effect', async () => {
    const adapter = testAdapter();
    const experiments = fakeExperiments({ 'cta-colour': 'b' });
    const dataLayer: unknown[] = [];
    const telemetry = createTelemetry({ sinks: [dataLayerSink({ dataLayer })], context: experimentContext(experiments), now: () => NOW });

    let cart = await adapter.addLine({ productId: 'kids-helmet', variantId: 'kids-helmet-default', quantity: 1 });
    const helmet = cart.lines[0]!;
    telemetry.track('add_to_cart', { currency: cart.currency, value: ga4Value(helmet.lineTotal), items: [lineToGa4Item(helmet, 1)] });
    cart = await adapter.addLine({ productId: 'gloves-summer', variantId: 'gloves-summer-m', quantity: 2 });
    const gloves = cart.lines.find((l) => l.variantId === 'gloves-summer-m')!;
    telemetry.track('add_to_cart', { currency: cart.currency, value: ga4Value(gloves.lineTotal), items: [lineToGa4Item(gloves, 2)] });
    telemetry.track('begin_checkout', cartToGa4(cart));
    // An exposure during checkout: the purchase carries the new assignment too.
    experiments.assign('free-shipping-meter', 'hidden');
    const placed = await adapter.placeOrder(order('k-1'));
    telemetry.track('purchase', orderToGa4Purchase(placed));

    const tagsBefore = { experiments: { 'cta-colour': 'b' }, experiment_variants: 'cta-colour:b', anonymous_id: 'anon-7f3a' };
    const helmetItem = { item_id: 'kids-helmet', item_name: 'Kids Helmet', price: 39, quantity: 1 };
    const glovesItem = { item_id: 'gloves-summer', item_name: 'Summer Gloves', item_variant: 'M', price: 29, quantity: 2 };
    expect(dataLayer).to.deep.equal([
      { ecommerce: null },
      { event: 'add_to_cart', ecommerce: { currency: 'EUR', value: 39, items: [helmetItem] }, ...tagsBefore },
      { ecommerce: null },
      { event: 'add_to_cart', ecommerce: { currency: 'EUR', value: 58, items: [glovesItem] }, ...tagsBefore },
      { ecommerce: null },
      {
        event: 'begin_checkout',
        ecommerce: { currency: 'EUR', value: 97, items: [{ ...helmetItem, index: 0 }, { ...glovesItem, index: 1 }] },
        ...tagsBefore,
      },
      { ecommerce: null },
      {
        event: 'purchase',
        ecommerce: {
          transaction_id: placed.code,
          currency: 'EUR',
          value: 106.9,
          tax: 21.72,
          shipping: 9.9,
          items: [{ ...helmetItem, index: 0 }, { ...glovesItem, index: 1 }],
        },
        experiments: { 'cta-colour': 'b', 'free-shipping-meter': 'hidden' },
        experiment_variants: 'cta-colour:b,free-shipping-meter:hidden',
        anonymous_id: 'anon-7f3a',
      },
    ]);
    expect(placed.code).to.match(/^PP-/);
    adapter.dispose();
  });

  it('pushes non-ecommerce events flat, without an ecommerce reset, to window.dataLayer by default', () => {
    const previous = (window as unknown as { dataLayer?: unknown[] }).dataLayer;
    delete (window as unknown as { dataLayer?: unknown[] }).dataLayer;
    try {
      const telemetry = createTelemetry({ sinks: [dataLayerSink()], context: () => ({ experiments: { checkout: 'a' }, page_type: 'cart' }) });
      telemetry.track('experiment_viewed', { experiment_id: 'checkout', variation_id: 'a' });
      telemetry.track('feedback_submitted', { kind: 'nps', score: 9, comment_length: 12 });
      expect((window as unknown as { dataLayer: unknown[] }).dataLayer).to.deep.equal([
        { event: 'experiment_viewed', experiment_id: 'checkout', variation_id: 'a', page_type: 'cart', experiments: { checkout: 'a' }, experiment_variants: 'checkout:a' },
        { event: 'feedback_submitted', kind: 'nps', score: 9, comment_length: 12, page_type: 'cart', experiments: { checkout: 'a' }, experiment_variants: 'checkout:a' },
      ]);
    } finally {
      (window as unknown as { dataLayer?: unknown[] }).dataLayer = previous;
    }
  });
});

describe('createTelemetry context and isolation', () => {
  it('tags every event, web vitals included, with the assignments and anonymous id at the moment it fired', () => {
    const experiments = fakeExperiments({ 'cta-colour': 'b' });
    const seen: TelemetryEvent[] = [];
    const telemetry = createTelemetry({ sinks: [(e) => seen.push(e)], context: experimentContext(experiments), now: () => NOW });
    telemetry.track('view_item_list', { item_list_id: 'helmets', items: [] });
    experiments.assign('delivery-countdown', 'countdown');
    vitalsReporter(telemetry)({ name: 'LCP', value: 1234.5, rating: 'good', delta: 1234.5, id: 'v6-1', navigationType: 'navigate' });
    expect(seen.map((e) => [e.name, e.context, e.timestamp])).to.deep.equal([
      ['view_item_list', { experiments: { 'cta-colour': 'b' }, anonymous_id: 'anon-7f3a' }, NOW],
      ['web_vitals', { experiments: { 'cta-colour': 'b', 'delivery-countdown': 'countdown' }, anonymous_id: 'anon-7f3a' }, NOW],
    ]);
    // The sink got a copy: a later assignment does not rewrite history.
    expect(seen[0]!.context.experiments).to.deep.equal({ 'cta-colour': 'b' });
  });

  it('without experiments, events still carry an empty experiments object', () => {
    const seen: TelemetryEvent[] = [];
    createTelemetry({ sinks: [(e) => seen.push(e)], context: experimentContext(() => undefined) }).track('view_cart', {});
    expect(seen[0]!.context).to.deep.equal({ experiments: {} });
  });

  it('keeps delivering to the other sinks and subscribers when one sink throws, warning once for that sink', () => {
    const warnings: string[] = [];
    const first: string[] = [];
    const last: string[] = [];
    const broken: TelemetrySink = () => {
      throw new TypeError('gtag is not a function');
    };
    broken.label = 'vendor tag';
    const telemetry = createTelemetry({ sinks: [(e) => first.push(e.name), broken, (e) => last.push(e.name)], warn: (m) => warnings.push(m) });
    const subscribed: string[] = [];
    telemetry.subscribe((e) => subscribed.push(e.name));
    expect(() => {
      telemetry.track('view_item', {});
      telemetry.track('add_to_cart', {});
    }).not.to.throw();
    expect(first).to.deep.equal(['view_item', 'add_to_cart']);
    expect(last).to.deep.equal(['view_item', 'add_to_cart']);
    expect(subscribed).to.deep.equal(['view_item', 'add_to_cart']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"vendor tag"').and.contain('gtag is not a function');
  });

  it('still sends events, untagged and with one warning, when the context function throws', () => {
    const warnings: string[] = [];
    const seen: TelemetryEvent[] = [];
    const telemetry = createTelemetry({
      sinks: [(e) => seen.push(e)],
      context: () => {
        throw new Error('storage blocked');
      },
      warn: (m) => warnings.push(m),
    });
    telemetry.track('view_cart', {});
    telemetry.track('view_cart', {});
    expect(seen.map((e) => e.context)).to.deep.equal([{ experiments: {} }, { experiments: {} }]);
    expect(warnings).to.have.length(1);
  });

  it('lets subscribers unsubscribe and keeps recent events for late subscribers, up to `history`', () => {
    const telemetry = createTelemetry({ history: 2 });
    const names: string[] = [];
    const off = telemetry.subscribe((e) => names.push(e.name));
    telemetry.track('a', {});
    off();
    telemetry.track('b', {});
    telemetry.track('c', {});
    expect(names).to.deep.equal(['a']);
    expect(telemetry.recent().map((e) => e.name)).to.deep.equal(['b', 'c']);
  });

  it('the console sink logs each event with its parameters and context', () => {
    const lines: unknown[][] = [];
    const telemetry = createTelemetry({ sinks: [consoleSink({ console: { info: (...a: unknown[]) => lines.push(a) } })] });
    telemetry.track('view_item', { currency: 'EUR' });
    expect(lines).to.deep.equal([['[telemetry] view_item', { currency: 'EUR' }, { experiments: {} }]]);
  });
});

describe('beaconSink', () => {
  it('sends the batch with sendBeacon when the page becomes hidden, as JSON with every event and its tags', () => {
    const sent = interceptBeacon();
    const sink = beaconSink('/collect', { maxWaitMs: 0 });
    disposers.push(() => sink.dispose?.());
    const telemetry = createTelemetry({ sinks: [sink], context: experimentContext(fakeExperiments({ 'cta-colour': 'b' })), now: () => NOW });
    telemetry.track('view_cart', { currency: 'EUR', value: 97, items: [] });
    telemetry.track('begin_checkout', { currency: 'EUR', value: 97, items: [] });
    expect(sent, 'batched until the page is hidden').to.have.length(0);
    setVisibility('visible');
    expect(sent).to.have.length(0);
    setVisibility('hidden');
    expect(sent).to.have.length(1);
    expect(sent[0]!.url).to.equal('/collect');
    const context = { experiments: { 'cta-colour': 'b' }, anonymous_id: 'anon-7f3a' };
    const body = JSON.parse(sent[0]!.body) as { events: TelemetryEvent[] };
    // Each event carries a random id (128 bits, hex) so the collector can drop retried copies.
    const ids = body.events.map((e) => e.id);
    expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id ?? ''))).to.equal(true);
    expect(new Set(ids).size).to.equal(2);
    expect(body).to.deep.equal({
      events: [
        { name: 'view_cart', params: { currency: 'EUR', value: 97, items: [] }, context, timestamp: NOW, id: ids[0] },
        { name: 'begin_checkout', params: { currency: 'EUR', value: 97, items: [] }, context, timestamp: NOW, id: ids[1] },
      ],
    });
    setVisibility('hidden');
    expect(sent, 'nothing new: nothing sent').to.have.length(1);
  });

  it('sends on pagehide, when maxBatch events wait, and on flush(); stops listening once disposed', () => {
    const sent = interceptBeacon();
    const sink = beaconSink('https://collect.example/t', { maxBatch: 3, maxWaitMs: 0 });
    const telemetry = createTelemetry({ sinks: [sink] });
    telemetry.track('a', {});
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(sent.map((s) => JSON.parse(s.body).events.length)).to.deep.equal([1]);
    telemetry.track('b', {});
    telemetry.track('c', {});
    telemetry.track('d', {});
    expect(sent.map((s) => JSON.parse(s.body).events.length)).to.deep.equal([1, 3]);
    telemetry.track('e', {});
    telemetry.flush();
    expect(sent.map((s) => JSON.parse(s.body).events.length)).to.deep.equal([1, 3, 1]);
    telemetry.track('f', {});
    telemetry.dispose();
    expect(sent).to.have.length(4);
    telemetry.track('g', {});
    setVisibility('hidden');
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(sent, 'no listener left after dispose').to.have.length(4);
  });

  it('splits a large batch into bodies under 64 KB each, in order, losing nothing', () => {
    const sent = interceptBeacon();
    const sink = beaconSink('/collect', { maxBatch: 1000, maxWaitMs: 0 });
    disposers.push(() => sink.dispose?.());
    const telemetry = createTelemetry({ sinks: [sink] });
    // 40 purchases of ~4 KB each (long item names, Finnish letters are 2 bytes in UTF-8): ~160 KB in all.
    for (let i = 0; i < 40; i++) {
      telemetry.track('purchase', { transaction_id: `PP-${i}`, items: Array.from({ length: 20 }, (_, j) => ({ item_id: `p${j}`, item_name: 'Sähköpyörä ä'.repeat(8) })) });
    }
    setVisibility('hidden');
    expect(sent.length).to.be.greaterThan(2);
    const bytes = sent.map((s) => new TextEncoder().encode(s.body).length);
    for (const b of bytes) expect(b).to.be.lessThan(64 * 1024).and.at.most(60_000);
    const ids = sent.flatMap((s) => (JSON.parse(s.body) as { events: TelemetryEvent[] }).events.map((e) => e.params['transaction_id']));
    expect(ids).to.deep.equal(Array.from({ length: 40 }, (_, i) => `PP-${i}`));
  });

  it('drops, with a warning, a single event too large for any beacon, and sends the rest', () => {
    const small = { name: 'a', params: {}, context: { experiments: {} }, timestamp: 1 };
    const huge = { name: 'huge', params: { blob: 'x'.repeat(70_000) }, context: { experiments: {} }, timestamp: 1 };
    const { payloads, dropped } = splitIntoPayloads([small, huge, small]);
    expect(dropped).to.deep.equal([huge]);
    expect(payloads.map((p) => JSON.parse(p).events.length)).to.deep.equal([2]);

    const sent = interceptBeacon();
    const warnings: string[] = [];
    const sink = beaconSink('/collect', { maxWaitMs: 0, warn: (m) => warnings.push(m) });
    disposers.push(() => sink.dispose?.());
    const telemetry = createTelemetry({ sinks: [sink] });
    telemetry.track('view_item', {});
    telemetry.track('huge', { blob: 'x'.repeat(70_000) });
    telemetry.flush();
    expect(sent.map((s) => JSON.parse(s.body).events.map((e: TelemetryEvent) => e.name))).to.deep.equal([['view_item']]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"huge"');
  });

  it('falls back to fetch with keepalive when sendBeacon refuses the payload', async () => {
    const beacons = interceptBeacon(false);
    const fetches = interceptFetch();
    const sink = beaconSink('/collect', { maxWaitMs: 0 });
    disposers.push(() => sink.dispose?.());
    const telemetry = createTelemetry({ sinks: [sink], now: () => NOW });
    telemetry.track('add_payment_info', { payment_type: 'invoice' });
    setVisibility('hidden');
    expect(beacons).to.have.length(1);
    await waitUntil(() => fetches.length === 1);
    expect(fetches[0]!.url).to.equal('/collect');
    expect(fetches[0]!.init.method).to.equal('POST');
    expect(fetches[0]!.init.keepalive).to.equal(true);
    expect(fetches[0]!.init.body).to.equal(beacons[0]!.body);
    expect(JSON.parse(String(fetches[0]!.init.body)).events[0].params).to.deep.equal({ payment_type: 'invoice' });
  });
});

describe('page lifecycle', () => {
  it('registers no unload or beforeunload listener (they keep pages out of the back/forward cache)', async () => {
    interceptBeacon();
    const registered: string[] = [];
    const original = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      // A bare `addEventListener(...)` call in a module has `this` undefined and means the window.
      if (this === window || this === document || this === undefined) registered.push(type);
      return (original as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof EventTarget.prototype.addEventListener;
    try {
      const beacon = beaconSink('/collect');
      disposers.push(() => beacon.dispose?.());
      const telemetry = createTelemetry({ sinks: [dataLayerSink({ dataLayer: [] }), beacon, consoleSink({ console: { info() {} } })] });
      await measureWebVitals(telemetry, { reportAllChanges: true });
      telemetry.track('view_cart', {});
      setVisibility('hidden');
      dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    } finally {
      EventTarget.prototype.addEventListener = original;
    }
    expect(registered, 'the kit listens to the page lifecycle').to.include.members(['visibilitychange', 'pagehide']);
    expect(registered).not.to.include('unload');
    expect(registered).not.to.include('beforeunload');
  });
});
