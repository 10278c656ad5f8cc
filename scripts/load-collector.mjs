// Bundles storefront-elements/collector from source for the npm scripts (Node 20 runs no TypeScript), with the
// storage libraries left external: they load from node_modules as they would for a shop.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function loadCollector() {
  // Inside the repository, so the external packages resolve from its node_modules.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outfile = join(mkdtempSync(join(cache, 'sf-collector-')), 'collector.mjs');
  await build({
    entryPoints: [join(root, 'src/server/collector/index.ts')], bundle: true, format: 'esm', platform: 'node',
    outfile, logLevel: 'error', external: ['@duckdb/node-api', '@clickhouse/client'], absWorkingDir: root,
  });
  return import(pathToFileURL(outfile).href);
}
