// Size: minified + gzip and brotli bytes of what a page downloads, measured the same way for the kit and its peers
// (esbuild bundle, minify, production env; gzip -9 and brotli q11 from Node's zlib).
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { esbuildCssLiterals } from '../.ci/css-literals.mjs';

const define = { 'process.env.NODE_ENV': '"production"' };

function compressed(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Bundles `contents` (an ES module source resolved from the repo root) and measures the entry (what loads first)
 * and, separately, the lazy chunks it may load later.
 */
export async function measure(contents, { external = [], splitting = true, appearing } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    splitting,
    outdir: 'bench/.tmp/out',
    write: false,
    define,
    external,
    legalComments: 'none',
    logLevel: 'error',
    loader: { '.svg': 'file' },
    metafile: true,
    // The kit's CSS as published (minified in its css`…` literals).
    plugins: [esbuildCssLiterals()],
  });
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const outputs = Object.entries(result.metafile.outputs);
  // Every dynamic import() target is an entry point in the metafile too: the page's entry is the stdin one.
  const [entryPath, entryMeta] = outputs.find(([, o]) => o.entryPoint === 'bench-entry.ts') ?? outputs[0];
  // What the entry imports statically loads at once too (esbuild splits shared code into chunks even without a
  // dynamic import): the initial load is the entry plus its static import closure; the rest loads on demand.
  const metaOf = new Map(outputs);
  const initialPaths = new Set([entryPath]);
  const queue = [entryPath];
  while (queue.length) {
    for (const imp of metaOf.get(queue.shift())?.imports ?? []) {
      if (imp.kind === 'import-statement' && !imp.external && !initialPaths.has(imp.path)) {
        initialPaths.add(imp.path);
        queue.push(imp.path);
      }
    }
  }
  const fileOf = (path) => js.find((f) => f.path.endsWith(path));
  const initialFiles = [...initialPaths].map(fileOf).filter(Boolean);
  // `appearing`: named sets of source modules the page reaches through import() (the autoloader's define/<tag>.ts):
  // for each set, what the page has downloaded once all of them have loaded, initial load included: each one's chunk
  // and that chunk's static imports, each shared chunk counted once; what those chunks import() in turn (later
  // checkout steps, SDKs, other languages) stays out.
  const gzipOfFile = new Map();
  const fileGzip = (f) => {
    if (!gzipOfFile.has(f.path)) gzipOfFile.set(f.path, gzipSync(Buffer.from(f.text), { level: 9 }).length);
    return gzipOfFile.get(f.path);
  };
  const appearedOf = (sources) => {
    const paths = new Set(initialPaths);
    const next = outputs.filter(([, o]) => sources.includes(o.entryPoint)).map(([p]) => p);
    for (const p of next) paths.add(p);
    while (next.length) {
      for (const imp of metaOf.get(next.shift())?.imports ?? []) {
        if (imp.kind === 'import-statement' && !imp.external && !paths.has(imp.path)) {
          paths.add(imp.path);
          next.push(imp.path);
        }
      }
    }
    const files = [...paths].map(fileOf).filter(Boolean);
    return {
      total: compressed(files.map((f) => f.text).join('\n')),
      // As served: each file compressed on its own (the total above compresses them as one text, like the rows
      // it is compared with).
      servedGzip: files.reduce((sum, f) => sum + fileGzip(f), 0),
      chunks: files.length,
      notSplit: sources.filter((a) => !outputs.some(([, o]) => o.entryPoint === a)),
    };
  };
  const appeared = appearing ? Object.fromEntries(Object.entries(appearing).map(([name, sources]) => [name, appearedOf(sources)])) : undefined;
  const lazy = js.filter((f) => !initialFiles.includes(f));
  const inputsOf = (paths) => {
    const bytes = new Map();
    for (const path of paths) for (const [input, { bytesInOutput }] of Object.entries(metaOf.get(path)?.inputs ?? {})) bytes.set(input, (bytes.get(input) ?? 0) + bytesInOutput);
    return bytes;
  };
  const initialInputs = inputsOf(initialPaths);
  const lazyInputs = inputsOf(outputs.map(([p]) => p).filter((p) => p.endsWith('.js') && !initialPaths.has(p)));
  return {
    initial: compressed(initialFiles.map((f) => f.text).join('\n')),
    lazy: lazy.length ? compressed(lazy.map((f) => f.text).join('\n')) : null,
    initialChunks: initialFiles.length,
    lazyChunks: lazy.length,
    entryBytes: entryMeta.bytes,
    /** Packages (or src/ folders) in the initial load, largest first, in minified bytes. */
    initialPackages: groupByPackage(initialInputs),
    /** "Where the bytes go": the largest input files of the initial load, minified bytes each. */
    initialInputs: Object.fromEntries([...initialInputs].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1])),
    /** Languages whose words are in the initial load, and in each lazy chunk (a chunk mixing languages is a finding). */
    languages: languagesOf(initialInputs, outputs.filter(([p]) => p.endsWith('.js') && !initialPaths.has(p)).map(([p, o]) => [p, new Map(Object.entries(o.inputs).map(([i, { bytesInOutput }]) => [i, bytesInOutput]))])),
    lazyPackages: groupByPackage(lazyInputs),
    ...(appeared ? { appeared } : {}),
    /** The largest input files of the lazy chunks (what loads on demand), minified bytes each. */
    lazyInputs: Object.fromEntries([...lazyInputs].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1])),
  };
}

const LANGUAGE_OF_INPUT = /^src\/messages\/(?:locales\/)?(fi|sv|en)(?:\/|\.ts$)/;

/** Which languages' words (src/messages/<lang>/* and locales/<lang>.ts) a set of inputs holds, with bytes. */
function wordsOf(bytesByInput) {
  const langs = {};
  for (const [input, bytes] of bytesByInput) {
    const m = input.match(LANGUAGE_OF_INPUT);
    if (m && bytes > 0) langs[m[1]] = (langs[m[1]] ?? 0) + bytes;
  }
  return langs;
}

function languagesOf(initialInputs, lazyOutputs) {
  const initial = wordsOf(initialInputs);
  const mixedLazyChunks = lazyOutputs
    .map(([path, inputs]) => ({ chunk: path.split('/').pop(), languages: Object.keys(wordsOf(inputs)) }))
    .filter((c) => c.languages.length > 1);
  return { initial, onePerPage: Object.keys(initial).length <= 1 && mixedLazyChunks.length === 0, mixedLazyChunks };
}

/** Sums minified bytes per npm package (node_modules/<pkg>) or per src/<area>/<folder>. */
function groupByPackage(bytesByInput) {
  const totals = new Map();
  for (const [input, bytes] of bytesByInput) {
    const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = m ? m[1] : input.replace(/^(src\/[^/]+(?:\/[^/]+)?)\/.*$/, '$1').replace(/^bench-entry\.ts$/, '(entry)');
    totals.set(key, (totals.get(key) ?? 0) + bytes);
  }
  return Object.fromEntries([...totals].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]));
}

/** Lit and its satellites: external when measuring one element's marginal cost. */
export const LIT_EXTERNAL = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'];

export function defineTags() {
  return readdirSync('src/define').filter((f) => f.startsWith('sf-') && f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
}

/**
 * (a) The whole kit with lit, three ways: `src/bundled.ts` (dist/storefront-elements.bundled.js: public API + every
 * element), `src/define/index.ts` (every element registered eagerly, no public API), and `src/define/autoloader.ts`
 * (every element registered when its tag appears: the initial load is the autoloader alone; `appeared` is what a
 * page with every element on it, or with the shop page's elements, has loaded once they have all appeared).
 * Initial load and lazy chunks apart.
 * (b) Each define/* entry: alone with lit external (what it costs a page that already has lit), and its increment
 * over `<sf-shop>` with lit bundled (what it adds to a shop that already has the provider and shared code).
 */
export async function kitSizes() {
  const whole = [];
  for (const [key, name, contents] of [
    // `export *`: package.json's sideEffects names only dist/ files, so a bare import of src/bundled.ts (whose own
    // code is re-exports) is dropped by esbuild and measures 0 bytes; the published bundle keeps its exports.
    ['bundled', 'whole kit with lit: storefront-elements.bundled (public API + every element)', `export * from './src/bundled.ts';`],
    ['eager', 'every element registered eagerly, with lit: define/index (no public API)', `import './src/define/index.ts';`],
  ]) {
    whole.push({ key, name, ...(await measure(contents)) });
  }
  const tags = defineTags();
  const shopTags = SHOP_ELEMENTS.filter((t) => tags.includes(t));
  const autoloader = `import './src/define/autoloader.ts';`;
  const sourceOf = (tag) => `src/define/${tag}.ts`;
  const { appeared, ...autoloaded } = await measure(autoloader, {
    appearing: { every: tags.map(sourceOf), shop: shopTags.map(sourceOf), ...Object.fromEntries(tags.map((t) => [t, [sourceOf(t)]])) },
  });
  whole.push({
    key: 'autoloader',
    name: 'whole kit with lit, every element registered on appearance: define/autoloader (lazy = every chunk it can reach)',
    ...autoloaded,
    everyElement: { tags, ...appeared.every },
    shopPage: { tags: shopTags, ...appeared.shop },
  });
  const base = await measure(`import './src/define/sf-shop.ts';`);
  const elements = [];
  for (const tag of defineTags()) {
    const alone = await measure(`import './src/define/${tag}.ts';`, { external: LIT_EXTERNAL });
    const withShop = tag === 'sf-shop' ? base : await measure(`import './src/define/sf-shop.ts'; import './src/define/${tag}.ts';`);
    elements.push({
      name: `define/${tag}`,
      tag,
      litExternal: { initial: alone.initial, lazy: alone.lazy },
      overShop: {
        gzip: withShop.initial.gzip - (tag === 'sf-shop' ? 0 : base.initial.gzip),
        brotli: withShop.initial.brotli - (tag === 'sf-shop' ? 0 : base.initial.brotli),
        min: withShop.initial.min - (tag === 'sf-shop' ? 0 : base.initial.min),
      },
      lazyPackages: alone.lazyPackages,
      // A page with this element alone, through the autoloader (lit and all it needs included).
      viaAutoloader: appeared[tag],
    });
  }
  return { whole, shopBase: { name: 'define/sf-shop with lit (the base of "over sf-shop")', ...base }, elements };
}

/**
 * Code in the initial load that only lazy chunks use. esbuild splits by module, not by export: a module that the
 * initial load imports one constant from and a lazy chunk imports a function from lands whole in a shared chunk of
 * the initial load. Measured per input against a build of the same entry with every import() left out (so only
 * what the entry statically uses is kept, export by export); inputs that differ by more than 50 bytes are listed.
 */
export async function riddenIn(contents, initialInputs) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true, minify: true, format: 'esm', target: 'es2022', platform: 'browser', splitting: false, outdir: 'bench/.tmp/out',
    write: false, define, legalComments: 'none', logLevel: 'error', loader: { '.svg': 'file' }, metafile: true,
    plugins: [esbuildCssLiterals(), { name: 'no-lazy', setup(b) { b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined)); } }],
  });
  const staticOnly = new Map();
  for (const o of Object.values(result.metafile.outputs)) for (const [k, v] of Object.entries(o.inputs)) staticOnly.set(k, (staticOnly.get(k) ?? 0) + v.bytesInOutput);
  return Object.fromEntries(Object.entries(initialInputs)
    .map(([input, bytes]) => [input, bytes - (staticOnly.get(input) ?? 0)])
    .filter(([, extra]) => extra > 50)
    .sort((a, b) => b[1] - a[1]));
}

const SHOP_ELEMENTS = ['sf-shop', 'sf-nav', 'sf-product-list', 'sf-add-to-cart', 'sf-cart-button', 'sf-cart-drawer', 'sf-delivery-promise'];
const LAZY_ONLY = ['@growthbook/growthbook', 'dom-mutator', 'web-vitals'];

/**
 * (c) What a shop loads initially without experiments and telemetry versus with them (createTelemetry,
 * measureWebVitals, <sf-experiments>): GrowthBook and web-vitals must stay in lazy chunks.
 */
export async function loadingSizes() {
  const tags = SHOP_ELEMENTS.filter((t) => existsSync(`src/define/${t}.ts`));
  const defines = tags.map((t) => `import './src/define/${t}.ts';`).join('\n');
  const withFeatures = `${defines}
    import './src/define/sf-experiments.ts';
    import { createTelemetry, measureWebVitals } from './src/services/telemetry/index.ts';
    const telemetry = createTelemetry();
    void measureWebVitals(telemetry);
    globalThis.__bench = telemetry;`;
  const without = await measure(defines);
  const ridden = await riddenIn(defines, without.initialInputs);
  const withIt = await measure(withFeatures);
  // The checkout over this shop page: what `define/sf-checkout` adds to the initial load (its first step; later
  // steps and the confirmation are lazy chunks).
  const withCheckout = await measure(`${defines}\nimport './src/define/sf-checkout.ts';`);
  const findings = [];
  for (const [label, r] of [['without', without], ['with', withIt]]) {
    for (const pkg of LAZY_ONLY) {
      if (r.initialPackages[pkg]) findings.push(`${pkg} is in the initial load of the shop ${label} experiments/telemetry (${r.initialPackages[pkg]} B minified)`);
    }
  }
  const pick = (r) => ({ initial: r.initial, lazy: r.lazy, initialChunks: r.initialChunks, lazyChunks: r.lazyChunks, lazyPackages: r.lazyPackages });
  return {
    elements: tags,
    // lazyInputs: what the shop page loads on demand (the drawer's contents on the first open intent, the order
    // validators with the first order answer, the demo backend...), so moved bytes stay visible.
    shopPage: { ...pick(without), initialPackages: without.initialPackages, initialInputs: without.initialInputs, lazyInputs: without.lazyInputs, languages: without.languages, riddenIn: ridden },
    checkoutOverShop: {
      initial: { gzip: withCheckout.initial.gzip - without.initial.gzip, brotli: withCheckout.initial.brotli - without.initial.brotli, min: withCheckout.initial.min - without.initial.min },
      lazy: withCheckout.lazy,
      languages: withCheckout.languages,
      addedInputs: Object.fromEntries(Object.entries(withCheckout.initialInputs).map(([i, b]) => [i, b - (without.initialInputs[i] ?? 0)]).filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1])),
    },
    without: pick(without),
    with: pick(withIt),
    addedInitial: { gzip: withIt.initial.gzip - without.initial.gzip, brotli: withIt.initial.brotli - without.initial.brotli },
    addedLazy: { gzip: (withIt.lazy?.gzip ?? 0) - (without.lazy?.gzip ?? 0), brotli: (withIt.lazy?.brotli ?? 0) - (without.lazy?.brotli ?? 0) },
    growthbookAndVitalsLazy: findings.length === 0,
    findings,
  };
}

/** Peers measured exactly like the kit, each against the kit's equivalent, with lit (or react) included. */
export async function peerComparisons() {
  const pairs = [
    {
      name: 'drawer: sf-cart-drawer vs Shoelace sl-drawer (each with lit)',
      kit: `import './src/define/sf-cart-drawer.ts';`,
      peer: `import '@shoelace-style/shoelace/dist/components/drawer/drawer.js';`,
      peerName: 'Shoelace 2 sl-drawer',
      note: 'sl-drawer is an empty drawer shell; sf-cart-drawer includes the mini-cart inside it (lines, quantity, totals, meter, CTA) and the cart model',
    },
    {
      name: 'cart: kit cart elements vs Hydrogen React cart + react + react-dom',
      kit: `import './src/define/sf-shop.ts'; import './src/define/sf-add-to-cart.ts'; import './src/define/sf-cart-button.ts'; import './src/define/sf-cart-drawer.ts'; import './src/define/sf-cart.ts';`,
      // What a React shop loads to have the same: the cart context/hook/button and React to render them.
      peer: `import { CartProvider, useCart, AddToCartButton } from '@shopify/hydrogen-react';
             import { createRoot } from 'react-dom/client';
             import { createElement } from 'react';
             globalThis.__bench = [CartProvider, useCart, AddToCartButton, createRoot, createElement];`,
      peerName: '@shopify/hydrogen-react CartProvider/useCart/AddToCartButton + react + react-dom 19',
    },
  ];
  const rows = [];
  for (const pair of pairs) {
    const kit = await measure(pair.kit);
    const peer = await measure(pair.peer);
    rows.push({
      name: pair.name,
      kit: kit.initial,
      kitLazy: kit.lazy,
      peer: peer.initial,
      peerLazy: peer.lazy,
      peerName: pair.peerName,
      ratioGzip: +(kit.initial.gzip / peer.initial.gzip).toFixed(3),
      ratioBrotli: +(kit.initial.brotli / peer.initial.brotli).toFixed(3),
      ...(pair.note ? { note: pair.note } : {}),
    });
  }
  return rows;
}
