import { css } from 'lit';

export const productDetailStyles = css`
  :host {
    display: block;
  }
  .layout {
    display: grid;
    gap: var(--sf-product-detail-gap, var(--_sf-space-6));
  }
  @media (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(0, var(--sf-product-detail-media-width, 1fr)) minmax(0, 1fr);
      align-items: start;
    }
    .more {
      grid-column: 1 / -1;
    }
  }
  .info {
    display: grid;
    gap: var(--_sf-space-3);
    align-content: start;
  }
  [part='name'] {
    margin: 0;
    font-size: var(--_sf-font-size-l);
    line-height: 1.2;
  }
  [part='brand'] {
    margin: 0;
    color: var(--_sf-color-text-muted);
  }
  [part='price'] {
    margin: 0;
    font-size: var(--_sf-font-size-l);
    font-weight: 700;
  }
  .was {
    margin-inline-start: var(--_sf-space-2);
    font-weight: 400;
    color: var(--_sf-color-text-muted);
  }
  [part='stock'] {
    margin: 0;
    min-block-size: calc(var(--_sf-line-height) * 1em);
  }
  [part='stock'].out {
    color: var(--_sf-color-danger);
  }
  [part='stock'].later {
    color: var(--_sf-color-warning-text);
  }
  /* The detail shows price and stock once, above the picker. */
  sf-variant-picker::part(summary) {
    display: none;
  }
  .buy {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sf-space-3);
    align-items: end;
  }
  [part='description'] p {
    margin: 0;
  }
  .more h2,
  .more [role='heading'] {
    margin: 0 0 var(--_sf-space-2);
    font-size: var(--_sf-font-size-m);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_sf-space-1) var(--_sf-space-4);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .placeholder {
    min-block-size: 24rem;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
  }
`;
