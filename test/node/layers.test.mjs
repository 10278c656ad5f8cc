// The house's layers (.ci/layers.mjs) import downward only, and no folder imports one that imports it back.
// Both checks are shown to fail on an upward import, so neither can pass by checking nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { importViolation, layersPlugin } from '../../.ci/layers.mjs';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');

function* sourceFiles(dir) {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.ts$/.test(entry.name)) yield path;
  }
}

/**
 * Every module specifier a file imports or re-exports, statically or dynamically. Type-only imports are left out:
 * they vanish in the build (the per-language words follow the English module's type, which the feature imports).
 */
function specifiers(source) {
  const found = [];
  const pattern = /(?:^|[\s;])((?:import|export)\b[^'"`;]*?)\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(pattern)) {
    if (m[1] && /^(?:import|export)\s+type\b/.test(m[1])) continue;
    found.push(m[2] ?? m[3] ?? m[4]);
  }
  return found;
}

/** Folder-level graph: each folder under src/ a node, an edge where a file imports a file of another folder. */
function folderGraph(files) {
  const graph = new Map();
  for (const [file, specs] of files) {
    const from = dirname(file);
    for (const spec of specs) {
      if (!spec.startsWith('.')) continue;
      const to = relative(ROOT, dirname(resolve(ROOT, from, spec)));
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from).add(to);
    }
  }
  return graph;
}

/** The cycles of a graph (Tarjan's strongly connected components of more than one node). */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const found = [];
  const visit = (v) => {
    meta.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
    if (meta.get(v).low === meta.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        meta.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return found;
}

const files = [...sourceFiles('src')].map((f) => [f, specifiers(readFileSync(join(ROOT, f), 'utf8'))]);

test('the scan sees the kit: every layer has files and imports', () => {
  const folders = new Set(files.map(([f]) => f.split('/')[1]));
  for (const layer of ['core', 'messages', 'adapters', 'services', 'elements', 'define', 'testing']) assert.ok(folders.has(layer), layer);
  assert.ok(files.reduce((n, [, s]) => n + s.length, 0) > 300);
});

test('every import in src/ goes downward', () => {
  const violations = files.flatMap(([file, specs]) => specs.map((s) => importViolation(file, s)).filter(Boolean).map((v) => `${file}: ${v}`));
  assert.deepEqual(violations, []);
});

test('no folder-level import cycle in src/', () => {
  assert.deepEqual(cycles(folderGraph(files)), []);
});

test('an upward import is a cycle and a violation (the checks can fail)', () => {
  const withUpward = [...files, ['src/core/upward.ts', ['../elements/base/context.js']], ['src/core/x.ts', ['./upward.js']]];
  const found = cycles(folderGraph(withUpward));
  assert.ok(found.some((c) => c.includes('src/core') && c.includes('src/elements/base')), JSON.stringify(found));
  assert.match(importViolation('src/core/upward.ts', '../elements/base/context.js'), /core may not import from elements/);
  assert.match(importViolation('src/adapters/guard.ts', '../services/telemetry/index.js'), /adapters may not import from services/);
  assert.match(importViolation('src/core/money.ts', 'lit'), /core may not import 'lit'/);
  assert.match(importViolation('src/elements/sf-cart/sf-cart.ts', 'web-vitals'), /elements may not import 'web-vitals'/);
  assert.equal(importViolation('src/elements/sf-cart/sf-cart.ts', '../../core/money.js'), undefined);
  // storefront-elements/testing checks adapters only, and brings no test framework of its own.
  assert.match(importViolation('src/testing/adapter-contract.ts', '../elements/base/context.js'), /testing may not import from elements/);
  assert.match(importViolation('src/testing/assert.ts', 'chai'), /testing may not import 'chai'/);
  assert.match(importViolation('src/testing/assert.ts', 'node:assert/strict'), /testing may not import 'node:assert\/strict'/);
  assert.equal(importViolation('src/testing/adapter-contract.ts', '../core/adapter.js'), undefined);
});

test('the lint rule reports an upward import the way CI runs it', () => {
  const linter = new Linter({ configType: 'flat' });
  const config = [{
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { layers: layersPlugin },
    rules: { 'layers/downward': 'error' },
  }];
  const upward = linter.verify(
    "import { shopContext } from '../elements/base/context.js';\nexport const x = () => import('../services/telemetry/index.js');\n",
    config, join(ROOT, 'src/core/upward.ts'),
  );
  assert.deepEqual(upward.map((m) => m.ruleId), ['layers/downward', 'layers/downward']);
  const downward = linter.verify("import { money } from '../../core/money.js';\n", config, join(ROOT, 'src/elements/sf-cart/x.ts'));
  assert.deepEqual(downward, []);
});
