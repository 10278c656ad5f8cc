/**
 * Themes for the Storybook toolbar and the storefront demo, made only of the kit's tokens (`--sf-color-*`,
 * `--sf-space-*`, `--sf-radius-*`, `--sf-font-*`, `--sf-cta-*`). A shop themes the kit the same way: set these
 * custom properties on any ancestor of the elements (here, the story's wrapper or `<demo-storefront>`).
 * Every colour pair used for text keeps WCAG AA contrast (4.5:1) on the surfaces it is used on.
 */
export interface Theme {
  title: string;
  tokens: Readonly<Record<`--sf-${string}`, string>>;
}

export const themes = {
  /** The kit's defaults, written out: a green, calm Nordic shop. */
  kit: {
    title: 'Kit defaults',
    tokens: {},
  },
  /** Sea blue, rounder corners, roomier spacing and a humanist font stack. */
  fjord: {
    title: 'Fjord',
    tokens: {
      '--sf-font-family': "'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif",
      '--sf-color-text': '#102a43',
      '--sf-color-text-muted': '#3e5569',
      '--sf-color-surface': '#ffffff',
      '--sf-color-surface-muted': '#eef4f8',
      '--sf-color-surface-subtle': '#eef4f8',
      '--sf-color-border': '#587086',
      '--sf-color-border-subtle': '#c5d3df',
      '--sf-color-primary': '#0b4f71',
      '--sf-color-on-primary': '#ffffff',
      '--sf-color-link': '#0b5c86',
      '--sf-color-focus': '#b5480b',
      '--sf-color-success': '#0f5e3a',
      '--sf-color-danger': '#a1221c',
      '--sf-cta-background': '#0b4f71',
      '--sf-cta-color': '#ffffff',
      '--sf-radius-s': '0.5rem',
      '--sf-radius-m': '1.25rem',
      '--sf-radius-l': '1.5rem',
      '--sf-space-3': '0.875rem',
      '--sf-space-4': '1.25rem',
    },
  },
  /** Kaamos, the polar night: a dark theme. */
  kaamos: {
    title: 'Kaamos (dark)',
    tokens: {
      '--sf-color-text': '#e8edf2',
      '--sf-color-text-muted': '#b4c0cc',
      '--sf-color-surface': '#161b22',
      '--sf-color-surface-muted': '#222a33',
      '--sf-color-surface-subtle': '#222a33',
      '--sf-color-border': '#8b98a5',
      '--sf-color-border-subtle': '#3a4450',
      '--sf-color-border-strong': '#a7b3bf',
      '--sf-color-divider': '#3a4450',
      '--sf-color-primary': '#7ee2a8',
      '--sf-color-on-primary': '#0b1f14',
      '--sf-color-link': '#8cc8ff',
      '--sf-color-focus': '#ffd166',
      '--sf-color-success': '#7ee2a8',
      '--sf-color-danger': '#ff8a80',
      '--sf-color-error': '#ff8a80',
      '--sf-color-warning': '#ffcc66',
      '--sf-color-warning-surface': '#3a2e12',
      '--sf-color-warning-text': '#ffdd99',
      '--sf-color-accent-surface': '#1d2b45',
      '--sf-color-accent-text': '#b9d3ff',
      '--sf-color-disabled': '#8b98a5',
      '--sf-cta-background': '#7ee2a8',
      '--sf-cta-color': '#0b1f14',
    },
  },
} satisfies Record<string, Theme>;

export type ThemeName = keyof typeof themes;

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(themes, value);
}

/** Sets a theme's tokens on `el` (through the CSSOM, so it works under a strict style-src CSP), clearing the others. */
export function applyTheme(el: HTMLElement, name: ThemeName | undefined): void {
  const wanted: Readonly<Record<string, string>> = themes[name ?? 'kit'].tokens;
  for (const theme of Object.values(themes) as Theme[]) {
    for (const token of Object.keys(theme.tokens)) if (!(token in wanted)) el.style.removeProperty(token);
  }
  for (const [token, value] of Object.entries(wanted)) el.style.setProperty(token, value);
  el.style.setProperty('background', 'var(--sf-color-surface, #ffffff)');
  el.style.setProperty('color', 'var(--sf-color-text, #1f2933)');
}
