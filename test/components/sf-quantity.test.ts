import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-quantity.js';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-cart.js';
import type { SfCart } from '../../src/elements/sf-cart/sf-cart.js';
import { testAdapter } from '../helpers/shop.js';
import type { SfQuantity } from '../../src/elements/sf-quantity/sf-quantity.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { click } from '../helpers/pointer.js';

const part = (el: SfQuantity, name: string) => el.shadowRoot!.querySelector(`[part=${name}]`) as HTMLElement;

async function typeAndEnter(el: SfQuantity, text: string): Promise<void> {
  const input = part(el, 'input') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<sf-quantity>', () => {
  it('steps with real clicks within min and max and fires input and change from the host', async () => {
    const el = await fixture<SfQuantity>(html`<sf-quantity value="2" max="3" locale="en"></sf-quantity>`);
    const changes: number[] = [];
    let inputs = 0;
    el.addEventListener('change', () => changes.push(el.value));
    el.addEventListener('input', () => (inputs += 1));
    await click(part(el, 'increase'));
    await click(part(el, 'increase'));
    await el.updateComplete;
    expect(el.value).to.equal(3);
    expect(changes).to.deep.equal([3]);
    expect(inputs).to.equal(1);
    expect(part(el, 'increase').getAttribute('aria-disabled')).to.equal('true');
    await click(part(el, 'decrease'));
    await click(part(el, 'decrease'));
    await click(part(el, 'decrease'));
    await el.updateComplete;
    expect(el.value).to.equal(1);
    expect(changes).to.deep.equal([3, 2, 1]);
    expect(part(el, 'decrease').getAttribute('aria-disabled')).to.equal('true');
    await expectNoAxeViolations(el);
  });

  it('corrects garbage, negatives, decimals and huge numbers with a visible message, never to zero', async () => {
    const el = await fixture<SfQuantity>(html`<sf-quantity value="2" max="10" locale="en" item-name="Aero Helmet"></sf-quantity>`);
    const message = () => part(el, 'message').textContent!.trim();
    await typeAndEnter(el, 'abc');
    expect(el.value).to.equal(2);
    expect(message()).to.equal('Enter a whole number. The quantity stays 2.');
    await typeAndEnter(el, '');
    expect(el.value).to.equal(2);
    expect((part(el, 'input') as HTMLInputElement).value).to.equal('2');
    await typeAndEnter(el, '-3');
    expect(el.value).to.equal(1);
    expect(message()).to.equal('The smallest quantity is 1.');
    await typeAndEnter(el, '0');
    expect(el.value).to.equal(1);
    await typeAndEnter(el, '2.5');
    expect(el.value).to.equal(2);
    expect(message()).to.contain('steps of 1');
    await typeAndEnter(el, '99999999999');
    expect(el.value).to.equal(10);
    expect(message()).to.equal('Only 10 available: the quantity was set to 10.');
    await typeAndEnter(el, '4');
    expect(el.value).to.equal(4);
    expect(message()).to.equal('');
    await expectNoAxeViolations(el);
  });

  it('commits a typed value with one change event, not one per keystroke', async () => {
    const el = await fixture<SfQuantity>(html`<sf-quantity value="1" locale="fi"></sf-quantity>`);
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    const input = part(el, 'input') as HTMLInputElement;
    input.focus();
    input.select();
    await sendKeys({ type: '12' });
    expect(changes).to.equal(0);
    const change = oneEvent(el, 'change');
    await sendKeys({ press: 'Tab' });
    await change;
    expect(el.value).to.equal(12);
    expect(changes).to.equal(1);
    expect(part(el, 'increase').getAttribute('aria-label')).to.equal('Lisää määrää');
  });

  it('takes part in forms: submitted value, reset, and a range error when the value exceeds the stock', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-quantity name="qty" value="3" max="5"></sf-quantity></form>`);
    const el = form.querySelector('sf-quantity')!;
    await el.updateComplete;
    expect(new FormData(form).get('qty')).to.equal('3');
    await click(part(el, 'increase'));
    await el.updateComplete;
    expect(new FormData(form).get('qty')).to.equal('4');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(3);
    expect(new FormData(form).get('qty')).to.equal('3');
    el.max = 2;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.rangeOverflow).to.equal(true);
  });

  it('Enter inside a form never submits it', async () => {
    let submitted = false;
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => { submitted = true; e.preventDefault(); }}>
      <sf-quantity name="qty" value="2"></sf-quantity><button>Send</button></form>`);
    const el = form.querySelector('sf-quantity')!;
    await typeAndEnter(el, '5');
    expect(el.value).to.equal(5);
    expect(submitted).to.equal(false);
  });
});

describe('<sf-quantity> in a form', () => {
  it('hands the form the new value before change fires: FormData in a change listener reads what is shown', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-quantity name="qty" value="2" max="9" locale="en"></sf-quantity></form>`);
    const el = form.querySelector('sf-quantity')!;
    await el.updateComplete;
    // What a change listener reads from the form, next to what the control shows at that moment.
    const seen: [string, string][] = [];
    el.addEventListener('change', () => seen.push([new FormData(form).get('qty') as string, String(el.value)]));
    let onStep: string | undefined;
    el.addEventListener('input', () => (onStep ??= new FormData(form).get('qty') as string), { once: true });
    await click(part(el, 'increase'));
    expect(onStep, 'input after a step').to.equal('3');
    await typeAndEnter(el, '7');
    const input = part(el, 'input') as HTMLInputElement;
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(seen).to.deep.equal([['3', '3'], ['7', '7'], ['6', '6']]);
    await expectNoAxeViolations(form);
  });

  it('is labelled by a <label for>: labels lists it and clicking the label focuses the input', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <label for="q">How many?</label>
      <sf-quantity id="q" name="qty" value="1" locale="en"></sf-quantity>
    </form>`);
    const el = form.querySelector('sf-quantity')!;
    await el.updateComplete;
    expect([...el.labels].map((l) => l.textContent)).to.deep.equal(['How many?']);
    await click(form.querySelector('label')!);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'input'));
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal(2);
    await expectNoAxeViolations(form);
  });

  it('form.reset() restores the default: the value attribute, or the first value when set as a property', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <sf-quantity name="a" value="3" max="9"></sf-quantity>
      <sf-quantity name="b" .value=${4} max="9"></sf-quantity>
    </form>`);
    const [a, b] = [...form.querySelectorAll('sf-quantity')];
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    await click(part(a!, 'increase'));
    await click(part(b!, 'decrease'));
    expect(Object.fromEntries(new FormData(form))).to.deep.equal({ a: '4', b: '3' });
    form.reset();
    expect([a!.value, b!.value]).to.deep.equal([3, 4]);
    expect(Object.fromEntries(new FormData(form))).to.deep.equal({ a: '3', b: '4' });
    await a!.updateComplete;
    expect((part(a!, 'input') as HTMLInputElement).value).to.equal('3');
    await expectNoAxeViolations(form);
  });

  it('reports range and custom errors through the validity API, and blocks submission while invalid', async () => {
    let submitted = 0;
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => { submitted += 1; e.preventDefault(); }}>
      <sf-quantity name="qty" value="4" max="9" locale="en"></sf-quantity></form>`);
    const el = form.querySelector('sf-quantity')!;
    await el.updateComplete;
    expect(el.willValidate).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
    el.max = 3;
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.contain('3');
    expect(form.checkValidity()).to.equal(false);
    await el.updateComplete;
    expect(part(el, 'input').getAttribute('aria-invalid')).to.equal('true');
    await expectNoAxeViolations(form);
    form.requestSubmit();
    expect(submitted).to.equal(0);
    el.max = 9;
    el.setCustomValidity('Sold in pairs only');
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Sold in pairs only');
    el.setCustomValidity('');
    expect(el.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(1);
  });

  it('a disabled fieldset disables it (no steps, not submitted) and enabling the fieldset gives it back', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><legend>Order</legend>
      <sf-quantity name="qty" value="2" locale="en"></sf-quantity></fieldset></form>`);
    const el = form.querySelector('sf-quantity')!;
    await el.updateComplete;
    expect(el.matches(':disabled')).to.equal(true);
    expect(el.willValidate).to.equal(false);
    expect(new FormData(form).has('qty')).to.equal(false);
    expect((part(el, 'input') as HTMLInputElement).disabled).to.equal(true);
    await click(part(el, 'increase'));
    expect(el.value).to.equal(2);
    await expectNoAxeViolations(form);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(el.disabled, 'its own attribute untouched').to.equal(false);
    expect((part(el, 'input') as HTMLInputElement).disabled).to.equal(false);
    await click(part(el, 'increase'));
    expect(el.value).to.equal(3);
    expect(new FormData(form).get('qty')).to.equal('3');
    await expectNoAxeViolations(form);
  });

  it('takes back a value the browser restores', async () => {
    const el = await fixture<SfQuantity>(html`<sf-quantity name="qty" value="2"></sf-quantity>`);
    el.formStateRestoreCallback('5', 'restore');
    expect(el.value).to.equal(5);
    el.formStateRestoreCallback('-1', 'restore');
    expect(el.value).to.equal(5);
  });

  describe('announces its new value', () => {
    /** The control's own polite live region (not the visible correction message). */
    const liveRegion = (el: Element) => el.shadowRoot!.querySelector('[aria-live=polite][aria-atomic]');
    const said = (el: Element) => (liveRegion(el)?.textContent ?? '').trim();

    it('on its own: each step and each committed typed value, with the item name, politely', async () => {
      const el = await fixture<SfQuantity>(html`<sf-quantity value="2" max="10" locale="en" item-name="Aero Helmet"></sf-quantity>`);
      expect(liveRegion(el), 'the region exists before anything is said').to.not.equal(null);
      expect(liveRegion(el)!.getAttribute('role')).to.equal('status');
      expect(said(el)).to.equal('');
      (part(el, 'input') as HTMLInputElement).focus();
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => said(el) === 'Aero Helmet: quantity 3.', 'the step is announced');
      await expectNoAxeViolations(el);
      await typeAndEnter(el, '7');
      await waitUntil(() => said(el) === 'Aero Helmet: quantity 7.', 'the typed value is announced');
      await click(part(el, 'decrease'));
      await waitUntil(() => said(el) === 'Aero Helmet: quantity 6.', 'the click is announced');
      await expectNoAxeViolations(el);
    });

    it('in Finnish without an item name, going on from a value the page set', async () => {
      const el = await fixture<SfQuantity>(html`<sf-quantity value="1" locale="fi"></sf-quantity>`);
      (part(el, 'input') as HTMLInputElement).focus();
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => said(el) === 'Määrä 2.', 'announced in Finnish');
      el.value = 5;
      await el.updateComplete;
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => said(el) === 'Määrä 6.', 'the next step after the page set 5');
    });

    it('stays quiet with announce="off", and inside a cart, which announces the saved quantity itself', async () => {
      const off = await fixture<SfQuantity>(html`<sf-quantity value="1" locale="en" announce="off"></sf-quantity>`);
      expect(liveRegion(off)).to.equal(null);

      const adapter = testAdapter();
      await adapter.addLine({ productId: 'chain-lube', variantId: 'chain-lube-default', quantity: 1 });
      const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en"><sf-cart></sf-cart></sf-shop>`);
      const cart = shop.querySelector('sf-cart') as SfCart;
      await waitUntil(() => cart.shadowRoot!.querySelector('sf-quantity'), 'the cart shows its line');
      const inCart = cart.shadowRoot!.querySelector('sf-quantity') as SfQuantity;
      await inCart.updateComplete;
      expect(liveRegion(inCart), 'no second announcement of the same change').to.equal(null);
      (part(inCart, 'input') as HTMLInputElement).focus();
      await sendKeys({ press: 'ArrowUp' });
      const cartSays = () => (cart.shadowRoot!.querySelector('[aria-live=polite][aria-atomic]')?.textContent ?? '').trim();
      await waitUntil(() => /quantity 2/.test(cartSays()), 'the cart announces the saved quantity');
      await expectNoAxeViolations(cart);
    });
  });
});

describe('<sf-quantity form-action> (a server-rendered cart without JavaScript)', () => {
  it('puts −, the field and + each in a POST form with the given fields, and with JavaScript posts none of them', async () => {
    const el = await fixture<SfQuantity>(html`<sf-quantity value="3" max="9" item-name="Aero Helmet" form-action="/cart/update"
      .formFields=${{ line: 'L1', quantity: '99' }}></sf-quantity>`);
    const forms = [...el.shadowRoot!.querySelectorAll('form')];
    expect(forms.length).to.equal(3);
    for (const f of forms) {
      expect(f.method).to.equal('post');
      expect(new URL(f.action).pathname).to.equal('/cart/update');
    }
    // The given fields, but `quantity` is the control's own.
    expect([...new FormData(forms[0]!)]).to.deep.equal([['line', 'L1'], ['quantity', '2']]);
    expect([...new FormData(forms[1]!)]).to.deep.equal([['line', 'L1'], ['quantity', '3']]);
    expect([...new FormData(forms[2]!)]).to.deep.equal([['line', 'L1'], ['quantity', '4']]);
    let submits = 0;
    for (const f of forms) f.addEventListener('submit', () => submits++);
    const increase = el.shadowRoot!.querySelector('[part=increase]') as HTMLButtonElement;
    expect(increase.type).to.equal('submit');
    increase.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(4);
    const input = el.shadowRoot!.querySelector('#input') as HTMLInputElement;
    input.focus();
    input.select();
    await sendKeys({ type: '7' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(7);
    expect(submits, 'nothing posted with JavaScript').to.equal(0);
    await expectNoAxeViolations(el);
    // An unsafe action: no forms, plain buttons.
    el.formAction = 'javascript:alert(1)';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('form').length).to.equal(0);
    expect((el.shadowRoot!.querySelector('[part=increase]') as HTMLButtonElement).type).to.equal('button');
  });
});
