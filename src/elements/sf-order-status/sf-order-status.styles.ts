import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [role='heading'] {
    margin: 0 0 var(--_sf-space-2);
    font-size: var(--_sf-font-size-l);
    font-weight: 700;
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  /* Two line boxes reserved: the line changes as the order moves without pushing the timeline down. */
  [part='status'] {
    min-height: calc(2lh + 2 * var(--_sf-space-3));
    padding: var(--_sf-space-3) var(--_sf-space-4);
    border-inline-start: 4px solid var(--sf-order-status-accent, var(--_sf-color-primary));
    background: var(--_sf-color-surface-subtle);
    box-sizing: border-box;
  }
  :host(:state(late)) [part='status'] {
    border-inline-start-color: var(--sf-order-status-late-accent, var(--_sf-color-warning));
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_sf-space-1) var(--_sf-space-3);
    margin: var(--_sf-space-3) 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_sf-space-2);
  }
  li {
    display: grid;
    grid-template-columns: 1.25rem 1fr auto;
    gap: var(--_sf-space-2);
    align-items: baseline;
    color: var(--_sf-color-text-muted);
  }
  li[data-state='done'],
  li[data-state='current'] {
    color: var(--_sf-color-text);
  }
  li[data-state='current'] .label {
    font-weight: 700;
  }
  .mark {
    text-align: center;
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  [part='compensation'] {
    margin-block-start: var(--_sf-space-3);
    padding: var(--_sf-space-3) var(--_sf-space-4);
    border-radius: var(--_sf-radius-m);
    background: var(--sf-order-status-compensation-background, var(--_sf-color-accent-surface));
    color: var(--_sf-color-accent-text);
  }
  form {
    display: grid;
    gap: var(--_sf-space-2);
    max-width: 24rem;
  }
  label {
    display: grid;
    gap: var(--_sf-space-1);
  }
  input {
    font: inherit;
    padding: var(--_sf-space-2);
    border: 1px solid var(--_sf-color-border-strong);
    border-radius: var(--_sf-radius-s);
  }
  button {
    font: inherit;
    justify-self: start;
    padding: var(--_sf-space-2) var(--_sf-space-4);
    border: 0;
    border-radius: var(--_sf-radius-m);
    background: var(--_sf-color-primary);
    color: var(--_sf-color-on-primary);
    cursor: pointer;
  }
  [part='error'] {
    color: var(--_sf-color-error);
  }
  ::slotted([slot='feedback']) {
    margin-block-start: var(--_sf-space-4);
  }
`;
