import { LitElement, isServer, type ReactiveElement, type CSSResultGroup, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { systemClock, type Clock } from '../../core/clock.js';
import { toLocale, type Locale } from '../../core/locale.js';
import { hasAnyMessages, hasMessages } from '../../messages/catalog.js';
import { loadMessages } from '../../messages/locales/load.js';
import { shopContext, snapshotContext, telemetryContext, type ShopSettings } from './context.js';
import type { ShopSnapshot } from '../../core/snapshot.js';
import { baseStyles } from './styles.js';
import { providerOnItsWay, renderRootCreated } from './render-roots.js';
import { PropertyGuard, methodsCheck, oneOfCheck, type PropertyCheck } from './property-checks.js';
import type { TelemetryService } from '../../services/telemetry/types.js';

/** A heading level clamped to 1–6; a value that is not a number (`heading-level="x"`) gives `fallback`. */
export function clampHeadingLevel(level: number, fallback = 2): number {
  const n = Number(level);
  return Number.isNaN(n) ? fallback : Math.min(6, Math.max(1, Math.trunc(n)));
}

/**
 * The base of every kit element. It owns what elements share, so each element declares only what is its own:
 *
 * - `ElementInternals`, attached once (never on the server) and reached through `internals`;
 * - custom states through `toggleState()`, which never throws (engines without `CustomStateSet`, or with the old
 *   `--name` syntax only);
 * - `headingLevel` (`heading-level`), clamped to 1–6 the same way everywhere by `headingLevelAt()`;
 * - `clock`, the one way to fix or drive time (`el.clock = new ManualClock(date)`);
 * - the locale and shop settings from context (`effectiveLocale`, `timeZone`), and telemetry;
 * - the shared styles: `static styles` holds the token sheet, the focus ring and `.visually-hidden`; an element
 *   adds its own sheet after them (`static override styles = [SfElement.styles, ownStyles]`);
 * - property checks: every value the page sets on a property passes `propertyChecks` (or the check its declaration
 *   implies: finite numbers, strings) before render; a refused value falls back (the empty state for data, the
 *   last good value for a setting) and `warnOnce()` names the element and the property in the console.
 */
export class SfElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The heading level an element renders when the page sets none (or sets something that is not a number). */
  protected static defaultHeadingLevel = 2;

  /** Level of the element's top heading, to fit the page's outline (1–6; sub-headings follow it). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number;

  /**
   * Checks on the element's own properties, by name (see property-checks.ts). A subclass declares only its own;
   * the base's and those implied by declarations (`type: Number`, plain string attributes) apply too.
   */
  protected static propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    locale: oneOfCheck(['fi', 'sv', 'en'], { optional: true }),
    clock: methodsCheck('now'),
  };

  /** Overrides the shop's locale for this element: `fi`, `sv` or `en`. */
  @property({ reflect: true }) locale?: Locale;

  /**
   * Where time comes from: the page's clock unless set. Tests and stories fix or drive time with
   * `el.clock = new ManualClock(date)` (from `storefront-elements/core`).
   */
  @property({ attribute: false }) clock?: Clock;

  @consume({ context: shopContext, subscribe: true })
  protected shop?: ShopSettings;

  @consume({ context: telemetryContext, subscribe: true })
  protected telemetry?: TelemetryService;

  /** What the server loaded for this page (`<sf-shop snapshot>`): elements that load data render it instead. */
  @consume({ context: snapshotContext, subscribe: true })
  protected serverData?: ShopSnapshot;

  #internals?: ElementInternals;
  #guard = new PropertyGuard(this);

  constructor() {
    super();
    this.headingLevel = (this.constructor as typeof SfElement).defaultHeadingLevel;
  }

  /** The locale in effect: the element's own, else the shop's, else the document's `lang` (English on the server). */
  get effectiveLocale(): Locale {
    return this.locale ?? this.shop?.locale ?? toLocale(isServer ? undefined : document.documentElement.lang);
  }

  /**
   * Loads the words of the locale in effect before an update renders them (once per language and page): the first
   * render waits for them, and a language switch keeps the old words on screen until the new ones have arrived.
   * With the autoloader, the first render also waits for a provider around the element that is still loading.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Loaded by the autoloader ahead of the <sf-shop> around it: the first render waits for the shop (its locale,
    // its data), as it would have had it with the elements registered in order.
    const provider = this.hasUpdated || isServer ? undefined : providerOnItsWay(this);
    if (provider) {
      return customElements
        .whenDefined(provider.localName)
        // Its first update is what hands its settings (the shop's locale …) to the elements inside it.
        .then(() => (provider as Partial<ReactiveElement>).updateComplete)
        .then(() => this.scheduleUpdate());
    }
    // A malformed `locale` is refused later, in willUpdate (as English): load what will be rendered.
    const effective: unknown = this.effectiveLocale;
    const locale = toLocale(typeof effective === 'string' ? effective : undefined);
    if (isServer || hasMessages(locale)) return super.scheduleUpdate();
    return loadMessages(locale).then(
      () => super.scheduleUpdate(),
      (error: unknown) => {
        console.warn(`<${this.localName}>: the ${locale} messages could not be loaded (${String(error)}); retrying on the next update`);
        if (hasAnyMessages()) return super.scheduleUpdate();
        return undefined;
      },
    );
  }

  /** The shop's time zone (Europe/Helsinki unless the shop says otherwise). */
  get timeZone(): string {
    return this.shop?.timeZone ?? 'Europe/Helsinki';
  }

  /** The clock in effect: `clock`, else the page's. */
  protected get effectiveClock(): Clock {
    return this.clock ?? systemClock;
  }

  /** The time now by the clock in effect. */
  protected currentTime(): Date {
    return new Date(this.effectiveClock.now());
  }

  /** `headingLevel` clamped to 1–6, `offset` levels below it (sub-headings), still clamped. */
  protected headingLevelAt(offset = 0): number {
    const ctor = this.constructor as typeof SfElement;
    return clampHeadingLevel(clampHeadingLevel(this.headingLevel, ctor.defaultHeadingLevel) + offset);
  }

  /**
   * The element's `ElementInternals`, attached on first use or connection. Undefined on the server and in engines
   * without `attachInternals`.
   */
  protected get internals(): ElementInternals | undefined {
    if (!this.#internals && !isServer) {
      try {
        this.attachInternals();
      } catch {
        // No ElementInternals here: states are styling hooks only, and ARIA stays on the rendered parts.
      }
    }
    return this.#internals;
  }

  /**
   * Attaches once, as the platform does (a second call throws). An element that still calls it itself
   * (sf-checkout) shares the result with the base instead of racing it.
   */
  override attachInternals(): ElementInternals {
    const internals = super.attachInternals();
    this.#internals = internals;
    return internals;
  }

  /** Sets or clears a custom state (`:state(name)`), never throwing. */
  protected toggleState(name: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    // Chromium before 125 accepted only the dashed form (`:--name`); today's engines take the plain name.
    for (const state of [name, `--${name}`]) {
      try {
        if (on) states.add(state);
        else states.delete(state);
        return;
      } catch {
        // Try the other syntax.
      }
    }
  }

  /**
   * Warns in the console once per element, property and reason: `<sf-product-card> product: product.variants is
   * missing, not a list`. For values the page set that the element refused or cannot use.
   */
  warnOnce(property: string, reason: string): void {
    this.#guard.warnOnce(property, reason);
  }

  /** Remembers the last acceptable value of each setting, to go back to when a bad one is set. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration, useNewValue?: boolean, newValue?: unknown): void {
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
    // Lit's constructor requests an update before this class's fields exist.
    if (#guard in this) this.#guard.track(name);
  }

  /**
   * Checks every changed property before anything renders it. An element overriding `willUpdate` calls
   * `super.willUpdate(changed)` first.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#guard.apply(changed);
  }

  /** The shadow root, announced to the autoloader (if the page uses it) before anything renders into it. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    renderRootCreated(root);
    return root;
  }

  override connectedCallback(): void {
    // Before Lit's own connect and any subclass's: they may read what the page set.
    this.#guard.applyOnConnect();
    super.connectedCallback();
    // Attach before anything else can: the internals are the element's own.
    void this.internals;
  }
}
