import { CONTRAST_AA, contrastRatio, parseColor, type Rgba } from '../../core/contrast.js';

/** Named kit colours for `sf-cta-color`, each with white text at WCAG AA or better. */
export const CTA_COLORS = {
  green: { background: '#1b5e20', text: '#ffffff' },
  red: { background: '#b71c1c', text: '#ffffff' },
  blue: { background: '#0d47a1', text: '#ffffff' },
  black: { background: '#1f2933', text: '#ffffff' },
} as const satisfies Record<string, CtaColors>;
export type CtaColorName = keyof typeof CTA_COLORS;

/** A CTA colour pair as applied to `--sf-cta-background` and `--sf-cta-color`. */
export interface CtaColors {
  background: string;
  text: string;
}

/**
 * What `sf-cta-color` may hold: a kit colour name, any CSS colour for the background (the text keeps the theme's
 * `--sf-color-on-primary`, white by default), or both colours.
 */
export type CtaColorValue = CtaColorName | string | { background: string; text?: string };

let canvasContext: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour the browser understands as sRGB channels, via a 1×1 canvas; null when it is not a colour. */
export function resolveCssColor(css: string): Rgba | null {
  const parsed = parseColor(css);
  if (parsed) return parsed;
  if (typeof document === 'undefined' || /var\(|currentcolor|inherit|initial|unset|revert/i.test(css)) return null;
  if (typeof CSS !== 'undefined' && !CSS.supports('color', css)) return null;
  if (canvasContext === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    canvasContext = canvas.getContext('2d', { willReadFrequently: true });
  }
  const ctx = canvasContext;
  if (!ctx) return null;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return { r: r!, g: g!, b: b!, a: a! / 255 };
}

/** The colours a `sf-cta-color` value stands for, or why it cannot be used (not a colour, too little contrast). */
export function ctaColors(value: unknown, themeText = '#ffffff'): CtaColors | string {
  let pair: CtaColors;
  if (typeof value === 'string' && Object.hasOwn(CTA_COLORS, value)) {
    pair = { ...CTA_COLORS[value as CtaColorName] };
  } else if (typeof value === 'string') {
    pair = { background: value.trim(), text: themeText };
  } else if (value && typeof value === 'object' && typeof (value as { background?: unknown }).background === 'string') {
    const v = value as { background: string; text?: unknown };
    pair = { background: v.background.trim(), text: typeof v.text === 'string' ? v.text.trim() : themeText };
  } else {
    return 'expected a kit colour name, a CSS colour or { background, text }';
  }
  const bg = resolveCssColor(pair.background);
  if (!bg) return `"${pair.background}" is not a CSS colour the kit can check`;
  const fg = resolveCssColor(pair.text);
  if (!fg) return `"${pair.text}" is not a CSS colour the kit can check`;
  const ratio = contrastRatio(fg, bg);
  if (ratio === null || ratio < CONTRAST_AA) {
    return `text ${pair.text} on ${pair.background} has a contrast of ${(ratio ?? 1).toFixed(2)}:1, below WCAG AA (${CONTRAST_AA}:1)`;
  }
  return pair;
}
