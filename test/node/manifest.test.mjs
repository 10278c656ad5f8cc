// Storybook's docs tables, editors' completions and JSX type generators read custom-elements.json and believe it.
// It must describe the published package (dist/), register every tag once, type every event by its class, show
// only public API and carry @since/@status. (test/manifest/custom-elements.test.ts compares it with the elements
// running in Chromium.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory: keep it inside node_modules/.cache. Everything else
// comes from custom-elements-manifest.config.mjs, as for every other caller.
mkdirSync('node_modules/.cache', { recursive: true });
const outdir = mkdtempSync('node_modules/.cache/sf-cem-');
const packageJson = readFileSync('package.json', 'utf8');
let packageJsonAfter;
try {
  execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: 'pipe' });
} finally {
  // The analyzer writes its output path into package.json unless configured not to: never leave that behind.
  packageJsonAfter = readFileSync('package.json', 'utf8');
  if (packageJsonAfter !== packageJson) writeFileSync('package.json', packageJson);
}
const manifestFile = join(outdir, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
rmSync(outdir, { recursive: true, force: true });

const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ module: m, d })));
const byTag = new Map(elements.map((e) => [e.d.tagName, e]));
const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ module: m, e })));

const registered = readdirSync('src/define')
  .filter((f) => f.startsWith('sf-'))
  .map((f) => {
    const source = readFileSync(join('src/define', f), 'utf8');
    const match = /define\('([a-z0-9-]+)',\s*(\w+)\)/.exec(source);
    assert.ok(match, `src/define/${f} registers its element with define('tag', Class)`);
    return { file: f, tag: match[1], className: match[2] };
  });

/** eventName -> class name, from the event classes (one per file, each with `static readonly eventName`; sf-event.ts is their base). */
const eventClasses = new Map(
  readdirSync('src/elements/events')
    .filter((f) => f !== 'index.ts' && f !== 'sf-event.ts')
    .map((f) => {
      const source = readFileSync(join('src/elements/events', f), 'utf8');
      const className = /export class (\w+) extends (?:Sf)?Event\b/.exec(source)?.[1];
      const eventName = /static readonly eventName = '([^']+)'/.exec(source)?.[1];
      assert.ok(className && eventName, `src/elements/events/${f} declares one Event class with a static eventName`);
      return [eventName, { className, module: `dist/elements/events/${f.replace(/\.ts$/, '.js')}` }];
    }),
);
/** Native events an element may fire under their own names (the conventions: native names where the meaning is). */
const NATIVE = new Set(['input', 'change']);

test('package.json points tools at the published manifest, and no caller repeats analyzer flags', () => {
  const pkg = JSON.parse(packageJson);
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
  assert.equal(packageJsonAfter, packageJson, 'the analyzer leaves package.json alone');
  const callers = { 'package.json': packageJson, 'rollup.config.mjs': readFileSync('rollup.config.mjs', 'utf8') };
  for (const [file, text] of Object.entries(callers)) {
    for (const flag of ['--litelement', '--globs', '--exclude']) {
      assert.ok(!text.includes(flag), `${file} repeats ${flag}: it belongs in custom-elements-manifest.config.mjs`);
    }
  }
  for (const script of ['start', 'build-storybook', 'typecheck']) {
    assert.match(pkg.scripts[script], /npm run analyze/, `${script} builds the manifest through the one analyze script`);
  }
});

test('every registered element is in the manifest under its tag, with its class and a summary', () => {
  assert.ok(registered.length > 0);
  for (const { file, tag, className } of registered) {
    assert.equal(file, `${tag}.ts`, `define module is named after its tag`);
    const element = byTag.get(tag);
    assert.ok(element, `${tag} is missing from custom-elements.json (add "@tag ${tag}" to its class JSDoc)`);
    assert.equal(element.d.name, className);
    assert.ok(element.d.summary, `${tag} has a @summary`);
  }
  assert.deepEqual([...byTag.keys()].sort(), registered.map((r) => r.tag).sort(), 'no element in the manifest that nothing registers');
});

test('one definition per tag, in the define module that registers it, pointing at the element class', () => {
  assert.deepEqual(
    definitions.map(({ e }) => e.name).sort(),
    registered.map((r) => r.tag).sort(),
    'exactly the registered tags (no definition of a tag called "tag" from the define() wrapper)',
  );
  for (const { module, e } of definitions) {
    assert.equal(module.path, `dist/define/${e.name}.js`, `${e.name} is registered by its define module`);
    const element = byTag.get(e.name);
    assert.equal(e.declaration.name, element.d.name);
    assert.equal(e.declaration.module, element.module.path);
  }
});

test('module paths point into dist/ as published, with their type definitions', () => {
  const files = (relative) => relative.replace(/^dist\//, 'src/').replace(/\.d\.ts$|\.js$/, '.ts');
  const paths = [];
  (function walk(node) {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'module' && !node.package) || key === 'path' || key === 'typeDefinitionPath') paths.push(value);
      else walk(value);
    }
  })(manifest.modules);
  assert.ok(paths.length > 50);
  for (const p of paths) {
    assert.match(p, /^dist\/.+(\.js|\.d\.ts)$/, `${p} is a path in the published package`);
    assert.ok(existsSync(files(p)), `${p} is built from ${files(p)}, which exists`);
  }
  const modulePaths = new Set(manifest.modules.map((m) => m.path));
  for (const { e } of definitions) assert.ok(modulePaths.has(e.declaration.module), `${e.declaration.module} is in the manifest`);
  for (const m of manifest.modules) assert.equal(m.typeDefinitionPath, m.path.replace(/\.js$/, '.d.ts'));
  // After `npm run build`, the files themselves (tests run after the build in CI).
  // (A module that only re-exports is folded away by the build: the manifest must not describe it.)
  if (existsSync('dist/define/index.js')) {
    for (const p of paths) assert.ok(existsSync(p), `${p} is in dist/`);
  }
});

test('every element says since when and how stable it is', () => {
  for (const { d } of elements) {
    assert.match(d.since ?? '', /^\d+\.\d+\.\d+$/, `${d.tagName} has @since`);
    assert.ok(['stable', 'experimental'].includes(d.status), `${d.tagName} has @status stable or experimental (has ${d.status})`);
  }
});

test('every event is fired under its real name and typed by its event class', () => {
  for (const { d } of elements) {
    for (const event of d.events ?? []) {
      assert.ok(event.name, `${d.tagName} has an event without a name`);
      const known = eventClasses.get(event.name);
      if (known) {
        assert.equal(event.type?.text, known.className, `${d.tagName} ${event.name} is typed ${known.className}`);
        assert.deepEqual(event.type.references, [{ name: known.className, module: known.module }]);
      } else {
        assert.ok(NATIVE.has(event.name), `${d.tagName} fires "${event.name}", which is neither an event class's eventName nor a native event`);
        assert.equal(event.type?.text, 'Event');
      }
      assert.ok(event.description, `${d.tagName} ${event.name} is documented with @fires`);
    }
  }
  const names = (tag) => (byTag.get(tag).d.events ?? []).map((e) => e.name).sort();
  assert.deepEqual(names('sf-cart'), ['sf-cart-change', 'sf-checkout-request']);
  assert.deepEqual(names('sf-checkout'), ['sf-order-placed']);
  assert.deepEqual(names('sf-checkout-steps'), ['sf-checkout-step-request']);
  assert.deepEqual(names('sf-feedback'), ['sf-feedback-dismiss', 'sf-feedback-submit']);
  assert.deepEqual(names('sf-quantity'), ['change', 'input']);
});

test('every event class an element file constructs is documented on that element', () => {
  for (const { file, tag } of registered) {
    const source = readFileSync(join(byTag.get(tag).module.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')), 'utf8');
    const constructed = [...eventClasses].filter(([, c]) => source.includes(`new ${c.className}(`)).map(([name]) => name);
    const documented = (byTag.get(tag).d.events ?? []).filter((e) => e.description).map((e) => e.name);
    for (const name of constructed) assert.ok(documented.includes(name), `${tag} (${file}) fires ${name}: document it with @fires`);
  }
});

const PLATFORM_CALLBACKS = ['connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'formResetCallback', 'formStateRestoreCallback'];

test('only public API: no private, protected, #private or platform callback members', () => {
  const classes = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class'));
  for (const d of classes) {
    for (const member of d.members ?? []) {
      assert.ok(!member.name.startsWith('#'), `${d.name}.${member.name}`);
      assert.ok(member.privacy !== 'private' && member.privacy !== 'protected', `${d.name}.${member.name} is ${member.privacy}`);
      assert.ok(!PLATFORM_CALLBACKS.includes(member.name), `${d.name}.${member.name} is called by the browser, not by integrators`);
    }
  }
  const checkout = byTag.get('sf-checkout').d;
  assert.ok(checkout.members.length < 20, `sf-checkout lists ${checkout.members.length} members, not its private workings`);
});

test("Storybook's docs table for sf-cart shows its real events, typed", async () => {
  // Storybook's own argTypes extraction, as its docs page runs it on the manifest .storybook/preview.ts hands it.
  globalThis.window ??= globalThis;
  const { setCustomElementsManifest } = await import('@storybook/web-components');
  const { parameters } = await import('@storybook/web-components/entry-preview-argtypes');
  setCustomElementsManifest(manifest);
  const rows = Object.values(parameters.docs.extractArgTypes('sf-cart')).filter((a) => a.table?.category === 'events');
  assert.deepEqual(
    rows.map((a) => [a.name, a.table.type.summary, a.description]),
    [
      ['sf-cart-change', 'SfCartChangeEvent', byTag.get('sf-cart').d.events[0].description],
      ['sf-checkout-request', 'SfCheckoutRequestEvent', byTag.get('sf-cart').d.events[1].description],
    ],
  );
});
