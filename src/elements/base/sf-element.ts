import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { toLocale, type Locale } from '../../core/locale.js';
import { shopContext, telemetryContext, type ShopSettings } from './context.js';
import type { TelemetryService } from '../../services/telemetry/types.js';

/**
 * The base of every kit element: shop settings and telemetry from context, and the locale in effect.
 * An element's own `locale` attribute wins over the shop's, which wins over the document's `lang`.
 */
export class SfElement extends LitElement {
  /** Overrides the shop's locale for this element: `fi`, `sv` or `en`. */
  @property({ reflect: true }) locale?: Locale;

  @consume({ context: shopContext, subscribe: true })
  protected shop?: ShopSettings;

  @consume({ context: telemetryContext, subscribe: true })
  protected telemetry?: TelemetryService;

  /** The locale in effect. */
  get effectiveLocale(): Locale {
    return this.locale ?? this.shop?.locale ?? toLocale(document.documentElement.lang);
  }

  /** The shop's time zone (Europe/Helsinki unless the shop says otherwise). */
  get timeZone(): string {
    return this.shop?.timeZone ?? 'Europe/Helsinki';
  }
}
