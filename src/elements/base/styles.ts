import { css } from 'lit';

/**
 * Kit tokens with their defaults. Pages theme the kit by setting these custom properties on any ancestor; every
 * component property `--sf-<element>-<what>` falls back to one of them.
 */
export const tokens = css`
  :host {
    font-family: var(--sf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--sf-font-size, 1rem);
    line-height: var(--sf-line-height, 1.5);
    color: var(--sf-color-text, #1f2933);
    box-sizing: border-box;
  }
  /* ':host *' matches nothing inside the shadow tree; plain selectors in a shadow root's sheet are scoped to it. */
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
`;

/** Visible focus for keyboard users only. */
export const focusRing = css`
  :focus-visible {
    outline: var(--sf-focus-width, 3px) solid var(--sf-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
`;

/** Text for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** The primary call to action; experiment variants change it only through these tokens. */
export const ctaStyles = css`
  .cta {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--sf-space-2, 0.5rem);
    min-height: 2.75rem;
    padding: var(--sf-space-2, 0.5rem) var(--sf-space-4, 1rem);
    border: 0;
    border-radius: var(--sf-radius-m, 0.5rem);
    background: var(--sf-cta-background, var(--sf-color-primary, #1b5e20));
    color: var(--sf-cta-color, var(--sf-color-on-primary, #ffffff));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .cta:hover {
    filter: brightness(1.08);
  }
  .cta[aria-disabled='true'],
  .cta:disabled {
    background: var(--sf-color-disabled, #6b7280);
    cursor: not-allowed;
    filter: none;
  }
`;
