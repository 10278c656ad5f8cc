import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-product-gallery.js';
import type { SfProductGallery } from '../../src/elements/sf-product-gallery/sf-product-gallery.js';
import type { Image } from '../../src/core/model.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

const svg = (fill: string, w = 400, h = 300) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`)}`;

const IMAGES: Image[] = [
  { src: svg('red', 800, 600), alt: 'Red bike, side view', width: 800, height: 600, sources: [{ src: svg('red', 400, 300), width: 400 }, { src: svg('red', 800, 600), width: 800 }] },
  { src: svg('blue'), alt: 'Handlebar close-up', width: 400, height: 300 },
  { src: svg('green'), alt: 'Rear hub', width: 400, height: 300 },
];

async function renderGallery(images: readonly Image[] = IMAGES, attrs = '') {
  const el = await fixture<SfProductGallery>(html`<sf-product-gallery .images=${images} loading=${attrs || 'eager'}></sf-product-gallery>`);
  await el.updateComplete;
  return el;
}

const main = (el: SfProductGallery) => el.shadowRoot!.querySelector<HTMLImageElement>('[part=image]');
const thumbs = (el: SfProductGallery) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=thumbnail]')];
const focused = (el: SfProductGallery) => el.shadowRoot!.activeElement as HTMLButtonElement | null;

async function press(el: SfProductGallery, key: string) {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice(6) });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  await el.updateComplete;
}

describe('<sf-product-gallery>', () => {
  it('shows the first image with its alt text, srcset and sizes, thumbnails named by position, axe-clean', async () => {
    const el = await renderGallery();
    expect(main(el)!.alt).to.equal('Red bike, side view');
    expect(main(el)!.getAttribute('srcset')).to.match(/ 400w, .* 800w$/);
    expect(main(el)!.getAttribute('sizes')).to.contain('50vw');
    expect(main(el)!.getAttribute('loading')).to.equal('eager');
    expect(thumbs(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Image 1 of 3: Red bike, side view', 'Image 2 of 3: Handlebar close-up', 'Image 3 of 3: Rear hub',
    ]);
    expect(thumbs(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal(['true', 'false', 'false']);
    for (const b of thumbs(el)) expect(b.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    await expectNoAxeViolations(el);
  });

  it('is one tab stop; arrows move and show (wrapping), Home and End jump, clicks show', async () => {
    const el = await renderGallery();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await press(el, 'Tab');
    expect(focused(el)).to.equal(thumbs(el)[0]);
    expect(thumbs(el).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    await press(el, 'ArrowRight');
    expect(el.index).to.equal(1);
    expect(focused(el)).to.equal(thumbs(el)[1]);
    expect(main(el)!.alt).to.equal('Handlebar close-up');
    expect(thumbs(el)[1]!.getAttribute('aria-current')).to.equal('true');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowRight');
    expect(el.index, 'wraps to the first').to.equal(0);
    await press(el, 'ArrowLeft');
    expect(el.index, 'wraps to the last').to.equal(2);
    await press(el, 'Home');
    expect(el.index).to.equal(0);
    await press(el, 'End');
    expect(focused(el)).to.equal(thumbs(el)[2]);
    await press(el, 'Shift+Tab');
    expect(document.activeElement).to.equal(before);
    thumbs(el)[1]!.click();
    await el.updateComplete;
    expect(main(el)!.alt).to.equal('Handlebar close-up');
    await expectNoAxeViolations(el);
    before.remove();
  });

  it('reserves the first image\'s aspect ratio before the picture loads (no layout shift)', async () => {
    const tall: Image[] = [{ src: '/never-loads.png', alt: 'Tall', width: 300, height: 600 }];
    const el = await renderGallery(tall);
    el.style.width = '200px';
    const box = el.shadowRoot!.querySelector('[part=main]')!.getBoundingClientRect();
    expect(Math.round(box.height)).to.equal(400);
  });

  it('refuses unsafe URLs: a javascript: image is left out, and none left shows the empty box', async () => {
    const el = await renderGallery([{ src: 'javascript:alert(1)', alt: 'x' }, { src: svg('blue'), alt: 'Safe', sources: [{ src: 'javascript:alert(2)', width: 10 }] }]);
    expect(thumbs(el)).to.have.length(0);
    expect(main(el)!.alt).to.equal('Safe');
    expect(main(el)!.hasAttribute('srcset')).to.equal(false);
    const empty = await renderGallery([{ src: 'javascript:alert(1)', alt: 'x' }]);
    expect(main(empty)).to.equal(null);
    expect(empty.shadowRoot!.querySelector('[part=main]')!.textContent).to.contain('No image');
    await expectNoAxeViolations(empty);
  });

  it('lazy-loads the main image when told it sits below the fold', async () => {
    const el = await renderGallery(IMAGES, 'lazy');
    expect(main(el)!.getAttribute('loading')).to.equal('lazy');
  });

  it('renders the empty state for malformed images and names the property once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const el = await renderGallery([{ src: 42 } as unknown as Image]);
      expect(el.shadowRoot!.querySelector('[part=main]')!.textContent).to.contain('No image');
      expect(warnings.filter((w) => w.includes('sf-product-gallery') && w.includes('images'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
