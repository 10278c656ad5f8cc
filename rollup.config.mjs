// Builds dist/: ESM modules with lit external (for bundlers), one minified self-contained bundle (for a plain
// <script type="module">), .d.ts files from tsc, the product images, and custom-elements.json from JSDoc.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const defineEntries = Object.fromEntries(
  readdirSync('src/define').map((f) => [`define/${f.replace(/\.ts$/, '')}`, `src/define/${f}`]),
);

const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json', minify: false };
// @growthbook/growthbook reads process.env.NODE_ENV; browsers have no `process`.
const nodeEnv = replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } });

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

/** Runs once, after the module build: types, manifest and images. */
const extras = () => ({
  name: 'storefront-elements-extras',
  buildStart() {
    rmSync('dist', { recursive: true, force: true });
  },
  writeBundle() {
    run('npx', ['tsc', '-p', 'tsconfig.build.json']);
    run('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet']);
    for (const target of ['dist/adapters/local/images', 'dist/bundled-chunks/images']) {
      cpSync('src/adapters/local/images', target, { recursive: true });
    }
  },
});

export default [
  {
    input: {
      index: 'src/index.ts',
      core: 'src/core.ts',
      // Its own entry, so shops on other backends never bundle it.
      'adapters/vendure/index': 'src/adapters/vendure/index.ts',
      'adapters/local/index': 'src/adapters/local/index.ts',
      // Node only (storefront-elements/collector); its storage library and node: built-ins stay external.
      'server/collector/index': 'src/server/collector/index.ts',
      ...defineEntries,
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^@growthbook\//, /^web-vitals(\/|$)/, /^@duckdb\//, /^node:/],
    plugins: [nodeResolve(), nodeEnv, esbuild(esbuildOptions), extras()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  {
    input: 'src/bundled.ts',
    plugins: [nodeResolve(), nodeEnv, esbuild(esbuildOptions), terser({ ecma: 2022, module: true, format: { comments: false } })],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'storefront-elements.bundled.js',
      // Lazy parts (the demo backend, GrowthBook, web-vitals) stay separate files next to the bundle.
      chunkFileNames: 'bundled-chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
];
