// The collector's sustained throughput (events per second over loopback HTTP into DuckDB, with no loss) and the
// report's time on one million stored events. Used by bench/run.mjs; `node bench/collector.mjs` runs it alone.
import { Buffer } from 'node:buffer';
import { createServer, request } from 'node:http';
import { loadCollector } from '../scripts/load-collector.mjs';

const BATCH = 20;
const T0 = Date.UTC(2026, 2, 2);

function post(port, body) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/collect', method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const shopperEvents = (i, seq) => {
  const ctx = { experiments: { 'cta-color-test': String(i % 2) }, anonymous_id: `bench-${i}` };
  const e = (n, name, params) => ({ id: `b${i}x${seq}x${n}`.padEnd(8, '0'), name, params, context: ctx, timestamp: T0 + i * 1000 + n });
  const item = { item_id: 'p1', item_name: 'Mug', price: 19.9, quantity: 1 };
  return [
    e(0, 'experiment_viewed', { experiment_id: 'cta-color-test', variation_id: String(i % 2) }),
    e(1, 'web_vitals', { name: 'LCP', value: 1500 + (i % 1000), delta: 0, rating: 'good', id: `v${i}` }),
    e(2, 'add_to_cart', { currency: 'EUR', value: 19.9, items: [item] }),
    e(3, 'purchase', { transaction_id: `T${i}`, value: 19.9 + (i % 7), tax: 0, shipping: 0, currency: 'EUR', items: [item] }),
    e(4, 'web_vitals', { name: 'INP', value: 100 + (i % 200), delta: 0, rating: 'good', id: `i${i}` }),
  ];
};

/** Events per second through the HTTP handler into DuckDB, `concurrency` clients, `events` in all. */
export async function collectorThroughput({ events = 100_000, concurrency = 16 } = {}) {
  const c = await loadCollector();
  const store = await c.createDuckDbStore();
  // The bench clients share one address and anonymous ids cycle fast: no rate limit here.
  const collector = c.createCollector({ store, rateBurst: 1e9, ratePerSecond: 1e9 });
  const server = createServer(collector.handler);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const bodies = [];
  let all = [];
  for (let i = 0; all.length + bodies.length * BATCH < events; i++) {
    all.push(...shopperEvents(i, 0));
    while (all.length >= BATCH) bodies.push(JSON.stringify({ events: all.splice(0, BATCH) }));
  }
  let next = 0;
  let refused = 0;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < bodies.length) {
      const status = await post(port, bodies[next++]);
      if (status !== 202) refused++;
    }
  }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stored = Number((await store.query('SELECT CAST(count(*) AS DOUBLE) AS n FROM sf_events'))[0].n);
  server.close();
  await store.close();
  const sent = bodies.length * BATCH;
  return { sent, stored, refused, lost: sent - stored, seconds: +seconds.toFixed(2), eventsPerSecond: Math.round(sent / seconds) };
}

/** Seconds for experimentReport on `events` stored events (written straight into the store). */
export async function reportTime({ events = 1_000_000 } = {}) {
  const c = await loadCollector();
  const store = await c.createDuckDbStore();
  const received = Date.now();
  let rows = [];
  for (let i = 0, n = 0; n < events; i++) {
    for (const e of shopperEvents(i, 0)) {
      const { event } = c.validateEvent(e, received);
      rows.push(c.toRow(event, received));
      n++;
    }
    if (rows.length >= 50_000) {
      await store.insert(rows);
      rows = [];
    }
  }
  await store.insert(rows);
  const started = process.hrtime.bigint();
  const report = await c.experimentReport(store, 'cta-color-test');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await store.close();
  return { events, users: report.variations.reduce((s, v) => s + v.users, 0), seconds: +seconds.toFixed(2) };
}

/** Both, as bench/run.mjs reports them. */
export async function measureCollector(options = {}) {
  return { throughput: await collectorThroughput(options.throughput), report: await reportTime(options.report) };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureCollector(), null, 2));
