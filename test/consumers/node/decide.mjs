/* global fetch -- Node 20's */
// The README's "Experiments decided on the server" snippet, run as written by the consumer test: a node:http
// server with its own consent cookie and GrowthBook payload, asked twice by the same shopper.
import { createServer } from 'node:http';

const payload = {
  features: {
    'sf-cta-color': {
      defaultValue: 'green',
      rules: [{ key: 'cta-color-test', variations: ['green', 'red'], weights: [0.5, 0.5], coverage: 1, hashAttribute: 'id', hashVersion: 2, seed: 'cta-color-test' }],
    },
  },
};
/** The shop's cached GrowthBook answer (a real shop fetches its GrowthBook API or proxy, and caches it). */
const growthbookFeatures = async () => payload;
/** The shop's consent manager's answer for this request. */
const readConsent = (req) => (/(?:^|;\s*)consent=all(?:;|$)/.test(req.headers.cookie ?? '') ? 'all' : 'none');
const loadSnapshot = async () => ({ version: 1 });
const renderPage = (snapshot) => `<!doctype html><title>Shop</title>${snapshotScript(snapshot)}`;

// #region readme
import { decideExperiments } from 'storefront-elements/server';
import { snapshotScript } from 'storefront-elements/core';

async function handle(req, res) {
  const experiments = await decideExperiments({
    cookie: req.headers.cookie,            // reads the sf-anonymous-id cookie, or makes a new id
    consent: readConsent(req),             // 'none' | 'functional' | 'all', from your consent manager
    features: growthbookFeatures,          // a GrowthBook payload, or a function that loads it (1 s at most)
    secure: req.headers['x-forwarded-proto'] === 'https',
  });
  if (experiments.setCookie) res.setHeader('Set-Cookie', experiments.setCookie);
  res.setHeader('Vary', 'Cookie');
  res.setHeader('Cache-Control', experiments.setCookie ? 'private, no-store'
    : experiments.cache === 'private' ? 'private, max-age=60' : 'public, max-age=60');
  // The decisions join the page's snapshot: <sf-shop .snapshot> on the server, snapshot-from in the browser.
  const snapshot = { ...(await loadSnapshot(req)), ...experiments.snapshot };
  res.end(renderPage(snapshot));    // <sf-shop .snapshot=${snapshot}><sf-experiments>…</sf-experiments></sf-shop>
}
// #endregion

const server = createServer((req, res) => void handle(req, res));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const first = await fetch(url, { headers: { cookie: 'consent=all' } });
const cookie = first.headers.get('set-cookie');
const id = /^sf-anonymous-id=([^;]+)/.exec(cookie)[1];
const again = await fetch(url, { headers: { cookie: `consent=all; sf-anonymous-id=${id}` } });
const none = await fetch(url);
const part = (html) => JSON.parse(/id="sf-snapshot">(.*)<\/script>/.exec(html)[1]).experiments;
const [a, b, c] = [part(await first.text()), part(await again.text()), part(await none.text())];
console.log(JSON.stringify({
  cookie: cookie.replace(id, '<id>'),
  firstCache: first.headers.get('cache-control'),
  againCookie: again.headers.get('set-cookie'),
  againCache: again.headers.get('cache-control'),
  sameVariant: a.features['sf-cta-color'].variationId === b.features['sf-cta-color'].variationId,
  sameId: a.anonymousId === id && b.anonymousId === id,
  noConsent: [c.reason, none.headers.get('set-cookie'), none.headers.get('cache-control'), none.headers.get('vary')],
}));
server.close();
