// The README's snippets are the consumer fixtures' code. A snippet marked `<!-- fixture: path -->` must equal that
// file (or its `#region readme` … `#endregion` part), and the fixture runs in test/node/consumers.test.mjs from the
// packed package; `<!-- tested-by: path -->` names the test that runs a snippet in another way. Every snippet of the
// integrator sections (Install … Vite notes) must carry one of the two, so none of them can drift from what works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The sections written for integrators, in which every snippet must be marked. */
const FIRST_INTEGRATOR_SECTION = 'Install';
const FIRST_FEATURE_SECTION = 'The elements';

/** Fenced code blocks with their `## ` section, line number and the marker on the line just before the fence. */
export function snippets(markdown) {
  const lines = markdown.split('\n');
  const found = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^## (.+)$/.exec(lines[i]);
    if (heading) section = heading[1];
    const fence = /^```(\S*)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    assert.ok(end > i, `README line ${i + 1}: a code block that never ends`);
    const marker = /^<!-- (fixture|tested-by): (\S+) -->$/.exec(lines[i - 1] ?? '');
    found.push({
      section, line: i + 1, lang: fence[1], code: lines.slice(i + 1, end).join('\n'),
      ...(marker ? { kind: marker[1], path: marker[2] } : {}),
    });
    i = end;
  }
  return found;
}

/** A fixture's text as the README shows it: its `#region readme` part when it has one, else the whole file. */
export function fixtureText(source) {
  const lines = source.replace(/\n$/, '').split('\n');
  const start = lines.findIndex((l) => /#region readme\b/.test(l));
  if (start < 0) return lines.join('\n');
  const end = lines.findIndex((l, i) => i > start && /#endregion\b/.test(l));
  assert.ok(end > start, 'a #region readme without its #endregion');
  return lines.slice(start + 1, end).join('\n');
}

/** Where a snippet and its fixture first differ, or undefined when they are equal. */
export function drift(snippet, fixture) {
  if (snippet === fixture) return undefined;
  const a = snippet.split('\n');
  const b = fixture.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i < 0 ? a.length : i;
  return `line ${at + 1} of the snippet: README has ${JSON.stringify(a[at] ?? '(end)')}, the fixture ${JSON.stringify(b[at] ?? '(end)')}`;
}

const all = snippets(README);
const userSnippets = all.slice(0, all.findIndex((s) => s.section === 'Contributing'));
const sectionNames = [...new Set(all.map((s) => s.section))];
const integrator = (() => {
  const order = README.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
  const from = order.indexOf(FIRST_INTEGRATOR_SECTION);
  const to = order.indexOf(FIRST_FEATURE_SECTION);
  assert.ok(from >= 0 && to > from, `README has "## ${FIRST_INTEGRATOR_SECTION}" before "## ${FIRST_FEATURE_SECTION}"`);
  return new Set(order.slice(from, to));
})();

test('each marked snippet is its fixture, as the consumer test runs it', () => {
  const marked = all.filter((s) => s.kind === 'fixture');
  assert.ok(marked.length >= 6, `marked snippets: ${marked.length}`);
  const problems = marked.flatMap((s) => {
    if (!s.path.startsWith('test/consumers/')) return [`README line ${s.line}: ${s.path} is not a consumer fixture (test/consumers/)`];
    const file = join(ROOT, s.path);
    if (!existsSync(file)) return [`README line ${s.line}: ${s.path} does not exist`];
    const why = drift(s.code, fixtureText(readFileSync(file, 'utf8')));
    return why ? [`README line ${s.line} (${s.path}): ${why}`] : [];
  });
  assert.deepEqual(problems, []);
});

test('a snippet "tested by" a test names one that exists', () => {
  for (const s of all.filter((x) => x.kind === 'tested-by')) {
    assert.ok(existsSync(join(ROOT, s.path)), `README line ${s.line}: ${s.path}`);
    assert.match(s.path, /^test\/.+\.test\.(mjs|ts)$/, `README line ${s.line}: ${s.path} is not a test`);
  }
});

test('every snippet of the integrator sections is a fixture or tested; the others are listed', (t) => {
  assert.ok(sectionNames.includes('Connect your backend: the adapter interface'), 'the scan sees the sections');
  const unmarked = userSnippets.filter((s) => !s.kind);
  assert.deepEqual(unmarked.filter((s) => integrator.has(s.section)).map((s) => `README line ${s.line} (${s.section})`), []);
  // Feature sections further down show attribute-level examples that the component tests cover in their own words.
  for (const s of unmarked) t.diagnostic(`not run as written: README line ${s.line} (${s.section}, ${s.lang || 'text'})`);
});

test('the README opens with what a newcomer runs, and keeps the contributor commands in Contributing', () => {
  const top = README.split('\n').slice(0, 10).join('\n');
  assert.match(top, /npm install storefront-elements|npm install && npm start/);
  assert.match(top, /`npm install && npm start`/);
  assert.match(top, /`npm test`/);
  assert.match(README, /^## Contributing$/m);
  const contributing = README.slice(README.indexOf('\n## Contributing\n'));
  assert.match(contributing, /^npm install && npm start {3}#/m);
  assert.match(contributing, /^npm test {19}#/m);
});

test('the comparison can fail: one changed character, a missing line, a region', () => {
  const md = ['## A', '<!-- fixture: test/consumers/x.ts -->', '```ts', 'const a = 1;', 'const b = 2;', '```', '', '```sh', 'npm i', '```'].join('\n');
  const [marked, plain] = snippets(md);
  assert.deepEqual([marked.kind, marked.path, marked.line, marked.section], ['fixture', 'test/consumers/x.ts', 3, 'A']);
  assert.equal(plain.kind, undefined);
  assert.equal(drift(marked.code, 'const a = 1;\nconst b = 2;'), undefined);
  assert.match(drift(marked.code, 'const a = 1;\nconst b = 3;'), /line 2 of the snippet/);
  assert.match(drift(marked.code, 'const a = 1;'), /line 2 .*"\(end\)"/);
  assert.equal(fixtureText('// setup\n// #region readme\nconst a = 1;\n// #endregion\nrest();\n'), 'const a = 1;');
  assert.equal(fixtureText('whole\nfile\n'), 'whole\nfile');
});
