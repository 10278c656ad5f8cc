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
    border: 1px solid var(--sf-product-card-border-color, var(--sf-color-border, #d0d7de));
    border-radius: var(--sf-product-card-radius, var(--sf-radius-l, 0.75rem));
    background: var(--sf-product-card-background, var(--sf-color-surface, #ffffff));
    overflow: hidden;
  }
  /* Hover and keyboard focus both mark the whole card, since the whole card is the link's target. */
  .card:has(a:hover) {
    border-color: var(--sf-color-text-muted, #4b5563);
  }
  .card:has(a:focus-visible) {
    outline: var(--sf-focus-width, 3px) solid var(--sf-color-focus, #1a5fb4);
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
    background: var(--sf-color-surface-muted, #f3f4f6);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--sf-space-1, 0.25rem);
    padding: var(--sf-product-card-padding, var(--sf-space-3, 0.75rem));
  }
  [part='name'] {
    margin: 0;
    font-size: var(--sf-font-size-m, 1.05rem);
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
    color: var(--sf-color-text-muted, #4b5563);
    font-size: 0.875rem;
  }
  [part='price'] {
    font-weight: 700;
  }
  .was {
    margin-inline-start: var(--sf-space-2, 0.5rem);
    color: var(--sf-color-text-muted, #4b5563);
    font-weight: 400;
    text-decoration: line-through;
  }
  [part='stock'] {
    font-size: 0.875rem;
    color: var(--sf-color-success, #1b5e20);
  }
  [part='stock'].later {
    color: var(--sf-color-text-muted, #4b5563);
  }
  [part='stock'].out {
    color: var(--sf-color-danger, #b3261e);
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
    border-radius: var(--sf-radius-s, 0.25rem);
    background: var(--sf-color-surface-muted, #f3f4f6);
  }
  .bar.wide {
    width: 85%;
  }
  .bar.short {
    width: 35%;
  }
`;
