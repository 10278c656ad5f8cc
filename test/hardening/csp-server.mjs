// Builds the standalone storefront demo with esbuild and serves it from 127.0.0.1 under the kit's strict Content
// Security Policy with Trusted Types enforced. Used by test/node/csp.test.mjs; run it directly to try the demo under
// the same headers:  node test/hardening/csp-server.mjs  (prints the URL; Ctrl+C stops it).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The only Trusted Types policy the kit needs: Lit's, which turns its own template strings into TrustedHTML. */
export const TRUSTED_TYPES_POLICIES = ['lit-html'];

/** The policy the demo must run under: nothing inline, nothing evaluated, every sink behind Trusted Types. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Bundles stories/pages/storefront/standalone.ts next to a copy of its index.html and the product images. */
export async function buildDemo(outdir = mkdtempSync(join(tmpdir(), 'sf-csp-'))) {
  const page = join(root, 'stories/pages/storefront');
  await build({
    absWorkingDir: root,
    entryPoints: { standalone: join(page, 'standalone.ts') },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outdir,
    minify: true,
    sourcemap: false,
    logLevel: 'error',
    tsconfig: join(root, 'tsconfig.json'),
    loader: { '.svg': 'file', '.json': 'json' },
    assetNames: 'assets/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  copyFileSync(join(page, 'index.html'), join(outdir, 'index.html'));
  mkdirSync(join(outdir, 'images'), { recursive: true });
  const images = join(root, 'src/adapters/local/images');
  for (const f of readdirSync(images)) if (f.endsWith('.svg')) copyFileSync(join(images, f), join(outdir, 'images', f));
  return outdir;
}

/** Serves `dir` on 127.0.0.1 (a free port) with `csp` on every response. Resolves to `{ url, close }`. */
export function serveStrict(dir, csp = STRICT_CSP) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    const headers = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolveServer({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r(undefined))) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = await buildDemo();
  const { url } = await serveStrict(dir);
  console.log(`storefront demo under a strict CSP: ${url}index.html?images=./images`);
}
