import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PaymentMethod } from '../../../core/model.js';
import { checkoutMessages } from '../../../messages/checkout.js';
import { commonMessages } from '../../../messages/common.js';
import { groupError, loadStatus, textInput, type Loaded, type StepView } from './view.js';

/** What the payment step shows besides the draft. */
export interface PaymentData {
  methods: Loaded<readonly PaymentMethod[]>;
  /** The shop's provider element fills the `payment` slot: the adapter's methods are not offered. */
  slotted: boolean;
  /** A reload at the review with a card chosen: say why the card details are asked again. */
  cardAgain: boolean;
  onSlotChange(e: Event): void;
}

/** The payment step: the `payment` slot, else the adapter's methods (card details for the card method). */
export function renderPayment(view: StepView, data: PaymentData): TemplateResult {
  const { locale, draft } = view;
  const t = checkoutMessages[locale];
  const methods = data.methods.value;
  const error = view.fields.errors.paymentMethod;
  const slot = html`<slot name="payment" @slotchange=${data.onSlotChange}></slot>`;
  if (data.slotted) return html`<p class="note">${t.slottedPayment}</p>${slot}`;
  return html`${slot}
    <fieldset id="g-paymentMethod" class=${error ? 'invalid' : ''} aria-describedby=${error ? 'e-paymentMethod' : nothing}>
      <legend>${t.payment}</legend>
      ${groupError(view, 'paymentMethod')}
      ${!methods
        ? loadStatus(locale, data.methods, commonMessages[locale].loading)
        : html`<div class="options">
            ${methods.map(
              (m) => html`<div class="option">
                  <input
                    type="radio"
                    name="paymentMethod"
                    id="pm-${m.id}"
                    value=${m.id}
                    .checked=${live(draft.paymentMethodId === m.id)}
                    @change=${() => {
                      view.fields.forgetCard({ keepTyped: true });
                      view.fields.choose({ paymentMethodId: m.id, paymentKind: m.kind }, 'paymentMethod');
                    }}
                  />
                  <label for="pm-${m.id}">${m.name}</label>
                </div>
                ${m.kind === 'card' && draft.paymentMethodId === m.id ? renderCard(view, data.cardAgain) : nothing}`,
            )}
          </div>`}
    </fieldset>`;
}

function renderCard(view: StepView, cardAgain: boolean): TemplateResult {
  const t = checkoutMessages[view.locale];
  return html`<div class="nested options">
    ${cardAgain ? html`<p class="notice" role="status">${t.cardAgain}</p>` : html`<p class="note">${t.cardHint}</p>`}
    ${textInput(view, 'cardNumber', t.cardNumber, { autocomplete: 'cc-number', inputmode: 'numeric', spellcheck: false })}
    ${textInput(view, 'cardExpiry', t.cardExpiry, { autocomplete: 'cc-exp', inputmode: 'numeric', short: true })}
    ${textInput(view, 'cardCvc', t.cardCvc, { autocomplete: 'cc-csc', inputmode: 'numeric', short: true })}
  </div>`;
}
