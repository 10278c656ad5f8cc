import { css } from 'lit';

export const searchStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
    --_border: var(--sf-search-border-color, var(--_sf-color-border-strong));
    --_bg: var(--sf-search-background, var(--_sf-color-surface));
    --_active: var(--sf-search-active-background, var(--_sf-color-surface-selected));
  }
  form {
    display: flex;
    align-items: stretch;
    margin: 0;
  }
  [part~='input'] {
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    padding: var(--_sf-space-2) var(--_sf-space-3);
    border: 1px solid var(--_border);
    border-inline-end: 0;
    border-start-start-radius: var(--_sf-radius-m);
    border-end-start-radius: var(--_sf-radius-m);
    background: var(--_bg);
    color: inherit;
    font: inherit;
  }
  [part~='input']::placeholder {
    color: var(--_sf-color-text-muted);
  }
  [part~='submit'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.75rem;
    border: 1px solid var(--_border);
    border-start-end-radius: var(--_sf-radius-m);
    border-end-end-radius: var(--_sf-radius-m);
    background: var(--sf-cta-background, var(--_sf-color-primary));
    color: var(--sf-cta-color, var(--_sf-color-on-primary));
    cursor: pointer;
  }
  .icon {
    width: 1.25rem;
    height: 1.25rem;
  }
  [part~='popup'] {
    position: absolute;
    inset-inline: 0;
    top: calc(100% + 2px);
    z-index: var(--sf-search-z-index, 30);
    max-height: min(28rem, 70vh);
    overflow-y: auto;
    background: var(--_bg);
    border: 1px solid var(--_sf-color-border);
    border-radius: var(--_sf-radius-m);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.12);
  }
  [part~='listbox'] {
    margin: 0;
    padding: var(--_sf-space-1);
    list-style: none;
  }
  [part~='option'] {
    display: grid;
    grid-template-columns: 3rem 1fr auto;
    align-items: center;
    gap: var(--_sf-space-3);
    padding: var(--_sf-space-2);
    border-radius: var(--_sf-radius-s);
    cursor: pointer;
  }
  [part~='option']:hover {
    background: var(--_sf-color-surface-muted);
  }
  [part~='option'][aria-selected='true'] {
    background: var(--_active);
    outline: 2px solid var(--_sf-color-focus);
    outline-offset: -2px;
  }
  .thumb {
    width: 3rem;
    height: 2.25rem;
    object-fit: cover;
    border-radius: var(--_sf-radius-s);
    background: var(--_sf-color-surface-muted);
  }
  .name {
    overflow-wrap: anywhere;
  }
  .price {
    font-weight: 600;
    white-space: nowrap;
  }
  .message {
    margin: 0;
    padding: var(--_sf-space-3);
  }
  .message.error {
    color: var(--_sf-color-danger);
  }
  .more {
    margin: 0;
    padding: var(--_sf-space-2) var(--_sf-space-3);
    border-block-start: 1px solid var(--_sf-color-border);
    color: var(--_sf-color-text-muted);
    font-size: 0.875rem;
  }
`;
