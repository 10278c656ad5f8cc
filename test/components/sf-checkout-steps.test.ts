import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/sf-checkout-steps.js';
import type { SfCheckoutSteps } from '../../src/elements/sf-checkout-steps/sf-checkout-steps.js';
import type { SfCheckoutStepRequestEvent } from '../../src/elements/events/index.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const STEPS = [
  { id: 'contact', label: 'Contact details' },
  { id: 'delivery', label: 'Delivery' },
  { id: 'payment', label: 'Payment' },
  { id: 'review', label: 'Review and place order' },
];

describe('<sf-checkout-steps>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('marks the current step, links back to done steps only, and names the step count', async () => {
    const el = await fixture<SfCheckoutSteps>(html`<sf-checkout-steps
      locale="en" .steps=${STEPS} current="payment" .completed=${['contact', 'delivery']}
    ></sf-checkout-steps>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Checkout progress');
    const items = [...root.querySelectorAll('ol > li')];
    expect(items).to.have.length(4);
    const current = root.querySelectorAll('[aria-current]');
    expect(current).to.have.length(1);
    expect(current[0]!.getAttribute('aria-current')).to.equal('step');
    expect(plain(current[0]!.textContent)).to.equal('Step 3 of 4: Payment');
    expect([...root.querySelectorAll('button')].map((b) => plain(b.textContent))).to.deep.equal([
      'Contact details (completed)', 'Delivery (completed)',
    ]);
    expect(items[3]!.querySelector('button, a'), 'upcoming steps are not links').to.equal(null);
    await expectNoAxeViolations(el);
    root.querySelectorAll('button')[1]!.focus();
    const request = oneEvent(el, 'sf-checkout-step-request');
    await sendKeys({ press: 'Enter' });
    const event = (await request) as unknown as SfCheckoutStepRequestEvent;
    expect(event.step).to.equal('delivery');
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('does not offer a step as a link back until it is completed', async () => {
    const el = await fixture<SfCheckoutSteps>(html`<sf-checkout-steps locale="sv" .steps=${STEPS} current="delivery" .completed=${[]}></sf-checkout-steps>`);
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    expect(plain(el.shadowRoot!.querySelector('[aria-current=step]')!.textContent)).to.equal('Steg 2 av 4: Delivery');
  });

  it('fits a 320 px phone without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<SfCheckoutSteps>(html`<sf-checkout-steps locale="fi" .steps=${STEPS} current="review" .completed=${['contact', 'delivery', 'payment']}></sf-checkout-steps>`);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);
    for (const b of el.shadowRoot!.querySelectorAll('button')) expect(b.getBoundingClientRect().height).to.be.at.least(24);
  });

  for (const width of [320, 412, 1280]) {
    it(`keeps every step where it was when the current step moves on (${width} px)`, async () => {
      await setViewport({ width, height: 800 });
      const el = await fixture<SfCheckoutSteps>(html`<sf-checkout-steps locale="fi" .steps=${STEPS} current="contact"></sf-checkout-steps>`);
      const geometry = () => [el.getBoundingClientRect(), ...[...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect())]
        .map((r) => [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 10) / 10).join(','));
      const first = geometry();
      for (const [i, step] of STEPS.entries()) {
        el.current = step.id;
        el.completed = STEPS.slice(0, i).map((s) => s.id);
        await el.updateComplete;
        expect(geometry(), `boxes with "${step.id}" current`).to.deep.equal(first);
      }
      // The bold copy that reserves the width is not read out: each step is named once.
      expect(plain(el.shadowRoot!.querySelector('[aria-current=step]')!.textContent)).to.equal('Vaihe 4/4: Review and place order');
      await expectNoAxeViolations(el);
    });
  }
});
