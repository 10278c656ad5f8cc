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
  try {
    const response = await page.goto(`${server.url}index.html${query}`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'served under the strict policy');
    await page.waitForFunction(() => document.body.dataset.result !== undefined);
    const result = JSON.parse(await page.evaluate(() => document.body.dataset.result));
    return { result, errors, navigations, tt: await page.evaluate(() => typeof window.trustedTypes?.createPolicy) };
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

test('with the visual editor allowed, an experiment Trusted Types refuses does not switch off the features', async () => {
  const { result } = await outcome('?allow');
  assert.equal(result.js, null, 'Trusted Types kept the experiment script out');
  assert.equal(result.source, 'inline');
  assert.equal(result.ctaLabel, 'buy', 'the other features still apply');
  assert.equal(result.meter, true);
});
