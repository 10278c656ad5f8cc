// storefront-elements/core must import and run in Node with no DOM: bundle it as the package would ship it and use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outfile = join(mkdtempSync(join(tmpdir(), 'sf-core-')), 'core.mjs');
await build({ entryPoints: ['src/core.ts'], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
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

test('the delivery promise computes in Node, in the shop zone, with the Finnish calendar', () => {
  // Wednesday 23 December 2026, 13:00 in Helsinki: ships today; 24-27 December are holidays or Sunday.
  const p = core.promiseDelivery({
    now: new Date('2026-12-23T11:00:00Z'), timeZone: 'Europe/Helsinki', cutoff: '14:00',
    transitDays: { min: 1, max: 2 }, holidays: 'FI',
  });
  assert.equal(p.dispatchDate, '2026-12-23');
  assert.equal(p.earliest, '2026-12-28');
  assert.equal(p.latest, '2026-12-29');
  assert.equal(p.orderBy.toISOString(), '2026-12-23T12:00:00.000Z');
});
