// The shopping history and the recommendation ranking are pure core: bundled as the package ships them, run in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outfile = join(mkdtempSync(join(tmpdir(), 'sf-history-')), 'core.mjs');
await build({ entryPoints: ['src/core.ts'], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
const core = await import(pathToFileURL(outfile).href);

/** A Storage-like map, wrapped in the kit's safe storage, whose contents the test can read. */
function area() {
  const map = new Map();
  const storage = {
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem: (k, v) => map.set(k, String(v)),
    removeItem: (k) => map.delete(k),
  };
  return { map, safe: core.createSafeStorage(() => storage, 'test') };
}

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 4, 4, 9, 0);

function journey(h) {
  h.recordView('aurora-road', ['bikes', 'road-bikes']);
  h.recordCategory('road-bikes');
  h.recordSearch('gloves');
  h.recordCartAdd('gloves-summer');
  h.recordPurchase(['gloves-summer']);
}

test('consent none: nothing reaches any storage, the history lives for the page only', () => {
  const local = area(); const session = area();
  const h = new core.ShoppingHistory({ consent: 'none', local: local.safe, session: session.safe, now: () => T0 });
  journey(h);
  assert.equal(local.map.size, 0);
  assert.equal(session.map.size, 0);
  assert.deepEqual(h.viewedIds(), ['aurora-road']);
  const next = new core.ShoppingHistory({ consent: 'none', local: local.safe, session: session.safe, now: () => T0 + 1000 });
  assert.deepEqual(next.viewedIds(), []);
});

test('consent functional: session storage only, never a returning visitor', () => {
  const local = area(); const session = area();
  const h = new core.ShoppingHistory({ consent: 'functional', local: local.safe, session: session.safe, now: () => T0 });
  journey(h);
  assert.equal(local.map.size, 0);
  assert.deepEqual(core.parseHistory(session.map.get(core.HISTORY_KEY)).views.map((v) => v.id), ['aurora-road']);
  const later = new core.ShoppingHistory({ consent: 'functional', local: local.safe, session: session.safe, now: () => T0 + 2 * DAY });
  assert.deepEqual(later.viewedIds(), ['aurora-road']);
  assert.equal(later.returning, false);
});

test('consent all: local storage; a new session is a returning visit with days since the last one', () => {
  const local = area(); let session = area();
  const h = new core.ShoppingHistory({ consent: 'all', local: local.safe, session: session.safe, now: () => T0 });
  journey(h);
  assert.equal(session.map.has(core.HISTORY_KEY), false);
  assert.ok(local.map.has(core.HISTORY_KEY));
  assert.equal(h.returning, false);
  // Same tab reloaded soon after: the same visit.
  const reload = new core.ShoppingHistory({ consent: 'all', local: local.safe, session: session.safe, now: () => T0 + 60_000 });
  assert.equal(reload.returning, false);
  // The tab was closed; three days later a new one.
  session = area();
  const back = new core.ShoppingHistory({ consent: 'all', local: local.safe, session: session.safe, now: () => T0 + 3 * DAY + 60_000 });
  assert.equal(back.returning, true);
  assert.equal(back.lastViewedBeforeThisVisit()?.id, 'aurora-road');
  assert.deepEqual(back.segments(true), {
    returningVisitor: true, daysSinceLastVisit: 3, categoriesViewed: ['road-bikes', 'bikes'], hasCart: true, hasPurchased: true,
  });
});

test('lowering consent erases what the lower level may not keep; clear() erases everything', () => {
  const local = area(); const session = area();
  let consent = 'all';
  const h = new core.ShoppingHistory({ consent: () => consent, local: local.safe, session: session.safe, now: () => T0 });
  journey(h);
  assert.ok(local.map.has(core.HISTORY_KEY));
  consent = 'functional';
  h.recordSearch('helmet');
  assert.equal(local.map.has(core.HISTORY_KEY), false);
  assert.ok(session.map.has(core.HISTORY_KEY));
  consent = 'none';
  assert.equal(h.consent, 'none');
  assert.equal(session.map.size + local.map.size, 0);
  consent = 'all';
  h.clear();
  assert.deepEqual(h.viewedIds(), []);
  assert.deepEqual(core.parseHistory(local.map.get(core.HISTORY_KEY)).views, []);
});

test('a consent callback that throws or answers nonsense keeps nothing and warns once', () => {
  const local = area(); const warnings = [];
  const h = new core.ShoppingHistory({ consent: () => 'yes', local: local.safe, now: () => T0, warn: (m) => warnings.push(m) });
  journey(h);
  assert.equal(local.map.size, 0);
  assert.equal(h.consent, 'none');
  assert.equal(warnings.length, 1);
});

test('caps: each list keeps its count, newest first without duplicates, and forgets what is older than maxAgeDays', () => {
  let now = T0;
  const h = new core.ShoppingHistory({ consent: 'all', local: area().safe, now: () => now, limits: { views: 3, searches: 2, maxAgeDays: 10 } });
  for (const id of ['a', 'b', 'c', 'd', 'b']) { now += 1000; h.recordView(id); }
  assert.deepEqual(h.viewedIds(), ['b', 'd', 'c']);
  for (const text of ['bike', 'Helmet', 'BIKE']) h.recordSearch(text);
  assert.deepEqual(h.recentSearches(), ['BIKE', 'Helmet']);
  h.removeSearch('helmet');
  assert.deepEqual(h.recentSearches(), ['BIKE']);
  now += 11 * DAY;
  h.recordView('e');
  assert.deepEqual(h.viewedIds(), ['e']);
  assert.deepEqual(h.recentSearches(), []);
  // Over 100 characters of search text is cut, an empty one is not kept.
  h.recordSearch('x'.repeat(500)); h.recordSearch('   ');
  assert.deepEqual(h.recentSearches().map((s) => s.length), [100]);
});

test('exportHistory is JSON of exactly what is kept', () => {
  const h = new core.ShoppingHistory({ consent: 'functional', session: area().safe, now: () => T0 });
  journey(h);
  const exported = JSON.parse(h.export());
  assert.equal(exported.consent, 'functional');
  assert.deepEqual(exported.views, [{ id: 'aurora-road', at: T0 }]);
  assert.deepEqual(exported.searches, [{ text: 'gloves', at: T0 }]);
});

test('stored history that is not ours is ignored, not trusted', () => {
  const local = area();
  local.map.set(core.HISTORY_KEY, JSON.stringify({ version: 1, views: [{ id: 1 }] }));
  const h = new core.ShoppingHistory({ consent: 'all', local: local.safe, now: () => T0 });
  assert.deepEqual(h.viewedIds(), []);
});

// ---------- recommendations ----------

const product = (id, categoryIds, stock = 5) => ({
  id, slug: id, name: id, description: '', categoryIds, images: [], vatRate: 25.5,
  variants: [{ id: `${id}-v`, sku: id, name: '', options: {}, price: core.money(1000), stock }],
});
const bike = product('aurora-road', ['bikes', 'road-bikes']);
const related = [
  product('kypara-aero', ['helmets']), product('gloves-summer', ['clothing', 'gloves']), product('light-set', ['parts', 'lights']),
  product('shoes-road', ['shoes']), product('trousers-road', ['clothing', 'trousers']), product('aurora-carbon', ['bikes', 'road-bikes']),
  product('sold-out', ['locks'], 0),
];
const noHistory = { viewedIds: [], categoriesViewed: [], purchasedIds: [] };

test('complete-the-look keeps the backend order on an empty history, without the bike, another bike or sold-out items', () => {
  const list = core.rankRecommendations({ strategy: 'complete-the-look', candidates: related, anchors: [bike], cartProductIds: [], history: noHistory, limit: 10 });
  assert.deepEqual(list.map((p) => p.id), ['kypara-aero', 'gloves-summer', 'light-set', 'shoes-road', 'trousers-road']);
});

test('complete-the-look ranks what fits what was viewed first, is deterministic, and never recommends the cart or a purchase', () => {
  const history = { viewedIds: ['shoes-gravel', 'aurora-road'], categoriesViewed: ['shoes', 'gloves', 'road-bikes'], purchasedIds: ['kypara-aero'] };
  const input = { strategy: 'complete-the-look', candidates: related, anchors: [bike], cartProductIds: ['light-set'], history, limit: 3 };
  const list = core.rankRecommendations(input);
  assert.deepEqual(list.map((p) => p.id), ['shoes-road', 'gloves-summer', 'trousers-road']);
  assert.deepEqual(core.rankRecommendations(input).map((p) => p.id), list.map((p) => p.id));
});

test('because-you-viewed favours recently viewed products; popular-in-category keeps the category order', () => {
  const history = { viewedIds: ['light-set'], categoriesViewed: [], purchasedIds: [] };
  const because = core.rankRecommendations({ strategy: 'because-you-viewed', candidates: related, anchors: [], cartProductIds: [], history, limit: 2 });
  assert.deepEqual(because.map((p) => p.id), ['light-set', 'kypara-aero']);
  const popular = core.rankRecommendations({ strategy: 'popular-in-category', candidates: related, anchors: [], cartProductIds: ['kypara-aero'], history, limit: 2 });
  assert.deepEqual(popular.map((p) => p.id), ['gloves-summer', 'light-set']);
});
