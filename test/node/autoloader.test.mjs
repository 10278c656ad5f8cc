// storefront-elements/autoloader outside a browser and as published: importing it in Node, or where
// @lit-labs/ssr's DOM shim stands in for a document, throws nothing and starts nothing; its first load is itself
// alone (no Lit); and it knows every element the kit registers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const AUTOLOADER = new URL('dist/define/autoloader.js', ROOT).href;

function runModule(source) {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: ROOT, encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('dist/ is built', () => {
  assert.ok(existsSync(new URL('dist/define/autoloader.js', ROOT)), 'run `npm run build` first');
});

test('in Node: importing it throws nothing, defines nothing, and discover() settles', () => {
  const result = runModule(`
    const { discover } = await import(${JSON.stringify(AUTOLOADER)});
    await discover();
    console.log(JSON.stringify({ discover: typeof discover, document: typeof document, customElements: typeof customElements }));
  `);
  assert.equal(result.status, 0, result.output);
  assert.deepEqual(JSON.parse(result.output.trim().split('\n').at(-1)), { discover: 'function', document: 'undefined', customElements: 'undefined' });
});

test('under @lit-labs/ssr (its DOM shim installed, then the kit rendered): nothing is loaded, nothing throws', () => {
  const result = runModule(`
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { discover } = await import(${JSON.stringify(AUTOLOADER)});
    await import(${JSON.stringify(new URL('dist/messages/locales/en.js', ROOT).href)});
    await import(${JSON.stringify(new URL('dist/define/sf-skip-link.js', ROOT).href)});
    const { html } = await import('lit');
    await discover();
    const out = await collectResult(render(html\`<sf-skip-link></sf-skip-link><sf-nav></sf-nav>\`));
    console.log(JSON.stringify({ rendered: out.includes('<template shadowroot'), nav: customElements.get('sf-nav') === undefined }));
  `);
  assert.equal(result.status, 0, result.output);
  assert.deepEqual(JSON.parse(result.output.trim().split('\n').at(-1)), { rendered: true, nav: true });
});

test('its first load is the autoloader and the few lines kit elements announce their shadow roots with, no Lit', () => {
  const source = readFileSync(new URL('dist/define/autoloader.js', ROOT), 'utf8');
  const staticImports = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
  assert.deepEqual(staticImports, ['../elements/base/render-roots.js']);
  const hook = readFileSync(new URL('dist/elements/base/render-roots.js', ROOT), 'utf8');
  assert.doesNotMatch(hook, /^\s*import\s/m, 'render-roots imports nothing');
});

test('its map loads every element the kit registers, each through its own define module', () => {
  const tags = readdirSync(new URL('src/define/', ROOT)).filter((f) => f.startsWith('sf-') && f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
  const source = readFileSync(new URL('src/define/autoloader.ts', ROOT), 'utf8');
  const mapped = [...source.matchAll(/'(sf-[a-z-]+)': \(\) => import\('\.\/(sf-[a-z-]+)\.js'\)/g)];
  for (const [, tag, file] of mapped) assert.equal(file, tag, `${tag} loads define/${tag}.js`);
  assert.deepEqual(mapped.map((m) => m[1]).sort(), tags);
});
