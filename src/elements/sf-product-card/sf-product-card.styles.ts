import { css } from 'lit';

export const productCardStyles = css`
  :host {
    display: block;
    height: 100%;
    container-type: inline-size;
  }
  .card {
    position: relative;
    display: grid;
    grid-template-rows: auto 1fr;
    height: 100%;
    border: 1px solid var(--sf-product-card-border-color, var(--_sf-color-border));
    border-radius: var(--sf-product-card-radius, var(--_sf-radius-l));
    background: var(--sf-product-card-background, var(--_sf-color-surface));
    overflow: hidden;
  }
  /* Hover and keyboard focus both mark the whole card, since the whole card is the link's target. */
  .card:has(a:hover) {
    border-color: var(--_sf-color-text-muted);
  }
  .card:has(a:focus-visible) {
    outline: var(--_sf-focus-width) solid var(--_sf-color-focus);
    outline-offset: 2px;
  }
  [part='name'] a:focus-visible {
    outline: none;
  }
  .image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--sf-product-card-image-ratio, 4 / 3);
    object-fit: cover;
    background: var(--_sf-color-surface-muted);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_sf-space-1);
    padding: var(--sf-product-card-padding, var(--_sf-space-3));
  }
  [part='name'] {
    margin: 0;
    font-size: var(--_sf-font-size-m);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='name'] a {
    color: inherit;
    text-decoration: none;
  }
  [part='name'] a:hover {
    text-decoration: underline;
  }
  /* The whole card is clickable through the name link, without nesting interactive elements. */
  [part='name'] a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .brand {
    color: var(--_sf-color-text-muted);
    font-size: 0.875rem;
  }
  [part='price'] {
    font-weight: 700;
  }
  .was {
    margin-inline-start: var(--_sf-space-2);
    color: var(--_sf-color-text-muted);
    font-weight: 400;
    text-decoration: line-through;
  }
  [part='stock'] {
    font-size: 0.875rem;
    color: var(--_sf-color-success);
  }
  [part='stock'].later {
    color: var(--_sf-color-text-muted);
  }
  [part='stock'].out {
    color: var(--_sf-color-danger);
  }
  ::slotted(*) {
    position: relative;
    z-index: 1;
  }
  /* Placeholder: the same boxes as a loaded card, so nothing moves when the product arrives. */
  .bar {
    display: block;
    height: 1em;
    margin-block: 0.25em;
    width: 60%;
    border-radius: var(--_sf-radius-s);
    background: var(--_sf-color-surface-muted);
  }
  .bar.wide {
    width: 85%;
  }
  .bar.short {
    width: 35%;
  }
`;
