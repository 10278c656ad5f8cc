// Storybook's docs and editors' completions come from custom-elements.json: every element the kit registers must
// be in it under its tag, with a summary, or it silently disappears from the catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory: keep it inside node_modules/.cache.
mkdirSync('node_modules/.cache', { recursive: true });
const outdir = mkdtempSync('node_modules/.cache/sf-cem-');
// The analyzer also writes its output path into package.json's "customElements" (and has no CLI switch to stop
// it): put package.json back exactly as it was.
const packageJson = readFileSync('package.json', 'utf8');
try {
  execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', outdir, '--quiet'], { stdio: 'ignore' });
} finally {
  writeFileSync('package.json', packageJson);
}
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
rmSync(outdir, { recursive: true, force: true });
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const byTag = new Map(declarations.map((d) => [d.tagName, d]));

const registered = readdirSync('src/define')
  .filter((f) => f.startsWith('sf-'))
  .map((f) => {
    const source = readFileSync(join('src/define', f), 'utf8');
    const match = /define\('([a-z0-9-]+)',\s*(\w+)\)/.exec(source);
    assert.ok(match, `src/define/${f} registers its element with define('tag', Class)`);
    return { file: f, tag: match[1], className: match[2] };
  });

test('every registered element is in the manifest under its tag, with its class and a summary', () => {
  assert.ok(registered.length > 0);
  for (const { file, tag, className } of registered) {
    assert.equal(file, `${tag}.ts`, `define module is named after its tag`);
    const declaration = byTag.get(tag);
    assert.ok(declaration, `${tag} is missing from custom-elements.json (add "@tag ${tag}" to its class JSDoc)`);
    assert.equal(declaration.name, className);
    assert.ok(declaration.summary, `${tag} has a @summary`);
  }
});

test('package.json points tools at the published manifest', () => {
  assert.equal(JSON.parse(readFileSync('package.json', 'utf8')).customElements, 'custom-elements.json');
});
