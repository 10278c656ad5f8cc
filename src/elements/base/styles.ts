import { css } from 'lit';

/**
 * The token sheet: every kit token (`--sf-color-*`, `--sf-space-*`, `--sf-radius-*`, `--sf-font-*`,
 * `--sf-line-height`, `--sf-focus-width`) is read here, once, with its one default, into a private
 * `--_sf-*` twin on the host. Element sheets use only the twins, or a component property
 * `--sf-<element>-<what>` that falls back to a twin.
 *
 * Why twins rather than `:host { --sf-color-border: #6b7280 }`: declaring a public token on the host would hide
 * the value a page set on an ancestor (the host's own declaration wins over inheritance). Reading it with
 * `var(--sf-…, default)` keeps the page in charge, and reading it in one place keeps the defaults from drifting.
 * The twins are computed on each kit host, so a page may also set tokens on any element between the page and a
 * nested kit element.
 *
 * Defaults are chosen for WCAG AA on the kit's own surfaces: text and muted text ≥ 4.5:1 on surface and
 * surface-muted, borders of controls ≥ 3:1 on surface.
 */
export const tokens = css`
  :host {
    --_sf-font-family: var(--sf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_sf-font-size: var(--sf-font-size, 1rem);
    --_sf-font-size-s: var(--sf-font-size-s, 0.875rem);
    --_sf-font-size-m: var(--sf-font-size-m, 1.05rem);
    --_sf-font-size-l: var(--sf-font-size-l, 1.15rem);
    --_sf-line-height: var(--sf-line-height, 1.5);

    --_sf-color-text: var(--sf-color-text, #1f2933);
    --_sf-color-text-muted: var(--sf-color-text-muted, #4b5563);
    --_sf-color-surface: var(--sf-color-surface, #ffffff);
    --_sf-color-surface-muted: var(--sf-color-surface-muted, #f3f4f6);
    --_sf-color-surface-subtle: var(--sf-color-surface-subtle, #f3f4f6);
    --_sf-color-surface-selected: var(--sf-color-surface-selected, #e3ecfa);
    --_sf-color-border: var(--sf-color-border, #6b7280);
    --_sf-color-border-strong: var(--sf-color-border-strong, #6b7280);
    --_sf-color-border-subtle: var(--sf-color-border-subtle, #d1d5db);
    --_sf-color-divider: var(--sf-color-divider, #d1d5db);
    --_sf-color-primary: var(--sf-color-primary, #1b5e20);
    --_sf-color-on-primary: var(--sf-color-on-primary, #ffffff);
    --_sf-color-link: var(--sf-color-link, #1a5fb4);
    --_sf-color-focus: var(--sf-color-focus, #1a5fb4);
    --_sf-color-success: var(--sf-color-success, #1b5e20);
    --_sf-color-danger: var(--sf-color-danger, #b3261e);
    --_sf-color-error: var(--sf-color-error, #b42318);
    --_sf-color-warning: var(--sf-color-warning, #8a5300);
    --_sf-color-warning-text: var(--sf-color-warning-text, #7a4100);
    --_sf-color-warning-surface: var(--sf-color-warning-surface, #fff8e6);
    --_sf-color-accent-text: var(--sf-color-accent-text, #1a3d8f);
    --_sf-color-accent-surface: var(--sf-color-accent-surface, #e8eefc);
    --_sf-color-disabled: var(--sf-color-disabled, #6b7280);

    --_sf-space-1: var(--sf-space-1, 0.25rem);
    --_sf-space-2: var(--sf-space-2, 0.5rem);
    --_sf-space-3: var(--sf-space-3, 0.75rem);
    --_sf-space-4: var(--sf-space-4, 1rem);
    --_sf-space-6: var(--sf-space-6, 2rem);

    --_sf-radius-s: var(--sf-radius-s, 0.25rem);
    --_sf-radius-m: var(--sf-radius-m, 0.5rem);
    --_sf-radius-l: var(--sf-radius-l, 0.75rem);

    --_sf-focus-width: var(--sf-focus-width, 3px);

    font-family: var(--_sf-font-family);
    font-size: var(--_sf-font-size);
    line-height: var(--_sf-line-height);
    color: var(--_sf-color-text);
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
    outline: var(--_sf-focus-width) solid var(--_sf-color-focus);
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

/** What every kit element adopts: `SfElement.styles`. Elements add only their own sheet after it. */
export const baseStyles = [tokens, focusRing, visuallyHidden];

/** The primary call to action; experiment variants change it only through these tokens. */
/**
 * A labelled row of products that scrolls sideways on phones without trapping focus (recently viewed,
 * recommendations): the host sets `--_item` (a card's width) and `--_gap`.
 */
export const productRailStyles = css`
  [part='heading'] {
    font-size: 1.125rem;
    font-weight: 600;
    margin-block-end: var(--_sf-space-2);
  }
  [part='list'] {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: var(--_item);
    gap: var(--_gap);
    list-style: none;
    margin: 0;
    padding: 0 0 var(--_sf-space-2);
    overflow-x: auto;
    scroll-snap-type: x mandatory;
    overscroll-behavior-x: contain;
  }
`;

export const ctaStyles = css`
  .cta {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_sf-space-2);
    min-height: 2.75rem;
    padding: var(--_sf-space-2) var(--_sf-space-4);
    border: 0;
    border-radius: var(--_sf-radius-m);
    background: var(--sf-cta-background, var(--_sf-color-primary));
    color: var(--sf-cta-color, var(--_sf-color-on-primary));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .cta:hover {
    filter: brightness(1.08);
  }
  .cta[aria-disabled='true'],
  .cta:disabled {
    background: var(--_sf-color-disabled);
    cursor: not-allowed;
    filter: none;
  }
`;
