// The reference server: storefront-elements rendered on the server with @lit-labs/ssr and hydrated in the browser,
// on plain node:http (no framework: the integration points, routing, one snapshot per page, rendering, the page
// shell and the client bundle, stay visible in one file, and nothing is added to the kit's dependencies).
//
// Stateless: a page is a function of its URL, the catalogue and the request's cookies (the cart, the experiment
// assignment and consent, see decidePageExperiments), so any number of these run behind a load balancer. The
// embedded local backend's catalogue is loaded here; the shopper's cart lives in a first-party cookie that this
// server and the browser's adapter both read and write (cart-forms.mjs: add to cart and the cart page work without
// JavaScript), their orders in their browser's storage. A page without a shopper's cart or id may be cached
// (varying on Cookie); a page with one is the shopper's own (private).
//
//   npm run build && npm run demo            (PORT=8080 by default; PORT=0 picks a free one)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build } from 'esbuild';
import '../dist/define/index.js';
import { loadSnapshot, snapshotScript, serializeSnapshot } from '../dist/core.js';
import { LocalCommerceAdapter } from '../dist/adapters/local/index.js';
import { decideExperiments, readCookie } from '../dist/server/index.js';
import { GROWTHBOOK, LISTING_LIMIT, ROUTES, page, pageTitle } from './page.mjs';
import { CART_STATUS, handleCartPost, hasCartCookie, isCartPost, requestAdapter } from './cart-forms.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Context on the server: the kit's elements get their connectedCallback, where @lit/context finds <sf-shop>.
LitElementRenderer.renderOptions.push((el) => (el.localName.startsWith('sf-') ? { connectedCallback: true } : undefined));

/** Reads the URL into a route; anything else is a 404 page. */
export function route(url) {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  let m;
  if (path === '/') return { kind: 'home' };
  if ((m = /^\/c\/([\w-]+)$/.exec(path))) return { kind: 'category', id: m[1] };
  if (path === '/search') return { kind: 'search', q: (url.searchParams.get('q') ?? '').trim().slice(0, 100) };
  if ((m = /^\/p\/([\w-]+)$/.exec(path))) return { kind: 'product', id: m[1] };
  if (path === '/cart') return cartRoute(url);
  if (path === '/checkout') return { kind: 'checkout' };
  if ((m = /^\/order\/([\w-]+)$/.exec(path))) return { kind: 'order', code: m[1] };
  return { kind: 'not-found' };
}

/** The cart page, with the status a no-JavaScript cart form left (`?status=added`; see cart-forms.mjs). */
function cartRoute(url) {
  const status = url.searchParams.get('status');
  return status && Object.hasOwn(CART_STATUS, status) ? { kind: 'cart', status } : { kind: 'cart' };
}

/** What the server loads for a page, once, through the adapter (the shopper's cart too, with `cart`). */
async function load(adapter, r, cart = false) {
  const listings = r.kind === 'home' ? [{ limit: LISTING_LIMIT }] : r.kind === 'category' ? [{ categoryId: r.id, limit: LISTING_LIMIT }] : [];
  const snapshot = await loadSnapshot(adapter, {
    listings,
    products: r.kind === 'product' ? [r.id] : [],
    categoryTree: true,
    deliveryMethods: true,
    cart,
  });
  // Category links are the shop's routes, not the backend's.
  const relink = (tree) => tree.map((c) => ({ ...c, href: ROUTES.category(c.id), children: relink(c.children ?? []) }));
  const withLinks = { ...snapshot, ...(snapshot.categoryTree ? { categoryTree: relink(snapshot.categoryTree) } : {}) };
  const results = r.kind === 'search' && r.q ? (await adapter.search(r.q, { limit: 24 })).items : [];
  const homeMethod = snapshot.deliveryMethods?.find((m) => m.kind === 'home')?.id;
  let status = 200;
  if (r.kind === 'not-found') status = 404;
  if (r.kind === 'product' && !withLinks.products?.[r.id]) status = 404;
  if (r.kind === 'category' && !JSON.stringify(withLinks.categoryTree ?? []).includes(`"id":${JSON.stringify(r.id)}`)) status = 404;
  return { status, snapshot: withLinks, data: { results, homeMethod } };
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The whole HTML page for a URL: server-rendered body, the snapshot, the page's own data, the client bundle.
 * `cart`: the adapter is bound to this shopper's cart; it goes into the page (which is then theirs alone).
 * `experiments`: this request's decision (decidePageExperiments), whose part joins the snapshot. `preloads`: the
 * page's `<link rel="modulepreload">` tags for its HTML (from bundleClient).
 */
export async function renderPage(adapter, url, css = '', { cart = false, preloads = () => '', experiments = undefined } = {}) {
  const r = route(url);
  const { status, snapshot: loaded, data: pageData } = await load(adapter, r, cart);
  const { snapshot, data } = withExperiments(loaded, pageData, experiments);
  const body = await collectResult(render(page(r, { ...data, snapshot }, adapter)));
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Pyöräpaja, the storefront-elements demo shop: bicycles, helmets and gear, server-rendered.">
<title>${escapeHtml(pageTitle(r, { snapshot }))}</title>
<link rel="icon" href="data:,">
<style>${css}</style>
<script type="module" src="/js/hydrate-support.js"></script>
<script type="module" src="/js/client.js"></script>
${preloads(body)}
</head>
<body>
<div id="app">${body}</div>
${snapshotScript(snapshot)}
<script type="application/json" id="demo-page">${serializeSnapshot({ route: r, data })}</script>
</body>
</html>`;
  return { status, html };
}

/**
 * The browser bundle (production lit, minified), built once at start, split so that what the kit loads lazily
 * (GrowthBook, web-vitals, other languages, later checkout steps) stays out of the first download. Returns
 * `{ files: { '/js/client.js': text, … }, preloadsFor(html) }`.
 */
async function bundleClient({ dev = false, loader = 'define' } = {}) {
  const out = await build({
    // Two entries, loaded in this order by two script tags: with code splitting esbuild may evaluate a shared
    // chunk (lit-element) before the entry's own first import, and lit's hydrate support must come first.
    entryPoints: {
      'hydrate-support': '@lit-labs/ssr-client/lit-element-hydrate-support.js',
      client: fileURLToPath(new URL(loader === 'autoloader' ? 'client-autoloader.mjs' : 'client.mjs', import.meta.url)),
    },
    bundle: true, minify: !dev, format: 'esm', target: 'es2022', platform: 'browser', write: false, metafile: true,
    splitting: true, outdir: '/js', chunkNames: 'chunk-[hash]',
    conditions: dev ? ['development'] : ['production'], define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' }, legalComments: 'none', logLevel: 'error',
  });
  const files = Object.fromEntries(out.outputFiles.map((f) => [`/js/${f.path.split('/').pop()}`, f.text]));
  // The autoloader fetches what appears; preloading chunks would undo that.
  return { files, preloadsFor: loader === 'autoloader' ? () => '' : modulePreloads(out.metafile) };
}

/**
 * `<link rel="modulepreload">` for what a page will import while it hydrates: client.mjs imports the define module
 * of each element on the page one at a time, and none of those steps should wait for the network. Only those: the
 * chunks the entries import statically, and the static closure of the define module of each kit tag in the page's
 * HTML. Not the lazy chunks behind them (GrowthBook, web-vitals, other languages, later checkout steps, the
 * drawer's contents): preloading those would spend the first seconds' bandwidth on what the page may never use.
 * Returns a function of the page's HTML.
 */
function modulePreloads(metafile) {
  const outputs = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.js'));
  const url = (path) => `/js/${path.split('/').pop()}`;
  const closure = (start) => {
    const seen = new Set();
    const queue = [start];
    while (queue.length) {
      const path = queue.pop();
      if (seen.has(path)) continue;
      seen.add(path);
      for (const i of metafile.outputs[path]?.imports ?? []) if (i.kind === 'import-statement') queue.push(i.path);
    }
    return seen;
  };
  const entries = new Set(outputs.filter(([, o]) => /(client|client-autoloader)\.mjs$|hydrate-support\.js$/.test(o.entryPoint ?? '')).map(([p]) => p));
  const always = new Set([...entries].flatMap((e) => [...closure(e)]));
  const byTag = new Map();
  for (const [path, o] of outputs) {
    const tag = /define\/(sf-[a-z-]+)\.js$/.exec(o.entryPoint ?? '')?.[1];
    if (tag) byTag.set(tag, closure(path));
  }
  return (html) => {
    const wanted = new Set();
    for (const [, tag] of html.matchAll(/<(sf-[a-z-]+)[\s>]/g)) for (const p of byTag.get(tag) ?? []) wanted.add(p);
    return [...new Set([...always, ...wanted])]
      .filter((p) => !entries.has(p))
      .map((p) => `<link rel="modulepreload" href="${url(p)}">`)
      .join('\n');
  };
}

/**
 * Starts the demo server. Returns { url, close() }. `port` 0 picks a free port; `dev` ships lit's development build
 * (its warnings say which element and part a hydration mismatch is in); `loader: 'autoloader'` registers the
 * elements with storefront-elements/autoloader instead of the page's define modules.
 */
export async function startDemoServer({ port = 8080, host = '127.0.0.1', dev = false, loader = 'define', origin } = {}) {
  const adapter = new LocalCommerceAdapter({ imageBase: '/images', crossTab: false, storage: readOnlyStorage() });
  const { files: client, preloadsFor: preloads } = await bundleClient({ dev, loader });
  const css = await readFile(new URL('demo.css', import.meta.url), 'utf8');
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (isCartPost(req, url)) return await handleCartPost(req, res, url, { storage: readOnlyStorage(), origin });
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      if (Object.hasOwn(client, url.pathname)) return send(res, 200, 'text/javascript', client[url.pathname], 'public, max-age=300', req);
      const image = /^\/images\/([\w-]+\.svg)$/.exec(url.pathname);
      if (image) {
        const svg = await readFile(`${ROOT}src/adapters/local/images/${image[1]}`).catch(() => undefined);
        return svg ? send(res, 200, 'image/svg+xml', svg, 'public, max-age=86400') : send(res, 404, 'text/plain', 'not found');
      }
      if (url.pathname === `${GROWTHBOOK.apiHost}/api/features/${GROWTHBOOK.clientKey}`) return sendFeatures(res, req);
      const experiments = await decidePageExperiments(req);
      const { status, html, withCart } = await renderCartAwarePage(req, adapter, url, css, preloads, experiments);
      sendPage(res, status, html, req, experiments, withCart);
    } catch (e) {
      console.error(e);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Server error');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address();
  return {
    url: `http://${host}:${actual}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

// --- Experiments decided on the server -------------------------------------------------------------------------

/** The demo's GrowthBook features (a real shop fetches its GrowthBook API or proxy here, cached for a minute). */
const FEATURES = JSON.parse(await readFile(new URL('../src/services/experiments/demo-features.json', import.meta.url), 'utf8'));

/**
 * The shopper's consent, from the shop's consent manager. The demo's stand-in is a `sf-consent` cookie
 * (`none` | `functional` | `all`, set by the tests or by hand); a real shop reads its consent manager's cookie.
 */
export function demoConsent(req) {
  const value = readCookie(req.headers.cookie, 'sf-consent');
  return value === 'all' || value === 'functional' ? value : 'none';
}

/** Decides this request's experiments: by the anonymous-id cookie, as far as consent allows. */
export async function decidePageExperiments(req, { features = FEATURES } = {}) {
  const consent = demoConsent(req);
  const secure = req.socket?.encrypted === true || req.headers['x-forwarded-proto'] === 'https';
  return { ...(await decideExperiments({ cookie: req.headers.cookie, consent, features, secure })), consent };
}

/** The page's snapshot with the experiments part, and the consent the page's <sf-shop> is rendered with. */
function withExperiments(snapshot, data, experiments) {
  if (!experiments) return { snapshot, data };
  return { snapshot: { ...snapshot, ...experiments.snapshot }, data: { ...data, consent: experiments.consent } };
}

/**
 * Sends a page with its experiment headers. The page depends on the cookies (the assignment, the consent), so it
 * always varies on Cookie. One that carries a shopper's id or assignment (or sets the cookie) is private: no
 * shared cache may keep it. One without (no consent: control for all) is the same for every such request.
 */
function sendPage(res, status, html, req, experiments, withCart = false) {
  if (experiments?.setCookie) res.setHeader('set-cookie', experiments.setCookie);
  // A page with the shopper's cart in it, or that sets their id, is theirs alone and not kept; one with their id
  // or assignment may be kept by their browser only; one without either is the same for every such request.
  const cache = withCart || experiments?.setCookie ? 'private, no-store' : experiments?.cache === 'private' ? 'private, max-age=60' : 'public, max-age=60';
  send(res, status, 'text/html; charset=utf-8', html, cache, req, 'accept-encoding, cookie');
}

/** The features as the GrowthBook API answers them, for GrowthBook in the browser (features not decided here). */
function sendFeatures(res, req) {
  send(res, 200, 'application/json', JSON.stringify(FEATURES), 'public, max-age=60', req);
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * A page for a request: with a cart cookie, rendered with the shopper's cart (the server's adapter reads it from
 * the cookie) and marked theirs alone; without one, the shared page. Returns { status, html, withCart }.
 */
async function renderCartAwarePage(req, adapter, url, css, preloads, experiments) {
  const withCart = hasCartCookie(req);
  if (!withCart) return { ...(await renderPage(adapter, url, css, { preloads, experiments })), withCart };
  const own = requestAdapter(req, { storage: readOnlyStorage() });
  try {
    return { ...(await renderPage(own.adapter, url, css, { cart: true, preloads, experiments })), withCart };
  } finally {
    own.adapter.dispose();
  }
}

/**
 * Sends a response, gzipped when the browser takes it: each element's styles are repeated in every declarative
 * shadow root, which compresses to a fraction.
 */
function send(res, status, type, body, cache = 'no-store', req = undefined, vary = 'accept-encoding') {
  const headers = { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff', vary };
  if (req && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
    res.end(gzipSync(body));
    return;
  }
  res.writeHead(status, headers);
  res.end(body);
}

/** The server's embedded backend keeps no storage of its own: carts travel in their cookie, orders stay in the browser. */
function readOnlyStorage() {
  return { degraded: false, get: () => null, set: () => {}, remove: () => {} };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await startDemoServer({ port: Number(process.env.PORT ?? 8080), dev: process.env.DEMO_DEV === '1' });
  console.log(`storefront-elements demo: ${url}/`);
}
