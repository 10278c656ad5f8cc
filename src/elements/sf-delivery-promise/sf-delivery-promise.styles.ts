import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--sf-delivery-promise-color, var(--sf-color-text, #1f2933));
  }
  :host(:state(invalid)) {
    display: none;
  }
  [part='promise'] {
    margin: 0;
    /* Two line boxes are reserved before the first computation and kept when the text changes length. */
    min-block-size: calc(var(--sf-delivery-promise-lines, 2) * 1lh);
  }
  [part='dispatch'],
  [part='arrival'] {
    display: block;
  }
  [part='countdown'] {
    font-weight: 600;
    /* Digits of equal width: the countdown does not jiggle as it changes. */
    font-variant-numeric: tabular-nums;
    color: var(--sf-delivery-promise-countdown-color, var(--sf-color-success, #1b5e20));
  }
  [part='methods'] {
    display: grid;
    gap: var(--sf-delivery-promise-gap, var(--sf-space-3, 0.75rem));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='method'] {
    padding: var(--sf-space-3, 0.75rem);
    border: 1px solid var(--sf-delivery-promise-border-color, var(--sf-color-border, #8a949e));
    border-radius: var(--sf-radius-m, 0.5rem);
  }
  [part='method-header'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--sf-space-2, 0.5rem);
    font-weight: 600;
  }
  [part='status'] {
    margin: 0;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
  }
`;
