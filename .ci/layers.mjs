// The house's layers and which way they may import. One table, read by the lint rule (`layers/downward`) and by
// the cycle test (test/node/layers.test.mjs): a folder may import only the layers listed in its `may`.
import { dirname, join, relative, resolve, sep } from 'node:path';

const LIT = /^(lit|@lit|@lit-labs)(\/|$)/;
const SDKS = /^(@growthbook\/growthbook|web-vitals)(\/|$)/;
const TEST_FRAMEWORKS = /^(?:(chai|mocha|@open-wc|@web)(\/|$)|node:)/;

/** Layers from the bottom up. `packages` lists bare imports the layer may not use, with the reason. */
export const LAYERS = [
  { name: 'core', dir: 'src/core', may: [], packages: [[LIT, 'core runs in Node without Lit'], [SDKS, 'core knows no SDK']] },
  { name: 'messages', dir: 'src/messages', may: ['core'], packages: [[LIT, 'messages run in Node without Lit'], [SDKS, 'messages know no SDK']] },
  { name: 'adapters', dir: 'src/adapters', may: ['core', 'messages'], packages: [[LIT, 'adapters know no Lit'], [SDKS, 'adapters know no SDK']] },
  { name: 'services', dir: 'src/services', may: ['core', 'messages'], packages: [[LIT, 'services know no Lit: their Lit controllers live in elements/controllers']] },
  {
    name: 'elements', dir: 'src/elements', may: ['core', 'messages', 'adapters', 'services'],
    packages: [[SDKS, 'elements get GrowthBook and web-vitals as services from context']],
  },
  { name: 'define', dir: 'src/define', may: ['elements'], packages: [] },
  // storefront-elements/testing: the adapter conformance suite a shop runs against its own adapter, in a browser or
  // in Node, with whatever test runner it has.
  {
    name: 'testing', dir: 'src/testing', may: ['core', 'messages', 'adapters'],
    packages: [[LIT, 'the suite checks adapters, which know no Lit'], [SDKS, 'the suite knows no SDK'],
      [TEST_FRAMEWORKS, 'the suite forces no test framework or runtime on a shop: plain assertions, any runner']],
  },
  { name: 'server', dir: 'src/server', may: ['core', 'messages', 'adapters', 'services', 'elements', 'define'], packages: [] },
  // The package's entry modules (src/index.ts, src/core.ts, src/bundled.ts …) gather the layers.
  { name: 'entries', dir: 'src', may: ['core', 'messages', 'adapters', 'services', 'elements', 'define', 'server', 'entries'], packages: [], filesOnly: true },
];

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** The layer a file (absolute, or relative to the repository) belongs to, or undefined outside src/. */
export function layerOf(file) {
  const rel = relative(ROOT, resolve(ROOT, file)).split(sep).join('/');
  for (const layer of LAYERS) {
    if (layer.filesOnly) {
      if (dirname(rel) === layer.dir) return layer;
    } else if (rel === layer.dir || rel.startsWith(layer.dir + '/')) return layer;
  }
  return undefined;
}

/** Why `from` may not import `specifier`, or undefined when it may. */
export function importViolation(from, specifier) {
  const source = layerOf(from);
  if (!source) return undefined;
  if (!specifier.startsWith('.')) {
    const hit = source.packages.find(([pattern]) => pattern.test(specifier));
    return hit ? `${source.name} may not import '${specifier}': ${hit[1]}.` : undefined;
  }
  const target = layerOf(join(dirname(resolve(ROOT, from)), specifier));
  if (!target || target === source) return undefined;
  if (source.may.includes(target.name)) return undefined;
  return `${source.name} may not import from ${target.name} ('${specifier}'): layers import downward only (${source.name} may import ${source.may.join(', ') || 'nothing else'}).`;
}

/** The ESLint plugin: `layers/downward` reports every import (static, dynamic, re-export) that goes up or sideways. */
export const layersPlugin = {
  rules: {
    downward: {
      meta: { type: 'problem', docs: { description: 'Layers import downward only (see .ci/layers.mjs).' }, schema: [] },
      create(context) {
        const check = (node, source) => {
          if (!source || typeof source.value !== 'string') return;
          const why = importViolation(context.filename, source.value);
          if (why) context.report({ node: source, message: why });
        };
        return {
          ImportDeclaration: (node) => check(node, node.source),
          ExportAllDeclaration: (node) => check(node, node.source),
          ExportNamedDeclaration: (node) => check(node, node.source),
          ImportExpression: (node) => check(node, node.source),
        };
      },
    },
  },
};

