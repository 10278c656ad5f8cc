import { css } from 'lit';

export const variantPickerStyles = css`
  :host {
    display: block;
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_sf-space-3);
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_sf-space-2);
    font-weight: 600;
  }
  legend .chosen {
    font-weight: 400;
  }
  .values {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sf-space-2);
  }
  label {
    position: relative;
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    padding: 0 var(--_sf-space-3);
    border: 1px solid var(--sf-variant-picker-border-color, var(--_sf-color-border));
    border-radius: var(--sf-variant-picker-radius, var(--_sf-radius-m));
    background: var(--_sf-color-surface);
    cursor: pointer;
    box-sizing: border-box;
  }
  /* The native radio keeps the keyboard contract and the group; the label is what the shopper sees. */
  input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }
  label:has(input:checked) {
    border-color: var(--sf-variant-picker-selected-color, var(--_sf-color-primary));
    box-shadow: inset 0 0 0 2px var(--sf-variant-picker-selected-color, var(--_sf-color-primary));
    background: var(--_sf-color-surface-selected);
  }
  label:has(input:focus-visible) {
    outline: var(--_sf-focus-width) solid var(--_sf-color-focus);
    outline-offset: 2px;
  }
  /* Sold out: struck through, still choosable (the shopper may want the restock date or to hear why). */
  label.sold-out .face,
  label.backorder .face {
    text-decoration: line-through;
  }
  label.sold-out,
  label.unavailable {
    color: var(--_sf-color-text-muted);
    border-style: dashed;
  }
  label.swatch {
    padding: 0;
    border-radius: 50%;
  }
  label.swatch .face {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 50%;
    background: var(--_swatch, var(--_sf-color-surface-muted));
    border: 1px solid var(--_sf-color-border-subtle);
  }
  label.swatch.sold-out .face,
  label.swatch.backorder .face,
  label.swatch.unavailable .face {
    background: linear-gradient(to top right, transparent 45%, var(--_sf-color-text-muted) 45% 55%, transparent 55%),
      var(--_swatch, var(--_sf-color-surface-muted));
  }
  [part='summary'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_sf-space-2) var(--_sf-space-4);
    /* One line reserved: price and stock hint change length with the variant, the page must not shift. */
    min-block-size: calc(var(--_sf-line-height) * 1em);
    margin-block-end: var(--_sf-space-3);
  }
  [part='price'] {
    font-size: var(--_sf-font-size-l);
    font-weight: 600;
  }
  .was {
    margin-inline-start: var(--_sf-space-2);
    font-weight: 400;
    color: var(--_sf-color-text-muted);
  }
  [part='stock'].later {
    color: var(--_sf-color-warning-text);
  }
  [part='stock'].out {
    color: var(--_sf-color-danger);
  }
`;
