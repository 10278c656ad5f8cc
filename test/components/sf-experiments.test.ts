import '../../src/messages/locales/all.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, css, nothing, type TemplateResult } from 'lit';
import type * as GrowthBookSdk from '@growthbook/growthbook';
import type { FeatureApiResponse, GrowthBook, TrackingCallback } from '@growthbook/growthbook';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-experiments.js';
import type { SfExperiments } from '../../src/elements/sf-experiments/sf-experiments.js';
import { ctaStyles, tokens } from '../../src/elements/base/styles.js';
import { cartMessages } from '../../src/messages/cart.js';
import { createSafeStorage, type SafeStorage } from '../../src/core/storage.js';
import { ExperimentController } from '../../src/elements/controllers/experiment-controller.js';
import { CtaController } from '../../src/elements/controllers/cta-controller.js';
import type { TelemetryService } from '../../src/services/telemetry/types.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter, throwingStorage, uniqueKey } from '../helpers/shop.js';

type Sdk = typeof GrowthBookSdk;

// --- Test-only elements -------------------------------------------------------------------------------------------

interface Paint {
  reserved: boolean;
  background: string;
  label: string;
}

/**
 * A primary CTA as the kit's CTA elements are: the token sheet (whose twins ctaStyles reads) + ctaStyles +
 * CtaController. Records what each render painted.
 */
class TestCta extends LitElement {
  static override styles = [tokens, ctaStyles, css`:host { display: inline-block; }`];
  readonly cta = new CtaController(this);
  readonly paints: Paint[] = [];

  get button(): HTMLButtonElement {
    return this.shadowRoot!.querySelector('button')!;
  }

  protected override render() {
    return this.cta.reserve(html`<button class="cta" type="button">${cartMessages.en[`cta.${this.cta.labelKey}`]}</button>`);
  }

  protected override updated(): void {
    this.paints.push({
      reserved: !!this.shadowRoot!.querySelector('.sf-experiment-reserved'),
      background: getComputedStyle(this.button).backgroundColor,
      label: this.button.textContent!.trim(),
    });
  }
}
customElements.define('sf-test-cta', TestCta);

/** Reads one feature; renders it only while `show` is set (so an evaluated value can stay unshown). */
function flagElement(feature: string, fallback: unknown) {
  return class extends LitElement {
    static override properties = { show: { type: Boolean } };
    show = true;
    readonly flag = new ExperimentController<unknown>(this, feature, fallback);
    protected override render() {
      return this.show ? this.flag.reserve(html`<span>${JSON.stringify(this.flag.value)}</span>`) : nothing;
    }
  };
}
customElements.define('sf-test-color-flag', flagElement('sf-cta-color', null));
customElements.define('sf-test-label-flag', flagElement('sf-cta-label', 'add-to-cart'));
customElements.define('sf-test-meter-flag', flagElement('sf-free-shipping-meter', true));
type Flag = LitElement & { show: boolean; flag: ExperimentController<unknown> };

// --- Helpers ------------------------------------------------------------------------------------------------------

const GREEN = 'rgb(27, 94, 32)';
const RED = 'rgb(183, 28, 28)';

let sdk: Sdk;
let demo: FeatureApiResponse;

/** Storage shared by "page views" of one shopper: each call is a fresh SafeStorage over the same data. */
function shopperStorage(id?: string) {
  const data = new Map<string, string>();
  if (id) data.set('sf-anonymous-id', id);
  const backing = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  return { data, storage: (): SafeStorage => createSafeStorage(() => backing, 'test storage') };
}

/** The demo's cta-color-test with other weights or values. */
function colorTest(weights: [number, number], variations: unknown[] = ['green', 'red']): FeatureApiResponse {
  const rule = { ...demo.features!['sf-cta-color']!.rules![0]!, weights, variations };
  return { features: { ...demo.features, 'sf-cta-color': { defaultValue: 'green', rules: [rule] } } };
}

interface Setup {
  payload?: FeatureApiResponse;
  growthbook?: GrowthBook;
  storage?: SafeStorage;
  forced?: Record<string, number>;
  timeoutMs?: number;
  apiHost?: string;
  clientKey?: string;
  sticky?: boolean;
  trackingCallback?: TrackingCallback;
  telemetry?: TelemetryService;
}

async function mount(setup: Setup, content: TemplateResult = html`<sf-test-cta></sf-test-cta>`) {
  const shop = await fixture(html`<sf-shop .adapter=${testAdapter()} .telemetry=${setup.telemetry} locale="en">
    <sf-experiments
      .payload=${setup.payload}
      .growthbook=${setup.growthbook}
      .storage=${setup.storage ?? shopperStorage().storage()}
      .forcedVariations=${setup.forced}
      .timeoutMs=${setup.timeoutMs ?? 2000}
      .apiHost=${setup.apiHost}
      .clientKey=${setup.clientKey}
      .stickyBucketing=${setup.sticky ?? true}
      .trackingCallback=${setup.trackingCallback}
    >${content}</sf-experiments>
  </sf-shop>`);
  const provider = shop.querySelector('sf-experiments') as SfExperiments;
  return { shop, provider };
}

async function settledCta(provider: SfExperiments): Promise<TestCta> {
  const cta = provider.querySelector('sf-test-cta') as TestCta;
  await waitUntil(() => cta.cta.ready, 'the CTA decides');
  await cta.updateComplete;
  return cta;
}

/** Collects console.warn calls until restored. */
function captureWarnings() {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** Anything thrown to the page (uncaught errors, unhandled rejections) while a test runs. */
function watchPageErrors() {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return { errors, stop: () => (removeEventListener('error', onError), removeEventListener('unhandledrejection', onRejection)) };
}

/** Replaces the SDK's fetch (GrowthBook's documented `setPolyfills`) for one test. */
function fakeFetch(respond: (url: string) => Promise<Response>) {
  const original = sdk.getPolyfills().fetch as typeof fetch;
  const calls: string[] = [];
  sdk.setPolyfills({ fetch: (url: string) => (calls.push(url), respond(url)) });
  return { calls, restore: () => sdk.setPolyfills({ fetch: original }) };
}

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

before(async () => {
  sdk = await import('@growthbook/growthbook');
  demo = (await (await fetch(new URL('../../src/services/experiments/demo-features.json', import.meta.url))).json()) as FeatureApiResponse;
});

after(async () => {
  await sdk.clearCache();
});

// --- Tests --------------------------------------------------------------------------------------------------------

describe('<sf-experiments> with an inline payload', () => {
  it('paints the assigned variant and never the default first: the space is reserved until decided', async () => {
    const { provider } = await mount({ payload: colorTest([0, 1]) });
    const cta = await settledCta(provider);
    expect(getComputedStyle(cta.button).backgroundColor).to.equal(RED);
    expect(cta.style.getPropertyValue('--sf-cta-background')).to.equal('#b71c1c');
    const visible = cta.paints.filter((p) => !p.reserved);
    expect(visible.length).to.be.greaterThan(0);
    expect(visible.every((p) => p.background === RED)).to.equal(true);
    await expectNoAxeViolations(cta);
    await waitUntil(() => provider.getAttribute('data-sf-experiments-source') === 'inline');
  });

  it('decides at the very first render with a ready GrowthBook instance the page made', async () => {
    const gb = new sdk.GrowthBook({ attributes: { id: 'page-made-0001' } }).initSync({ payload: colorTest([1, 0]) });
    const { provider } = await mount({ growthbook: gb });
    const cta = await settledCta(provider);
    expect(cta.paints[0]).to.deep.include({ reserved: false, background: GREEN });
    expect(cta.paints.every((p) => p.background === GREEN)).to.equal(true);
    await expectNoAxeViolations(cta);
  });

  it('gives the same shopper (anonymous id) the same variation in every page view, and splits shoppers 50/50', async () => {
    const seen = new Map<string, string>();
    for (const id of ['shopper-0001', 'shopper-0002', 'shopper-0003', 'shopper-0004', 'shopper-0005', 'shopper-0006']) {
      const shopper = shopperStorage(id);
      for (let view = 0; view < 2; view++) {
        const { provider } = await mount({ payload: demo, storage: shopper.storage() });
        const cta = await settledCta(provider);
        expect(provider.experiments!.anonymousId).to.equal(id);
        const colour = getComputedStyle(cta.button).backgroundColor;
        if (view === 0) seen.set(id, colour);
        else expect(colour, `${id} in its second page view`).to.equal(seen.get(id));
      }
    }
    expect(new Set(seen.values())).to.deep.equal(new Set([GREEN, RED]));
  });

  it('keeps a shopper in their variation when the weights change, with sticky bucketing (and not without)', async () => {
    for (const sticky of [true, false]) {
      const shopper = shopperStorage(`sticky-${sticky}-0001`);
      const first = await settledCta((await mount({ payload: colorTest([1, 0]), storage: shopper.storage(), sticky })).provider);
      expect(getComputedStyle(first.button).backgroundColor).to.equal(GREEN);
      // The growth team moves everyone to red: a returning shopper keeps green only with sticky bucketing.
      const next = await settledCta((await mount({ payload: colorTest([0, 1]), storage: shopper.storage(), sticky })).provider);
      expect(getComputedStyle(next.button).backgroundColor, `sticky ${sticky}`).to.equal(sticky ? GREEN : RED);
    }
  });

  it('forces a variation by URL query (GrowthBook convention) and by the forcedVariations property, without recording it', async () => {
    const tracked: string[] = [];
    const trackingCallback: TrackingCallback = (e, r) => void tracked.push(`${e.key}:${r.key}`);
    const url = location.href;
    history.replaceState(null, '', `${location.pathname}?cta-color-test=1`);
    try {
      const { provider } = await mount({ payload: colorTest([1, 0]), trackingCallback });
      const cta = await settledCta(provider);
      expect(getComputedStyle(cta.button).backgroundColor).to.equal(RED);
      expect(provider.getAttribute('data-sf-experiments')).to.contain('cta-color-test:1');
    } finally {
      history.replaceState(null, '', url);
    }
    const { provider } = await mount({ payload: colorTest([0, 1]), forced: { 'cta-color-test': 0 }, trackingCallback });
    const cta = await settledCta(provider);
    expect(getComputedStyle(cta.button).backgroundColor).to.equal(GREEN);
    expect(provider.getAttribute('data-sf-experiments')).to.contain('cta-color-test:0');
    // QA forcing is shown and listed, but it is not an exposure: GrowthBook's rule, so results stay clean.
    expect(tracked.filter((t) => t.startsWith('cta-color-test'))).to.deep.equal([]);

    // Changing the forced variation (the Storybook toolbar) is a new view: the CTA follows.
    provider.forcedVariations = { 'cta-color-test': 1 };
    await waitUntil(() => getComputedStyle(cta.button).backgroundColor === RED, 'the CTA follows the new forced variation');
  });

  it('reads the label, the free-shipping meter and rejects values outside the documented sets', async () => {
    const payload: FeatureApiResponse = {
      features: {
        'sf-cta-label': { defaultValue: 'buy-now' },
        'sf-free-shipping-meter': { defaultValue: false },
      },
    };
    const { provider } = await mount({ payload }, html`<sf-test-cta></sf-test-cta><sf-test-meter-flag></sf-test-meter-flag>`);
    const cta = await settledCta(provider);
    expect(cta.cta.labelKey).to.equal('buy-now');
    expect(cta.button.textContent!.trim()).to.equal('Buy now');
    const meter = provider.querySelector('sf-test-meter-flag') as Flag;
    await waitUntil(() => meter.flag.ready);
    expect(meter.flag.value).to.equal(false);

    const warnings = captureWarnings();
    try {
      const bad: FeatureApiResponse = {
        features: { 'sf-cta-label': { defaultValue: 'shout' }, 'sf-free-shipping-meter': { defaultValue: 'no' } },
      };
      const { provider: p2 } = await mount({ payload: bad }, html`<sf-test-cta></sf-test-cta><sf-test-meter-flag></sf-test-meter-flag>`);
      const cta2 = await settledCta(p2);
      const meter2 = p2.querySelector('sf-test-meter-flag') as Flag;
      await waitUntil(() => meter2.flag.ready);
      expect(cta2.cta.labelKey).to.equal('add-to-cart');
      expect(meter2.flag.value).to.equal(true);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages.find((m) => m.includes('"sf-cta-label"'))).to.contain('expected one of add-to-cart, buy-now');
      expect(warnings.messages.find((m) => m.includes('"sf-free-shipping-meter"'))).to.contain('expected a boolean');
    } finally {
      warnings.restore();
    }
  });
});

describe('<sf-experiments> exposures', () => {
  it('records an exposure once per experiment, only when an element really shows the variant', async () => {
    const tracked: string[] = [];
    const telemetry: string[] = [];
    // A page-made instance with its own trackingCallback: GrowthBook would call it on evaluation; the kit defers it.
    const gb = new sdk.GrowthBook({
      attributes: { id: 'exposure-0001' },
      trackingCallback: (e, r) => void tracked.push(`${e.key}:${r.key}`),
    }).initSync({ payload: demo });
    const { provider } = await mount(
      { growthbook: gb, telemetry: { track: (name, params) => void telemetry.push(`${name} ${JSON.stringify(params)}`) } },
      html`<sf-test-color-flag></sf-test-color-flag><sf-test-color-flag></sf-test-color-flag>
        <sf-test-label-flag .show=${false}></sf-test-label-flag>
        <sf-test-label-flag style="display: none"></sf-test-label-flag>`,
    );
    const [color1, color2] = [...provider.querySelectorAll('sf-test-color-flag')] as Flag[];
    const [unshown, undisplayed] = [...provider.querySelectorAll('sf-test-label-flag')] as Flag[];
    await Promise.all([color1!, color2!, unshown!, undisplayed!].map((f) => f.updateComplete));

    const colour = gb.evalFeature('sf-cta-color').experimentResult!.key;
    const label = gb.evalFeature('sf-cta-label').experimentResult!.key;
    // Evaluated by the page, by the service and by an element that renders nothing or is not displayed: no exposure.
    expect(provider.experiments!.getFeatureValue('sf-cta-label', 'add-to-cart')).to.be.a('string');
    expect(unshown!.flag.ready).to.equal(true);
    expect(tracked).to.deep.equal([`cta-color-test:${colour}`]);
    expect(telemetry).to.deep.equal([`experiment_viewed {"experiment_id":"cta-color-test","variation_id":"${colour}"}`]);
    expect(provider.experiments!.getAssignments()).to.deep.equal({ 'cta-color-test': colour });
    expect(provider.getAttribute('data-sf-experiments')).to.equal(`cta-color-test:${colour}`);

    // Shown: the label's exposure follows its render, once, however many elements show it.
    unshown!.show = true;
    await unshown!.updateComplete;
    undisplayed!.style.display = '';
    await waitUntil(() => tracked.length >= 2, 'the label is exposed once shown');
    expect(tracked).to.deep.equal([`cta-color-test:${colour}`, `cta-label-test:${label}`]);
    expect(telemetry).to.have.length(2);
    expect(provider.getAttribute('data-sf-experiments')).to.equal(`cta-color-test:${colour} cta-label-test:${label}`);
  });

  it('records an element that becomes displayed later, and not before', async () => {
    const tracked: string[] = [];
    const { provider } = await mount(
      { payload: demo, trackingCallback: (e, r) => void tracked.push(`${e.key}:${r.key}`) },
      html`<div hidden><sf-test-label-flag></sf-test-label-flag></div>`,
    );
    const flag = provider.querySelector('sf-test-label-flag') as Flag;
    await waitUntil(() => flag.flag.ready);
    await flag.updateComplete;
    await later(50);
    expect(tracked).to.deep.equal([]);
    (provider.querySelector('div') as HTMLElement).hidden = false;
    // An IntersectionObserver notices the new box on the next frame; a page in a background tab (as when test files
    // run side by side) gets no frames, so the element's next render is the other way it is noticed.
    flag.requestUpdate();
    await waitUntil(() => tracked.length === 1, 'the exposure follows the element being displayed');
    expect(tracked[0]).to.match(/^cta-label-test:[01]$/);
  });
});

describe('<sf-experiments> from a GrowthBook API', () => {
  const apiHost = 'https://growthbook.test';

  it('keeps the painted value when features arrive after the budget; they apply from the next page view', async () => {
    let answer!: (r: Response) => void;
    const net = fakeFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const warnings = captureWarnings();
    const clientKey = uniqueKey('sdk-late');
    try {
      const { provider } = await mount({ apiHost, clientKey, timeoutMs: 100 });
      const cta = await settledCta(provider);
      expect(provider.getAttribute('data-sf-experiments-source')).to.equal('timeout');
      expect(getComputedStyle(cta.button).backgroundColor).to.equal(GREEN);
      expect(net.calls).to.deep.equal([`${apiHost}/api/features/${clientKey}`]);

      // Red for everyone arrives late.
      answer(new Response(JSON.stringify(colorTest([0, 1])), { headers: { 'Content-Type': 'application/json' } }));
      await later(100);
      cta.requestUpdate();
      await cta.updateComplete;
      expect(getComputedStyle(cta.button).backgroundColor).to.equal(GREEN);
      // A CTA rendered later in the same page view agrees with the one already painted.
      const another = document.createElement('sf-test-cta') as TestCta;
      provider.append(another);
      await waitUntil(() => another.cta.ready);
      await another.updateComplete;
      expect(getComputedStyle(another.button).backgroundColor).to.equal(GREEN);
      expect(cta.paints.every((p) => p.background === GREEN)).to.equal(true);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('did not arrive within 100 ms');

      // The next page view starts from GrowthBook's cache: red, with no wait.
      const next = await mount({ apiHost, clientKey, timeoutMs: 100 });
      const nextCta = await settledCta(next.provider);
      expect(next.provider.getAttribute('data-sf-experiments-source')).to.equal('cache');
      expect(getComputedStyle(nextCta.button).backgroundColor).to.equal(RED);
    } finally {
      warnings.restore();
      net.restore();
    }
  });

  it('shows the features of a healthy API', async () => {
    const net = fakeFetch(async () => new Response(JSON.stringify(colorTest([0, 1]))));
    try {
      const { provider } = await mount({ apiHost, clientKey: uniqueKey('sdk-ok') });
      const cta = await settledCta(provider);
      expect(provider.getAttribute('data-sf-experiments-source')).to.equal('network');
      expect(getComputedStyle(cta.button).backgroundColor).to.equal(RED);
    } finally {
      net.restore();
    }
  });

  const failures: Array<[string, () => Promise<Response>, string]> = [
    ['a 500 answer', async () => new Response('Internal Server Error', { status: 500 }), 'HTTP error: 500'],
    ['malformed JSON', async () => new Response('{"features": {"sf-cta-color": ', { status: 200 }), 'SyntaxError'],
    ['no answer at all', () => new Promise<Response>(() => undefined), 'did not arrive within 150 ms'],
  ];
  for (const [name, respond, why] of failures) {
    it(`shows defaults (or the inline fallback) within the budget on ${name}, throws nothing, warns once`, async () => {
      const net = fakeFetch(respond);
      const warnings = captureWarnings();
      const page = watchPageErrors();
      try {
        // Default budget (150 ms), no fallback: the kit's defaults.
        const { provider } = await mount({ apiHost, clientKey: uniqueKey('sdk-fail'), timeoutMs: 150 });
        const cta = await settledCta(provider);
        expect(getComputedStyle(cta.button).backgroundColor).to.equal(GREEN);
        expect(cta.cta.labelKey).to.equal('add-to-cart');
        expect(provider.getAttribute('data-sf-experiments')).to.equal('');
        expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
        expect(warnings.messages[0]).to.contain(why);
        expect(warnings.messages[0]).to.contain('storefront-elements: ');

        // With the inline payload as fallback, its (red) features are shown instead.
        const fallback = await mount({ apiHost, clientKey: uniqueKey('sdk-fail'), timeoutMs: 150, payload: colorTest([0, 1]) });
        const fallbackCta = await settledCta(fallback.provider);
        expect(getComputedStyle(fallbackCta.button).backgroundColor).to.equal(RED);
        expect(fallback.provider.getAttribute('data-sf-experiments-source')).to.equal('fallback');
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.stop();
        warnings.restore();
        net.restore();
      }
    });
  }
});

describe('<sf-experiments> failures on the page side', () => {
  it('survives a throwing trackingCallback: the exposure still reaches telemetry, one warning, nothing thrown', async () => {
    const warnings = captureWarnings();
    const page = watchPageErrors();
    const telemetry: string[] = [];
    let calls = 0;
    try {
      const { provider } = await mount(
        {
          payload: demo,
          trackingCallback: () => {
            calls += 1;
            if (calls === 1) throw new Error('analytics blocked');
            return Promise.reject(new Error('analytics still blocked'));
          },
          telemetry: { track: (name) => void telemetry.push(name) },
        },
        html`<sf-test-cta></sf-test-cta>`,
      );
      const cta = await settledCta(provider);
      await later(20);
      expect(calls).to.equal(2);
      expect(telemetry).to.deep.equal(['experiment_viewed', 'experiment_viewed']);
      expect(cta.button.textContent!.trim()).to.match(/^(Add to cart|Buy now)$/);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('trackingCallback failed (Error: analytics blocked)');
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      warnings.restore();
    }
  });

  it('runs experiments without storage: a new anonymous id per page view and one warning', async () => {
    const storageWarnings: string[] = [];
    const consoleWarnings = captureWarnings();
    try {
      const first = await mount({ payload: colorTest([0, 1]), storage: throwingStorage(storageWarnings) });
      const cta = await settledCta(first.provider);
      expect(getComputedStyle(cta.button).backgroundColor).to.equal(RED);
      const second = await mount({ payload: colorTest([0, 1]), storage: throwingStorage([]) });
      await settledCta(second.provider);
      const [a, b] = [first.provider.experiments!.anonymousId, second.provider.experiments!.anonymousId];
      expect(a).to.match(/^[0-9a-f-]{36}$/);
      expect(a).to.not.equal(b);
      expect(storageWarnings).to.have.length(1);
      expect(storageWarnings[0]).to.contain('test storage is unavailable');
      expect(consoleWarnings.messages).to.deep.equal([]);
    } finally {
      consoleWarnings.restore();
    }
  });
});

describe('CtaController contrast check', () => {
  it('falls back to the theme for a variant with too little contrast, says why once, and records no exposure', async () => {
    const warnings = captureWarnings();
    const tracked: string[] = [];
    try {
      const { provider } = await mount(
        { payload: colorTest([0, 1], ['green', '#ffeb3b']), trackingCallback: (e) => void tracked.push(e.key) },
        html`<sf-test-cta></sf-test-cta><sf-test-cta></sf-test-cta>`,
      );
      const ctas = [...provider.querySelectorAll('sf-test-cta')] as TestCta[];
      for (const cta of ctas) {
        await waitUntil(() => cta.cta.ready);
        await cta.updateComplete;
        expect(getComputedStyle(cta.button).backgroundColor).to.equal(GREEN);
        expect(cta.style.getPropertyValue('--sf-cta-background')).to.equal('');
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"sf-cta-color"').and.contain('#ffeb3b').and.contain('below WCAG AA (4.5:1)');
      expect(tracked).to.not.include('cta-color-test');
      expect(provider.getAttribute('data-sf-experiments')).to.not.contain('cta-color-test');
      await expectNoAxeViolations(ctas[0]!);
    } finally {
      warnings.restore();
    }
  });

  it('accepts any CSS colour the browser knows, and a background/text pair', async () => {
    const cases: Array<[unknown, string, string]> = [
      ['rebeccapurple', 'rgb(102, 51, 153)', 'rgb(255, 255, 255)'],
      [{ background: '#fff59d', text: '#1f2933' }, 'rgb(255, 245, 157)', 'rgb(31, 41, 51)'],
      ['blue', 'rgb(13, 71, 161)', 'rgb(255, 255, 255)'],
    ];
    for (const [value, background, text] of cases) {
      const { provider } = await mount({ payload: colorTest([0, 1], ['green', value]) });
      const cta = await settledCta(provider);
      expect(getComputedStyle(cta.button).backgroundColor, JSON.stringify(value)).to.equal(background);
      expect(getComputedStyle(cta.button).color, JSON.stringify(value)).to.equal(text);
      await expectNoAxeViolations(cta);
    }
  });
});

describe('ExperimentController without a provider', () => {
  it('renders defaults at the first paint', async () => {
    const cta = (await fixture(html`<sf-test-cta></sf-test-cta>`)) as TestCta;
    expect(cta.paints[0]).to.deep.include({ reserved: false, background: GREEN, label: 'Add to cart' });
  });
});
