// Every test, core and component, runs in real Chromium (Debian's, at CHROME_PATH or /usr/bin/chromium).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { axTreePlugin } from './helpers/ax-tree-plugin.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './count-reporter.mjs';
import { ensureManifest, selectsManifestTest } from './manifest-file.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

// test/manifest/ fetches /custom-elements.json, a generated file.
if (selectsManifestTest(process.argv)) ensureManifest();

/**
 * `import x from './file.json'` in a module (the storefront demo imports its experiment definitions so): served as
 * a JS module under its own URL (`?json-module`), so that a test's `fetch` of the same file still gets the JSON.
 */
const jsonModules = {
  name: 'json-modules',
  resolveImport({ source }) {
    return source.endsWith('.json') ? `${source}?json-module` : undefined;
  },
  resolveMimeType(context) {
    return context.path.endsWith('.json') && context.URL.searchParams.has('json-module') ? 'js' : undefined;
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.URL.searchParams.has('json-module')) return { body: `export default ${context.body};` };
    return undefined;
  },
};

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // One page at a time: keyboard and focus tests need the focused page (a second, background page loses focus).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [jsonModules, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), axTreePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
        ],
      },
    }),
  ],
  // @growthbook/growthbook's ESM build reads process.env.NODE_ENV. The live Vendure server's Shop API URL (from
  // test/run.mjs) reaches the Vendure tests as window.__SF_VENDURE_SHOP_API__.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><title>storefront-elements tests</title>
    <script>window.process = { env: { NODE_ENV: 'test' } };
    window.__SF_VENDURE_SHOP_API__ = ${JSON.stringify(process.env.SF_VENDURE_SHOP_API ?? null)};</script></head>
    <body>
    <!-- Every language up front, as storefront-elements/core does: tests read the words synchronously. Loading one
         language on demand is tested on the built package (test/node/dist.test.mjs). -->
    <script type="module" src="/src/messages/locales/all.ts"></script>
    <script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(process.env.SF_TEST_COUNTS ? [countReporter(process.env.SF_TEST_COUNTS)] : []),
  ],
};
