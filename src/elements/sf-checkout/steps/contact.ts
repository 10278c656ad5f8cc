import { html, type TemplateResult } from 'lit';
import { checkoutMessages } from '../../../messages/checkout.js';
import { textInput, type StepView } from './view.js';

/** The contact step: email and phone, as a guest. */
export function renderContact(view: StepView): TemplateResult {
  const t = checkoutMessages[view.locale];
  return html`
    <p class="note">${t.guest}</p>
    ${textInput(view, 'email', t.email, { type: 'email', autocomplete: 'email', hint: t.emailHint, spellcheck: false })}
    ${textInput(view, 'phone', t.phone, { type: 'tel', autocomplete: 'tel', hint: t.phoneHint })}
  `;
}
