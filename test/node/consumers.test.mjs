// The package as an app gets it: `npm pack` once, installed from the npm cache into fixture apps (test/consumers/),
// then (1) Vite + strict TypeScript, (2) React 19 + Vite, (3) a page with no build step and an import map,
// (4) plain Node, including the adapter contract from storefront-elements/testing under node:test. Needs
// `npm run build` first (CI builds before testing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../helpers/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.svg': 'image/svg+xml', '.css': 'text/css' };
// The versions this repository installs, so the cache already holds them.
const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies;
const APP_DEPENDENCIES = {
  vite: readVersion('vite'), typescript: own.typescript, react: own.react, 'react-dom': own['react-dom'],
  '@types/react': '^19', '@types/react-dom': '^19',
};

let work;
let app;
let browser;
const servers = [];

function readVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function run(command, args, cwd) {
  // A child `node --test` must not think it runs inside this test run (node:test tells its children so by env).
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function npmInstall(cwd, offline) {
  return run('npm', ['install', offline ? '--offline' : '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], cwd);
}

/** Serves `dir` (and the app's node_modules under /node_modules) on a free port. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const base = path.startsWith('/node_modules/') ? app : dir;
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    if (!file.startsWith(base)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

/** Opens `url` and collects what would tell an integrator something is broken: errors and failed requests. */
async function open(url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // A failed request is reported below with its URL; the console's copy has none (and covers the favicon).
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  await page.goto(url);
  return { page, problems };
}

/** Every product image in the list has loaded (a broken URL never gets a natural width). */
/* global document */
async function imagesLoaded(page) {
  await page.locator('sf-product-card [part=image] img, sf-product-card img').first().waitFor();
  await page.waitForFunction(() => {
    const list = document.querySelector('sf-product-list');
    const images = [...(list?.shadowRoot?.querySelectorAll('sf-product-card') ?? [])]
      .map((card) => card.shadowRoot?.querySelector('img'));
    return images.length > 0 && images.every((img) => !!img && img.complete && img.naturalWidth > 0);
  }, undefined, { timeout: 15000 });
}

/** Adds the first product with a real click and waits for the drawer to open. */
async function addAndOpenDrawer(page) {
  await page.locator('sf-add-to-cart button[aria-disabled=false]').first().click();
  await page.locator('sf-cart-drawer dialog[open]').waitFor({ timeout: 15000 });
}

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'sf-consumers-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }));
  app = join(work, 'app');
  cpSync(join(ROOT, 'test/consumers'), app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({
    name: 'consumer-apps', private: true, type: 'module',
    dependencies: { 'storefront-elements': `file:../${packed.filename}`, ...APP_DEPENDENCIES },
  }, null, 2));
  // From the same npm cache as this repository's install; --prefer-offline only for what the cache misses.
  let install = npmInstall(app, true);
  if (install.status !== 0) install = npmInstall(app, false);
  assert.equal(install.status, 0, install.output);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const tsc = (project) => run('node', [join(app, 'node_modules/typescript/bin/tsc'), '-p', project], app);
const vite = (...args) => run('node', [join(app, 'node_modules/vite/bin/vite.js'), ...args], app);

test('Vite + strict TypeScript: the define entry types every tag, tsc and vite build pass, the built page sells', async () => {
  const typed = tsc('vite/tsconfig.json');
  assert.equal(typed.status, 0, typed.output);
  const built = vite('build', 'vite', '--logLevel', 'error');
  assert.equal(built.status, 0, built.output);
  const { page, problems } = await open(await serve(join(app, 'vite/dist')));
  await imagesLoaded(page);
  await addAndOpenDrawer(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Vite + the autoloader: typed from its entry alone, split into one chunk per element, the page sells and loads no element it lacks', async () => {
  const typed = tsc('autoloader/tsconfig.json');
  assert.equal(typed.status, 0, typed.output);
  const built = vite('build', 'autoloader', '--logLevel', 'error');
  assert.equal(built.status, 0, built.output);
  const assets = join(app, 'autoloader/dist/assets');
  const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
  // One Lit for every chunk: the elements share it (and the kit's core) instead of carrying copies.
  const withLit = chunks.filter((f) => readFileSync(join(assets, f), 'utf8').includes('litHtmlVersions'));
  assert.equal(withLit.length, 1, `lit-html is in ${withLit.join(', ')}`);
  assert.ok(chunks.some((f) => f.startsWith('sf-checkout-')), `a chunk of its own for sf-checkout: ${chunks.join(', ')}`);
  const { page, problems } = await open(await serve(join(app, 'autoloader/dist')));
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.reload();
  await imagesLoaded(page);
  await page.locator('body[data-defined=true]').waitFor();
  await addAndOpenDrawer(page);
  for (const absent of ['sf-checkout-', 'sf-order-status-', 'sf-welcome-back-', 'sf-telemetry-log-']) {
    assert.ok(!requested.some((p) => p.startsWith(`/assets/${absent}`)), `${absent}* was not on the page, yet loaded: ${requested.join(', ')}`);
  }
  assert.ok(requested.some((p) => p.startsWith('/assets/sf-product-list-')), `sf-product-list came as its own chunk: ${requested.join(', ')}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Vite dev server: product images survive the dependency optimizer', async () => {
  const { createServer: createViteServer } = await import(pathToFileURL(join(app, 'node_modules/vite/dist/node/index.js')).href);
  const server = await createViteServer({ root: join(app, 'vite'), logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  try {
    const { page, problems } = await open(server.resolvedUrls.local[0]);
    await imagesLoaded(page);
    await addAndOpenDrawer(page);
    assert.deepEqual(problems.filter((p) => !p.includes('Lit is in dev mode')), []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('React 19: typed JSX passes tsc, a misspelt event prop does not, and the page hears the cart change', async () => {
  const typed = tsc('react/tsconfig.json');
  assert.equal(typed.status, 0, typed.output);
  const misspelt = tsc('react/tsconfig.misspelt.json');
  assert.notEqual(misspelt.status, 0);
  assert.match(misspelt.output, /misspelt\.tsx.*onSfCartChange/s);
  const built = vite('build', 'react', '--logLevel', 'error');
  assert.equal(built.status, 0, built.output);
  const { page, problems } = await open(await serve(join(app, 'react/dist')));
  await imagesLoaded(page);
  await page.locator('sf-add-to-cart button[aria-disabled=false]').first().click();
  await page.getByText('Lines in cart: 1').waitFor({ timeout: 15000 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('No build step: the bundled file through an import map, as the README shows it', async () => {
  const { page, problems } = await open(await serve(join(app, 'no-build')));
  await imagesLoaded(page);
  await addAndOpenDrawer(page);
  await page.getByText('Lines in cart: 1').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('Node: every entry meant for Node imports and runs', () => {
  const result = run('node', ['node/check.mjs'], app);
  assert.equal(result.status, 0, result.output);
  assert.deepEqual(JSON.parse(result.output.trim().split('\n')[0]), {
    money: '€149.00', promiseDelivery: 'function', error: 'function', local: 'function', vendure: 'function',
    testing: 'function', autoloader: 'function', checks: 27,
  });
});

test('storefront-elements/testing: node:test runs the adapter contract, and it fails for a broken adapter', () => {
  // The README's "Prove your adapter" file, as written, against the embedded adapter.
  const passing = run('node', ['--test', '--test-reporter=tap', 'node/contract.test.mjs'], app);
  assert.equal(passing.status, 0, passing.output);
  assert.match(passing.output, /^# pass 27$/m, passing.output);
  assert.match(passing.output, /^# fail 0$/m);
  // An adapter that rejects an unknown product with its own Error instead of a CommerceError.
  const broken = run('node', ['--test', '--test-reporter=tap', 'node/broken-contract.test.mjs'], app);
  assert.notEqual(broken.status, 0, broken.output);
  assert.match(broken.output, /not ok \d+ - refuses an unknown product id as not-found/);
  assert.match(broken.output, /expected it to reject with a CommerceError, it rejected with Error: HTTP 404/);
  assert.match(broken.output, /^# pass 26$/m);
  assert.match(broken.output, /^# fail 1$/m);
});

test('storefront-elements/server: the README\'s decideExperiments handler sets the cookie with consent, keeps the variant, varies on Cookie', () => {
  const result = run('node', ['node/decide.mjs'], app);
  assert.equal(result.status, 0, result.output);
  assert.deepEqual(JSON.parse(result.output.trim().split('\n')[0]), {
    cookie: 'sf-anonymous-id=<id>; Path=/; SameSite=Lax; Max-Age=31536000',
    firstCache: 'private, no-store',
    againCookie: null,
    againCache: 'private, max-age=60',
    sameVariant: true,
    sameId: true,
    noConsent: ['no-consent', null, 'public, max-age=60', 'Cookie'],
  });
});

test('promiseDelivery from JS: the README snippet prints what its comments say', () => {
  const result = run('node', ['node/promise.mjs'], app);
  assert.equal(result.status, 0, result.output);
  // Each console.log in the snippet is followed by a comment line with what it prints.
  const lines = readFileSync(join(app, 'node/promise.mjs'), 'utf8').split('\n');
  const promised = lines.flatMap((line, i) => (line.startsWith('console.log(') ? [lines[i + 1].replace(/^\/\/ /, '')] : []));
  assert.equal(promised.length, 2);
  assert.deepEqual(result.output.trim().split('\n'), promised);
});
