import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { contrastRatio, meetsContrastAA, parseColor, relativeLuminance } from '../../src/core/contrast.js';

const channel = fc.integer({ min: 0, max: 255 });
const hexColor = fc.tuple(channel, channel, channel).map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('contrast (WCAG 2.x)', () => {
  it('gives the reference ratios: black on white 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('white', 'black')).to.equal(21);
    expect(contrastRatio('#1b5e20', '#1b5e20')).to.equal(1);
  });

  it('puts the AA line where WCAG does: #767676 on white passes, #777777 does not', () => {
    const pass = contrastRatio('#767676', '#ffffff')!;
    const fail = contrastRatio('#777777', '#ffffff')!;
    expect(pass).to.be.closeTo(4.54, 0.01);
    expect(fail).to.be.closeTo(4.48, 0.01);
    expect(meetsContrastAA(pass)).to.equal(true);
    expect(meetsContrastAA(fail)).to.equal(false);
    expect(meetsContrastAA(fail, true)).to.equal(true);
  });

  it('reads hex, rgb() and hsl() in their legacy and modern syntaxes', () => {
    expect(parseColor('#abc')).to.deep.equal({ r: 0xaa, g: 0xbb, b: 0xcc, a: 1 });
    expect(parseColor('#1B5E2080')).to.deep.equal({ r: 0x1b, g: 0x5e, b: 0x20, a: 128 / 255 });
    expect(parseColor('rgb(27, 94, 32)')).to.deep.equal({ r: 27, g: 94, b: 32, a: 1 });
    expect(parseColor('rgba(27,94,32,0.5)')).to.deep.equal({ r: 27, g: 94, b: 32, a: 0.5 });
    expect(parseColor('rgb(100% 0% 0% / 25%)')).to.deep.equal({ r: 255, g: 0, b: 0, a: 0.25 });
    const green = parseColor('hsl(120deg 100% 25%)')!;
    expect([green.r, green.g, green.b].map(Math.round)).to.deep.equal([0, 128, 0]);
    expect(parseColor('hsla(0, 0%, 100%, .5)')).to.deep.equal({ r: 255, g: 255, b: 255, a: 0.5 });
  });

  it('refuses what it cannot read, so the caller resolves it in the browser', () => {
    for (const css of ['rebeccapurple', 'oklch(50% 0.1 120)', 'var(--x)', '#12', 'rgb(1 2)', '', 'rgb(1, 2, 3) x']) {
      expect(parseColor(css), css).to.equal(null);
    }
    expect(contrastRatio('rebeccapurple', '#fff')).to.equal(null);
  });

  it('sees translucent colours as rendered: over white, and text over its background', () => {
    // A fully transparent background is the white page: white text on it has no contrast at all.
    expect(contrastRatio('#fff', 'transparent')).to.equal(1);
    // Half-transparent black text on white is mid grey.
    const half = contrastRatio('rgba(0, 0, 0, 0.5)', '#fff')!;
    expect(half).to.be.greaterThan(3.5).and.lessThan(4.5);
    expect(contrastRatio('#fff', 'rgba(0,0,0,0.5)', { r: 0, g: 0, b: 0, a: 1 })).to.equal(21);
  });

  it('is symmetric, between 1 and 21, and 1 for a colour on itself (property)', () => {
    fc.assert(
      fc.property(hexColor, hexColor, (a, b) => {
        const ab = contrastRatio(a, b)!;
        const ba = contrastRatio(b, a)!;
        expect(ab).to.be.closeTo(ba, 1e-12);
        expect(ab).to.be.at.least(1).and.at.most(21);
        if (a === b) expect(ab).to.equal(1);
      }),
    );
  });

  it('orders luminance like the eye: lighter greys are more luminous (property)', () => {
    fc.assert(
      fc.property(channel, channel, (x, y) => {
        fc.pre(x < y);
        expect(relativeLuminance({ r: x, g: x, b: x })).to.be.lessThan(relativeLuminance({ r: y, g: y, b: y }));
      }),
    );
  });
});
