import { css } from 'lit';

export const navStyles = css`
  :host {
    display: block;
    min-width: 0;
    --_accent: var(--sf-nav-accent, var(--_sf-color-primary));
    --_bg: var(--sf-nav-background, var(--_sf-color-surface));
    --_fg: var(--sf-nav-color, var(--_sf-color-text));
    --_panel-bg: var(--sf-nav-panel-background, var(--_sf-color-surface));
    --_border: var(--_sf-color-border);
  }
  .probe {
    height: 0;
  }
  nav {
    position: relative;
    background: var(--_bg);
    color: var(--_fg);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  /* Desktop bar. Its height is reserved while the tree loads, so nothing below it moves. */
  [part~='bar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: var(--_sf-space-1);
    min-height: 2.75rem;
  }
  .top {
    display: inline-flex;
    align-items: center;
    gap: var(--_sf-space-1);
    min-height: 2.75rem;
    padding: var(--_sf-space-2) var(--_sf-space-3);
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    font-weight: 600;
  }
  .top[aria-expanded='true'],
  .top.has-current,
  .top[aria-current='page'] {
    border-block-end-color: var(--_accent);
  }
  .chevron {
    width: 0.75em;
    height: 0.75em;
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  [part~='panel'] {
    position: absolute;
    inset-inline: 0;
    top: 100%;
    z-index: var(--sf-nav-z-index, 20);
    padding: var(--_sf-space-4);
    background: var(--_panel-bg);
    border: 1px solid var(--_border);
    border-radius: 0 0 var(--_sf-radius-m) var(--_sf-radius-m);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.12);
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_sf-space-2) var(--_sf-space-4);
  }
  .columns > .all {
    grid-column: 1 / -1;
    font-weight: 600;
  }
  .columns > li > a,
  .columns > li > .heading {
    font-weight: 600;
  }
  .columns ul a {
    font-weight: 400;
  }
  [part~='panel'] a,
  .heading {
    display: inline-block;
    padding: var(--_sf-space-1) 0;
  }
  a[aria-current='page'] {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  .top[aria-current='page'] {
    color: inherit;
    text-decoration: none;
  }

  /* Mobile: a menu button and a drawer. */
  [part~='menu-button'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_sf-space-2);
    min-height: 2.75rem;
    padding: var(--_sf-space-2) var(--_sf-space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_sf-radius-m);
    background: var(--_bg);
    font-weight: 600;
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
  }
  [part~='drawer'] {
    margin: 0;
    inset-block: 0;
    inset-inline-start: 0;
    inset-inline-end: auto;
    width: var(--sf-nav-drawer-width, min(22rem, 88vw));
    max-width: 100%;
    height: 100%;
    max-height: 100%;
    padding: var(--_sf-space-3);
    border: 0;
    background: var(--_panel-bg);
    color: var(--_fg);
    overflow-y: auto;
  }
  [part~='drawer']::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .drawer-head {
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--_sf-space-2);
  }
  .close {
    min-height: 2.75rem;
    padding: var(--_sf-space-2) var(--_sf-space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_sf-radius-m);
    background: none;
  }
  .tree a,
  .tree .disclosure,
  .tree .heading {
    display: flex;
    align-items: center;
    justify-content: space-between;
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_sf-space-2);
    border: 0;
    background: none;
    text-align: start;
  }
  .tree .disclosure {
    font-weight: 600;
  }
  .tree ul {
    padding-inline-start: var(--_sf-space-4);
  }
  .tree li + li {
    border-block-start: 1px solid var(--_border);
  }
  .tree ul li {
    border: 0;
  }
  [part~='status'] {
    margin: 0;
    padding: var(--_sf-space-2);
  }
`;
