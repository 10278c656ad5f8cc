// `npm test`: the browser suite (every test, in Chromium) and the Node check that storefront-elements/core needs no DOM.
// Ends with one line `tests: N passed, N failed` and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsVendure, startVendure } from './vendure-server.mjs';

const extra = process.argv.slice(2);
const countsFile = join(mkdtempSync(join(tmpdir(), 'sf-test-')), 'counts.json');
// The Vendure tests run against a real server (backend/server.mjs), started only when they are selected.
const vendure = needsVendure(extra) ? await startVendure() : undefined;
const browser = spawnSync('npx', ['wtr', '--config', 'test/web-test-runner.config.mjs', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, SF_TEST_COUNTS: countsFile, ...(vendure?.shopApi ? { SF_VENDURE_SHOP_API: vendure.shopApi } : {}) },
});
await vendure?.stop();
const web = existsSync(countsFile)
  ? JSON.parse(readFileSync(countsFile, 'utf8'))
  : { passed: 0, failed: 1, skipped: 0, sessionErrors: 1 };

let node = { passed: 0, failed: 0 };
let nodeStatus = 0;
if (extra.length === 0) {
  // One file at a time: dist.test.mjs rebuilds dist/ while consumers.test.mjs packs it.
  const run = spawnSync('node', ['--test', '--test-concurrency=1', '--test-reporter=tap', 'test/node/'], { encoding: 'utf8' });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  node = {
    passed: Number(/^# pass (\d+)/m.exec(run.stdout)?.[1] ?? 0),
    failed: Number(/^# fail (\d+)/m.exec(run.stdout)?.[1] ?? 1),
  };
  nodeStatus = run.status ?? 1;
}

const passed = web.passed + node.passed;
// A Vendure server that would not start is a failure of its own, whatever the browser reported.
const failed = web.failed + web.sessionErrors + node.failed + (vendure && !vendure.shopApi ? 1 : 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(browser.status !== 0 || nodeStatus !== 0 || failed > 0 ? 1 : 0);
