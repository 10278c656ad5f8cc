// The published build minifies the CSS in the kit's css`…` literals (.ci/css-literals.mjs): what a shop downloads
// must style exactly as the source does. Every literal of src/ is parsed by Chromium before and after, and the rules
// it makes of them must be the same; the published modules must carry the minified CSS.
import { test, before, after } from 'node:test';
/* global CSSStyleSheet -- page.evaluate() bodies run in the browser */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cssLiterals, minifyCss, minifyCssLiterals } from '../../.ci/css-literals.mjs';
import { launchChromium } from '../helpers/chromium.mjs';

const files = (dir, ext) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(ext)).map((f) => join(dir, f));

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

test('minifyCss keeps what the syntax needs: descendant combinators before pseudo-classes, calc() spaces, values', () => {
  assert.equal(
    minifyCss(`
      /* a comment */
      :host ::slotted(*) ,  a :is(b) > c {
        margin: calc(100% - 2rem) 0;   width: calc(1px + 2px);
        font-family: system-ui, 'Segoe UI';
      }
      @media (min-width: 48rem) {
        .x:hover { color: red !important; }
      }
    `),
    ":host ::slotted(*),a :is(b)>c{margin:calc(100% - 2rem) 0;width:calc(1px + 2px);font-family:system-ui,'Segoe UI'}@media (min-width:48rem){.x:hover{color:red !important}}",
  );
});

test('minifyCssLiterals leaves a literal with an expression or an escape, and a mention of the tag, as they are', () => {
  const code = 'const a = css`a { color: ${x}; }`; const b = css`b::before { content: "\\2713"; }`; const c = css` c { top: 0; } `;';
  assert.equal(minifyCssLiterals(code), 'const a = css`a { color: ${x}; }`; const b = css`b::before { content: "\\2713"; }`; const c = css`c{top:0}`;');
  // A mention of the tag is not a literal.
  const doc = '/** `css` or `domMutations` come from the editor */ const s = "not css`  here  `";';
  assert.equal(minifyCssLiterals(doc), doc);
});

test('Chromium parses every css`…` literal of src/ to the same rules minified as written', async () => {
  const literals = files('src', '.ts').flatMap((file) => cssLiterals(readFileSync(file, 'utf8')).map((css) => ({ file, css })));
  assert.ok(literals.length >= 30, `found ${literals.length} literals`);
  const page = await browser.newPage();
  try {
    const rules = await page.evaluate((texts) => texts.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules].map((r) => r.cssText);
    }), literals.flatMap(({ css }) => [css, minifyCss(css)]));
    // Whitespace around a comma means nothing anywhere in CSS, but a custom property keeps its value's tokens as
    // written, whitespace included, so its serialisation differs there.
    const commas = (list) => list.map((rule) => rule.replace(/\s*,\s*/g, ','));
    let saved = 0;
    literals.forEach(({ file, css }, i) => {
      const [written, minified] = [commas(rules[2 * i]), commas(rules[2 * i + 1])];
      assert.ok(written.length > 0, `${file}: Chromium found rules in the literal`);
      assert.deepEqual(minified, written, `${file}: the minified CSS makes the same rules`);
      saved += css.length - minifyCss(css).length;
    });
    assert.ok(saved > 10_000, `minifying saves ${saved} characters`);
  } finally {
    await page.close();
  }
});

test('the published modules carry the minified CSS', { skip: !existsSync('dist/index.js') && 'no dist/ (npm run build)' }, () => {
  // The element modules (the bundled build's are minified whole, its css tag renamed).
  const published = files('dist/elements', '.js').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bcss`([^`]*)`/g)].map((m) => ({ file, css: m[1] })));
  assert.ok(published.length >= 30, `found ${published.length} literals in dist/`);
  const unminified = published.filter(({ css }) => css !== minifyCss(css)).map(({ file }) => file);
  assert.deepEqual(unminified, []);
});
