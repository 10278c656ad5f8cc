// Size: minified + gzip and brotli bytes of what a page downloads, measured the same way for the kit and its peers
// (esbuild bundle, minify, production env; gzip -9 and brotli q11 from Node's zlib).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
export async function measure(contents, { external = [], splitting = true } = {}) {
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
  });
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const entryPath = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint)?.[0];
  const entry = js.find((f) => f.path.endsWith(entryPath)) ?? js[0];
  const lazy = js.filter((f) => f !== entry);
  const lazyCode = lazy.map((f) => f.text).join('\n');
  return { initial: compressed(entry.text), lazy: lazy.length ? compressed(lazyCode) : null, lazyChunks: lazy.length };
}

const LIT = [/^lit/, '@lit/*', 'lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'];

export async function kitSizes() {
  const rows = [];
  rows.push({ name: 'kit: whole kit with lit (every element registered)', ...(await measure(`import './src/bundled.ts';`)) });
  for (const file of readdirSync('src/define').filter((f) => f.startsWith('sf-')).sort()) {
    const tag = file.replace(/\.ts$/, '');
    rows.push({ name: `define/${tag} (lit external)`, ...(await measure(`import './src/define/${file}';`, { external: LIT.filter((x) => typeof x === 'string') })) });
  }
  return rows;
}

/** Peers measured exactly like the kit, each against the kit's equivalent, with lit (or react) included. */
export async function peerComparisons() {
  const pairs = [
    {
      name: 'drawer: sf-cart-drawer vs Shoelace sl-drawer (each with lit)',
      kit: `import './src/define/sf-cart-drawer.ts';`,
      peer: `import '@shoelace-style/shoelace/dist/components/drawer/drawer.js';`,
      peerName: 'Shoelace 2 sl-drawer',
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
      peer: peer.initial,
      peerName: pair.peerName,
      ratioGzip: +(kit.initial.gzip / peer.initial.gzip).toFixed(3),
      ratioBrotli: +(kit.initial.brotli / peer.initial.brotli).toFixed(3),
    });
  }
  return rows;
}
