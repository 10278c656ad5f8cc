// What a shop page (sf-shop, nav, product list, add to cart, cart button, drawer, delivery promise) downloads first:
// bundled as the size bench does it (esbuild, code splitting), the entry plus its static-import closure. Parts the
// shopper does not see or use at first load must stay out of it, behind import(): the drawer's lines, quantity
// steppers, meter and checkout CTA (loaded on the first open intent), the validators of checkout and order
// answers (loaded with the first such answer), the shopper's history (loaded when first read or recorded), the cart
// store's changes (loaded on the first sign of a cart action), the CTA colour check (with a colour variant), and the
// embedded backend's listing code. They must still be reachable, as lazy chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const SHOP_ELEMENTS = ['sf-shop', 'sf-nav', 'sf-product-list', 'sf-add-to-cart', 'sf-cart-button', 'sf-cart-drawer', 'sf-delivery-promise'];
const ON_DEMAND = [
  'src/elements/sf-cart-drawer/drawer-contents.ts',
  'src/elements/sf-cart/cart-lines.ts',
  'src/elements/sf-cart/cart-summary.ts',
  'src/elements/sf-quantity/sf-quantity.ts',
  'src/core/validate-order.ts',
  'src/core/history.ts',
  'src/core/cart-store.ts',
  'src/core/contrast.ts',
  'src/services/experiments/cta-colors.ts',
  'src/core/list-catalog.ts',
];

/** Inputs of the initial load (entry + static imports) and of the lazy chunks, by source path. */
async function firstLoad(entry) {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'page.ts' },
    bundle: true, format: 'esm', target: 'es2022', platform: 'browser', splitting: true, minify: true,
    outdir: 'out', write: false, metafile: true, logLevel: 'error', loader: { '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const outputs = result.metafile.outputs;
  const entryPath = Object.keys(outputs).find((p) => outputs[p].entryPoint === 'page.ts');
  const initial = new Set([entryPath]);
  for (const path of initial) {
    for (const imp of outputs[path].imports) if (imp.kind === 'import-statement' && !imp.external) initial.add(imp.path);
  }
  const inputsOf = (paths) => new Set(paths.flatMap((p) => Object.entries(outputs[p].inputs).filter(([, i]) => i.bytesInOutput > 0).map(([name]) => name)));
  const js = Object.keys(outputs).filter((p) => p.endsWith('.js'));
  return { initial: inputsOf([...initial]), lazy: inputsOf(js.filter((p) => !initial.has(p))) };
}

test('the shop page loads the drawer contents and the order validators on demand, not at first', async () => {
  const { initial, lazy } = await firstLoad(SHOP_ELEMENTS.map((t) => `import './src/define/${t}.ts';`).join('\n'));
  // The page itself is there (a check that the walk above sees anything at all).
  for (const input of ['src/elements/sf-cart-drawer/sf-cart-drawer.ts', 'src/elements/sf-shop/sf-shop.ts', 'src/core/validate.ts', 'src/adapters/guard.ts']) {
    assert.ok(initial.has(input), `${input} is in the first load`);
  }
  for (const input of ON_DEMAND) {
    assert.ok(!initial.has(input), `${input} is in the shop page's first load: it must stay behind import()`);
    assert.ok(lazy.has(input), `${input} is still reachable, in a lazy chunk`);
  }
});

test('the cart page itself still loads its lines and steppers at once', async () => {
  // <sf-cart> shows the lines as its main content: nothing of it is deferred.
  const { initial } = await firstLoad(`import './src/define/sf-shop.ts'; import './src/define/sf-cart.ts';`);
  for (const input of ['src/elements/sf-cart/cart-lines.ts', 'src/elements/sf-quantity/sf-quantity.ts']) assert.ok(initial.has(input), input);
});
