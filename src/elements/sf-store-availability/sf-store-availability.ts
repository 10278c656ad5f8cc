import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import type { Product, StoreAvailability } from '../../core/model.js';
import { validateProduct } from '../../core/validate.js';
import { describeStorePickup } from '../../messages/describe-delivery.js';
import { productMessages } from '../../messages/product.js';
import { commonMessages } from '../../messages/common.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { numberCheck, validated, type PropertyCheck } from '../base/property-checks.js';
import { ClockController } from '../controllers/clock-controller.js';

/**
 * For the chosen variant, stock in each of the shop's stores and when it can be picked up there, in the delivery
 * promise's words: "In stock at Kamppi: pick up today after 17:00", "Order by 14:00, pick up tomorrow after 17:00 at
 * Tampere", "Not available at Turku". The data comes from the adapter's optional `getStoreAvailability`; with an
 * adapter that lacks it the element renders nothing (`:state(unsupported)`), as a shop without stores expects.
 *
 * `<sf-variant-picker>` and `<sf-product-detail>` set `product` and `variantId` on it; it reloads when they or
 * `quantity` change. "today" and "tomorrow" follow the element's clock in the shop's time zone (re-worded each
 * minute), and a passed "Order by" cut-off reloads the stores rather than offer a time that is gone.
 *
 * @tag sf-store-availability
 * @summary Stock per store and pickup time for the chosen variant (click & collect).
 * @csspart heading - "Pick up in store".
 * @csspart stores - The list of stores.
 * @csspart store - One store's line.
 * @csspart status - Loading, error or "choose an option" text.
 * @cssproperty --sf-store-availability-in-stock-color - Marker of a store that has it on the shelf.
 * @cssstate unsupported - The adapter has no store availability: nothing is shown.
 * @cssstate loading - While the stores are being checked.
 * @since 0.1.0
 * @status experimental
 */
export class SfStoreAvailability extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      [part='heading'] {
        margin: 0 0 var(--_sf-space-2);
        font-size: var(--_sf-font-size-m);
      }
      [part='stores'] {
        margin: 0;
        padding: 0;
        list-style: none;
        /* Room for three stores before the answer arrives: no shift when it does. */
        min-block-size: calc(3 * var(--_sf-line-height) * 1em);
      }
      [part='store'] {
        display: flex;
        gap: var(--_sf-space-2);
        align-items: baseline;
      }
      .marker {
        inline-size: 0.6em;
        block-size: 0.6em;
        border-radius: 50%;
        flex: none;
        background: var(--_sf-color-border-strong);
      }
      .marker.shelf {
        background: var(--sf-store-availability-in-stock-color, var(--_sf-color-success));
      }
      [part='status'] {
        margin: 0;
        min-block-size: calc(3 * var(--_sf-line-height) * 1em);
        color: var(--_sf-color-text-muted);
      }
      button {
        font: inherit;
        min-block-size: 2.75rem;
      }
    `,
  ];

  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    product: validated(validateProduct),
    quantity: numberCheck({ min: 1, max: 9999, integer: true, optional: false }),
  };

  /** The product whose variant is asked about (set by the variant picker or product detail). */
  @property({ attribute: false }) product?: Product;

  /** The variant to check. */
  @property({ attribute: 'variant-id' }) variantId?: string;

  /** Units wanted: a store with fewer on its shelf offers a transfer from the warehouse instead. */
  @property({ type: Number }) quantity = 1;

  protected static override defaultHeadingLevel = 3;

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  readonly #clock = new ClockController(this);
  #refreshedFor?: string;

  #task = new Task(this, {
    task: async ([adapter, variantId, quantity], { signal }) => {
      if (!adapter?.getStoreAvailability || !variantId) return undefined;
      return adapter.getStoreAvailability(variantId, { quantity, signal });
    },
    args: () => [this.adapter, this.variantId, this.quantity] as const,
  });

  get #supported(): boolean {
    return typeof this.adapter?.getStoreAvailability === 'function';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#clock.clock = this.effectiveClock;
    this.toggleState('unsupported', !this.#supported);
    this.toggleState('loading', this.#task.status === TaskStatus.PENDING);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const stores = this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
    const deadlines = (stores ?? []).map((s) => Date.parse(s.pickup?.orderBy ?? '')).filter((t) => !Number.isNaN(t));
    const next = deadlines.length ? Math.min(...deadlines) : undefined;
    this.#clock.wakeAt(next);
    // A cut-off that has passed changes the pickup day: ask again, once per answer.
    if (next !== undefined && next <= this.#clock.now.getTime()) {
      const key = `${this.variantId}|${next}`;
      if (this.#refreshedFor !== key) {
        this.#refreshedFor = key;
        // After this update, not inside it.
        queueMicrotask(() => void this.#task.run());
      }
    }
  }

  protected override render() {
    if (!this.#supported) return nothing;
    const t = productMessages[this.effectiveLocale];
    const level = this.headingLevelAt();
    const heading = html`<div part="heading" role="heading" aria-level=${level}>${t.stores}</div>`;
    const variant = this.product?.variants.find((v) => v.id === this.variantId);
    if (!this.variantId || (this.product && !variant)) {
      return html`${heading}<p part="status">${t.chooseVariant}</p>`;
    }
    return html`${heading}${this.#task.render({
      // One template for "not asked yet" and "asking": the server renders the first (its tasks do not run), the
      // browser's first render the second, and hydration needs the same template in both.
      initial: () => this.#checking(false),
      pending: () => (this.#task.value ? this.#list(this.#task.value, true) : this.#checking(true)),
      complete: (stores) => (stores ? this.#list(stores, false) : nothing),
      error: () => html`<div part="status" role="alert">${t.storesError}
        <button type="button" @click=${() => void this.#task.run()}>${commonMessages[this.effectiveLocale].retry}</button></div>`,
    })}`;
  }

  #checking(busy: boolean) {
    return html`<p part="status" aria-busy=${busy ? 'true' : nothing}>${productMessages[this.effectiveLocale].storesLoading}</p>`;
  }

  #list(stores: readonly StoreAvailability[], busy: boolean) {
    const t = productMessages[this.effectiveLocale];
    if (stores.length === 0) return html`<p part="status">${t.storesNone}</p>`;
    const now = this.#clock.now;
    return html`<ul part="stores" aria-busy=${busy ? 'true' : 'false'}>
      ${stores.map((s) => html`<li part="store">
        <span class="marker ${s.pickup && !s.pickup.orderBy ? 'shelf' : ''}" aria-hidden="true"></span>
        <span>${describeStorePickup(s, { now, locale: this.effectiveLocale, timeZone: this.timeZone })}.</span>
      </li>`)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-store-availability': SfStoreAvailability;
  }
}
