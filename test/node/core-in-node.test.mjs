// storefront-kit/core must import and run in Node with no DOM: bundle it as the package would ship it and use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outfile = join(mkdtempSync(join(tmpdir(), 'sf-core-')), 'core.mjs');
await build({ entryPoints: ['src/core/index.ts'], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
const core = await import(pathToFileURL(outfile).href);

test('core has no DOM in Node', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test('money formats in all three locales in Node', () => {
  const price = core.money(124040);
  assert.equal(core.formatMoney(price, 'fi').replace(/\s/g, ' '), '1 240,40 €');
  assert.equal(core.formatMoney(price, 'sv').replace(/\s/g, ' '), '1 240,40 €');
  assert.equal(core.formatMoney(price, 'en'), '€1,240.40');
});

test('safe storage falls back to memory where there is no localStorage', () => {
  const warnings = [];
  const store = core.createSafeStorage(() => globalThis.localStorage, 'test storage', (m) => warnings.push(m));
  store.set('k', 'v');
  assert.equal(store.get('k'), 'v');
  assert.equal(store.degraded, true);
  assert.equal(warnings.length, 1);
});
