// `npm run experiment-report -- <experiment-id> [--db collector.duckdb | --clickhouse URL] [--html report.html]
// [--control 0]`: the results table, and a static HTML report with a chart when --html is given.
import { writeFileSync } from 'node:fs';
import { loadCollector } from './load-collector.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const experimentId = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!experimentId) {
  console.error('usage: npm run experiment-report -- <experiment-id> [--db collector.duckdb | --clickhouse URL] [--html report.html]');
  process.exit(2);
}
const c = await loadCollector();
const store = arg('clickhouse')
  ? await c.createClickHouseStore({ url: arg('clickhouse') })
  : await c.createDuckDbStore(arg('db', 'collector.duckdb'));
const report = await c.experimentReport(store, experimentId, arg('control') ? { control: arg('control') } : {});
console.log(c.renderTable(report));
const html = arg('html');
if (html) {
  writeFileSync(html, c.renderHtml(report));
  console.log(`HTML report: ${html}`);
}
await store.close();
process.exit(report.srm.mismatch ? 3 : 0);
