// Minifies the CSS in Lit's css`…` literals of the kit's source, for the published build (rollup.config.mjs) and
// for the bench's bundles (bench/browser.mjs), so the bench measures what a shop downloads. A shop's bundler
// minifies the JavaScript around these literals but never the CSS inside them: their comments and indentation
// were about a fifth of the kit's minified bytes. Tests (test/node/css-literals.test.mjs) check that Chromium
// parses every literal of src/ to the same rules before and after.
import { readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CSS with comments removed and whitespace cut to what the syntax needs: none around `{ } ; , >` or after a
 * declaration's colon, single spaces elsewhere (a space before `:` or `::` is a descendant combinator and stays, as
 * do the spaces in `calc()` and in values). For the kit's own styles, which have no `/*`, `{`, `;` or runs of
 * spaces inside strings.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * A module's source with each css`…` literal (with a rule in it) minified. Literals holding `${…}` or a backslash
 * are left as they are (an expression or an escape needs more care than this); the kit's have neither.
 */
export function minifyCssLiterals(code) {
  return code.replace(LITERAL, (whole, body) => (body.includes('{') ? `css\`${minifyCss(body)}\`` : whole));
}

/** Every css`…` literal this minifier changes in a module's source (for the tests). */
export function cssLiterals(code) {
  return [...code.matchAll(LITERAL)].map((m) => m[1]).filter((body) => body.includes('{'));
}

/** Lit's css tag and its literal (not a mention of it in quotes or a comment, as in "`css` or …"). */
const LITERAL = /(?<![`\w.$])css`([^`$\\]*)`/g;

/** Whether a module is one of the kit's own sources (this repository's src/, never a dependency's). */
const ownSource = (path) => path.startsWith(SRC) && path.endsWith('.ts');
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src') + sep;

/** A rollup plugin: minifies the CSS literals of the kit's own modules. */
export function rollupCssLiterals() {
  return {
    name: 'storefront-elements-css-literals',
    transform(code, id) {
      if (!ownSource(id) || !code.includes('css`')) return null;
      // No source maps are built (rollup.config.mjs says why).
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}

/** The same as an esbuild plugin (the bench bundles its pages and size entries from src/ with esbuild). */
export function esbuildCssLiterals() {
  return {
    name: 'storefront-elements-css-literals',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (!ownSource(path)) return undefined;
        const code = await readFile(path, 'utf8');
        if (!code.includes('css`')) return undefined;
        return { contents: minifyCssLiterals(code), loader: 'ts' };
      });
    },
  };
}
