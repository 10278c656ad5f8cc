// The server snapshot (core/snapshot.ts): the data a server-rendered page carries in a <script type="application/json">.
// A product name is shop data, i.e. anyone's text: it must not be able to end the script, open a comment or reach
// the page as markup, and it must come back unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const core = await import('../../dist/core.js');
const { LocalCommerceAdapter } = await import('../../dist/adapters/local/index.js');

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >x',
  '<!--<script>',
  '<img src=x onerror=alert(1)>',
  ']]></script>',
  '& &amp; &lt;/script&gt;',
  'line\u2028separator\u2029paragraph',
  '"\'\\`${x}',
  'ääkköset ja €',
];

const adapter = new LocalCommerceAdapter({ crossTab: false });
const page = await adapter.listProducts({ limit: HOSTILE.length });
const hostilePage = { ...page, items: page.items.map((p, i) => ({ ...p, name: HOSTILE[i % HOSTILE.length], brand: HOSTILE[(i + 1) % HOSTILE.length] })) };
const snapshot = { version: 1, listings: { [core.listingKey({ limit: HOSTILE.length })]: hostilePage } };

/** What an HTML parser does with a script element's text: it ends at the first `</script` in any case. */
function scriptTextAsParsed(html) {
  const open = html.indexOf('>') + 1;
  const end = html.toLowerCase().indexOf('</script', open);
  return html.slice(open, end);
}

test('hostile strings cannot end the script or open a comment, and read back unchanged', () => {
  const json = core.serializeSnapshot(snapshot);
  for (const c of ['<', '>', '&', '\u2028', '\u2029']) assert.ok(!json.includes(c), `no raw ${JSON.stringify(c)}`);
  const script = core.snapshotScript(snapshot, 'shop-data');
  // The parser's view of the script is the whole JSON: nothing after it, nothing cut short.
  assert.equal(scriptTextAsParsed(script), json);
  assert.ok(script.endsWith('</script>'));
  assert.equal(script.toLowerCase().split('</script').length, 2, 'one closing tag, the real one');
  const back = core.parseSnapshot(scriptTextAsParsed(script));
  assert.deepEqual(back.problems, []);
  assert.deepEqual(back.snapshot, snapshot);
  assert.deepEqual(back.snapshot.listings[core.listingKey({ limit: HOSTILE.length })].items.map((p) => p.name), hostilePage.items.map((p) => p.name));
});

test('the script id is refused unless plain', () => {
  assert.throws(() => core.snapshotScript(snapshot, '"><script>'), TypeError);
  assert.throws(() => core.snapshotScript(snapshot, ''), TypeError);
  assert.match(core.snapshotScript(snapshot), /^<script type="application\/json" id="sf-snapshot">/);
});

test('a malformed snapshot is refused part by part, never thrown', () => {
  assert.deepEqual(core.parseSnapshot('{not json').problems, ['is not JSON']);
  assert.equal(core.parseSnapshot('{"version":2}').snapshot, undefined);
  assert.equal(core.parseSnapshot('[]').snapshot, undefined);
  assert.equal(core.parseSnapshot(null).snapshot, undefined);
  const mixed = core.parseSnapshot({ version: 1, categoryTree: [{ id: 'x' }], listings: snapshot.listings });
  assert.equal(mixed.snapshot.categoryTree, undefined, 'the invalid tree is left out');
  assert.deepEqual(mixed.snapshot.listings, snapshot.listings, 'the valid listing is kept');
  assert.equal(mixed.problems.length, 1);
  assert.match(mixed.problems[0], /categoryTree/);
  // The experiments part: parseSnapshot checks it; <sf-shop>'s reading leaves it, unread, to <sf-experiments>.
  const forged = { version: 1, categoryTree: snapshot.categoryTree, experiments: { reason: 'because', features: {} } };
  const checked = core.parseSnapshot(forged);
  assert.equal(checked.snapshot.experiments, undefined);
  assert.match(checked.problems.join(), /experiments\.reason/);
  const passedOn = core.parseSnapshotExceptExperiments(forged);
  assert.deepEqual(passedOn.problems, []);
  assert.equal(passedOn.snapshot.experiments, forged.experiments);
  assert.deepEqual(passedOn.snapshot.categoryTree, snapshot.categoryTree);
});

test('listing keys ignore what does not change the answer', () => {
  const a = core.listingKey({ categoryId: 'bikes', limit: 12, sort: 'relevance', filters: { b: ['2', '1'], a: ['x'], c: [] } });
  const b = core.listingKey({ limit: 12, categoryId: 'bikes', filters: { a: ['x'], b: ['1', '2'] } });
  assert.equal(a, b);
  assert.notEqual(core.listingKey({ limit: 12 }), core.listingKey({ limit: 24 }));
  // Whatever a page set on the list before its checks ran: a key, never a throw.
  const cyclic = {};
  cyclic.self = cyclic;
  assert.equal(typeof core.listingKey({ categoryId: cyclic, limit: NaN, sort: cyclic, filters: cyclic }), 'string');
  assert.notEqual(core.listingKey({ limit: 12 }), core.listingKey({ limit: 12, sort: 'price-asc' }));
});

test('loadSnapshot asks the adapter once per part and leaves out what failed', async () => {
  const calls = [];
  const failing = new Proxy(adapter, {
    get: (t, k) => (typeof t[k] === 'function'
      ? (...a) => {
        calls.push(k);
        return k === 'getCategoryTree' ? Promise.reject(new Error('down')) : t[k](...a);
      }
      : t[k]),
  });
  const s = await core.loadSnapshot(failing, { listings: [{ limit: 3 }], categoryTree: true, deliveryMethods: true });
  assert.deepEqual(calls.sort(), ['getCategoryTree', 'getDeliveryMethods', 'listProducts']);
  assert.equal(s.categoryTree, undefined);
  assert.equal(core.snapshotListing(s, { limit: 3 }).items.length, 3);
  assert.ok(s.deliveryMethods.length > 0);
  assert.equal(s.cart, undefined, 'no cart unless asked for');
});

test('products by id travel in the snapshot for product pages; a malformed one is dropped, not thrown', async () => {
  const [first] = page.items;
  const loaded = await core.loadSnapshot(adapter, { products: [first.id, 'no-such-product'] });
  assert.deepEqual(Object.keys(loaded.products), [first.id], 'a product that failed to load is left out');
  const back = core.parseSnapshot(core.serializeSnapshot(loaded));
  assert.deepEqual(back.problems, []);
  assert.deepEqual(core.snapshotProduct(back.snapshot, first.id), first);
  assert.equal(core.snapshotProduct(back.snapshot, 'toString'), undefined, 'only own keys');
  const bad = core.parseSnapshot({ version: 1, products: { [first.id]: { ...first, variants: 'x' } } });
  assert.equal(bad.snapshot.products, undefined);
  assert.equal(bad.problems.length, 1);
});
