import { css } from 'lit';

export const telemetryLogStyles = css`
  :host {
    display: block;
    font-size: 0.875rem;
  }
  .bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_sf-space-2);
    margin-block-end: var(--_sf-space-2);
  }
  [part='summary'] {
    margin: 0;
    /* Reserve the line so the log below does not move when the count first appears. */
    min-height: 1.5em;
  }
  [part='clear-button'] {
    min-height: 2.75rem;
    padding: var(--_sf-space-1) var(--_sf-space-3);
    border: 1px solid var(--_sf-color-border);
    border-radius: var(--_sf-radius-s);
    background: var(--_sf-color-surface);
    color: var(--_sf-color-text);
    font: inherit;
    cursor: pointer;
  }
  /* A reserved area: the log keeps its height whatever it holds, so nothing around it moves as events arrive. */
  [part='log'] {
    block-size: var(--sf-telemetry-log-height, 16rem);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_sf-color-border);
    border-radius: var(--_sf-radius-m);
    background: var(--sf-telemetry-log-background, var(--_sf-color-surface));
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='entry'] {
    padding: var(--_sf-space-2) var(--_sf-space-3);
    border-block-end: 1px solid var(--_sf-color-divider);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_sf-space-1) var(--_sf-space-3);
  }
  time,
  .key {
    color: var(--_sf-color-text-muted);
  }
  code,
  pre {
    font-family: var(--sf-telemetry-log-font-family, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
  }
  [part='name'] {
    font-weight: 600;
  }
  .param code {
    overflow-wrap: anywhere;
  }
  .rating {
    padding: 0 var(--_sf-space-2);
    border-radius: var(--_sf-radius-s);
    font-weight: 600;
  }
  .rating.good {
    background: #e6f4ea;
    color: #1b5e20;
  }
  .rating.needs-improvement {
    background: #fff4e5;
    color: #7a4100;
  }
  .rating.poor {
    background: #fdecea;
    color: #a51d1d;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sf-space-1);
    margin-block-start: var(--_sf-space-1);
  }
  [part='tag'] {
    padding: 0 var(--_sf-space-2);
    border-radius: 999px;
    background: var(--_sf-color-accent-surface);
    color: var(--_sf-color-accent-text);
  }
  details {
    margin-block-start: var(--_sf-space-1);
  }
  summary {
    cursor: pointer;
    color: var(--_sf-color-link);
  }
  pre {
    margin: var(--_sf-space-1) 0 0;
    padding: var(--_sf-space-2);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--_sf-color-surface-muted);
    font-size: 0.8125rem;
  }
  .note {
    margin: 0;
    padding: var(--_sf-space-3);
    color: var(--_sf-color-text-muted);
  }
`;
