// `npm run collector [-- --port 8787 --db events.duckdb | --clickhouse http://127.0.0.1:8123 | --print-sql duckdb]`:
// the collector on 127.0.0.1, writing to DuckDB (default ./collector.duckdb) or ClickHouse.
import { createServer } from 'node:http';
import { loadCollector } from './load-collector.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const c = await loadCollector();

const printSql = arg('print-sql');
if (printSql) {
  const q = c.growthbookQueries(printSql);
  console.log(`-- Experiment assignment query (${printSql})\n${q.exposure};\n`);
  for (const [name, sql] of Object.entries(q.metrics)) console.log(`-- Metric ${name}\n${sql};\n`);
  process.exit(0);
}

const store = arg('clickhouse')
  ? await c.createClickHouseStore({ url: arg('clickhouse') })
  : await c.createDuckDbStore(arg('db', 'collector.duckdb'));
const collector = c.createCollector({ store });
const port = Number(arg('port', '8787'));
const server = createServer((req, res) => {
  if (new URL(req.url ?? '/', 'http://x').pathname !== '/collect') {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not_found","reason":"POST batches to /collect"}');
    return;
  }
  collector.handler(req, res);
});
server.listen(port, '127.0.0.1', () => console.log(`collector: POST http://127.0.0.1:${port}/collect -> ${store.engine}`));
const stop = () => server.close(() => store.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
