import { html, nothing, type TemplateResult } from 'lit';
import {
  blockingChanges, cartChanges, checkoutTotals, deliveryPrice, formatPhone, normalisePhone, type CheckoutStep,
} from '../../../core/checkout.js';
import { formatMoney, type Money } from '../../../core/money.js';
import type { Cart, DeliveryMethod, PaymentMethod, PickupPoint } from '../../../core/model.js';
import { checkoutMessages } from '../../../messages/checkout.js';
import { commonMessages } from '../../../messages/common.js';
import type { Loaded, PlacementState, StepView } from './view.js';

/** What the review shows besides the draft. */
export interface ReviewData {
  cart: Cart;
  methods: Loaded<readonly DeliveryMethod[]>;
  points: Loaded<readonly PickupPoint[]>;
  payments: Loaded<readonly PaymentMethod[]>;
  placement: PlacementState;
  /** The shop's provider element filled the `payment` slot. */
  slotted: boolean;
  /** Wraps the Place order button for the CTA experiment (reserved space, tokens on the host). */
  cta(button: TemplateResult): unknown;
}

/** The review step: what changed, lines, contact, delivery, payment, totals, then Place order. */
export function renderReview(view: StepView, data: ReviewData): TemplateResult {
  const { locale, draft: d } = view;
  const { cart, placement } = data;
  const t = checkoutMessages[locale];
  const c = commonMessages[locale];
  const method = data.methods.value?.find((m) => m.id === d.deliveryMethodId);
  const totals = checkoutTotals(cart, method ? deliveryPrice(method, cart) : null);
  const point = data.points.value?.find((p) => p.id === d.pickupPointId);
  const payment = data.payments.value?.find((p) => p.id === d.paymentMethodId);
  const blocked = blockingChanges(cartChanges(cart, null)).length > 0;
  const error = placement.error;
  const money = (m: Money) => formatMoney(m, locale);
  const section = (step: CheckoutStep, title: string, body: unknown) => html`<section aria-labelledby="s-${step}">
    <div class="section-head">
      <div role="heading" aria-level=${view.level(1)} class="sub-heading" id="s-${step}">${title}</div>
      ${step === 'review'
        ? nothing
        : html`<button type="button" class="link" @click=${() => view.go(step)}>${t.change}<span class="visually-hidden"> ${title}</span></button>`}
    </div>
    ${body}
  </section>`;
  return html`
    ${renderChanges(view, placement)}
    ${section('review', t.yourOrder, html`<ul class="lines">
      ${cart.lines.map((l) => html`<li><span>${l.name}${l.variantName ? ` (${l.variantName})` : ''} · ${t.quantity(l.quantity)}</span><span class="price">${money(l.lineTotal)}</span></li>`)}
    </ul>`)}
    ${section('contact', t.contactHeading, html`<p>${d.contact.email.trim()}</p><p>${formatPhone(normalisePhone(d.contact.phone) ?? d.contact.phone)}</p>`)}
    ${section('delivery', t.deliveryHeading, html`
      <p>${d.address.name}<br />${d.address.street}<br />${d.address.postalCode} ${d.address.city}</p>
      ${method ? html`<p>${method.name} (${method.carrier})${point ? html`: ${point.name}, ${point.address.street}, ${point.address.city}` : nothing}</p>
        <sf-delivery-promise .method=${method} .now=${view.now} .placeName=${point?.name} locale=${view.localeAttribute ?? nothing}></sf-delivery-promise>` : nothing}`)}
    ${section('payment', t.paymentHeading, html`<p>${payment?.name ?? (data.slotted ? t.slottedPayment : '')}</p>`)}
    <section aria-label=${t.total}>
      <dl class="totals">
        <div><dt>${t.subtotal}</dt><dd>${money(totals.subtotal)}</dd></div>
        ${totals.discountTotal.amount > 0 ? html`<div><dt>${t.discounts}</dt><dd>−${money(totals.discountTotal)}</dd></div>` : nothing}
        <div><dt>${t.shipping}</dt><dd>${totals.shipping ? (totals.shipping.amount === 0 ? t.free : money(totals.shipping)) : '–'}</dd></div>
        <div class="grand"><dt>${t.total}</dt><dd>${money(totals.total)}</dd></div>
      </dl>
      <p class="note">${t.vat(money(totals.vat))}</p>
    </section>
    ${error
      ? html`<div class="notice" role="alert">
          <p><strong>${t.failed}</strong> ${c[`error.${error.code}`]}</p>
          ${error.retryable ? html`<p>${t.retrySafe}</p>` : nothing}
        </div>`
      : nothing}
    <p class="note" id="place-note">${t.placeNote(money(totals.total))}</p>
    <div class="actions">
      ${data.cta(html`<button
        class="cta"
        part="place-order"
        type="submit"
        aria-describedby="place-note"
        aria-disabled=${placement.placing || blocked ? 'true' : 'false'}
        aria-busy=${placement.placing ? 'true' : 'false'}
      >
        ${placement.placing ? t.placing : error?.retryable ? c.retry : t.placeOrder}
      </button>`)}
    </div>
  `;
}

/** What changed in the cart since the shopper last saw it, and whether to press Place order again. */
function renderChanges(view: StepView, placement: PlacementState): TemplateResult | typeof nothing {
  if (placement.changes.length === 0) return nothing;
  const t = checkoutMessages[view.locale];
  const m = (x: Money) => formatMoney(x, view.locale);
  return html`<div class="notice" role="status">
    <div role="heading" aria-level=${view.level(1)} class="sub-heading">${t.changesHeading}</div>
    <ul>
      ${placement.changes.map((c) => {
        switch (c.kind) {
          case 'price-changed': return html`<li>${t.priceChanged(c.name, m(c.previous), m(c.current))}</li>`;
          case 'stock-reduced': return html`<li>${t.stockReduced(c.name, c.available)}</li>`;
          case 'unavailable': return html`<li>${t.unavailable(c.name)}</li>`;
          case 'removed': return html`<li>${t.removed(c.name)}</li>`;
          case 'added': return html`<li>${t.added(c.name)}</li>`;
        }
      })}
    </ul>
    ${placement.confirmAgain ? html`<p>${t.confirmAgain}</p>` : nothing}
  </div>`;
}
