import { css } from 'lit';

export const searchStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
    --_border: var(--sf-search-border-color, var(--sf-color-border-strong, #6b7280));
    --_bg: var(--sf-search-background, var(--sf-color-surface, #ffffff));
    --_active: var(--sf-search-active-background, var(--sf-color-surface-selected, #e3ecfa));
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
    padding: var(--sf-space-2, 0.5rem) var(--sf-space-3, 0.75rem);
    border: 1px solid var(--_border);
    border-inline-end: 0;
    border-start-start-radius: var(--sf-radius-m, 0.5rem);
    border-end-start-radius: var(--sf-radius-m, 0.5rem);
    background: var(--_bg);
    color: inherit;
    font: inherit;
  }
  [part~='input']::placeholder {
    color: var(--sf-color-text-muted, #4b5563);
  }
  [part~='submit'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.75rem;
    border: 1px solid var(--_border);
    border-start-end-radius: var(--sf-radius-m, 0.5rem);
    border-end-end-radius: var(--sf-radius-m, 0.5rem);
    background: var(--sf-cta-background, var(--sf-color-primary, #1b5e20));
    color: var(--sf-cta-color, var(--sf-color-on-primary, #ffffff));
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
    border: 1px solid var(--sf-color-border, #d0d7de);
    border-radius: var(--sf-radius-m, 0.5rem);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.12);
  }
  [part~='listbox'] {
    margin: 0;
    padding: var(--sf-space-1, 0.25rem);
    list-style: none;
  }
  [part~='option'] {
    display: grid;
    grid-template-columns: 3rem 1fr auto;
    align-items: center;
    gap: var(--sf-space-3, 0.75rem);
    padding: var(--sf-space-2, 0.5rem);
    border-radius: var(--sf-radius-s, 0.25rem);
    cursor: pointer;
  }
  [part~='option']:hover {
    background: var(--sf-color-surface-muted, #f3f4f6);
  }
  [part~='option'][aria-selected='true'] {
    background: var(--_active);
    outline: 2px solid var(--sf-color-focus, #1a5fb4);
    outline-offset: -2px;
  }
  .thumb {
    width: 3rem;
    height: 2.25rem;
    object-fit: cover;
    border-radius: var(--sf-radius-s, 0.25rem);
    background: var(--sf-color-surface-muted, #f3f4f6);
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
    padding: var(--sf-space-3, 0.75rem);
  }
  .message.error {
    color: var(--sf-color-danger, #b3261e);
  }
  .more {
    margin: 0;
    padding: var(--sf-space-2, 0.5rem) var(--sf-space-3, 0.75rem);
    border-block-start: 1px solid var(--sf-color-border, #d0d7de);
    color: var(--sf-color-text-muted, #4b5563);
    font-size: 0.875rem;
  }
`;
