import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CtaColors, CtaColorValue } from '../../services/experiments/cta-colors.js';
import { ctaColorCheck, loadCtaColorCheck } from '../../services/experiments/cta-check.js';
import { KIT_FEATURES } from '../../services/experiments/features.js';
import { CTA_LABEL_KEYS, type CtaLabelKey } from '../../messages/cart.js';
import { ExperimentController, reserved } from './experiment-controller.js';

export interface CtaControllerOptions {
  /** The label key when no experiment says otherwise (`add-to-cart` unless the element is e.g. "buy now"). */
  defaultLabelKey?: CtaLabelKey;
  /** The CTA element itself when it can be rendered but unseen (inside a closed dialog): exposure waits for it. */
  shownElement?: () => Element | null | undefined;
}

/**
 * The primary call to action's experiment knobs, for add-to-cart, go-to-checkout and place-order elements:
 *
 * - `sf-cta-color` sets `--sf-cta-background`/`--sf-cta-color` on the host (so `ctaStyles` pick them up), after a
 *   WCAG AA contrast check against the text colour; a failing variant keeps the theme and logs one warning why.
 *   The check is loaded only when a colour variant arrives (the kit's experiments service brings it along; with a
 *   service the page made, the button stays reserved while it loads): no experiment, no contrast code.
 * - `sf-cta-label` gives `labelKey`, one of `CTA_LABEL_KEYS` (src/messages/cart.ts: `cartMessages['cta.<key>']`).
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
        const result = this.#check(value);
        return typeof result === 'string' ? result : undefined;
      },
      load: (value) => (value === null || value === undefined || ctaColorCheck() ? undefined : loadCtaColorCheck()),
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

  /**
   * On the server (where controllers get no `hostUpdate`) a colour decided there is written into the host's `style`
   * attribute, so the first HTML shows the variant; in the browser `hostUpdate` sets the same two properties.
   */
  hostConnected(): void {
    if (!isServer || !this.color.ready) return;
    const value = this.color.decision?.value;
    // The kit's experiments service, which holds the server's decisions here, brought the check along.
    const pair = value === null || value === undefined ? null : ctaColorCheck()?.(value, '#ffffff');
    if (!pair || typeof pair === 'string') return;
    const own = (this.#host.getAttribute('style') ?? '').trim();
    const tokens = `--sf-cta-background: ${pair.background}; --sf-cta-color: ${pair.text}`;
    this.#host.setAttribute('style', own ? `${own.replace(/;?$/, ';')} ${tokens}` : tokens);
  }

  hostUpdate(): void {
    if (!this.color.ready) return;
    // Read during the update: the colour is painted with this render, so its exposure follows it.
    const value = this.color.value;
    if (this.#resolved && this.#resolved.value === value) return;
    const pair = value === null ? null : this.#check(value);
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

  /** The colours `value` stands for, or why they cannot be used (also when the check could not be loaded). */
  #check(value: unknown): CtaColors | string {
    const check = ctaColorCheck();
    return check ? check(value, this.#themeText()) : 'the colour contrast check could not be loaded';
  }

  /** The theme's CTA text colour, for colour-only variants. */
  #themeText(): string {
    if (!this.#host.isConnected) return '#ffffff';
    return getComputedStyle(this.#host).getPropertyValue('--sf-color-on-primary').trim() || '#ffffff';
  }
}
