// Builds dist/: ESM modules with lit external (for bundlers), one minified self-contained bundle (for a plain
// <script type="module">), .d.ts files from tsc, the product images, and custom-elements.json from JSDoc.
// No source maps: the sources are not published, so a map could only point at nothing or carry them whole (that
// was 2.2 MB of the 4 MB package); the ESM modules are unminified and read like the source, except the CSS in
// their css`…` literals, which is minified (a shop's bundler minifies the code around it, never the CSS inside:
// .ci/css-literals.mjs).
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { rollupCssLiterals } from './.ci/css-literals.mjs';

const defineEntries = Object.fromEntries(
  readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => [`define/${f.replace(/\.ts$/, '')}`, `src/define/${f}`]),
);

const esbuildOptions = { target: 'es2022', tsconfig: 'tsconfig.json', minify: false };
// @growthbook/growthbook reads process.env.NODE_ENV; browsers have no `process`.
const nodeEnv = replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } });

// package.json's `sideEffects` speaks of the published dist/ files; our own src/ modules keep every side effect
// (a define module imports the elements it renders for their registration alone).
const resolve = () => nodeResolve({ ignoreSideEffectsForRoot: true });

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

/** Runs once, after the module build: types, manifest and images. */
const extras = () => ({
  name: 'storefront-elements-extras',
  buildStart() {
    rmSync('dist', { recursive: true, force: true });
  },
  writeBundle() {
    run('npx', ['tsc', '-p', 'tsconfig.build.json']);
    // custom-elements-manifest.config.mjs says what to read and how; nothing to repeat here.
    run('npx', ['cem', 'analyze']);
    // storefront-elements/react: JSX types generated from that manifest, so they follow every element change.
    run('node', ['.ci/react-types.mjs']);
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
      // storefront-elements/server: SSR helpers for a shop's own server (experiments decided per request).
      'server/index': 'src/server/index.ts',
      // storefront-elements/testing: the adapter conformance suite, for a shop's own adapter tests (browser or Node).
      'testing/index': 'src/testing/index.ts',
      ...defineEntries,
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^@growthbook\//, /^web-vitals(\/|$)/, /^@duckdb\//, /^node:/],
    plugins: [resolve(), nodeEnv, rollupCssLiterals(), esbuild(esbuildOptions), extras()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    // The no-build path: the kit and its adapters as bundled entries built together, so that an adapter loaded next
    // to the kit (import map) shares its modules — one CommerceError, one money — instead of carrying copies.
    input: {
      'storefront-elements.bundled': 'src/bundled.ts',
      'vendure.bundled': 'src/adapters/vendure/index.ts',
      'local.bundled': 'src/adapters/local/index.ts',
    },
    // The entries export exactly what their sources do (no shared module is hoisted into an entry's exports).
    preserveEntrySignatures: 'strict',
    plugins: [resolve(), nodeEnv, rollupCssLiterals(), esbuild(esbuildOptions), terser({ ecma: 2022, module: true, format: { comments: false } })],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      // Shared and lazy parts (core, the demo backend, GrowthBook, web-vitals) are separate files next to the bundle.
      chunkFileNames: 'bundled-chunks/[name]-[hash].js',
      // What the entries share (core: CommerceError, money, storage...) is one chunk that all of them import; the
      // demo backend stays a lazy chunk of its own in bundled-chunks/ (its images are data URLs inside it).
      manualChunks: (id) => {
        if (/[\\/]src[\\/]adapters[\\/]local[\\/](local-adapter|catalog)\.ts$/.test(id)) return 'local-adapter';
        if (/[\\/]src[\\/]core[\\/]/.test(id)) return 'core';
        return undefined;
      },
    },
  },
];
