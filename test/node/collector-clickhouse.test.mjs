// The collector's ClickHouse store against Debian's clickhouse-server (18.16), started and stopped here: the same
import { setTimeout as sleep } from 'node:timers/promises';
// seeded shoppers give the same report as the embedded DuckDB store, and GrowthBook's ClickHouse SQL runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCollector } from '../../scripts/load-collector.mjs';

const c = await loadCollector();
const haveServer = spawnSync('sh', ['-c', 'command -v clickhouse-server']).status === 0;

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

async function startClickHouse() {
  const dir = mkdtempSync(join(tmpdir(), 'sf-clickhouse-'));
  const [http, tcp] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'users.xml'), `<yandex><profiles><default/></profiles><quotas><default/></quotas><users><default>
    <password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users></yandex>`);
  writeFileSync(join(dir, 'config.xml'), `<yandex><logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/error.log</errorlog></logger>
    <http_port>${http}</http_port><tcp_port>${tcp}</tcp_port><listen_host>127.0.0.1</listen_host>
    <path>${dir}/data/</path><tmp_path>${dir}/tmp/</tmp_path><users_config>${dir}/users.xml</users_config>
    <mark_cache_size>5368709120</mark_cache_size></yandex>`);
  const child = spawn('clickhouse-server', [`--config-file=${join(dir, 'config.xml')}`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${http}`;
  // Ready when it answers; bounded (ready in about 4 s here).
  for (let i = 0; i < 120; i++) {
    try {
      if ((await globalThis.fetch(`${url}/?query=SELECT%201`)).ok) break;
    } catch { /* not listening yet */ }
    await sleep(250);
  }
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, stop };
}

test('ClickHouse: the same shoppers give the same report as DuckDB; GrowthBook SQL runs', { skip: !haveServer && 'clickhouse-server is not installed (.ci/run installs it)' }, async () => {
  const server = await startClickHouse();
  try {
    const options = { shoppers: 600, seed: 21, variations: [{ id: '0', purchaseEffect: 0 }, { id: '1', purchaseEffect: 0.3 }] };
    const reports = [];
    for (const store of [await c.createClickHouseStore({ url: server.url }), await c.createDuckDbStore()]) {
      const collector = c.createCollector({ store });
      const sim = await c.simulate({ fetch: c.handlerFetch(collector.handler), ...options });
      assert.equal(sim.failures.length, 0, JSON.stringify(sim.failures.slice(0, 2)));
      // A retried batch is stored once.
      const again = await collector.ingest(JSON.stringify({ events: (await store.query("SELECT event_id, name, params, context, timestamp_ms FROM sf_events WHERE name = 'purchase' LIMIT 3")).map((r) => ({ id: r.event_id, name: r.name, params: JSON.parse(r.params), context: JSON.parse(r.context), timestamp: Number(r.timestamp_ms) })) }));
      assert.equal(again.body.duplicates, 3);
      reports.push(await c.experimentReport(store, 'cta-color-test'));
      if (store.engine === 'clickhouse') {
        const q = c.growthbookQueries('clickhouse');
        const fill = (sql) => c.fillDates(sql, new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 11, 31)));
        assert.equal((await store.query(fill(q.exposure))).length, 600);
        for (const [name, sql] of Object.entries(q.metrics)) assert.ok((await store.query(fill(sql))).length > 0, name);
      }
      await store.close();
    }
    const pick = (r) => r.variations.map((v) => [v.variation, v.users, v.purchasers, v.addToCarts, Math.round(v.revenue * 100)]);
    assert.deepEqual(pick(reports[0]), pick(reports[1]));
  } finally {
    await server.stop();
  }
});
