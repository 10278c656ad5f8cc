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
    padding: var(--sf-feedback-padding, var(--sf-space-4, 1rem));
    border: 1px solid var(--sf-feedback-border-color, var(--sf-color-border, #d0d7de));
    border-radius: var(--sf-feedback-radius, var(--sf-radius-l, 0.75rem));
    background: var(--sf-feedback-background, var(--sf-color-surface, #ffffff));
  }
  form {
    display: grid;
    gap: var(--sf-space-4, 1rem);
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
    margin-bottom: var(--sf-space-3, 0.75rem);
    font-size: var(--sf-font-size-l, 1.15rem);
    font-weight: 600;
  }
  /* One row whatever the width, so the end labels stay under the ends of the scale. */
  .options {
    display: grid;
    grid-template-columns: repeat(var(--_count, 11), minmax(0, 1fr));
    gap: var(--sf-space-1, 0.25rem);
  }
  @container (max-width: 24rem) {
    .box {
      padding: var(--sf-space-3, 0.75rem);
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
    border: 1px solid var(--sf-feedback-option-border-color, var(--sf-color-border-strong, #6b7280));
    border-radius: var(--sf-radius-m, 0.5rem);
    background: var(--sf-feedback-option-background, var(--sf-color-surface, #ffffff));
    color: var(--sf-color-text, #1f2933);
    font-variant-numeric: tabular-nums;
  }
  .option input:hover + span {
    border-color: var(--sf-color-text, #1f2933);
  }
  /* Selected: filled, heavier frame and bold figure; more than a change of colour. */
  .option input:checked + span {
    background: var(--sf-feedback-selected-background, var(--sf-color-primary, #1b5e20));
    color: var(--sf-feedback-selected-color, var(--sf-color-on-primary, #ffffff));
    border: 3px double var(--sf-feedback-selected-color, var(--sf-color-on-primary, #ffffff));
    box-shadow: 0 0 0 2px var(--sf-feedback-selected-background, var(--sf-color-primary, #1b5e20));
    font-weight: 700;
  }
  .option input:focus-visible + span {
    outline: var(--sf-focus-width, 3px) solid var(--sf-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--sf-space-3, 0.75rem);
    margin: var(--sf-space-2, 0.5rem) 0 0;
    font-size: var(--sf-font-size-s, 0.875rem);
    color: var(--sf-color-text-muted, #4b5563);
  }
  .ends span:last-child {
    text-align: end;
  }
  .comment {
    display: grid;
    gap: var(--sf-space-1, 0.25rem);
  }
  .comment label {
    font-weight: 600;
  }
  .optional {
    font-weight: 400;
    color: var(--sf-color-text-muted, #4b5563);
  }
  textarea {
    width: 100%;
    min-height: 5rem;
    padding: var(--sf-space-2, 0.5rem);
    border: 1px solid var(--sf-color-border-strong, #6b7280);
    border-radius: var(--sf-radius-m, 0.5rem);
    font: inherit;
    resize: vertical;
  }
  [part='counter'] {
    margin: 0;
    font-size: var(--sf-font-size-s, 0.875rem);
    color: var(--sf-color-text-muted, #4b5563);
  }
  [part='counter'].near {
    color: var(--sf-color-warning-text, #7a4100);
    font-weight: 600;
  }
  [part='error'] {
    margin: var(--sf-space-2, 0.5rem) 0 0;
    color: var(--sf-color-danger, #b3261e);
    font-weight: 600;
  }
  [part='error']::before {
    content: '⚠ ';
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sf-space-2, 0.5rem);
  }
  [part='dismiss'] {
    min-height: 2.75rem;
    padding: var(--sf-space-2, 0.5rem) var(--sf-space-4, 1rem);
    border: 1px solid var(--sf-color-border-strong, #6b7280);
    border-radius: var(--sf-radius-m, 0.5rem);
    background: transparent;
    color: var(--sf-color-text, #1f2933);
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
    gap: var(--sf-space-1, 0.25rem);
  }
  [part='thanks'] p {
    margin: 0;
  }
  .thanks-title {
    font-size: var(--sf-font-size-l, 1.15rem);
    font-weight: 600;
  }
`;
