import { css } from 'lit';
import { focusRing, tokens } from '../base/styles.js';

export const styles = [
  tokens,
  focusRing,
  css`
    :host {
      display: block;
      font-size: 0.875rem;
    }
    .bar {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--sf-space-2, 0.5rem);
      margin-block-end: var(--sf-space-2, 0.5rem);
    }
    [part='summary'] {
      margin: 0;
      /* Reserve the line so the log below does not move when the count first appears. */
      min-height: 1.5em;
    }
    [part='clear-button'] {
      min-height: 2.75rem;
      padding: var(--sf-space-1, 0.25rem) var(--sf-space-3, 0.75rem);
      border: 1px solid var(--sf-color-border, #6b7280);
      border-radius: var(--sf-radius-s, 0.25rem);
      background: var(--sf-color-surface, #ffffff);
      color: var(--sf-color-text, #1f2933);
      font: inherit;
      cursor: pointer;
    }
    [part='log'] {
      max-height: var(--sf-telemetry-log-max-height, 24rem);
      min-height: 6rem;
      overflow: auto;
      border: 1px solid var(--sf-color-border, #6b7280);
      border-radius: var(--sf-radius-m, 0.5rem);
      background: var(--sf-telemetry-log-background, var(--sf-color-surface, #ffffff));
    }
    ol,
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part='entry'] {
      padding: var(--sf-space-2, 0.5rem) var(--sf-space-3, 0.75rem);
      border-block-end: 1px solid var(--sf-color-divider, #d1d5db);
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--sf-space-1, 0.25rem) var(--sf-space-3, 0.75rem);
    }
    time,
    .key {
      color: var(--sf-color-text-muted, #4b5563);
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
      padding: 0 var(--sf-space-2, 0.5rem);
      border-radius: var(--sf-radius-s, 0.25rem);
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
      gap: var(--sf-space-1, 0.25rem);
      margin-block-start: var(--sf-space-1, 0.25rem);
    }
    [part='tag'] {
      padding: 0 var(--sf-space-2, 0.5rem);
      border-radius: 999px;
      background: var(--sf-color-accent-surface, #e8eefc);
      color: var(--sf-color-accent-text, #1a3d8f);
    }
    details {
      margin-block-start: var(--sf-space-1, 0.25rem);
    }
    summary {
      cursor: pointer;
      color: var(--sf-color-link, #1a5fb4);
    }
    pre {
      margin: var(--sf-space-1, 0.25rem) 0 0;
      padding: var(--sf-space-2, 0.5rem);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      background: var(--sf-color-surface-muted, #f3f4f6);
      font-size: 0.8125rem;
    }
    .note {
      margin: 0;
      padding: var(--sf-space-3, 0.75rem);
      color: var(--sf-color-text-muted, #4b5563);
    }
  `,
];
