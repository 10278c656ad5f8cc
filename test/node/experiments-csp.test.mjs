// Experiments under the kit's strict CSP with Trusted Types enforced: a payload whose experiments try to run
// JavaScript, add CSS, mutate the DOM and redirect must change nothing, and its features must still apply. Before,
// the SDK's CSS injection threw under Trusted Types and <sf-experiments> fell back to defaults for every feature.
import { test, before, after } from 'node:test';
/* global document, window -- page.evaluate() bodies run in the browser */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../helpers/chromium.mjs';
import { serveStrict, STRICT_CSP } from '../hardening/csp-server.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

let dir;
let server;
let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sf-experiments-csp-'));
  await build({
    absWorkingDir: root,
    entryPoints: { app: join(root, 'test/hardening/pages/experiments-app.ts') },
    bundle: true, format: 'esm', target: 'es2022', outdir: dir, logLevel: 'error',
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>experiments</title><script type="module" src="app.js"></script></head><body></body></html>');
  server = await serveStrict(dir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function outcome(query) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const navigations = [];
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations.push(frame.url()); });
  // Another site is never reached: a request to it is refused here, and recorded.
  const offSite = [];
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(server.url)) return route.continue();
    offSite.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  try {
    const response = await page.goto(`${server.url}index.html${query}`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'served under the strict policy');
    try {
      await page.waitForFunction(() => document.body.dataset.result !== undefined, undefined, { timeout: 10000 });
    } catch (e) {
      throw new Error(`no result (navigated to ${navigations.join(', ')}; off-site requests: ${offSite.join(', ') || 'none'}): ${e.message}`, { cause: e });
    }
    const result = JSON.parse(await page.evaluate(() => document.body.dataset.result));
    return { result, errors, navigations, offSite, tt: await page.evaluate(() => typeof window.trustedTypes?.createPolicy) };
  } finally {
    await page.close();
  }
}

test('under Trusted Types a payload changes nothing on the page, and its features apply', async () => {
  const { result, errors, navigations, tt } = await outcome('');
  assert.equal(tt, 'function', 'Trusted Types are available');
  assert.deepEqual(result, {
    source: 'inline', ctaLabel: 'buy', meter: true, js: null, texts: ['original', 'original'], styled: false, hash: '',
  });
  assert.deepEqual(errors, []);
  assert.equal(navigations.length, 1, `no redirect (${navigations.join(', ')})`);
});

test('under Trusted Types a redirect experiment alone sends nobody to another site', async () => {
  const { result, errors, navigations, offSite } = await outcome(`?redirect=${encodeURIComponent('https://evil.example/landing')}`);
  assert.deepEqual(offSite, [], 'no request to another site');
  assert.equal(navigations.length, 1, `no redirect (${navigations.join(', ')})`);
  assert.equal(result.ctaLabel, 'buy', 'the features apply');
  assert.deepEqual(errors, []);
});

test('with the visual editor allowed, an experiment Trusted Types refuses does not switch off the features', async () => {
  const { result } = await outcome('?allow');
  assert.equal(result.js, null, 'Trusted Types kept the experiment script out');
  assert.equal(result.source, 'inline');
  assert.equal(result.ctaLabel, 'buy', 'the other features still apply');
  assert.equal(result.meter, true);
});
