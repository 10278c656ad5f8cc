import type { CtaColors } from './cta-colors.js';

/** Checks a `sf-cta-color` value against the theme's text colour: the colours to apply, or why they cannot be. */
export type CtaColorCheck = (value: unknown, themeText?: string) => CtaColors | string;

let loaded: CtaColorCheck | undefined;
let loading: Promise<unknown> | undefined;

/*
 * The CTA colour check (CSS colour parsing and WCAG contrast: cta-colors.ts and core/contrast.ts, some 3.6 KB
 * minified) is needed only when a colour variant arrives, so a page without experiments never loads it. The kit's
 * experiments service brings it along (`useCtaColorCheck`), so a page running <sf-experiments>, and the server's
 * render, check a variant at once as before; otherwise (a service the page made) `loadCtaColorCheck` fetches it.
 */

/** The CTA colour check, when it has been loaded; undefined before. */
export function ctaColorCheck(): CtaColorCheck | undefined {
  return loaded;
}

/** Makes the check available at once (the kit's experiments service calls it, having it in its own module graph). */
export function useCtaColorCheck(check: CtaColorCheck): void {
  loaded = check;
}

/** Loads the check; resolves once `ctaColorCheck()` has it, rejects when the module cannot be loaded. */
export function loadCtaColorCheck(): Promise<unknown> {
  loading ??= import('./cta-colors.js').then(
    (m) => void (loaded ??= m.ctaColors),
    (error: unknown) => {
      // A later colour variant may try again (a network blip); this one shows the theme.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
