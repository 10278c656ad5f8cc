import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-checkout-steps.js';
import { CHECKOUT_STEPS } from '../src/core/checkout.js';
import { stepTitle } from '../src/messages/checkout.js';
import type { Locale } from '../src/core/locale.js';

interface Args {
  current: string;
}

/** The checkout's progress indicator on its own (inside `<sf-checkout>` it follows the checkout's step). */
const meta: Meta<Args> = {
  title: 'Checkout/sf-checkout-steps',
  component: 'sf-checkout-steps',
  args: { current: 'delivery' },
  argTypes: { current: { control: 'inline-radio', options: [...CHECKOUT_STEPS] } },
};
export default meta;

type Story = StoryObj<Args>;

const render: Story['render'] = (args, { globals }) => {
  const locale = (globals['locale'] as Locale | undefined) ?? 'en';
  const index = Math.max(0, CHECKOUT_STEPS.indexOf(args.current as (typeof CHECKOUT_STEPS)[number]));
  return html`<sf-checkout-steps
    locale=${locale}
    .steps=${CHECKOUT_STEPS.map((id) => ({ id, label: stepTitle(locale, id) }))}
    .current=${args.current}
    .completed=${CHECKOUT_STEPS.slice(0, index)}
  ></sf-checkout-steps>`;
};

/** The first step: nothing done yet, every later step plain text. */
export const FirstStep: Story = { args: { current: 'contact' }, render };

/** Half way: completed steps are buttons back to them, the current one is marked `aria-current="step"`. */
export const HalfWay: Story = { args: { current: 'delivery' }, render };

/** The review: every step before it can be revisited. */
export const Review: Story = { args: { current: 'review' }, render };

/** A 320 px phone: the steps wrap onto several lines. */
export const NarrowPhone: Story = {
  args: { current: 'payment' },
  render: (args, context) => html`<div style="max-inline-size:320px">${render(args, context)}</div>`,
};
