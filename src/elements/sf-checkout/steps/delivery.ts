import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { deliveryPrice, needsPickupPoint, postalCodeOrNull } from '../../../core/checkout.js';
import { formatMoney } from '../../../core/money.js';
import type { Cart, DeliveryMethod, PickupPoint } from '../../../core/model.js';
import { checkoutMessages, countryNote, postalCodeHint } from '../../../messages/checkout.js';
import { commonMessages } from '../../../messages/common.js';
import { groupError, loadStatus, textInput, type Loaded, type StepView } from './view.js';

/** What the delivery step shows besides the draft: the cart, the methods and the points near the postcode. */
export interface DeliveryData {
  cart: Cart;
  methods: Loaded<readonly DeliveryMethod[]>;
  points: Loaded<readonly PickupPoint[]>;
}

/** The delivery step: address, then the methods, each with its price and delivery promise, and pickup points. */
export function renderDelivery(view: StepView, data: DeliveryData): TemplateResult {
  const { locale, address } = view;
  const t = checkoutMessages[locale];
  const methods = data.methods.value;
  const methodError = view.fields.errors.deliveryMethod;
  return html`
    <fieldset>
      <legend>${t.address}</legend>
      ${textInput(view, 'name', t.name, { autocomplete: 'name' })}
      ${textInput(view, 'street', t.street, { autocomplete: 'street-address' })}
      ${textInput(view, 'postalCode', t.postalCode, { autocomplete: 'postal-code', inputmode: 'numeric', hint: postalCodeHint(locale, address.postalCode), short: true })}
      ${textInput(view, 'city', t.city, { autocomplete: 'address-level2' })}
      <p class="note">${countryNote(locale, address.country)}</p>
    </fieldset>
    <fieldset id="g-deliveryMethod" class=${methodError ? 'invalid' : ''} aria-describedby=${methodError ? 'e-deliveryMethod' : nothing}>
      <legend>${t.deliveryMethod}</legend>
      ${groupError(view, 'deliveryMethod')}
      ${!methods
        ? loadStatus(locale, data.methods, t.loadingMethods)
        : html`<div class="options">${methods.map((m) => renderMethod(view, m, data))}</div>`}
    </fieldset>
  `;
}

function renderMethod(view: StepView, m: DeliveryMethod, data: DeliveryData): TemplateResult {
  const { locale, draft } = view;
  const t = checkoutMessages[locale];
  const price = deliveryPrice(m, data.cart);
  const checked = draft.deliveryMethodId === m.id;
  const placeName = checked ? data.points.value?.find((p) => p.id === draft.pickupPointId)?.name : undefined;
  return html`<div class="option">
      <input
        type="radio"
        name="deliveryMethod"
        id="m-${m.id}"
        value=${m.id}
        .checked=${live(checked)}
        aria-describedby="p-${m.id}"
        @change=${() => view.fields.choose({ deliveryMethodId: m.id, deliveryKind: m.kind, pickupPointId: '' }, 'deliveryMethod')}
      />
      <label for="m-${m.id}">${m.name} <span class="detail">(${m.carrier})</span></label>
      <span class="price">${price.amount === 0 ? t.free : formatMoney(price, locale)}</span>
      <sf-delivery-promise
        id="p-${m.id}"
        .method=${m}
        .now=${view.now}
        .placeName=${m.kind === 'home' ? undefined : placeName}
        locale=${view.localeAttribute ?? nothing}
      ></sf-delivery-promise>
    </div>
    ${checked && needsPickupPoint(m.kind) ? renderPoints(view, m, data.points) : nothing}`;
}

function renderPoints(view: StepView, m: DeliveryMethod, loaded: Loaded<readonly PickupPoint[]>): TemplateResult {
  const { locale, draft, address } = view;
  const t = checkoutMessages[locale];
  const error = view.fields.errors.pickupPoint;
  const points = loaded.value;
  // Distances in the shopper's language as written in the shipping country (a code Intl cannot read: the language's).
  const km = new Intl.NumberFormat(/^[A-Z]{2}$/.test(address.country) ? `${locale}-${address.country}` : locale, { maximumFractionDigits: 1 });
  return html`<fieldset id="g-pickupPoint" class="nested ${error ? 'invalid' : ''}" aria-describedby=${error ? 'e-pickupPoint' : nothing}>
    <legend>${m.kind === 'store' ? t.store : t.pickupPoint}</legend>
    ${groupError(view, 'pickupPoint')}
    ${postalCodeOrNull(draft.address.postalCode, address) === null
      ? html`<p class="note">${t.pointsNeedPostcode}</p>`
      : !points
        ? loadStatus(locale, loaded, commonMessages[locale].loading)
        : html`<div class="options">
            ${points.slice(0, 5).map(
              (p) => html`<div class="option">
                <input
                  type="radio"
                  name="pickupPoint"
                  id="pp-${p.id}"
                  value=${p.id}
                  .checked=${live(draft.pickupPointId === p.id)}
                  aria-describedby="ppd-${p.id}"
                  @change=${() => view.fields.choose({ pickupPointId: p.id }, 'pickupPoint')}
                />
                <label for="pp-${p.id}">${p.name}</label>
                <span class="detail" id="ppd-${p.id}">
                  ${p.address.street}, ${p.address.postalCode} ${p.address.city}${p.distanceMeters !== undefined ? html` · ${t.distance(km.format(p.distanceMeters / 1000))}` : nothing}${p.openingHours ? html` · ${p.openingHours}` : nothing}
                </span>
              </div>`,
            )}
          </div>`}
  </fieldset>`;
}
