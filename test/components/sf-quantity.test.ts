import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/sf-quantity.js';
import type { SfQuantity } from '../../src/elements/sf-quantity/sf-quantity.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

const part = (el: SfQuantity, name: string) => el.shadowRoot!.querySelector(`[part=${name}]`) as HTMLElement;

async function click(target: Element): Promise<void> {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

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
