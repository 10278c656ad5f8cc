// custom-elements.json is generated (git-ignored): `npm run build` writes it, and CI runs the tests after the build.
// The browser test of the manifest fetches it from the test server, so a run that includes that test writes it
// first when it is missing or older than what it is made from.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = 'custom-elements.json';
const INPUTS = ['src/elements', 'src/define', 'custom-elements-manifest.config.mjs', '.ci/cem-plugins.mjs'];

/** Newest modification time under `path`. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Whether `--files` selects the manifest test (no `--files`: the whole suite, which includes it). */
export function selectsManifestTest(argv) {
  const files = [];
  argv.forEach((arg, i) => {
    if (arg === '--files') {
      for (const next of argv.slice(i + 1)) {
        if (next.startsWith('--')) break;
        files.push(next);
      }
    } else if (arg.startsWith('--files=')) files.push(arg.slice('--files='.length));
  });
  return files.length === 0 || files.some((f) => /manifest|\*\*/.test(f));
}

/** Writes custom-elements.json through the one analyzer config unless it is there and up to date. */
export function ensureManifest() {
  if (existsSync(MANIFEST) && statSync(MANIFEST).mtimeMs >= Math.max(...INPUTS.map(newest))) return;
  execFileSync('npx', ['cem', 'analyze'], { stdio: 'inherit' });
}
