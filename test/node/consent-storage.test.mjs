// The consent-routed store behind experiments, feedback and order status: pure core, bundled as shipped, run in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outfile = join(mkdtempSync(join(tmpdir(), 'sf-consent-')), 'core.mjs');
await build({ entryPoints: ['src/core.ts'], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
const core = await import(pathToFileURL(outfile).href);

/** A Storage-like map (with key()/length, as web storage) wrapped in the kit's safe storage. */
function area() {
  const map = new Map();
  const storage = {
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem: (k, v) => map.set(k, String(v)),
    removeItem: (k) => map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() { return map.size; },
  };
  return { map, safe: core.createSafeStorage(() => storage, 'test', () => {}) };
}

function setup(initial = 'all') {
  const local = area();
  const session = area();
  let consent = initial;
  const store = core.createConsentStorage({
    consent: () => consent, local: local.safe, session: session.safe, owns: (k) => k.startsWith('mine:'),
  });
  return { local: local.map, session: session.map, store, set: (c) => (consent = c) };
}

test('each consent level writes to its own area only; keys it does not own are never touched', () => {
  for (const [consent, where] of [['all', 'local'], ['functional', 'session'], ['none', undefined]]) {
    const s = setup(consent);
    s.local.set('other', 'x');
    s.store.set('mine:a', '1');
    assert.equal(s.store.get('mine:a'), '1', consent);
    assert.deepEqual([...s.local.keys()], where === 'local' ? ['other', 'mine:a'] : ['other'], consent);
    assert.deepEqual([...s.session.keys()], where === 'session' ? ['mine:a'] : [], consent);
  }
});

test('created under a lower consent, it erases what an earlier visit kept above it, without carrying it over', () => {
  const local = area();
  const session = area();
  local.map.set('mine:id', 'old');
  local.map.set('other', 'x');
  const store = core.createConsentStorage({ consent: () => 'functional', local: local.safe, session: session.safe, owns: (k) => k.startsWith('mine:') });
  assert.deepEqual([...local.map.keys()], ['other']);
  assert.equal(store.get('mine:id'), null);
});

test('lowering moves the values in use down and erases them above; raising keeps them from then on', () => {
  const s = setup('all');
  s.store.set('mine:id', 'abc');
  s.set('functional');
  s.store.sync();
  assert.deepEqual([...s.local.keys()], []);
  assert.equal(s.session.get('mine:id'), 'abc');
  s.set('none');
  assert.equal(s.store.get('mine:id'), 'abc', 'this page view keeps it in memory');
  assert.deepEqual([...s.session.keys()], []);
  s.set('all');
  s.store.sync();
  assert.equal(s.local.get('mine:id'), 'abc', 'kept from then on');
  s.store.erase();
  assert.deepEqual([...s.local.keys(), ...s.session.keys()], []);
  assert.equal(s.store.get('mine:id'), null);
});

test('a consent callback that throws or answers something else counts as none', () => {
  const local = area();
  const session = area();
  const store = core.createConsentStorage({ consent: () => { throw new Error('cmp down'); }, local: local.safe, session: session.safe, owns: () => true });
  store.set('k', 'v');
  assert.equal(store.consent, 'none');
  assert.deepEqual([...local.map.keys(), ...session.map.keys()], []);
});
