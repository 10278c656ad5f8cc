// The one configuration of the Custom Elements Manifest analyzer (`cem analyze`), read by every caller: npm scripts
// (analyze, start, build-storybook, typecheck), the rollup build and the tests. It writes custom-elements.json at
// the package root, describing dist/ as published. See README, "Custom Elements Manifest".
import { storefrontPlugins } from './.ci/cem-plugins.mjs';

export default {
  // Elements (with their base, controllers and event classes) and the define modules that register their tags.
  globs: ['src/elements/**/*.ts', 'src/define/*.ts'],
  exclude: ['dist/**', 'storybook-static/**'],
  outdir: '.',
  litelement: true,
  // package.json already names custom-elements.json; never let the analyzer rewrite it.
  packagejson: false,
  quiet: true,
  plugins: storefrontPlugins(),
};
