import { css } from 'lit';

export const feedbackStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* Reserve the question's box up front so nothing below moves when it renders (set per page if needed). */
    min-height: var(--sf-feedback-min-height, auto);
  }
  :host(:state(hidden)) {
    display: none;
  }
  .box {
    padding: var(--sf-feedback-padding, var(--_sf-space-4));
    border: 1px solid var(--sf-feedback-border-color, var(--_sf-color-border));
    border-radius: var(--sf-feedback-radius, var(--_sf-radius-l));
    background: var(--sf-feedback-background, var(--_sf-color-surface));
  }
  form {
    display: grid;
    gap: var(--_sf-space-4);
    margin: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--_sf-space-3);
    font-size: var(--_sf-font-size-l);
    font-weight: 600;
  }
  /* One row whatever the width, so the end labels stay under the ends of the scale. */
  .options {
    display: grid;
    grid-template-columns: repeat(var(--_count, 11), minmax(0, 1fr));
    gap: var(--_sf-space-1);
  }
  @container (max-width: 24rem) {
    .box {
      padding: var(--_sf-space-3);
    }
    .options {
      gap: 2px;
    }
  }
  .option {
    position: relative;
    display: block;
  }
  /* The native radio stays the control (keyboard, forms, screen readers); only its look is replaced. */
  .option input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .option span {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    border: 1px solid var(--sf-feedback-option-border-color, var(--_sf-color-border-strong));
    border-radius: var(--_sf-radius-m);
    background: var(--sf-feedback-option-background, var(--_sf-color-surface));
    color: var(--_sf-color-text);
    font-variant-numeric: tabular-nums;
  }
  .option input:hover + span {
    border-color: var(--_sf-color-text);
  }
  /* Selected: filled, heavier frame and bold figure; more than a change of colour. */
  .option input:checked + span {
    background: var(--sf-feedback-selected-background, var(--_sf-color-primary));
    color: var(--sf-feedback-selected-color, var(--_sf-color-on-primary));
    border: 3px double var(--sf-feedback-selected-color, var(--_sf-color-on-primary));
    box-shadow: 0 0 0 2px var(--sf-feedback-selected-background, var(--_sf-color-primary));
    font-weight: 700;
  }
  .option input:focus-visible + span {
    outline: var(--_sf-focus-width) solid var(--_sf-color-focus);
    outline-offset: 2px;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_sf-space-3);
    margin: var(--_sf-space-2) 0 0;
    font-size: var(--_sf-font-size-s);
    color: var(--_sf-color-text-muted);
  }
  .ends span:last-child {
    text-align: end;
  }
  .comment {
    display: grid;
    gap: var(--_sf-space-1);
  }
  .comment label {
    font-weight: 600;
  }
  .optional {
    font-weight: 400;
    color: var(--_sf-color-text-muted);
  }
  textarea {
    width: 100%;
    min-height: 5rem;
    padding: var(--_sf-space-2);
    border: 1px solid var(--_sf-color-border-strong);
    border-radius: var(--_sf-radius-m);
    font: inherit;
    resize: vertical;
  }
  [part='counter'] {
    margin: 0;
    font-size: var(--_sf-font-size-s);
    color: var(--_sf-color-text-muted);
  }
  [part='counter'].near {
    color: var(--_sf-color-warning-text);
    font-weight: 600;
  }
  [part='error'] {
    margin: var(--_sf-space-2) 0 0;
    color: var(--_sf-color-danger);
    font-weight: 600;
  }
  [part='error']::before {
    content: '⚠ ';
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sf-space-2);
  }
  [part='dismiss'] {
    min-height: 2.75rem;
    padding: var(--_sf-space-2) var(--_sf-space-4);
    border: 1px solid var(--_sf-color-border-strong);
    border-radius: var(--_sf-radius-m);
    background: transparent;
    color: var(--_sf-color-text);
    font: inherit;
    cursor: pointer;
  }
  .box.thanks-box {
    display: flex;
    flex-direction: column;
    justify-content: center;
  }
  [part='thanks'] {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: var(--_sf-space-1);
  }
  [part='thanks'] p {
    margin: 0;
  }
  .thanks-title {
    font-size: var(--_sf-font-size-l);
    font-weight: 600;
  }
`;
