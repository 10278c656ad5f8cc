import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-variant-picker.js';
import '../../src/define/sf-add-to-cart.js';
import '../../src/define/sf-delivery-promise.js';
import type { SfVariantPicker } from '../../src/elements/sf-variant-picker/sf-variant-picker.js';
import type { SfAddToCart } from '../../src/elements/sf-add-to-cart/sf-add-to-cart.js';
import type { SfDeliveryPromise } from '../../src/elements/sf-delivery-promise/sf-delivery-promise.js';
import { ManualClock } from '../../src/core/clock.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';
import { twoOptionBike } from '../fixtures/two-option-bike.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
// Wednesday 2.12.2026 10:00 in Helsinki, before the 14:00 cut-off.
const WEDNESDAY_MORNING = new Date('2026-12-02T08:00:00Z');

async function renderPicker(locale = 'en', extra = html``) {
  const shop = await fixture(html`<sf-shop .adapter=${testAdapter()} locale=${locale}>
    <sf-variant-picker .clock=${new ManualClock(WEDNESDAY_MORNING)} .product=${twoOptionBike} swatch-options="Colour"
      .swatches=${{ Blue: '#1a5fb4', Red: '#b3261e' }}>${extra}</sf-variant-picker>
  </sf-shop>`);
  const picker = shop.querySelector('sf-variant-picker') as SfVariantPicker;
  await picker.updateComplete;
  return picker;
}

const root = (picker: SfVariantPicker) => picker.shadowRoot!;
const focused = (picker: SfVariantPicker) => root(picker).activeElement as HTMLInputElement | null;
/** The accessible name of the focused radio: its label's text, hidden parts included. */
const focusedName = (picker: SfVariantPicker) => plain(focused(picker)?.closest('label')?.textContent);
const checkedIn = (picker: SfVariantPicker, group: number) =>
  (root(picker).querySelectorAll('fieldset')[group]!.querySelector('input:checked') as HTMLInputElement | null)?.value;

async function press(picker: SfVariantPicker, key: string) {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice(6) });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  await picker.updateComplete;
}

describe('<sf-variant-picker>', () => {
  it('opens on the first variant in stock, with its price and stock hint, and is axe-clean', async () => {
    const picker = await renderPicker();
    expect(picker.variantId).to.equal('tunturi-54-blue');
    expect([...root(picker).querySelectorAll('legend')].map((l) => plain(l.textContent))).to.deep.equal(['Frame: 54 cm', 'Colour: Blue']);
    expect(plain(root(picker).querySelector('[part=price]')?.textContent)).to.equal('€1,999.00');
    expect(plain(root(picker).querySelector('[part=stock]')?.textContent)).to.equal('Only 3 left');
    await expectNoAxeViolations(picker);
  });

  it('keeps every value in place and says which combinations are sold out, restocked or missing', async () => {
    const picker = await renderPicker();
    const labels = [...root(picker).querySelectorAll('label')].map((l) => plain(l.textContent));
    expect(labels).to.deep.equal([
      '54 cm',
      '56 cm, Ships Wed 9.12.',
      '58 cm, Sold out',
      'Blue',
      'Red, Not available in this combination',
    ]);
  });

  it('follows the APG radio-group keyboard contract, key by key', async () => {
    const picker = await renderPicker();
    const before = document.createElement('button');
    before.textContent = 'before';
    picker.before(before);
    before.focus();

    // Tab: one stop per group, on the checked radio.
    await press(picker, 'Tab');
    expect(focused(picker)?.value).to.equal('54 cm');
    expect(focusedName(picker)).to.equal('54 cm');

    // Right / Down: the next value is focused and chosen, sold-out ones included (they say so).
    const change = oneEvent(picker, 'change');
    await press(picker, 'ArrowRight');
    await change;
    expect(focused(picker)?.value).to.equal('56 cm');
    expect(picker.variantId).to.equal('tunturi-56-blue');
    expect(focusedName(picker)).to.equal('56 cm, Ships Wed 9.12.');
    expect(plain(root(picker).querySelector('[part=stock]')?.textContent)).to.equal('Ships Wed 9.12.');

    await press(picker, 'ArrowDown');
    expect(focused(picker)?.value).to.equal('58 cm');
    expect(picker.variantId).to.equal('tunturi-58-blue');
    expect(focusedName(picker)).to.equal('58 cm, Sold out');
    expect(plain(root(picker).querySelector('[part=stock]')?.textContent)).to.equal('Sold out');
    await expectNoAxeViolations(picker);

    // Past the last value it wraps to the first.
    await press(picker, 'ArrowRight');
    expect(focused(picker)?.value).to.equal('54 cm');
    expect(picker.variantId).to.equal('tunturi-54-blue');

    // Left / Up: the previous value, wrapping from the first to the last.
    await press(picker, 'ArrowLeft');
    expect(focused(picker)?.value).to.equal('58 cm');
    await press(picker, 'ArrowUp');
    expect(focused(picker)?.value).to.equal('56 cm');
    expect(picker.variantId).to.equal('tunturi-56-blue');

    // Space on the checked radio keeps it.
    await press(picker, 'Space');
    expect(checkedIn(picker, 0)).to.equal('56 cm');

    // Tab leaves the group for the next group's checked radio; Shift+Tab comes back to this one.
    await press(picker, 'Tab');
    expect(focused(picker)?.value).to.equal('Blue');
    expect(focusedName(picker)).to.equal('Blue, Ships Wed 9.12.');
    await press(picker, 'Shift+Tab');
    expect(focused(picker)?.value).to.equal('56 cm');

    // Tab twice leaves the picker: one stop per group, not per value.
    await press(picker, 'Tab');
    await press(picker, 'Tab');
    expect(root(picker).activeElement).to.equal(null);
    before.remove();
  });

  it('moves to the closest variant when a value exists only in another combination', async () => {
    const picker = await renderPicker();
    root(picker).querySelectorAll('input')[3]!.focus(); // Blue
    await press(picker, 'ArrowRight');
    expect(focused(picker)?.value).to.equal('Red');
    expect(picker.variantId).to.equal('tunturi-56-red');
    expect(checkedIn(picker, 0)).to.equal('56 cm');
    expect(plain(root(picker).querySelector('legend')?.textContent)).to.equal('Frame: 56 cm');
    // The price changed, so it is said once, politely.
    await waitUntil(() => plain(root(picker).querySelector('[role=status]')?.textContent) === 'Price €1,899.00');
    // 54 cm does not come in red: it says so.
    expect(plain(root(picker).querySelector('label')?.textContent)).to.equal('54 cm, Not available in this combination');
    await expectNoAxeViolations(picker);
  });

  it('shows the compare-at price struck through for a variant on sale', async () => {
    const picker = await renderPicker('fi');
    picker.variantId = 'tunturi-58-red';
    await picker.updateComplete;
    const price = root(picker).querySelector('[part=price]')!;
    expect(plain(price.querySelector('s')?.textContent)).to.equal('Ennen 1 999,00 €');
    expect(plain(price.textContent)).to.equal('1 699,00 € Ennen 1 999,00 €');
  });

  it('drives the slotted add-to-cart and delivery promise with the chosen variant', async () => {
    const picker = await renderPicker('en', html`<sf-add-to-cart></sf-add-to-cart><sf-delivery-promise cutoff="14:00" transit-days="1"></sf-delivery-promise>`);
    const add = picker.querySelector('sf-add-to-cart') as SfAddToCart;
    const promise = picker.querySelector('sf-delivery-promise') as SfDeliveryPromise;
    expect(add.variantId).to.equal('tunturi-54-blue');
    expect(add.product).to.equal(twoOptionBike);
    expect(promise.stock).to.deep.equal({ available: 3, restockDays: 0 });
    root(picker).querySelectorAll('input')[1]!.focus();
    await press(picker, 'ArrowRight'); // 58 cm / Blue: sold out for good
    await add.updateComplete;
    expect(add.variantId).to.equal('tunturi-58-blue');
    expect(plain(add.shadowRoot!.querySelector('[part=reason]')?.textContent)).to.match(/out of stock/i);
    await press(picker, 'ArrowLeft'); // 56 cm / Blue: restocked in five dispatch days
    expect(promise.stock).to.deep.equal({ available: 0, restockDays: 5 });
  });

  it('takes part in forms with the variant id, and resets to the variant it opened on', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-variant-picker name="variant" .product=${twoOptionBike}></sf-variant-picker></form>`);
    const picker = form.querySelector('sf-variant-picker')!;
    await picker.updateComplete;
    expect(new FormData(form).get('variant')).to.equal('tunturi-54-blue');
    root(picker).querySelector('input')!.focus();
    await press(picker, 'ArrowRight');
    expect(new FormData(form).get('variant')).to.equal('tunturi-56-blue');
    form.reset();
    await picker.updateComplete;
    expect(new FormData(form).get('variant')).to.equal('tunturi-54-blue');
  });

  it('with url-param, opens on the linked variant and keeps the choice in the address without adding history', async () => {
    const start = location.href;
    const length = history.length;
    history.replaceState(null, '', '?variant=tunturi-58-red');
    try {
      const picker = await renderPicker();
      picker.urlParam = 'variant';
      picker.variantId = undefined;
      await picker.updateComplete;
      expect(picker.variantId).to.equal('tunturi-58-red');
      root(picker).querySelector('input')!.focus(); // 54 cm
      await press(picker, 'ArrowRight'); // 56 cm, Red stays
      expect(new URL(location.href).searchParams.get('variant')).to.equal('tunturi-56-red');
      expect(history.length).to.equal(length);
    } finally {
      history.replaceState(null, '', start);
    }
  });
});
