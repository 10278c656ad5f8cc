import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AddressRules, CartChange, CheckoutDraft, CheckoutField, CheckoutStep, FieldErrors } from '../../../core/checkout.js';
import { toCommerceError, type CommerceError } from '../../../core/errors.js';
import type { Locale } from '../../../core/locale.js';
import { checkoutMessages, fieldErrorMessage } from '../../../messages/checkout.js';
import { commonMessages } from '../../../messages/common.js';

/** The field interaction state the steps render and report to (the checkout's `CheckoutFieldsController`). */
export interface StepFields {
  readonly errors: FieldErrors;
  readonly summary: readonly CheckoutField[];
  value(field: CheckoutField): string;
  input(field: CheckoutField, e: Event): void;
  blur(field: CheckoutField): void;
  choose(patch: Partial<CheckoutDraft>, field: CheckoutField): void;
  forgetCard(options?: { keepTyped?: boolean }): void;
  focusField(field: CheckoutField): void;
}

/** Where placing the order stands, for the review (the checkout's `OrderPlacementController`). */
export interface PlacementState {
  readonly placing: boolean;
  readonly error: CommerceError | null;
  readonly changes: readonly CartChange[];
  readonly confirmAgain: boolean;
}

/** What every step template reads from the checkout: plain data and the fields controller, no element. */
export interface StepView {
  /** The locale in effect. */
  readonly locale: Locale;
  /** The checkout's own `locale` attribute, handed on to the elements it renders. */
  readonly localeAttribute: Locale | undefined;
  readonly now: Date | undefined;
  readonly draft: CheckoutDraft;
  readonly fields: StepFields;
  readonly address: AddressRules;
  /** Heading level relative to the step heading. */
  level(offset?: number): number;
  /** Moves to a step ("Change" links). */
  go(step: CheckoutStep): void;
}

/** A loaded list and its error, as a `Task` holds them. */
export interface Loaded<T> {
  readonly value?: T | undefined;
  readonly error?: unknown;
}

/** Loading text, or the error's message when loading failed. */
export function loadStatus(locale: Locale, loaded: Loaded<unknown>, loading: string): TemplateResult {
  const text = loaded.error ? commonMessages[locale][`error.${toCommerceError(loaded.error).code}`] : loading;
  return html`<p class="status" role="status">${text}</p>`;
}

export interface InputOptions {
  type?: string;
  autocomplete: string;
  inputmode?: string;
  hint?: string | undefined;
  short?: boolean;
  spellcheck?: boolean;
}

function errorText(view: StepView, field: CheckoutField): TemplateResult | typeof nothing {
  const code = view.fields.errors[field];
  const t = checkoutMessages[view.locale];
  return code
    ? html`<p class="error" id="e-${field}"><span class="visually-hidden">${t.errorTitle}</span>${fieldErrorMessage(view.locale, field, code, view.address.postalCode)}</p>`
    : nothing;
}

/** A labelled text input with its hint and error, described by both. */
export function textInput(view: StepView, field: CheckoutField, label: string, options: InputOptions): TemplateResult {
  const code = view.fields.errors[field];
  const describedBy = [options.hint ? `h-${field}` : '', code ? `e-${field}` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${code ? 'invalid' : ''}">
    <label for="f-${field}">${label}</label>
    ${options.hint ? html`<p class="hint" id="h-${field}">${options.hint}</p>` : nothing}
    ${errorText(view, field)}
    <input
      id="f-${field}"
      name=${field}
      class=${options.short ? 'short' : ''}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete}
      inputmode=${options.inputmode ?? nothing}
      spellcheck=${options.spellcheck === false ? 'false' : nothing}
      required
      aria-invalid=${code ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${live(view.fields.value(field))}
      @input=${(e: Event) => view.fields.input(field, e)}
      @blur=${() => view.fields.blur(field)}
    />
  </div>`;
}

/** The error of a radio group, inside its fieldset. */
export function groupError(view: StepView, field: CheckoutField): TemplateResult | typeof nothing {
  return errorText(view, field);
}

/** The GOV.UK-style error summary: focused after a submit with errors, each error a link to its field. */
export function errorSummary(view: StepView): TemplateResult | typeof nothing {
  const { fields, locale } = view;
  if (fields.summary.length === 0) return nothing;
  const t = checkoutMessages[locale];
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
    <div role="heading" aria-level=${view.level(1)} id="summary-title" class="sub-heading">${t.errorSummary}</div>
    <ul>
      ${fields.summary.map((field) => {
        const code = fields.errors[field];
        return code
          ? html`<li><a href="#f-${field}" @click=${(e: Event) => { e.preventDefault(); fields.focusField(field); }}>${fieldErrorMessage(locale, field, code, view.address.postalCode)}</a></li>`
          : nothing;
      })}
    </ul>
  </div>`;
}
