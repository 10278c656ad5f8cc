import { intlLocale, type Locale } from './locale.js';

/**
 * An amount of money in integer minor units (cents for EUR), so that sums never meet floating point.
 * `{ amount: 1240, currency: 'EUR' }` is €12.40.
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

const CURRENCY = /^[A-Z]{3}$/;

/**
 * The kit's one rule for an amount that is not a whole number of minor units (a backend computing VAT on net
 * prices answers e.g. €5.90 + 25.5 % as `740.45` cents): round half up to the nearest minor unit, `Math.round`,
 * which is how Vendure's own DefaultMoneyStrategy rounds what it stores. Whole amounts pass unchanged.
 * Totals are never recomputed from rounded parts: the kit shows the backend's own totals, rounded by this rule.
 */
export function toMinorUnits(amount: number): number {
  return Number.isInteger(amount) ? amount : Math.round(amount);
}

/** Creates a Money value, refusing fractions of a minor unit, NaN, infinities and malformed currency codes. */
export function money(amount: number, currency = 'EUR'): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`money: amount must be an integer number of minor units, got ${String(amount)}`);
  }
  if (!CURRENCY.test(currency)) {
    throw new RangeError(`money: currency must be an ISO 4217 code such as "EUR", got "${currency}"`);
  }
  return { amount, currency };
}

/** True when `value` is a well-formed Money (used to reject malformed backend data). */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, currency } = value as Record<string, unknown>;
  return Number.isSafeInteger(amount) && typeof currency === 'string' && CURRENCY.test(currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new RangeError(`money: cannot combine ${a.currency} with ${b.currency}`);
  }
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

/** Multiplies by a whole quantity (a line total). */
export function multiplyMoney(m: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) {
    throw new RangeError(`money: quantity must be a whole number, got ${String(quantity)}`);
  }
  return money(m.amount * quantity, m.currency);
}

export function sumMoney(values: readonly Money[], currency = 'EUR'): Money {
  return values.reduce((total, m) => addMoney(total, m), money(0, currency));
}

export function zeroMoney(currency = 'EUR'): Money {
  return money(0, currency);
}

export function maxMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return a.amount >= b.amount ? a : b;
}

/**
 * The VAT contained in a VAT-inclusive amount, rounded to the nearest minor unit.
 * `ratePercent` may be fractional (Finland's general rate is 25.5 %).
 */
export function vatIncluded(gross: Money, ratePercent: number): Money {
  if (!(ratePercent >= 0 && ratePercent < 100)) {
    throw new RangeError(`money: VAT rate must be between 0 and 100 percent, got ${String(ratePercent)}`);
  }
  // Work in basis points so 25.5 % stays an integer ratio.
  const bp = Math.round(ratePercent * 100);
  return money(Math.round((gross.amount * bp) / (10000 + bp)), gross.currency);
}

/** Percentage of an amount, rounded to the nearest minor unit (discounts). */
export function percentOf(m: Money, percent: number): Money {
  return money(Math.round((m.amount * percent) / 100), m.currency);
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, f);
  }
  return f;
}

/** Minor-unit digits of a currency (2 for EUR, 0 for JPY), from Intl. */
export function minorUnitDigits(currency: string): number {
  return formatter('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats for display: `1 240,40 €` (fi), `1 240,40 €` (sv), `€1,240.40` (en). Money that is not well formed (an
 * amount that is not a non-negative safe integer of minor units, or no ISO 4217 currency) formats as the empty
 * string: a price the kit cannot vouch for is never shown, neither as "€NaN" nor as a made-up number.
 */
export function formatMoney(m: Money, locale: Locale | string): string {
  if (!isMoney(m) || m.amount < 0) return '';
  const tag = isKitLocale(locale) ? intlLocale(locale) : locale;
  return formatter(tag, m.currency).format(m.amount / 10 ** minorUnitDigits(m.currency));
}

function isKitLocale(value: string): value is Locale {
  return value === 'fi' || value === 'sv' || value === 'en';
}
