// storefront-elements/collector: the beacon sink's batches in, bad input answered specifically, every good event
// kept, duplicates dropped; statistics against hand-worked values; the seeded simulator against its own truth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCollector } from '../../scripts/load-collector.mjs';

const c = await loadCollector();
const NOW = Date.UTC(2026, 2, 2, 12);
const event = (over = {}) => ({
  id: `evt-${Math.random().toString(36).slice(2, 12)}`,
  name: 'add_to_cart',
  params: { currency: 'EUR', value: 19.9, items: [{ item_id: 'p1', item_name: 'Mug', price: 19.9, quantity: 1 }] },
  context: { experiments: { 'cta-color-test': '1' }, anonymous_id: 'anon-1' },
  timestamp: NOW - 1000,
  ...over,
});
async function fresh(options = {}) {
  const store = await c.createDuckDbStore();
  return { store, collector: c.createCollector({ store, now: () => NOW, ...options }) };
}
const count = async (store) => Number((await store.query('SELECT CAST(count(*) AS DOUBLE) AS n FROM sf_events'))[0].n);
const post = (collector, body, headers = {}) =>
  c.handlerFetch(collector.handler)('http://127.0.0.1/collect', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers });

test('a batch exactly as the beacon sink sends it is stored, ids included', async () => {
  const { store, collector } = await fresh();
  const sent = [];
  // The kit side: the real sink with a fetch into the handler.
  const fetchIntoHandler = c.handlerFetch(collector.handler);
  const res = await c.simulate({ fetch: (u, init) => { sent.push(init.body); return fetchIntoHandler(u, init); }, shoppers: 3, seed: 3 });
  assert.equal(res.failures.length, 0, JSON.stringify(res.failures));
  assert.equal(await count(store), res.events);
  assert.ok(JSON.parse(sent[0]).events.every((e) => /^[0-9a-f]{32}$/.test(e.id)));
});

test('malformed JSON, a wrong shape, huge bodies and wrong methods are each answered specifically', async () => {
  const { store, collector } = await fresh({ maxBodyBytes: 1000 });
  let r = await post(collector, '{"events":[');
  assert.equal(r.status, 400);
  assert.equal((await r.json()).error, 'malformed_json');
  r = await post(collector, { data: [] });
  assert.equal(r.status, 400);
  assert.equal((await r.json()).error, 'bad_batch');
  r = await post(collector, { events: [event({ params: { pad: 'x'.repeat(2000) } })] });
  assert.equal(r.status, 413);
  assert.equal((await r.json()).error, 'body_too_large');
  r = await c.handlerFetch(collector.handler)('http://x/collect', { method: 'GET' });
  assert.equal(r.status, 405);
  assert.equal(await count(store), 0);
});

test('wrong types and unknown events are refused by index and field; the good events of the batch are kept', async () => {
  const { store, collector } = await fresh();
  const good1 = event();
  const good2 = event({ name: 'experiment_viewed', params: { experiment_id: 'cta-color-test', variation_id: '1' } });
  const r = await post(collector, {
    events: [good1, event({ params: { currency: 'EUR', value: '19.90', items: [] } }), event({ name: 'page_teleported' }), good2, 'nonsense'],
  });
  assert.equal(r.status, 202);
  const body = await r.json();
  assert.equal(body.accepted, 2);
  assert.deepEqual(body.rejected.map((x) => [x.index, x.field]), [[1, 'params.value'], [2, 'name'], [4, '']]);
  assert.match(body.rejected[0].reason, /expected a finite number, got string/);
  assert.match(body.rejected[1].reason, /unknown event/);
  assert.equal(await count(store), 2);
  const all = await post(collector, { events: [event({ timestamp: 'yesterday' })] });
  assert.equal(all.status, 422);
  assert.equal((await all.json()).rejected[0].field, 'timestamp');
});

test('a retried batch and duplicates inside a batch are stored once', async () => {
  const { store, collector } = await fresh();
  const a = event();
  const b = event();
  const first = await (await post(collector, { events: [a, b, a] })).json();
  assert.deepEqual([first.accepted, first.duplicates], [2, 1]);
  const retry = await (await post(collector, { events: [a, b] })).json();
  assert.deepEqual([retry.accepted, retry.duplicates], [0, 2]);
  // An older kit without ids: the same content gives the same derived id.
  const noId = event();
  delete noId.id;
  await post(collector, { events: [noId] });
  const again = await (await post(collector, { events: [noId] })).json();
  assert.equal(again.duplicates, 1);
  assert.equal(await count(store), 3);
});

test('a client past its rate gets 429 with Retry-After', async () => {
  const { collector } = await fresh({ rateBurst: 2, ratePerSecond: 0.5 });
  assert.equal((await post(collector, { events: [event()] })).status, 202);
  assert.equal((await post(collector, { events: [event()] })).status, 202);
  const r = await post(collector, { events: [event()] });
  assert.equal(r.status, 429);
  assert.equal(r.headers.get('retry-after'), '2');
  assert.equal((await post(collector, { events: [event({ context: { experiments: {}, anonymous_id: 'anon-2' } })] })).status, 202, 'other clients are not slowed');
});

test('out-of-order batches: a purchase received before its exposure counts; one made before exposure does not', async () => {
  const { store, collector } = await fresh();
  const ctx = (id) => ({ experiments: { exp: '1' }, anonymous_id: id });
  const purchase = (id, t, tx) => event({ name: 'purchase', context: ctx(id), timestamp: t, params: { transaction_id: tx, value: 50, tax: 0, shipping: 0, currency: 'EUR', items: [] } });
  const seen = (id, v, t) => event({ name: 'experiment_viewed', context: ctx(id), timestamp: t, params: { experiment_id: 'exp', variation_id: v } });
  await post(collector, { events: [purchase('u1', NOW - 100, 'T1'), purchase('u2', NOW - 9000, 'T2')] });
  await post(collector, { events: [seen('u1', '0', NOW - 5000), seen('u2', '0', NOW - 5000), seen('u3', '1', NOW - 5000)] });
  const report = await c.experimentReport(store, 'exp');
  const control = report.variations.find((v) => v.variation === '0');
  assert.deepEqual([control.users, control.purchasers, control.revenue], [2, 1, 50]);
});

test('statistics match hand-worked values', () => {
  // Student t table (any textbook, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2): t(0.975, 10) = 2.228.
  assert.ok(Math.abs(c.studentTQuantile(0.975, 10) - 2.228) < 5e-4);
  // Chi-square table (NIST 1.3.6.7.4): 3.841 at p = 0.05 with 1 df, 13.816 at p = 0.001 with 2 df.
  assert.ok(Math.abs(c.chiSquareSurvival(3.841, 1) - 0.05) < 1e-4);
  assert.ok(Math.abs(c.chiSquareSurvival(13.816, 2) - 0.001) < 1e-5);
  // Normal table: Phi(1.96) = 0.9750.
  assert.ok(Math.abs(c.normalCdf(1.96) - 0.975) < 1e-4);
  // Control 100/1000, variation 120/1000, by hand with gbstats' formulas:
  //   uplift = (0.12 - 0.10) / 0.10 = 0.2
  //   var = 0.12*0.88/1000/0.10^2 + 0.10*0.90/1000*0.12^2/0.10^4 = 0.01056 + 0.01296 = 0.02352, se = 0.15336
  //   chance to win = Phi(0.2 / 0.15336) = Phi(1.3041) = 0.9039 (table: Phi(1.30) = 0.9032, Phi(1.31) = 0.9049)
  //   dof = (1.056e-4 + 9e-5)^2 / ((1.056e-4^2 + 9e-5^2) / 999) = 1985.4; t(0.975, 1985) = 1.9612
  //   95 % CI = 0.2 -+ 1.9612 * 0.15336 = [-0.1008, 0.5008]
  const r = c.compare(c.proportion(1000, 100), c.proportion(1000, 120));
  assert.ok(Math.abs(r.uplift - 0.2) < 1e-12);
  assert.ok(Math.abs(r.se - Math.sqrt(0.02352)) < 1e-12);
  assert.ok(Math.abs(r.dof - 1985.4) < 0.1);
  assert.ok(Math.abs(r.chanceToWin - 0.9039) < 1e-4);
  assert.ok(Math.abs(r.ci[0] - -0.1008) < 1e-3 && Math.abs(r.ci[1] - 0.5008) < 1e-3, String(r.ci));
  // Revenue: n = 4, values 0, 10, 20, 30 (mean 15, var 166.67) vs n = 4, values 0, 20, 30, 50 (mean 25, var 433.33):
  //   uplift = 10 / 15 = 0.6667; var = 433.33/4/225 + 166.67/4*625/50625 = 0.48148 + 0.51440 = 0.99588
  const m = c.compare({ n: 4, sum: 60, sumSquares: 1400 }, { n: 4, sum: 100, sumSquares: 3800 });
  assert.ok(Math.abs(m.uplift - 2 / 3) < 1e-12);
  assert.ok(Math.abs(m.se ** 2 - 0.99588) < 1e-4);
  // SRM: 5200 / 4800 against 50/50: chi-square = 2 * 200^2 / 5000 = 16, p = erfc(sqrt(8)) = 6.33e-5.
  const srm = c.sampleRatioMismatch([5200, 4800]);
  assert.equal(srm.chiSquare, 16);
  assert.ok(Math.abs(srm.pValue - 6.334e-5) < 1e-7 && srm.mismatch);
  assert.equal(c.sampleRatioMismatch([5010, 4990]).mismatch, false);
});

test('10,000 simulated shoppers: the set effect lies inside the interval; an A/A run finds no winner', async () => {
  const run = async (effect, seed) => {
    const { store, collector } = await fresh({ now: () => Date.now() });
    const sim = await c.simulate({ fetch: c.handlerFetch(collector.handler), shoppers: 10_000, seed, variations: [{ id: '0', purchaseEffect: 0 }, { id: '1', purchaseEffect: effect }] });
    assert.equal(sim.failures.length, 0);
    const report = await c.experimentReport(store, 'cta-color-test');
    await store.close();
    return report;
  };
  const ab = await run(0.3, 11);
  const red = ab.variations.find((v) => v.variation === '1').conversion;
  assert.ok(red.ci[0] < 0.3 && 0.3 < red.ci[1], `CI ${red.ci} holds the true +30 %`);
  assert.equal(c.verdict(red), 'winner');
  assert.equal(ab.srm.mismatch, false);
  const aa = await run(0, 12);
  const same = aa.variations.find((v) => v.variation === '1').conversion;
  assert.ok(same.ci[0] < 0 && 0 < same.ci[1]);
  assert.equal(c.verdict(same), 'no difference yet');
});

test('GrowthBook queries run on the embedded store and the README table is generated from the schema', async () => {
  const { store, collector } = await fresh({ now: () => Date.now() });
  await c.simulate({ fetch: c.handlerFetch(collector.handler), shoppers: 200, seed: 5 });
  const q = c.growthbookQueries('duckdb');
  const fill = (sql) => c.fillDates(sql, new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 11, 31)));
  const exposures = await store.query(fill(q.exposure));
  assert.equal(exposures.length, 200);
  assert.deepEqual(Object.keys(exposures[0]).sort(), ['anonymous_id', 'experiment_id', 'timestamp', 'variation_id']);
  for (const [name, sql] of Object.entries(q.metrics)) assert.ok((await store.query(fill(sql))).length > 0, name);
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(c.eventSchemaMarkdown()), 'README "Event schema" = eventSchemaMarkdown()');
  const html = c.renderHtml(await c.experimentReport(store, 'cta-color-test'));
  assert.match(html, /<svg/);
  assert.doesNotMatch(html, /<(script|link|img)\b/);
  await store.close();
});
