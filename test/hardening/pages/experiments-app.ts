// Served under the strict CSP with Trusted Types by test/node/experiments-csp.test.mjs: an <sf-experiments> with a
// payload whose experiments try to run JavaScript, add CSS, mutate the DOM and redirect. `?allow` opts in to all of
// them. The outcome is written to <body data-result> for the test to read.
import '../../../src/define/sf-experiments.js';
import type { SfExperiments } from '../../../src/elements/sf-experiments/sf-experiments.js';
import { hostilePayload, MARK, redirectPayload } from '../experiments-payloads.js';
import { createSafeStorage } from '../../../src/core/storage.js';

const query = new URLSearchParams(location.search);
const allow = query.has('allow');
const el = document.createElement('sf-experiments') as SfExperiments;
// `?redirect=<url>`: only a redirect experiment, so that no visual experiment Trusted Types refuses can stop the SDK
// before it gets to the redirect (that hid a redirect to another site under the strict policy).
el.payload = query.has('redirect') ? redirectPayload(query.get('redirect')!) : hostilePayload(location.href.split('#')[0]!);
el.stickyBucketing = false;
// The page chose where the id lives (memory), so it answers for consent and experiments run: what is tested is the
// payload policy under Trusted Types, not consent (without consent no experiment runs at all).
el.storage = createSafeStorage(() => undefined, 'test storage', () => {});
el.timeoutMs = 8000;
el.allowVisualEditor = el.allowJsInjection = el.allowUrlRedirects = allow;
const target = Object.assign(document.createElement('p'), { id: 'gb-target', textContent: 'original' });
const other = Object.assign(document.createElement('p'), { id: 'gb-other', textContent: 'original' });
el.append(target, other);

el.addEventListener('sf-experiments-ready', () => {
  // GrowthBook schedules a redirect on a 100 ms timer while applying the payload, before this event: a longer timer
  // set now runs after it.
  setTimeout(() => {
    const service = el.experiments!;
    document.body.dataset['result'] = JSON.stringify({
      source: service.source,
      ctaLabel: service.getFeatureValue('cta-label', 'add'),
      meter: service.getFeatureValue('free-shipping-meter', false),
      js: (window as Window & { __gbJs?: number }).__gbJs ?? null,
      texts: [target.textContent, other.textContent],
      styled: [...document.querySelectorAll('style')].some((s) => s.textContent?.includes(MARK)),
      hash: location.hash,
    });
  }, 250);
});
document.body.append(el);
