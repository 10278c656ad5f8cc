import { css } from 'lit';

export const checkoutStyles = css`
  :host {
    display: block;
    max-width: var(--sf-checkout-max-width, 40rem);
    overflow-wrap: anywhere;
    --_error: var(--sf-checkout-error-color, var(--sf-color-error, #b42318));
    --_border: var(--sf-checkout-border-color, var(--sf-color-border, #6b7280));
    --_muted: var(--sf-color-text-muted, #4b5563);
  }
  sf-checkout-steps {
    margin-block-end: var(--sf-space-4, 1rem);
  }
  [role='heading'] {
    margin: 0 0 var(--sf-space-3, 0.75rem);
    font-weight: 700;
    line-height: 1.25;
  }
  .step-heading {
    font-size: 1.5rem;
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: var(--sf-focus-width, 3px) solid var(--sf-color-focus, #1a5fb4);
  }
  .sub-heading {
    font-size: 1.125rem;
  }
  form {
    display: grid;
    gap: var(--sf-space-4, 1rem);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: grid;
    gap: var(--sf-space-3, 0.75rem);
  }
  legend {
    padding: 0;
    margin-block-end: var(--sf-space-2, 0.5rem);
    font-weight: 700;
    font-size: 1.125rem;
  }
  .field {
    display: grid;
    gap: var(--sf-space-1, 0.25rem);
  }
  .field.invalid,
  fieldset.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: var(--sf-space-3, 0.75rem);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .note {
    margin: 0;
    color: var(--_muted);
  }
  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'] {
    width: 100%;
    max-width: var(--sf-checkout-input-width, 24rem);
    min-height: 2.75rem;
    padding: var(--sf-space-2, 0.5rem);
    border: 2px solid var(--_border);
    border-radius: var(--sf-radius-s, 0.25rem);
    font: inherit;
    color: inherit;
    background: var(--sf-color-surface, #ffffff);
  }
  input.short {
    max-width: 8rem;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .options {
    display: grid;
    gap: var(--sf-space-2, 0.5rem);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: start;
    gap: var(--sf-space-1, 0.25rem) var(--sf-space-3, 0.75rem);
    padding: var(--sf-space-3, 0.75rem);
    border: 1px solid var(--_border);
    border-radius: var(--sf-radius-m, 0.5rem);
  }
  .option:has(input:checked) {
    border-width: 2px;
    border-color: var(--sf-color-primary, #1b5e20);
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
  }
  .option label {
    font-weight: 600;
  }
  .option .detail {
    grid-column: 2 / -1;
    color: var(--_muted);
  }
  .option sf-delivery-promise {
    grid-column: 2 / -1;
    min-height: 1.5rem;
  }
  .price {
    font-weight: 600;
    white-space: nowrap;
  }
  .nested {
    margin-inline-start: var(--sf-space-6, 2rem);
  }
  .error-summary {
    padding: var(--sf-space-4, 1rem);
    border: 4px solid var(--_error);
    border-radius: var(--sf-radius-s, 0.25rem);
  }
  .error-summary:focus {
    outline: var(--sf-focus-width, 3px) solid var(--sf-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--sf-space-4, 1rem);
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .notice {
    padding: var(--sf-space-3, 0.75rem) var(--sf-space-4, 1rem);
    border-inline-start: 4px solid var(--sf-color-warning, #8a5300);
    background: var(--sf-color-warning-surface, #fff8e6);
  }
  .notice p,
  .notice ul {
    margin: 0;
  }
  section {
    display: grid;
    gap: var(--sf-space-1, 0.25rem);
    padding-block: var(--sf-space-3, 0.75rem);
    border-block-start: 1px solid var(--sf-color-border-subtle, #d1d5db);
  }
  .section-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--sf-space-2, 0.5rem);
  }
  .section-head [role='heading'] {
    margin: 0;
  }
  .link {
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--sf-color-link, #1a4f8b);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  ul.lines {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--sf-space-2, 0.5rem);
  }
  ul.lines li,
  dl.totals div {
    display: flex;
    justify-content: space-between;
    gap: var(--sf-space-2, 0.5rem);
  }
  dl.totals {
    margin: 0;
    display: grid;
    gap: var(--sf-space-1, 0.25rem);
  }
  dl.totals dt,
  dl.totals dd {
    margin: 0;
  }
  dl.totals .grand {
    font-weight: 700;
    font-size: 1.125rem;
  }
  p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sf-space-3, 0.75rem);
    align-items: center;
  }
  .status {
    min-height: 3rem;
  }
`;
