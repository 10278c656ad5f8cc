// One token sheet: each kit token has one default, read in one place (src/elements/base/styles.ts), and a page
// themes every element by setting `--sf-*` on any ancestor.
import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import '../../src/define/index.js';
import * as kit from '../../src/index.js';
import { tokens } from '../../src/elements/base/styles.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

/** Kit token families; component properties are `--sf-<element>-<what>` and may carry their own default. */
const KIT_TOKEN = /^--sf-(color|space|radius|font|line-height|focus)(-|$)/;
/** Only the token sheet itself may name a default. */
const ALLOWED = new Set<CSSResultOrNative>([tokens]);

const cssText = (sheet: CSSResultOrNative): string =>
  sheet instanceof CSSStyleSheet ? [...sheet.cssRules].map((r) => r.cssText).join('\n') : sheet.cssText;

/** Every element class the package exports, with the sheets it adopts. */
const elementClasses = (Object.entries(kit) as [string, unknown][]).filter(
  (entry): entry is [string, typeof LitElement] =>
    typeof entry[1] === 'function' && Array.isArray((entry[1] as typeof LitElement).elementStyles),
);

describe('the token sheet', () => {
  it('is the only place that gives a kit token a default', () => {
    expect(elementClasses.map(([name]) => name)).to.include.members(['SfCart', 'SfNav', 'SfQuantity', 'SfCheckout']);
    const repeated: string[] = [];
    for (const [name, element] of elementClasses) {
      for (const sheet of element.elementStyles) {
        if (ALLOWED.has(sheet)) continue;
        for (const [, token] of cssText(sheet).matchAll(/var\(\s*(--sf-[\w-]+)\s*,/g)) {
          if (KIT_TOKEN.test(token!)) repeated.push(`${name}: var(${token}, …) — use var(${token!.replace('--sf-', '--_sf-')})`);
        }
      }
    }
    expect(repeated, repeated.join('\n')).to.deep.equal([]);
  });

  it('declares each token once, from its public name, and declares every token an element reads', () => {
    const sheet = cssText(tokens);
    const declared = [...sheet.matchAll(/(--_sf-[\w-]+)\s*:\s*var\(\s*(--sf-[\w-]+)\s*,/g)];
    expect(declared.length).to.be.greaterThan(20);
    for (const [, twin, token] of declared) expect(twin, `${twin} reads ${token}`).to.equal(token!.replace('--sf-', '--_sf-'));
    const names = declared.map((d) => d[1]!);
    expect(names.filter((n, i) => names.indexOf(n) !== i), 'declared twice').to.deep.equal([]);
    const undeclared = new Set<string>();
    for (const [name, element] of elementClasses) {
      for (const sheet of element.elementStyles) {
        for (const [, twin] of cssText(sheet).matchAll(/var\(\s*(--_sf-[\w-]+)/g)) if (!names.includes(twin!)) undeclared.add(`${name}: ${twin}`);
      }
    }
    expect([...undeclared]).to.deep.equal([]);
  });
});

describe('theming with tokens', () => {
  const product = testAdapter().allProducts()[0]!;
  const borders = (root: Element) => {
    const inner = (tag: string, selector: string) =>
      getComputedStyle(root.querySelector(tag)!.shadowRoot!.querySelector(selector)!).borderTopColor;
    return [inner('sf-product-card', '.card'), inner('sf-quantity', '.control'), inner('sf-cart-button', 'button')];
  };
  const page = (style: string) => fixture<HTMLDivElement>(html`<div style=${style}>
    <sf-product-card .product=${product} locale="en"></sf-product-card>
    <sf-quantity value="1" label="Quantity" locale="en"></sf-quantity>
    <sf-cart-button locale="en"></sf-cart-button>
  </div>`);

  it('gives every element the same default when the page sets nothing', async () => {
    const root = await page('');
    expect(borders(root)).to.deep.equal(['rgb(107, 114, 128)', 'rgb(107, 114, 128)', 'rgb(107, 114, 128)']);
    await expectNoAxeViolations(root);
  });

  it('takes a token set on any ancestor, and a component property over it', async () => {
    const root = await page('--sf-color-border: rgb(1, 2, 3)');
    expect(borders(root)).to.deep.equal(['rgb(1, 2, 3)', 'rgb(1, 2, 3)', 'rgb(1, 2, 3)']);
    root.querySelector<HTMLElement>('sf-quantity')!.style.setProperty('--sf-quantity-border-color', 'rgb(4, 5, 6)');
    root.querySelector<HTMLElement>('sf-cart-button')!.style.setProperty('--sf-color-border', 'rgb(7, 8, 9)');
    expect(borders(root)).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)', 'rgb(7, 8, 9)']);
  });
});
