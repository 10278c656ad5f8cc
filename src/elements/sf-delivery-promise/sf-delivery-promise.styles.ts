import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--sf-delivery-promise-color, var(--_sf-color-text));
  }
  [part='promise'],
  .sizer {
    margin: 0;
    /* Two line boxes are reserved before the first computation and kept when the text changes length. */
    min-block-size: calc(var(--sf-delivery-promise-lines, 2) * 1lh);
  }
  /* The promise and, in the same cell, the last one shown with a countdown (invisible): as tall as the taller. */
  .promise-box {
    display: grid;
  }
  .promise-box > * {
    grid-area: 1 / 1;
  }
  .sizer {
    visibility: hidden;
  }
  [part='dispatch'],
  [part='arrival'],
  .dispatch,
  .arrival {
    display: block;
  }
  [part='countdown'],
  .countdown {
    /* The countdown and, in the same cell, the longest countdown (invisible): always as wide as the longest. */
    display: inline-grid;
    font-weight: 600;
    /* Digits of equal width: the countdown does not jiggle as it changes. */
    font-variant-numeric: tabular-nums;
    color: var(--sf-delivery-promise-countdown-color, var(--_sf-color-success));
  }
  [part='countdown'] > span,
  [part='countdown']::after,
  .countdown > span {
    grid-area: 1 / 1;
  }
  [part='countdown']::after {
    content: attr(data-room);
    visibility: hidden;
  }
  [part='methods'] {
    display: grid;
    gap: var(--sf-delivery-promise-gap, var(--_sf-space-3));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='method'] {
    padding: var(--_sf-space-3);
    border: 1px solid var(--sf-delivery-promise-border-color, var(--_sf-color-border));
    border-radius: var(--_sf-radius-m);
  }
  [part='method-header'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_sf-space-2);
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
