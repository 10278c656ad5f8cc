// Starts and stops the dev Vendure server (backend/server.mjs) around the browser tests that need it.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

const START_TIMEOUT_MS = 180_000;

/** The Vendure test files (by name) in the folders the browser suite runs. */
function vendureTestFiles() {
  return ['test/commerce', 'test/components'].flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => /vendure.*\.test\.ts$/i.test(f)).map((f) => `${dir}/${f}`);
    } catch {
      return [];
    }
  });
}

/** A web-test-runner file pattern as a RegExp (`**`, `*`, `?` and `{a,b}`). */
function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^(?:\\./)?${re}$`);
}

/** True for the full suite, or when the `--files` given select a Vendure test. */
export function needsVendure(args) {
  const files = [];
  let inFiles = false;
  for (const a of args) {
    if (a === '--files') inFiles = true;
    else if (a.startsWith('--')) inFiles = false;
    else if (inFiles) files.push(a.replace(/^\.\//, ''));
  }
  if (!args.includes('--files')) return true;
  const candidates = vendureTestFiles();
  return files.some((pattern) => {
    const re = globToRegExp(pattern);
    return candidates.some((f) => re.test(f));
  });
}

/**
 * Starts backend/server.mjs on a free port and waits for its ready line. Resolves with `{ shopApi, stop }`;
 * `shopApi` is undefined (and the reason printed) when the server did not start: the Vendure tests then fail.
 */
export async function startVendure() {
  const log = join(mkdtempSync(join(tmpdir(), 'sf-vendure-')), 'server.log');
  const fd = openSync(log, 'w');
  const started = Date.now();
  // Output goes to a file: this process blocks while the browser tests run, and a full pipe would stall Vendure.
  const child = spawn(process.execPath, ['backend/server.mjs', '--port', '0'], {
    stdio: ['ignore', fd, fd],
    env: { ...process.env, VENDURE_DISABLE_TELEMETRY: 'true' },
  });
  closeSync(fd);
  let exited = false;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = true;
    resolve(code ?? signal);
  }));
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    }
    process.off('exit', killOnExit);
  };
  while (!exited && Date.now() - started < START_TIMEOUT_MS) {
    const text = readFileSync(log, 'utf8');
    const ready = /^SF_VENDURE_READY (.*)$/m.exec(text);
    if (ready) {
      const { shopApi } = JSON.parse(ready[1]);
      console.log(`Vendure test server ready at ${shopApi} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return { shopApi, stop };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  console.error(`\nVendure test server did not start (${exited ? 'it exited' : 'timeout'}); the Vendure tests will fail. Its log:\n`);
  console.error(readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
  await stop();
  return { shopApi: undefined, stop: async () => {} };
}
