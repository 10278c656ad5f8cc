/**
 * WCAG 2.x contrast between two colours, computed from CSS colour strings without a DOM. Parses the forms a
 * payload or a theme usually holds (hex, `rgb()`/`rgba()`, `hsl()`/`hsla()`, `black`/`white`/`transparent`); other
 * forms (named colours, `oklch()`, `color-mix()`) return `null` and are resolved by the browser-side caller.
 */

/** A colour in sRGB: channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Minimum contrast ratios of WCAG 2.2 success criteria 1.4.3 (AA) and 1.4.6 (AAA). */
export const CONTRAST_AA = 4.5;
export const CONTRAST_AA_LARGE = 3;
export const CONTRAST_AAA = 7;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

const KEYWORDS: Readonly<Record<string, Rgba>> = {
  black: { r: 0, g: 0, b: 0, a: 1 },
  white: { r: 255, g: 255, b: 255, a: 1 },
  transparent: { r: 0, g: 0, b: 0, a: 0 },
};

/** A number, a percentage of `full`, or `none` (0), as CSS Color 4 allows in functional notation. */
function component(token: string, full: number): number | null {
  if (token === 'none') return 0;
  const pct = /^(-?\d*\.?\d+(?:e-?\d+)?)%$/i.exec(token);
  if (pct) return (Number(pct[1]) / 100) * full;
  const num = /^-?\d*\.?\d+(?:e-?\d+)?$/i.test(token) ? Number(token) : NaN;
  return Number.isFinite(num) ? num : null;
}

function hue(token: string): number | null {
  const m = /^(-?\d*\.?\d+(?:e-?\d+)?)(deg|turn|rad|grad)?$/i.exec(token);
  if (!m) return token === 'none' ? 0 : null;
  const n = Number(m[1]);
  switch ((m[2] ?? 'deg').toLowerCase()) {
    case 'turn': return n * 360;
    case 'rad': return (n * 180) / Math.PI;
    case 'grad': return n * 0.9;
    default: return n;
  }
}

/** Splits `rgb(1 2 3 / 50%)` and `rgb(1, 2, 3, 0.5)` into channel tokens and an optional alpha token. */
function functionArgs(body: string): { channels: string[]; alpha?: string } | null {
  const slash = body.split('/');
  if (slash.length > 2) return null;
  const channels = slash[0]!.trim().split(/\s*,\s*|\s+/).filter(Boolean);
  if (slash.length === 2) {
    if (channels.length !== 3) return null;
    return { channels, alpha: slash[1]!.trim() };
  }
  if (channels.length === 4) return { channels: channels.slice(0, 3), alpha: channels[3]! };
  return channels.length === 3 ? { channels } : null;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  // CSS Color 4, "Converting HSL colors to sRGB colors".
  const hh = ((h % 360) + 360) % 360;
  const f = (n: number) => {
    const k = (n + hh / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** Parses a CSS colour in hex, rgb(), hsl() or one of `black`/`white`/`transparent`; `null` for anything else. */
export function parseColor(css: string): Rgba | null {
  const value = css.trim().toLowerCase();
  const keyword = KEYWORDS[value];
  if (keyword) return { ...keyword };

  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex) {
    let digits = hex[1]!;
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const byte = (i: number) => parseInt(digits.slice(i, i + 2), 16);
    return { r: byte(0), g: byte(2), b: byte(4), a: digits.length === 8 ? byte(6) / 255 : 1 };
  }

  const fn = /^(rgba?|hsla?)\((.*)\)$/.exec(value);
  if (!fn) return null;
  const args = functionArgs(fn[2]!);
  if (!args) return null;
  let alpha = 1;
  if (args.alpha !== undefined) {
    const a = component(args.alpha, 1);
    if (a === null) return null;
    alpha = clamp(a, 0, 1);
  }
  if (fn[1]!.startsWith('rgb')) {
    const [r, g, b] = args.channels.map((t) => component(t, 255));
    if (r == null || g == null || b == null) return null;
    return { r: clamp(r, 0, 255), g: clamp(g, 0, 255), b: clamp(b, 0, 255), a: alpha };
  }
  const h = hue(args.channels[0]!);
  const s = component(args.channels[1]!, 100);
  const l = component(args.channels[2]!, 100);
  if (h === null || s === null || l === null) return null;
  const [r, g, b] = hslToRgb(h, clamp(s, 0, 100) / 100, clamp(l, 0, 100) / 100);
  return { r, g, b, a: alpha };
}

/** `top` drawn over `bottom` (source-over), as the eye sees a translucent colour. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, u: number) => (t * top.a + u * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG relative luminance of an opaque sRGB colour: 0 for black, 1 for white. */
export function relativeLuminance({ r, g, b }: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * Contrast ratio (1 to 21) of text in colour `foreground` on `background`. A translucent background is taken over
 * `backdrop` (white unless given) and translucent text over the resulting background, as rendered. Colours may be
 * CSS strings or parsed values; `null` when a string cannot be parsed here (see `parseColor`).
 */
export function contrastRatio(
  foreground: string | Rgba,
  background: string | Rgba,
  backdrop: Rgba = WHITE,
): number | null {
  const fg = typeof foreground === 'string' ? parseColor(foreground) : foreground;
  const bg = typeof background === 'string' ? parseColor(background) : background;
  if (!fg || !bg) return null;
  const base = composite(bg, backdrop);
  const text = composite(fg, base);
  const l1 = relativeLuminance(text);
  const l2 = relativeLuminance(base);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** True when `ratio` meets WCAG AA for normal text (4.5:1), or for large text (3:1) when `largeText`. */
export function meetsContrastAA(ratio: number, largeText = false): boolean {
  return ratio >= (largeText ? CONTRAST_AA_LARGE : CONTRAST_AA);
}
