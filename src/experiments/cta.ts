import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CONTRAST_AA, contrastRatio, parseColor, type Rgba } from '../core/contrast.js';
import { CTA_LABEL_KEYS, type CtaLabelKey } from '../core/i18n/cart.js';
import { ExperimentController, KIT_FEATURES, reserved } from './controller.js';

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

export interface CtaControllerOptions {
  /** The label key when no experiment says otherwise (`add-to-cart` unless the element is e.g. "buy now"). */
  defaultLabelKey?: CtaLabelKey;
  /** The CTA element itself when it can be rendered but unseen (inside a closed dialog): exposure waits for it. */
  shownElement?: () => Element | null | undefined;
}

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

/**
 * The primary call to action's experiment knobs, for add-to-cart, go-to-checkout and place-order elements:
 *
 * - `sf-cta-color` sets `--sf-cta-background`/`--sf-cta-color` on the host (so `ctaStyles` pick them up), after a
 *   WCAG AA contrast check against the text colour; a failing variant keeps the theme and logs one warning why.
 * - `sf-cta-label` gives `labelKey`, one of `CTA_LABEL_KEYS` (src/core/i18n/cart.ts: `cartMessages['cta.<key>']`).
 *
 * Render `ctaController.reserve(button)` so the button keeps its space, invisible, until both are decided.
 */
export class CtaController implements ReactiveController {
  readonly color: ExperimentController<CtaColorValue | null>;
  readonly label: ExperimentController<CtaLabelKey>;
  /** The colours applied to the host, or null while the theme's own are in effect. */
  colors: CtaColors | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #applied: CtaColors | null = null;
  #resolved: { value: CtaColorValue | null } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: CtaControllerOptions = {}) {
    this.#host = host;
    this.color = new ExperimentController<CtaColorValue | null>(host, KIT_FEATURES.ctaColor, null, {
      ...(options.shownElement ? { shownElement: options.shownElement } : {}),
      validate: (value) => {
        const result = ctaColors(value, this.#themeText());
        return typeof result === 'string' ? result : undefined;
      },
    });
    this.label = new ExperimentController<CtaLabelKey>(host, KIT_FEATURES.ctaLabel, options.defaultLabelKey ?? 'add-to-cart', {
      ...(options.shownElement ? { shownElement: options.shownElement } : {}),
      validate: (value) =>
        (CTA_LABEL_KEYS as readonly unknown[]).includes(value) ? undefined : `expected one of ${CTA_LABEL_KEYS.join(', ')}`,
    });
    host.addController(this);
  }

  /** True once colour and label are decided. */
  get ready(): boolean {
    return this.color.ready && this.label.ready;
  }

  /** The label message key to render (reading it while rendering marks the label variant shown). */
  get labelKey(): CtaLabelKey {
    return this.label.value;
  }

  /** `content` once ready; before that the same content invisible, keeping its space. */
  reserve(content: unknown): unknown {
    return this.ready ? content : reserved(content);
  }

  hostUpdate(): void {
    if (!this.color.ready) return;
    // Read during the update: the colour is painted with this render, so its exposure follows it.
    const value = this.color.value;
    if (this.#resolved && this.#resolved.value === value) return;
    const pair = value === null ? null : ctaColors(value, this.#themeText());
    this.#resolved = { value };
    this.colors = typeof pair === 'string' ? null : pair;
    if (this.colors?.background === this.#applied?.background && this.colors?.text === this.#applied?.text) return;
    const style = this.#host.style;
    if (this.colors) {
      style.setProperty('--sf-cta-background', this.colors.background);
      style.setProperty('--sf-cta-color', this.colors.text);
    } else {
      style.removeProperty('--sf-cta-background');
      style.removeProperty('--sf-cta-color');
    }
    this.#applied = this.colors;
  }

  /** The theme's CTA text colour, for colour-only variants. */
  #themeText(): string {
    if (!this.#host.isConnected) return '#ffffff';
    return getComputedStyle(this.#host).getPropertyValue('--sf-color-on-primary').trim() || '#ffffff';
  }
}
