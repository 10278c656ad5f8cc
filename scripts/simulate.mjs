// `npm run simulate [-- --shoppers 20000 --effect 0.03 --seed 1 --aa --db sim.duckdb --url http://127.0.0.1:8787/collect]`:
// synthetic shoppers through the kit's telemetry and beacon sink into a collector (in process, or a running one
// with --url), then the report. --aa gives both variations the same truth.
import { loadCollector } from './load-collector.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const c = await loadCollector();
const effect = args.includes('--aa') ? 0 : Number(arg('effect', '0.03'));
const url = arg('url');
const store = url ? undefined : await c.createDuckDbStore(arg('db', ':memory:'));
const collector = store && c.createCollector({ store });
const started = Date.now();
const result = await c.simulate({
  fetch: collector ? c.handlerFetch(collector.handler) : globalThis.fetch,
  url: url ?? 'http://127.0.0.1/collect',
  shoppers: Number(arg('shoppers', '20000')),
  seed: Number(arg('seed', '1')),
  variations: [{ id: '0', purchaseEffect: 0 }, { id: '1', purchaseEffect: effect }],
});
console.log(`${result.shoppers} shoppers, ${result.events} events in ${result.batches} batches, ${result.failures.length} refused, ${((Date.now() - started) / 1000).toFixed(1)} s; true purchase effect of variation 1: ${(effect * 100).toFixed(1)} %`);
if (store) {
  console.log(c.renderTable(await c.experimentReport(store, 'cta-color-test')));
  await store.close();
} else console.log('Events sent; run `npm run experiment-report -- cta-color-test` against the collector\'s store.');
