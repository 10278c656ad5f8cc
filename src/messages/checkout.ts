import { intlLocale, type Locale } from '../core/locale.js';
import { lazyCatalog } from './catalog.js';
import { POSTAL_CODE_RULES, type CheckoutField, type CheckoutStep, type FieldErrorCode, type PostalCodeRule } from '../core/checkout.js';
import type enMessages from './en/checkout.js';

/** The shape of checkout's words (English is the source; Finnish and Swedish are checked against it). */
export type CheckoutMessages = typeof enMessages;

/** The checkout, its progress indicator and the order confirmation. */
export const checkoutMessages = lazyCatalog('checkout');

/**
 * The message for a field error, saying how to fix it. Postal code messages follow `postalCode`, the shipping
 * country's rule (Finnish by default).
 */
export function fieldErrorMessage(
  locale: Locale, field: CheckoutField, code: FieldErrorCode, postalCode: PostalCodeRule = POSTAL_CODE_RULES.FI!,
): string {
  const messages = checkoutMessages[locale];
  const texts: Partial<Record<string, string>> = messages.fieldErrors;
  if (code === 'postal-code-format' || (field === 'postalCode' && code === 'required')) {
    const p = messages.postalCodeErrors;
    const { digits, example } = postalCode;
    if (code === 'required') return example ? p.required(example) : messages.fieldErrors.required;
    return digits && example ? p.format(digits, example) : p.general;
  }
  return (code === 'required' ? texts[`${field}.required`] : undefined) ?? texts[code] ?? messages.fieldErrors.required;
}

/** The hint under the postal code field, when the rule says what a code looks like. */
export function postalCodeHint(locale: Locale, postalCode: PostalCodeRule): string | undefined {
  const { digits, example } = postalCode;
  return digits && example ? checkoutMessages[locale].postalCodeHint(digits, example) : undefined;
}

/** "We deliver within Sweden." in the shopper's language, the country named by `Intl.DisplayNames`. */
export function countryNote(locale: Locale, country: string): string {
  let name = country;
  try {
    name = new Intl.DisplayNames([intlLocale(locale)], { type: 'region' }).of(country) ?? country;
  } catch {
    // Not a region code Intl knows: the code itself says enough.
  }
  return checkoutMessages[locale].countryNote(country, name);
}

/** The heading of a step. */
export function stepTitle(locale: Locale, step: CheckoutStep): string {
  return checkoutMessages[locale][`step.${step}`];
}
