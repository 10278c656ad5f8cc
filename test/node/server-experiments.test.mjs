// decideExperiments (storefront-elements/server): GrowthBook in Node deciding for one request by the shopper's
// anonymous-id cookie. Sticky for the same cookie; a cookie only as far as consent allows; hostile cookies and
// payloads refused; unreachable features give control with the reason; nothing in a payload runs. Then the
// snapshot part as the browser reads it back (parseSnapshot), and the browser service adopting it as final.
// Needs the build (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { decideExperiments, ANONYMOUS_ID_COOKIE } = await import('../../dist/server/index.js');
const { parseSnapshot, serializeSnapshot } = await import('../../dist/core.js');
const { createExperiments } = await import('../../dist/services/experiments/service.js');
const FEATURES = JSON.parse(readFileSync('src/services/experiments/demo-features.json', 'utf8'));

const decide = (cookie, consent = 'all', more = {}) => decideExperiments({ cookie, consent, features: FEATURES, ...more });
const idOf = (setCookie) => /^sf-anonymous-id=([^;]*)/.exec(setCookie)[1];

test('sticky: the same cookie gets the same variants on every request; ids spread over both variations', async () => {
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    const cookie = `theme=dark; ${ANONYMOUS_ID_COOKIE}=shopper-${String(i).padStart(4, '0')}`;
    const first = await decide(cookie);
    for (let again = 0; again < 3; again++) {
      const next = await decide(cookie);
      assert.deepEqual(next.assignments, first.assignments);
      assert.deepEqual(next.snapshot, first.snapshot);
      assert.equal(next.setCookie, undefined, 'an id already kept is not set again');
    }
    assert.equal(first.anonymousId, `shopper-${String(i).padStart(4, '0')}`);
    seen.add(first.assignments['cta-color-test']);
  }
  assert.deepEqual([...seen].sort(), ['0', '1'], 'both variations occur');
  // A new shopper: the id set in the cookie is the id decided by, and it decides the same next time.
  const fresh = await decide(undefined);
  assert.equal(idOf(fresh.setCookie), fresh.anonymousId);
  assert.deepEqual((await decide(`${ANONYMOUS_ID_COOKIE}=${fresh.anonymousId}`)).assignments, fresh.assignments);
});

test('the cookie only with consent: all for a year, functional for the session, none never (and deleted)', async () => {
  const all = await decide(undefined, 'all');
  assert.match(all.setCookie, /^sf-anonymous-id=[0-9a-f-]{36}; Path=\/; SameSite=Lax; Max-Age=31536000$/);
  assert.equal(all.cache, 'private');
  assert.match((await decide(undefined, 'all', { secure: true })).setCookie, /; Secure$/);
  assert.match((await decide(undefined, 'all', { maxAgeDays: 30 })).setCookie, /; Max-Age=2592000$/);
  assert.match((await decide(undefined, 'functional')).setCookie, /^sf-anonymous-id=[0-9a-f-]{36}; Path=\/; SameSite=Lax$/);

  for (const consent of ['none', undefined, 'yes please', 42]) {
    const none = await decideExperiments({ consent, features: FEATURES });
    assert.equal(none.setCookie, undefined, `consent ${consent}`);
    assert.equal(none.anonymousId, undefined);
    assert.equal(none.reason, 'no-consent');
    assert.equal(none.cache, 'shared');
    assert.deepEqual(none.assignments, {});
    // Control: the features' own values, no experiment, nothing to record.
    assert.equal(none.snapshot.experiments.features['sf-cta-color'].value, 'green');
    assert.ok(Object.values(none.snapshot.experiments.features).every((f) => !f.exposable && !f.experimentKey));
  }
  assert.match((await decide(undefined, 'yes please')).problems.join(), /consent "yes please" is not none, functional or all/);
  // Consent withdrawn: the id is not used, and the cookie is deleted.
  const withdrawn = await decide(`${ANONYMOUS_ID_COOKIE}=shopper-0001`, 'none');
  assert.equal(withdrawn.setCookie, 'sf-anonymous-id=; Path=/; SameSite=Lax; Max-Age=0');
  assert.equal(withdrawn.anonymousId, undefined);
});

test('hostile cookie values are refused: a new id instead, named in problems, nothing of them kept', async () => {
  const hostile = [
    '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'a'.repeat(65), 'short', '../../etc/passwd',
    "x' OR '1'='1", 'shopper 0001', 'shöpper-0001', '__proto__', '%00%00%00%00%00%00%00%00', '', 'a;b=c',
  ];
  for (const value of hostile) {
    const d = await decide(`${ANONYMOUS_ID_COOKIE}=${value}`);
    assert.notEqual(d.anonymousId, value, value);
    assert.match(d.anonymousId, /^[0-9a-f-]{36}$/);
    assert.equal(idOf(d.setCookie), d.anonymousId);
    if (value !== 'a;b=c') assert.match(d.problems.join(), /the sf-anonymous-id cookie \(\d+ characters\) is not an anonymous id/, value);
    assert.ok(!JSON.stringify(d).includes('<script>') && !JSON.stringify(d).includes('onerror'), value);
  }
  // A huge header is read only so far; several cookies of the name: the first.
  assert.equal((await decide(`${'x=1; '.repeat(5000)}${ANONYMOUS_ID_COOKIE}=shopper-0001`)).anonymousId === 'shopper-0001', false);
  assert.equal((await decide([`${ANONYMOUS_ID_COOKIE}=shopper-0001`, `${ANONYMOUS_ID_COOKIE}=shopper-0002`])).anonymousId, 'shopper-0001');
});

test('unreachable features: every feature shows its default (control), with the reason; nothing recorded', async () => {
  const cases = [
    [() => Promise.reject(new Error('getaddrinfo ENOTFOUND cdn.growthbook.io')), /loading them failed \(Error: getaddrinfo ENOTFOUND cdn\.growthbook\.io\)/],
    [() => new Promise(() => {}), /loading them failed \(Error: no answer within 50 ms\)/],
    [() => { throw new Error('boom'); }, /loading them failed \(Error: boom\)/],
    [undefined, /no features were given/],
    [{ nope: 1 }, /not a GrowthBook payload/],
    ['{"features":{}}', /not a GrowthBook payload/],
    [{ features: 5 }, /not a GrowthBook payload/],
  ];
  for (const [features, why] of cases) {
    const d = await decideExperiments({ cookie: `${ANONYMOUS_ID_COOKIE}=shopper-0001`, consent: 'all', features, timeoutMs: 50 });
    assert.equal(d.reason, 'features-unavailable');
    assert.match(d.message, /^experiment features are unavailable \(.+\): every feature shows its default \(control\), nothing is recorded$/);
    assert.match(d.message, why);
    assert.deepEqual(d.assignments, {});
    // Every kit feature is listed, so the browser does not decide them itself later (which could flip them).
    const listed = d.snapshot.experiments.features;
    for (const key of ['sf-cta-color', 'sf-cta-label', 'sf-free-shipping-meter', 'sf-delivery-countdown', 'sf-recommendations']) {
      assert.deepEqual(listed[key], { exposable: false }, key);
    }
    // The id is still kept (consent allows it): the next request with features decides by it.
    assert.equal(d.anonymousId, 'shopper-0001');
  }
});

test('nothing in a payload runs: visual-editor code, redirects and hostile values stay data', async () => {
  globalThis.__payloadRan = false;
  const payload = {
    features: {
      ...FEATURES.features,
      'sf-cta-label': { defaultValue: '</script><script>globalThis.__payloadRan = true</script>' },
      '__proto__': { defaultValue: 'polluted' },
      'sf-delivery-countdown': { defaultValue: { toString: 'x', nested: { deeper: [1, 2, '<!--'] } } },
    },
    experiments: [{
      key: 'visual', changeId: 'c1', hashAttribute: 'id', weights: [0, 1], coverage: 1, urlPatterns: [{ type: 'regex', include: true, pattern: '.*' }],
      variations: [{}, { css: 'body{display:none}', js: 'globalThis.__payloadRan = true', domMutations: [] }],
    }, {
      key: 'redirect', changeId: 'c2', hashAttribute: 'id', weights: [0, 1], coverage: 1, urlPatterns: [{ type: 'regex', include: true, pattern: '.*' }],
      variations: [{}, { urlRedirect: 'https://evil.example/' }],
    }],
  };
  const d = await decideExperiments({ cookie: `${ANONYMOUS_ID_COOKIE}=shopper-0001`, consent: 'all', features: payload });
  assert.equal(globalThis.__payloadRan, false);
  assert.equal({}.polluted, undefined);
  assert.equal(Object.hasOwn(d.snapshot.experiments.features, '__proto__'), false);
  assert.deepEqual(Object.keys(d.assignments).sort(), ['cta-color-test'], 'only feature experiments; no visual or redirect one');
  // Decisions carry data fields only: no css, js, DOM mutation or redirect reaches the page.
  for (const decision of Object.values(d.snapshot.experiments.features)) {
    assert.deepEqual(Object.keys(decision).filter((k) => !['value', 'experimentKey', 'variationId', 'variationIndex', 'exposable'].includes(k)), []);
  }
  // The hostile string is a value, and inside the page it cannot close the script.
  assert.equal(d.snapshot.experiments.features['sf-cta-label'].value, '</script><script>globalThis.__payloadRan = true</script>');
  const inPage = serializeSnapshot({ version: 1, ...d.snapshot });
  assert.ok(!inPage.includes('</script>') && !inPage.includes('<!--'));
  assert.deepEqual(parseSnapshot(inPage).snapshot.experiments, d.snapshot.experiments);
  assert.equal(globalThis.__payloadRan, false);
});

test('the browser reads the part back strictly: a forged or broken part is dropped with its reason', () => {
  const ok = { version: 1, experiments: { reason: 'decided', anonymousId: 'shopper-0001', features: { 'sf-cta-color': { value: 'red', experimentKey: 'cta-color-test', variationId: '1', variationIndex: 1, exposable: true } } } };
  assert.deepEqual(parseSnapshot(ok).problems, []);
  const broken = [
    [{ reason: 'because', features: {} }, /experiments\.reason is not one of/],
    [{ reason: 'decided', anonymousId: '<x>', features: {} }, /anonymousId is not 8-64/],
    [{ reason: 'decided', features: { 'a b': { exposable: false } } }, /is not a feature key/],
    [{ reason: 'decided', features: { x: { exposable: 'yes' } } }, /exposable is not a boolean/],
    [{ reason: 'decided', features: { x: { exposable: true } } }, /exposable without an experiment and variation/],
    [{ reason: 'decided', features: { x: { exposable: false, variationIndex: -1 } } }, /variationIndex/],
  ];
  for (const [experiments, why] of broken) {
    const { snapshot, problems } = parseSnapshot({ version: 1, experiments });
    assert.equal(snapshot.experiments, undefined);
    assert.match(problems.join(), why);
  }
});

test('the browser service adopts the server decisions as final, with no SDK and before anything is ready', async () => {
  const d = await decide(`${ANONYMOUS_ID_COOKIE}=shopper-0001`);
  const tracked = [];
  const events = [];
  const warnings = [];
  // GrowthBook in the browser configured, and unreachable: decisions are final before it gives up.
  const service = createExperiments({
    decided: d.snapshot.experiments, apiHost: 'http://127.0.0.1:9', clientKey: 'sdk-x', timeoutMs: 5000,
    storage: { degraded: false, get: () => null, set: () => assert.fail('nothing stored'), remove: () => {} },
    trackingCallback: (experiment, result) => tracked.push([experiment.key, result.key, result.hashValue]),
    telemetry: () => ({ track: (name, params) => events.push([name, params]) }),
    warn: (m) => warnings.push(m),
  });
  try {
    // Nothing is loaded while the page needs nothing more; then something asks for another feature.
    assert.equal(service.ready, false);
    assert.equal(service.source, undefined);
    service.load();
    assert.equal(service.ready, false);
    assert.equal(service.anonymousId, 'shopper-0001');
    assert.equal(service.decidedOnServer('sf-cta-color'), true);
    const color = service.decide('sf-cta-color', null);
    const variation = d.assignments['cta-color-test'];
    assert.deepEqual(color, { feature: 'sf-cta-color', value: variation === '1' ? 'red' : 'green', exposable: true, experimentKey: 'cta-color-test', variationId: variation });
    service.expose(color);
    service.expose(color);
    service.expose(service.decide('sf-cta-color', null));
    assert.deepEqual(tracked, [['cta-color-test', variation, 'shopper-0001']]);
    assert.deepEqual(events, [['experiment_viewed', { experiment_id: 'cta-color-test', variation_id: variation }]]);
    // A server value the element cannot use is refused as any other (its default, no exposure).
    const label = service.decide('sf-cta-label', 'add-to-cart', () => 'not today');
    assert.equal(label.value, 'add-to-cart');
    assert.equal(label.exposable, false);
    assert.match(warnings.join(), /feature "sf-cta-label" has the value .* which cannot be used: not today/);
  } finally {
    service.destroy();
  }
});
