import { css } from 'lit';

export const checkoutStyles = css`
  :host {
    display: block;
    max-width: var(--sf-checkout-max-width, 40rem);
    overflow-wrap: anywhere;
    --_error: var(--sf-checkout-error-color, var(--_sf-color-error));
    --_border: var(--sf-checkout-border-color, var(--_sf-color-border));
    --_muted: var(--_sf-color-text-muted);
  }
  sf-checkout-steps {
    margin-block-end: var(--_sf-space-4);
  }
  [role='heading'] {
    margin: 0 0 var(--_sf-space-3);
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
    outline: var(--_sf-focus-width) solid var(--_sf-color-focus);
  }
  .sub-heading {
    font-size: 1.125rem;
  }
  form {
    display: grid;
    gap: var(--_sf-space-4);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: grid;
    gap: var(--_sf-space-3);
  }
  legend {
    padding: 0;
    margin-block-end: var(--_sf-space-2);
    font-weight: 700;
    font-size: 1.125rem;
  }
  .field {
    display: grid;
    gap: var(--_sf-space-1);
  }
  .field.invalid,
  fieldset.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: var(--_sf-space-3);
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
    padding: var(--_sf-space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_sf-radius-s);
    font: inherit;
    color: inherit;
    background: var(--_sf-color-surface);
  }
  input.short {
    max-width: 8rem;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .options {
    display: grid;
    gap: var(--_sf-space-2);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: start;
    gap: var(--_sf-space-1) var(--_sf-space-3);
    padding: var(--_sf-space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_sf-radius-m);
  }
  .option:has(input:checked) {
    border-width: 2px;
    border-color: var(--_sf-color-primary);
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
    margin-inline-start: var(--_sf-space-6);
  }
  .error-summary {
    padding: var(--_sf-space-4);
    border: 4px solid var(--_error);
    border-radius: var(--_sf-radius-s);
  }
  .error-summary:focus {
    outline: var(--_sf-focus-width) solid var(--_sf-color-focus);
    outline-offset: 2px;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--_sf-space-4);
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .notice {
    padding: var(--_sf-space-3) var(--_sf-space-4);
    border-inline-start: 4px solid var(--_sf-color-warning);
    background: var(--_sf-color-warning-surface);
  }
  .notice p,
  .notice ul {
    margin: 0;
  }
  section {
    display: grid;
    gap: var(--_sf-space-1);
    padding-block: var(--_sf-space-3);
    border-block-start: 1px solid var(--_sf-color-border-subtle);
  }
  .section-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_sf-space-2);
  }
  .section-head [role='heading'] {
    margin: 0;
  }
  .link {
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_sf-color-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  ul.lines {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_sf-space-2);
  }
  ul.lines li,
  dl.totals div {
    display: flex;
    justify-content: space-between;
    gap: var(--_sf-space-2);
  }
  dl.totals {
    margin: 0;
    display: grid;
    gap: var(--_sf-space-1);
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
    gap: var(--_sf-space-3);
    align-items: center;
  }
  .status {
    min-height: 3rem;
  }
`;
