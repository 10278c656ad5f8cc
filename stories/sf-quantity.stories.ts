import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sf-quantity.js';

interface Args {
  value: number;
  min: number;
  max: number;
  step: number;
  itemName: string;
  showLabel: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Cart/sf-quantity',
  component: 'sf-quantity',
  args: { value: 1, min: 1, max: 10, step: 1, itemName: 'Aero Helmet', showLabel: true, disabled: false },
};
export default meta;

type Story = StoryObj<Args>;

const render = (args: Args, locale: string) => html`<sf-quantity
  name="quantity"
  locale=${locale}
  .value=${args.value}
  .min=${args.min}
  .max=${args.max}
  .step=${args.step}
  item-name=${args.itemName}
  ?show-label=${args.showLabel}
  ?disabled=${args.disabled}
></sf-quantity>`;

/** Type garbage, a negative, a decimal or a huge number and press Enter: it is corrected with a message. */
export const Default: Story = { render: (args, { globals }) => render(args, globals.locale as string) };

/** Only three in stock: + stops at three. */
export const LowStock: Story = { args: { value: 2, max: 3 }, render: (args, { globals }) => render(args, globals.locale as string) };

/** Sold in pairs. */
export const Steps: Story = { args: { value: 2, min: 2, step: 2, max: 12 }, render: (args, { globals }) => render(args, globals.locale as string) };

/** In a form: the value is submitted under `name`, and Reset restores it. */
export const InAForm: Story = {
  render: (args, { globals }) => html`<form @submit=${(e: Event) => e.preventDefault()}>
    ${render(args, globals.locale as string)}
    <button type="reset">Reset</button>
  </form>`,
};

/** Labelled by the page's own `<label for>` (click it: the input takes focus), inside a fieldset that can be disabled. */
export const LabelAndFieldset: Story = {
  render: (args, { globals }) => html`<form @submit=${(e: Event) => e.preventDefault()}>
    <fieldset>
      <legend>Helmet</legend>
      <label for="story-qty">How many helmets?</label>
      <sf-quantity id="story-qty" name="quantity" locale=${globals.locale as string} .value=${args.value} .max=${args.max}></sf-quantity>
    </fieldset>
    <button type="button" @click=${(e: Event) => {
      const fieldset = (e.target as HTMLElement).closest('form')!.querySelector('fieldset')!;
      fieldset.disabled = !fieldset.disabled;
    }}>Disable or enable the fieldset</button>
  </form>`,
};
