import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { experimentsContext } from '../base/context.js';
import type { ExperimentsService, FeatureDecision } from '../../services/experiments/types.js';
export { KIT_FEATURES } from '../../services/experiments/features.js';

export interface ExperimentControllerOptions {
  /** Returns why a value cannot be used (it then falls back to the default and is not exposed), or undefined. */
  validate?: (value: unknown) => string | undefined;
  /**
   * The element whose visibility means "shown", when it is not the host itself: e.g. a CTA inside a closed
   * `<dialog>`, which is rendered but not seen until the dialog opens. Null while it is not rendered.
   */
  shownElement?: () => Element | null | undefined;
  /**
   * Loads what `validate` needs for `value` when that is not loaded yet (the CTA's colour contrast check, only
   * when a colour variant arrives): returns a promise, and the feature stays undecided (its space reserved) until
   * it settles; undefined when nothing needs loading. Asked once per decision: after a failed load `validate`
   * decides with what it has (and says why it refuses).
   */
  load?: (value: unknown) => Promise<unknown> | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & { isUpdatePending?: boolean };

/**
 * Reads one experiment-driven feature for an element, flicker-free and with render-time exposure.
 *
 * - `value` is decided before the host's first paint when features are known then (inline payload, cache, a
 *   ready GrowthBook instance). Otherwise `ready` is false and the host renders `reserve(content)` (its content,
 *   invisible, so the space is kept) until the service settles, at most its `timeoutMs`; then whatever is known.
 * - Once decided, `value` never changes in this page view (a replaced provider configuration is a new view).
 * - Reading `value` while the host renders marks it shown: after that render, if the host is connected and
 *   visible, the experiment's exposure is recorded (once per experiment per page view, by the service).
 *
 * Without an experiments provider, `value` is the default at once.
 */
export class ExperimentController<T> implements ReactiveController {
  readonly key: string;
  readonly defaultValue: T;
  readonly #host: Host;
  readonly #validate: ((value: unknown) => string | undefined) | undefined;
  readonly #shownElement: (() => Element | null | undefined) | undefined;
  readonly #load: ((value: unknown) => Promise<unknown> | undefined) | undefined;
  /** What `load` asked for this decision: pending, or done (loaded, failed or nothing needed). */
  #loading: Promise<unknown> | 'done' | undefined;
  #service: ExperimentsService | undefined;
  #requested = false;
  #decision: FeatureDecision<T> | undefined;
  #waitingFor: Promise<unknown> | undefined;
  #shown = false;
  #exposed = false;
  #observer: IntersectionObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, key: string, defaultValue: T, options: ExperimentControllerOptions = {}) {
    this.#host = host;
    this.key = key;
    this.defaultValue = defaultValue;
    this.#validate = options.validate;
    this.#shownElement = options.shownElement;
    this.#load = options.load;
    // The consumer first, so that by our hostConnected the context request has been answered.
    new ContextConsumer(host, {
      context: experimentsContext,
      subscribe: true,
      callback: (service) => this.#onService(service),
    });
    host.addController(this);
  }

  /** True once the value is decided (it will not change in this page view). */
  get ready(): boolean {
    return this.#decide() !== undefined;
  }

  /** The value to render; the default until `ready`. Reading it during the host's update marks it shown. */
  get value(): T {
    const decision = this.#decide();
    if (!decision) return this.defaultValue;
    if (this.#host.isUpdatePending !== false) this.#shown = true;
    return decision.value;
  }

  /** The decision with its experiment and variation, without marking anything shown. */
  get decision(): FeatureDecision<T> | undefined {
    return this.#decide();
  }

  /** `content` once ready; before that the same content invisible and hidden from assistive technology. */
  reserve(content: unknown): unknown {
    return this.ready ? content : reserved(content);
  }

  hostConnected(): void {
    this.#requested = true;
    if (this.#shown && !this.#exposed) this.#exposeWhenVisible();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  hostUpdated(): void {
    if (!this.#shown || this.#exposed) return;
    this.#exposeWhenVisible();
    // hostUpdated runs before the host's own updated(), where e.g. a dialog is opened: look again after it.
    if (!this.#exposed) void this.#host.updateComplete.then(() => this.#exposeWhenVisible());
  }

  #onService(service: ExperimentsService | undefined): void {
    if (service === this.#service) return;
    const replaced = this.#service !== undefined;
    this.#service = service;
    if (replaced) {
      // A new provider configuration (e.g. QA forcing another variation) starts a new view for this element.
      this.#decision = undefined;
      this.#loading = undefined;
      this.#shown = false;
      this.#exposed = false;
      this.#observer?.disconnect();
      this.#observer = undefined;
    }
    this.#host.requestUpdate();
  }

  #decide(): FeatureDecision<T> | undefined {
    if (this.#decision) return this.#decision;
    const service = this.#service;
    if (!service) {
      if (!this.#requested) return undefined;
      // No provider answered: defaults, decided now.
      this.#decision = { feature: this.key, value: this.defaultValue, exposable: false };
      return this.#decision;
    }
    // A feature the server decided is final at once: no reserved frame, no wait for GrowthBook in the browser.
    if (service.ready === false && service.settled && !service.decidedOnServer?.(this.key)) {
      // A feature the server left undecided: now GrowthBook in the browser is needed (if it was put off).
      service.load?.();
      this.#wait(service, service.settled);
      return undefined;
    }
    const loading = this.#loadFor(service);
    if (loading) {
      this.#wait(service, loading);
      return undefined;
    }
    try {
      this.#decision = service.decide
        ? service.decide(this.key, this.defaultValue, this.#validate)
        : { feature: this.key, value: service.getFeatureValue(this.key, this.defaultValue), exposable: false };
    } catch {
      this.#decision = { feature: this.key, value: this.defaultValue, exposable: false };
    }
    return this.#decision;
  }

  /** What `load` is still loading for the value `service` gives, if anything (asked once per decision). */
  #loadFor(service: ExperimentsService): Promise<unknown> | undefined {
    if (!this.#load || this.#loading === 'done') return undefined;
    if (!this.#loading) {
      let pending: Promise<unknown> | undefined;
      try {
        // A look at the value only (no validation, no exposure): the decision itself follows once loaded.
        pending = this.#load(service.getFeatureValue(this.key, this.defaultValue));
      } catch {
        pending = undefined;
      }
      if (!pending) {
        this.#loading = 'done';
        return undefined;
      }
      const done = () => {
        if (this.#loading === settled) this.#loading = 'done';
      };
      const settled: Promise<unknown> = pending.then(done, done);
      this.#loading = settled;
    }
    return this.#loading;
  }

  #wait(service: ExperimentsService, settled: Promise<unknown>): void {
    if (this.#waitingFor === settled) return;
    this.#waitingFor = settled;
    void settled.then(() => {
      if (this.#service === service) this.#host.requestUpdate();
    });
  }

  #exposeWhenVisible(): void {
    const host = this.#host;
    if (this.#exposed || !host.isConnected || !this.#decision?.exposable) return;
    const target = this.#shownElement ? this.#shownElement() : host;
    // Not rendered yet: the next update of the host checks again.
    if (!target) return;
    if (isVisible(target)) {
      this.#exposed = true;
      this.#observer?.disconnect();
      this.#observer = undefined;
      this.#service?.expose?.(this.#decision);
      return;
    }
    if (this.#observer || typeof IntersectionObserver === 'undefined') return;
    // Rendered but not displayed (display: none, a closed <details>): expose when it gets a box. The huge margin
    // makes "intersecting" mean "has a box anywhere on the page", so an element below the fold counts as shown too.
    this.#observer = new IntersectionObserver(() => {
      if (isVisible(target)) this.#exposeWhenVisible();
    }, { rootMargin: '100000px' });
    this.#observer.observe(target);
  }
}

function isVisible(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function') return true;
  return el.checkVisibility() || getComputedStyle(el).display === 'contents';
}

const RESERVED = 'display: contents; visibility: hidden';

/**
 * Content kept in the layout but invisible and inert. The style is set as a property (CSSOM), not as a `style`
 * attribute, which strict CSPs (style-src without 'unsafe-inline') refuse; Lit's styleMap sets the attribute on
 * first render.
 */
export function reserved(content: unknown): unknown {
  return html`<span class="sf-experiment-reserved" .style=${RESERVED} aria-hidden="true" inert>${content}</span>`;
}
