// The bench's browser side: bundles bench/pages (production Lit, minified, like a shop would ship them), serves
// them from a tiny static server on 127.0.0.1 (random port) and drives headless Chromium through playwright-core.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { esbuildCssLiterals } from '../.ci/css-literals.mjs';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export const SITE = resolve('bench/.tmp/site');

export const esbuildPageOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  splitting: true,
  // Lit's production build (its dev build warns and checks more on every update).
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'error',
  loader: { '.svg': 'file', '.json': 'json' },
  // The kit's CSS as published: minified in its css`…` literals (.ci/css-literals.mjs).
  plugins: [esbuildCssLiterals()],
};

/**
 * Bundles every bench page (bench/pages/<name>.ts with a matching .html) into bench/.tmp/site, each on its own so
 * that a page whose sources are missing or broken (e.g. the demo, while it is being built) fails alone.
 * Returns { built: [names], failed: { name: why } }.
 */
export async function buildPages() {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(join(SITE, 'images'), { recursive: true });
  for (const f of readdirSync('src/adapters/local/images')) copyFileSync(`src/adapters/local/images/${f}`, join(SITE, 'images', f));
  const built = [];
  const failed = {};
  for (const html of readdirSync('bench/pages').filter((f) => f.endsWith('.html'))) {
    const name = html.replace(/\.html$/, '');
    try {
      await build({ ...esbuildPageOptions, entryPoints: [`bench/pages/${name}.ts`], outdir: SITE, logLevel: 'silent' });
      copyFileSync(`bench/pages/${html}`, join(SITE, html));
      built.push(name);
    } catch (e) {
      failed[name] = (e?.errors?.map((x) => `${x.location?.file ?? ''}: ${x.text}`).join('; ') || String(e)).slice(0, 500);
    }
  }
  // The demo's own standalone page (stories/pages/storefront/index.html + standalone.ts), bundled as its README
  // says, for Lighthouse; served under /demo/ with the product images passed by query (?images=/images).
  const demo = 'stories/pages/storefront';
  if (existsSync(`${demo}/standalone.ts`) && existsSync(`${demo}/index.html`)) {
    try {
      await build({ ...esbuildPageOptions, entryPoints: [`${demo}/standalone.ts`], outdir: join(SITE, 'demo'), logLevel: 'silent' });
      copyFileSync(`${demo}/index.html`, join(SITE, 'demo', 'index.html'));
      built.push('demo');
    } catch (e) {
      failed.demo = (e?.errors?.map((x) => `${x.location?.file ?? ''}: ${x.text}`).join('; ') || String(e)).slice(0, 500);
    }
  } else failed.demo = `${demo}/standalone.ts or index.html not there yet`;
  return { built, failed };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

/**
 * Serves `mounts` ({ '/': dir, '/storybook/': dir }) on 127.0.0.1 at a random port. Returns { origin, close }.
 * Files are read per request; no caching headers (each page load in the bench is a fresh context anyway).
 */
export async function serve(mounts) {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const mount = entries.find(([prefix]) => path.startsWith(prefix));
    if (!mount) {
      res.writeHead(404).end();
      return;
    }
    const [prefix, dir] = mount;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise((r) => {
      server.closeAllConnections?.();
      server.close(r);
    }),
  };
}

/** Headless Chromium with the machine's flags. */
export async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_FLAGS });
}

/** A fresh page at 1280×800 with errors collected (a page error fails its measurement, not the bench). */
export async function openPage(browser, url, { width = 1280, height = 800, init, before } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  if (init) await page.addInitScript(init);
  if (before) await before(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, errors };
}

/** Median and p95 (nearest rank) of numbers, rounded to 0.1 ms. */
export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { n: 0, median: null, p95: null, min: null, max: null };
  const rank = (p) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))];
  const mid = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  const r = (x) => Math.round(x * 10) / 10;
  return { n: v.length, median: r(mid), p95: r(rank(0.95)), min: r(v[0]), max: r(v[v.length - 1]) };
}

/**
 * Summarises Event Timing samples where `null` means "under the 16 ms reporting threshold": the median and p95
 * are numbers when they fall on reported entries, else the string '<16'.
 */
export function eventTimingStats(values) {
  const n = values.length;
  const reported = values.filter((x) => typeof x === 'number');
  const sorted = [...values].map((x) => (typeof x === 'number' ? x : -1)).sort((a, b) => a - b);
  const at = (p) => {
    const x = sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))];
    return x === undefined ? null : x < 0 ? '<16' : x;
  };
  return { n, reported: reported.length, median: at(0.5), p95: at(0.95), max: reported.length ? Math.max(...reported) : '<16' };
}
