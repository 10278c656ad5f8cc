import { intlLocale, type Locale } from '../core/locale.js';
import { lazyCatalog } from './catalog.js';
import { POSTAL_CODE_RULES, type CheckoutField, type CheckoutStep, type FieldErrorCode, type PostalCodeRule } from '../core/checkout.js';
import type enMessages from './en/checkout.js';

/** The shape of checkout's words (English is the source; Finnish and Swedish are checked against it). */
export type CheckoutMessages = typeof enMessages;

/** Finnish "into <country>" (illative) for the countries a Nordic shop ships to; others get "Toimitusmaa: …". */
export const FI_INTO: Record<string, string> = { FI: 'Suomeen', AX: 'Ahvenanmaalle', SE: 'Ruotsiin', NO: 'Norjaan', DK: 'Tanskaan', EE: 'Viroon' };

/** The checkout, its progress indicator and the order confirmation. */
export const checkoutMessages = lazyCatalog('checkout');

type ErrorTexts = Record<Exclude<FieldErrorCode, 'postal-code-format'>, string> & Partial<Record<`${CheckoutField}.required`, string>>;

/** Finnish essive of a digit count ("viitenä numerona"). */
const FI_AS: Record<number, string> = { 4: 'neljänä', 5: 'viitenä', 6: 'kuutena' };

/** Postal code errors follow the shipping country's rule: its length and an example, when the rule has them. */
const postalCodeErrors: Record<Locale, { required: (example: string) => string; format: (digits: number, example: string) => string; general: string }> = {
  en: {
    required: (example) => `Enter the postal code, like ${example}`,
    format: (digits, example) => `Enter the postal code as ${digits} digits, like ${example}`,
    general: 'Check the postal code: it is not in the format the shop accepts',
  },
  fi: {
    required: (example) => `Kirjoita postinumero, esimerkiksi ${example}`,
    format: (digits, example) => `Kirjoita postinumero ${FI_AS[digits] ?? `${digits}-numeroisena`} numerona, esimerkiksi ${example}`,
    general: 'Tarkista postinumero: se ei ole kaupan hyväksymässä muodossa',
  },
  sv: {
    required: (example) => `Ange postnumret, till exempel ${example}`,
    format: (digits, example) => `Ange postnumret med ${digits} siffror, till exempel ${example}`,
    general: 'Kontrollera postnumret: det har inte det format butiken godtar',
  },
};

/** Field errors that say how to fix the input; `<field>.required` wins over the generic `required`. */
const fieldErrors: Record<Locale, ErrorTexts> = {
  en: {
    required: 'Fill in this field',
    'email.required': 'Enter your email address',
    'phone.required': 'Enter a phone number so the carrier can reach you',
    'name.required': 'Enter the full name of the person receiving the order',
    'street.required': 'Enter the street address, like Mannerheimintie 1 A 2',
    'city.required': 'Enter the city, like Helsinki',
    'cardNumber.required': 'Enter the card number',
    'cardExpiry.required': 'Enter the expiry date, like 08/27',
    'cardCvc.required': 'Enter the security code from the back of the card',
    'email-format': 'Enter an email address in the correct format, like name@example.com',
    'email-missing-at': 'Add the @ to the email address, like name@example.com',
    'email-missing-domain': 'Add the part after the @, like example.com',
    'email-spaces': 'Remove the spaces from the email address',
    'phone-format': 'Enter the phone number with digits only, like 040 123 4567 or +46 70 123 4567',
    'phone-too-short': 'The phone number is too short: check that no digits are missing',
    'phone-too-long': 'The phone number is too long: check for extra digits',
    'choose-delivery': 'Choose a delivery method',
    'choose-pickup-point': 'Choose where you pick up the order',
    'choose-payment': 'Choose a payment method',
    'card-number-format': 'Enter the 12 to 19 digits on the front of the card',
    'card-number-invalid': 'Check the card number: one of the digits is wrong',
    'card-expiry-format': 'Enter the expiry date as month and year, like 08/27',
    'card-expired': 'This card has expired: use another card',
    'card-cvc-format': 'Enter the 3 or 4 digit security code from the back of the card',
  },
  fi: {
    required: 'Täytä tämä kenttä',
    'email.required': 'Kirjoita sähköpostiosoitteesi',
    'phone.required': 'Kirjoita puhelinnumero, jotta kuljettaja tavoittaa sinut',
    'name.required': 'Kirjoita tilauksen vastaanottajan koko nimi',
    'street.required': 'Kirjoita katuosoite, esimerkiksi Mannerheimintie 1 A 2',
    'city.required': 'Kirjoita postitoimipaikka, esimerkiksi Helsinki',
    'cardNumber.required': 'Kirjoita kortin numero',
    'cardExpiry.required': 'Kirjoita voimassaolo, esimerkiksi 08/27',
    'cardCvc.required': 'Kirjoita kortin takapuolen turvakoodi',
    'email-format': 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi',
    'email-missing-at': 'Lisää sähköpostiosoitteeseen @-merkki, esimerkiksi nimi@esimerkki.fi',
    'email-missing-domain': 'Lisää @-merkin jälkeinen osa, esimerkiksi esimerkki.fi',
    'email-spaces': 'Poista välilyönnit sähköpostiosoitteesta',
    'phone-format': 'Kirjoita puhelinnumero numeroina, esimerkiksi 040 123 4567 tai +46 70 123 4567',
    'phone-too-short': 'Puhelinnumero on liian lyhyt: tarkista, ettei numeroita puutu',
    'phone-too-long': 'Puhelinnumero on liian pitkä: tarkista ylimääräiset numerot',
    'choose-delivery': 'Valitse toimitustapa',
    'choose-pickup-point': 'Valitse, mistä noudat tilauksen',
    'choose-payment': 'Valitse maksutapa',
    'card-number-format': 'Kirjoita kortin etupuolen 12–19 numeroa',
    'card-number-invalid': 'Tarkista kortin numero: jokin numeroista on väärin',
    'card-expiry-format': 'Kirjoita voimassaolo kuukautena ja vuotena, esimerkiksi 08/27',
    'card-expired': 'Kortti on vanhentunut: käytä toista korttia',
    'card-cvc-format': 'Kirjoita kortin takapuolen 3- tai 4-numeroinen turvakoodi',
  },
  sv: {
    required: 'Fyll i det här fältet',
    'email.required': 'Ange din e-postadress',
    'phone.required': 'Ange ett telefonnummer så att budet når dig',
    'name.required': 'Ange det fullständiga namnet på den som tar emot beställningen',
    'street.required': 'Ange gatuadressen, till exempel Mannerheimvägen 1 A 2',
    'city.required': 'Ange postorten, till exempel Helsingfors',
    'cardNumber.required': 'Ange kortnumret',
    'cardExpiry.required': 'Ange giltighetstiden, till exempel 08/27',
    'cardCvc.required': 'Ange säkerhetskoden på kortets baksida',
    'email-format': 'Ange e-postadressen i rätt format, till exempel namn@exempel.fi',
    'email-missing-at': 'Lägg till @ i e-postadressen, till exempel namn@exempel.fi',
    'email-missing-domain': 'Lägg till delen efter @, till exempel exempel.fi',
    'email-spaces': 'Ta bort mellanslagen ur e-postadressen',
    'phone-format': 'Ange telefonnumret med siffror, till exempel 040 123 4567 eller +46 70 123 4567',
    'phone-too-short': 'Telefonnumret är för kort: kontrollera att inga siffror saknas',
    'phone-too-long': 'Telefonnumret är för långt: kontrollera om det finns extra siffror',
    'choose-delivery': 'Välj leveranssätt',
    'choose-pickup-point': 'Välj var du hämtar beställningen',
    'choose-payment': 'Välj betalsätt',
    'card-number-format': 'Ange de 12–19 siffrorna på kortets framsida',
    'card-number-invalid': 'Kontrollera kortnumret: någon siffra är fel',
    'card-expiry-format': 'Ange giltighetstiden som månad och år, till exempel 08/27',
    'card-expired': 'Kortet har gått ut: använd ett annat kort',
    'card-cvc-format': 'Ange den 3- eller 4-siffriga säkerhetskoden på kortets baksida',
  },
};

/**
 * The message for a field error, saying how to fix it. Postal code messages follow `postalCode`, the shipping
 * country's rule (Finnish by default).
 */
export function fieldErrorMessage(
  locale: Locale, field: CheckoutField, code: FieldErrorCode, postalCode: PostalCodeRule = POSTAL_CODE_RULES.FI!,
): string {
  const texts = fieldErrors[locale];
  if (code === 'postal-code-format' || (field === 'postalCode' && code === 'required')) {
    const p = postalCodeErrors[locale];
    const { digits, example } = postalCode;
    if (code === 'required') return example ? p.required(example) : texts.required;
    return digits && example ? p.format(digits, example) : p.general;
  }
  return (code === 'required' ? texts[`${field}.required`] : undefined) ?? texts[code];
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
