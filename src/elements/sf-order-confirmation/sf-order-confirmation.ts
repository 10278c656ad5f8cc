import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Order } from '../../core/model.js';
import { formatPhone } from '../../core/checkout.js';
import { checkoutMessages } from '../../messages/checkout.js';
import { formatMoney } from '../../core/money.js';
import { SfElement } from '../base/sf-element.js';
import { HistoryController } from '../controllers/history-controller.js';
import { orderStatusText } from './status.js';
import { validateOrder } from '../../core/validate-order.js';
import { dateCheck, validated, type PropertyCheck } from '../base/property-checks.js';

/**
 * The confirmation after an order: its number, what was bought, the totals, and a transparent status with the
 * promised date in the same words the delivery-promise badge used ("Your order is on its way; ...").
 *
 * @tag sf-order-confirmation
 * @summary Order confirmation with number, lines, totals and the delivery promise.
 * @csspart heading - The "Thank you" heading (focusable, tabindex -1).
 * @csspart status - The order status and promised date.
 * @csspart lines - The list of ordered lines.
 * @csspart totals - The totals.
 * @cssproperty --sf-order-confirmation-accent - Colour of the status bar.
 * @since 0.1.0
 * @status experimental
 */
export class SfOrderConfirmation extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: block;
      }
      [role='heading'] {
        margin: 0 0 var(--_sf-space-2);
        font-weight: 700;
        line-height: 1.25;
      }
      .title {
        font-size: 1.5rem;
      }
      .title:focus {
        outline: none;
      }
      .title:focus-visible {
        outline: var(--_sf-focus-width) solid var(--_sf-color-focus);
      }
      .sub {
        font-size: 1.125rem;
      }
      p {
        margin: 0 0 var(--_sf-space-2);
      }
      [part='status'] {
        padding: var(--_sf-space-3) var(--_sf-space-4);
        border-inline-start: 4px solid var(--sf-order-confirmation-accent, var(--_sf-color-primary));
        background: var(--_sf-color-surface-subtle);
        margin-block: var(--_sf-space-3);
      }
      section {
        padding-block: var(--_sf-space-3);
        border-block-start: 1px solid var(--_sf-color-border-subtle);
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: var(--_sf-space-1);
      }
      li,
      dl div {
        display: flex;
        justify-content: space-between;
        gap: var(--_sf-space-2);
      }
      dl {
        margin: 0;
        display: grid;
        gap: var(--_sf-space-1);
      }
      dt,
      dd {
        margin: 0;
      }
      .grand {
        font-weight: 700;
      }
    `,
  ];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    // An unreadable placedAt still shows: the status is then told from the element's own time.
    order: validated((v) => validateOrder(v, { readableDates: false })),
    now: dateCheck,
  };

  /** The placed order (from `sf-order-placed` or the adapter's `getOrder`). */
  @property({ attribute: false }) order?: Order;

  /**
   * A fixed moment the status is told from ("tomorrow" is relative to it); wins over `clock` while set.
   * @deprecated Set `clock` instead: `el.clock = new ManualClock(date)`.
   */
  @property({ attribute: false }) now?: Date;

  readonly #history = new HistoryController(this);
  #recordedOrder = '';

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The shopper's own history learns what was bought, so nothing recommends it again.
    const order = this.order;
    const history = this.#history.history;
    if (order && history && order.code !== this.#recordedOrder) {
      this.#recordedOrder = order.code;
      history.recordPurchase(order.lines.map((l) => l.productId));
    }
  }

  /** Moves focus to the "Thank you" heading (after the order was placed, so screen readers start here). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part=heading]')?.focus();
  }

  protected override render() {
    const order = this.order;
    if (!order) return nothing;
    const locale = this.effectiveLocale;
    const t = checkoutMessages[locale];
    // The "Thank you" heading is at `heading-level`; section headings one lower.
    const level = this.headingLevelAt();
    const sub = this.headingLevelAt(1);
    const m = (x: { amount: number; currency: string }) => formatMoney(x, locale);
    const status = orderStatusText(order, { now: this.now ?? this.currentTime(), locale });
    const a = order.shippingAddress;
    const point = order.pickupPoint;
    return html`
      <div role="heading" aria-level=${level} class="title" part="heading" tabindex="-1">${t.thanks}</div>
      <p><strong>${t.orderNumber(order.code)}</strong></p>
      <p>${t.emailSent(order.contact.email)}</p>
      <div part="status" role="status">
        <p><span class="visually-hidden">${t.status}: </span>${status}</p>
      </div>
      <section aria-labelledby="lines-title">
        <div role="heading" aria-level=${sub} class="sub" id="lines-title">${t.whatYouOrdered}</div>
        <ul part="lines">
          ${order.lines.map(
            (l) => html`<li><span>${l.name}${l.variantName ? ` (${l.variantName})` : ''} · ${t.quantity(l.quantity)}</span><span>${m(l.lineTotal)}</span></li>`,
          )}
        </ul>
      </section>
      <section aria-label=${t.total}>
        <dl part="totals">
          <div><dt>${t.subtotal}</dt><dd>${m(order.subtotal)}</dd></div>
          ${order.discountTotal.amount > 0 ? html`<div><dt>${t.discounts}</dt><dd>−${m(order.discountTotal)}</dd></div>` : nothing}
          <div><dt>${t.shipping}</dt><dd>${order.shipping.amount === 0 ? t.free : m(order.shipping)}</dd></div>
          <div class="grand"><dt>${t.total}</dt><dd>${m(order.total)}</dd></div>
        </dl>
        <p>${t.vat(m(order.vat))}</p>
      </section>
      <section aria-labelledby="delivery-title">
        <div role="heading" aria-level=${sub} class="sub" id="delivery-title">${point ? t.pickUpAt : t.deliverTo}</div>
        ${point
          ? html`<p>${point.name}<br />${point.address.street}, ${point.address.postalCode} ${point.address.city}</p>`
          : html`<p>${a.name}<br />${a.street}<br />${a.postalCode} ${a.city}</p>`}
        <p>${order.deliveryMethod.name} (${order.deliveryMethod.carrier})</p>
        <p>${order.contact.email} · ${formatPhone(order.contact.phone)}</p>
        <p>${t.paidWith}: ${order.paymentMethod.name}</p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-order-confirmation': SfOrderConfirmation;
  }
}
