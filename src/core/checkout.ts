import type { Cart, DeliveryKind, DeliveryMethod, PaymentKind } from './model.js';
import { money, vatIncluded, type Money } from './money.js';
import { SHIPPING_VAT_RATE } from './cart.js';

/** The checkout's steps, in order. */
export type CheckoutStep = 'contact' | 'delivery' | 'payment' | 'review';

export const CHECKOUT_STEPS: readonly CheckoutStep[] = ['contact', 'delivery', 'payment', 'review'];

/** What the shopper typed and chose, as kept between page loads. Never holds payment details. */
export interface CheckoutDraft {
  schema: 1;
  step: CheckoutStep;
  contact: { email: string; phone: string };
  address: { name: string; street: string; postalCode: string; city: string };
  deliveryMethodId: string;
  pickupPointId: string;
  paymentMethodId: string;
  /** Kind of the chosen payment method, so a reload knows whether card details must be asked again. */
  paymentKind: PaymentKind | '';
  /** Kind of the chosen delivery method, for telemetry and for whether a pickup point is needed. */
  deliveryKind: DeliveryKind | '';
  /** The cart as it was when the review step last showed it, to tell the shopper what changed since. */
  review: CartSnapshot | null;
  /** Sent with every attempt to place this order; created when the review step opens. */
  idempotencyKey: string | null;
  /** True once `begin_checkout` was reported for this checkout. */
  begun: boolean;
}

/** Prices and quantities of a cart at one moment. */
export interface CartSnapshot {
  cartId: string;
  revision: number;
  lines: { id: string; name: string; unitPrice: Money; quantity: number }[];
}

/** A fresh draft at the first step. */
export function emptyDraft(): CheckoutDraft {
  return {
    schema: 1,
    step: 'contact',
    contact: { email: '', phone: '' },
    address: { name: '', street: '', postalCode: '', city: '' },
    deliveryMethodId: '',
    pickupPointId: '',
    paymentMethodId: '',
    paymentKind: '',
    deliveryKind: '',
    review: null,
    idempotencyKey: null,
    begun: false,
  };
}

// ---------------------------------------------------------------- validation

/** Why a field's value cannot be used; each code has a message saying how to fix it. */
export type FieldErrorCode =
  | 'required'
  | 'email-format'
  | 'email-missing-at'
  | 'email-missing-domain'
  | 'email-spaces'
  | 'phone-format'
  | 'phone-too-short'
  | 'phone-too-long'
  | 'postal-code-format'
  | 'choose-delivery'
  | 'choose-pickup-point'
  | 'choose-payment'
  | 'card-number-format'
  | 'card-number-invalid'
  | 'card-expiry-format'
  | 'card-expired'
  | 'card-cvc-format';

/** The fields the checkout validates, by step. */
export type CheckoutField =
  | 'email' | 'phone'
  | 'name' | 'street' | 'postalCode' | 'city' | 'deliveryMethod' | 'pickupPoint'
  | 'paymentMethod' | 'cardNumber' | 'cardExpiry' | 'cardCvc';

/** Errors of one step, in the order the fields appear (the error summary lists them so). */
export type FieldErrors = Partial<Record<CheckoutField, FieldErrorCode>>;

/** Checks an email address for the mistakes people make: missing @, missing domain, spaces. */
export function validateEmail(raw: string): FieldErrorCode | null {
  const value = raw.trim();
  if (!value) return 'required';
  if (/\s/.test(value)) return 'email-spaces';
  const at = value.indexOf('@');
  if (at < 0) return 'email-missing-at';
  const domain = value.slice(at + 1);
  if (!domain || !/\.[^.]+$/.test(domain)) return 'email-missing-domain';
  if (at === 0 || domain.includes('@') || domain.startsWith('.') || domain.includes('..')) return 'email-format';
  return null;
}

/**
 * Reads a Finnish or international phone number as people type it (spaces, dashes, brackets, a leading 0 or
 * 00/+ country prefix) and returns it in E.164 (`+358401234567`), or null when it cannot be a phone number.
 * Numbers without a country prefix are taken as Finnish.
 */
export function normalisePhone(raw: string): string | null {
  return phoneCheck(raw).e164;
}

/** Validates a phone number; see {@link normalisePhone}. */
export function validatePhone(raw: string): FieldErrorCode | null {
  return phoneCheck(raw).error;
}

function phoneCheck(raw: string): { e164: string | null; error: FieldErrorCode | null } {
  const value = raw.trim();
  if (!value) return { e164: null, error: 'required' };
  if (!/^\+?[\d\s\-().]+$/.test(value)) return { e164: null, error: 'phone-format' };
  let digits = value.replace(/[^\d]/g, '');
  let international = value.startsWith('+');
  if (!international && digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  if (!international) {
    // A Finnish national number: the trunk prefix 0 gives way to +358.
    if (!digits.startsWith('0')) return { e164: null, error: 'phone-format' };
    digits = `358${digits.slice(1)}`;
  }
  if (digits.startsWith('0')) return { e164: null, error: 'phone-format' };
  // Finnish numbers: 358 + 6 to 10 digits (area code and subscriber number vary); elsewhere E.164's 8 to 15.
  const finnish = digits.startsWith('358');
  if (digits.length < (finnish ? 9 : 8)) return { e164: null, error: 'phone-too-short' };
  if (digits.length > (finnish ? 13 : 15)) return { e164: null, error: 'phone-too-long' };
  return { e164: `+${digits}`, error: null };
}

/** Formats an E.164 number for display with the country code apart: `+358 40 1234567`. */
export function formatPhone(e164: string): string {
  const m = /^\+358(\d{2})(\d+)$/.exec(e164);
  return m ? `+358 ${m[1]} ${m[2]}` : e164;
}

/**
 * How the postal codes of one shipping country look. `digits` and `example` let messages say how to fix a wrong
 * one; a pattern from an adapter has neither, and its messages stay general.
 */
export interface PostalCodeRule {
  pattern: RegExp;
  digits?: number;
  example?: string;
}

/** Postal code rules of the countries a Nordic shop ships to, by ISO 3166-1 alpha-2 code. */
export const POSTAL_CODE_RULES: Readonly<Record<string, PostalCodeRule>> = {
  FI: { pattern: /^\d{5}$/, digits: 5, example: '00100' },
  // Åland has Finnish codes, all in 22xxx.
  AX: { pattern: /^22\d{3}$/, digits: 5, example: '22100' },
  // Swedish codes are written "123 45"; people type them without the space too.
  SE: { pattern: /^\d{3} ?\d{2}$/, digits: 5, example: '113 51' },
  NO: { pattern: /^\d{4}$/, digits: 4, example: '0150' },
  DK: { pattern: /^\d{4}$/, digits: 4, example: '1050' },
  EE: { pattern: /^\d{5}$/, digits: 5, example: '10111' },
};

/** Where the checkout ships, and the postal codes it accepts there. */
export interface AddressRules {
  /** ISO 3166-1 alpha-2 code of the shipping country, e.g. `FI`. */
  country: string;
  /** The postal code rule in effect. */
  postalCode: PostalCodeRule;
}

/** A Finnish shop's rules, the default everywhere a caller gives none. */
export const FINNISH_ADDRESS: AddressRules = { country: 'FI', postalCode: POSTAL_CODE_RULES.FI! };

/**
 * The address rules for a shipping country: the backend's own postal code pattern when it has one (it is the one
 * that refuses an order), else the country's rule, else any non-empty code (a country without a rule here).
 */
export function addressRules(country: string, backendPattern?: RegExp): AddressRules {
  const code = country.trim().toUpperCase() || 'FI';
  const postalCode = backendPattern ? { pattern: backendPattern } : POSTAL_CODE_RULES[code] ?? { pattern: /^\S.*$/ };
  return { country: code, postalCode };
}

/** A postal code as the rules accept it (spaces around it are forgiven), or null when it is not one. */
export function postalCodeOrNull(raw: string, rules: AddressRules = FINNISH_ADDRESS): string | null {
  const value = raw.trim();
  return value && rules.postalCode.pattern.test(value) ? value : null;
}

/** Checks a postal code against the shipping country's rule (Finnish by default: exactly five digits). */
export function validatePostalCode(raw: string, rules: AddressRules = FINNISH_ADDRESS): FieldErrorCode | null {
  if (!raw.trim()) return 'required';
  return postalCodeOrNull(raw, rules) === null ? 'postal-code-format' : null;
}

export function validateRequired(raw: string): FieldErrorCode | null {
  return raw.trim() ? null : 'required';
}

/** Luhn checksum of a card number's digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function validateCardNumber(raw: string): FieldErrorCode | null {
  const value = raw.replace(/[\s-]/g, '');
  if (!value) return 'required';
  if (!/^\d{12,19}$/.test(value)) return 'card-number-format';
  return luhnValid(value) ? null : 'card-number-invalid';
}

/** Expiry as MM/YY (or MM/YYYY); a card is valid through the last day of its month. */
export function validateCardExpiry(raw: string, now: Date): FieldErrorCode | null {
  const value = raw.replace(/\s/g, '');
  if (!value) return 'required';
  const m = /^(\d{1,2})\/?(\d{2}|\d{4})$/.exec(value);
  if (!m) return 'card-expiry-format';
  const month = Number(m[1]);
  if (month < 1 || month > 12) return 'card-expiry-format';
  const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  return year * 12 + (month - 1) < current ? 'card-expired' : null;
}

export function validateCardCvc(raw: string): FieldErrorCode | null {
  const value = raw.trim();
  if (!value) return 'required';
  return /^\d{3,4}$/.test(value) ? null : 'card-cvc-format';
}

/** Card details: held in memory by the element only, never in a draft, storage or an order. */
export interface CardDetails {
  number: string;
  expiry: string;
  cvc: string;
}

export function validateContact(contact: CheckoutDraft['contact']): FieldErrors {
  return compact({ email: validateEmail(contact.email), phone: validatePhone(contact.phone) });
}

/** The delivery step: address, method, and a pickup point where the method needs one. */
export function validateDelivery(
  draft: Pick<CheckoutDraft, 'address' | 'deliveryMethodId' | 'pickupPointId' | 'deliveryKind'>,
  rules: AddressRules = FINNISH_ADDRESS,
): FieldErrors {
  const a = draft.address;
  return compact({
    name: validateRequired(a.name),
    street: validateRequired(a.street),
    postalCode: validatePostalCode(a.postalCode, rules),
    city: validateRequired(a.city),
    deliveryMethod: draft.deliveryMethodId ? null : 'choose-delivery',
    pickupPoint: needsPickupPoint(draft.deliveryKind) && !draft.pickupPointId ? 'choose-pickup-point' : null,
  });
}

/** The payment step; card details only when the card method is chosen. */
export function validatePayment(
  draft: Pick<CheckoutDraft, 'paymentMethodId' | 'paymentKind'>,
  card: CardDetails | null,
  now: Date,
): FieldErrors {
  if (!draft.paymentMethodId) return { paymentMethod: 'choose-payment' };
  if (draft.paymentKind !== 'card') return {};
  const c = card ?? { number: '', expiry: '', cvc: '' };
  return compact({
    cardNumber: validateCardNumber(c.number),
    cardExpiry: validateCardExpiry(c.expiry, now),
    cardCvc: validateCardCvc(c.cvc),
  });
}

export function needsPickupPoint(kind: DeliveryKind | ''): boolean {
  return kind === 'pickup-point' || kind === 'store';
}

/** Validates one field by name, for blur and input handling. */
export function validateField(
  field: CheckoutField, draft: CheckoutDraft, card: CardDetails | null, now: Date, rules: AddressRules = FINNISH_ADDRESS,
): FieldErrorCode | null {
  const all: FieldErrors = {
    ...validateContact(draft.contact),
    ...validateDelivery(draft, rules),
    ...validatePayment(draft, card, now),
  };
  return all[field] ?? null;
}

function compact(errors: Record<string, FieldErrorCode | null>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== null)) as FieldErrors;
}

// ---------------------------------------------------------------- step machine

export function stepIndex(step: CheckoutStep): number {
  return CHECKOUT_STEPS.indexOf(step);
}

export function nextStep(step: CheckoutStep): CheckoutStep {
  return CHECKOUT_STEPS[Math.min(CHECKOUT_STEPS.length - 1, stepIndex(step) + 1)]!;
}

export function previousStep(step: CheckoutStep): CheckoutStep | null {
  const i = stepIndex(step);
  return i > 0 ? CHECKOUT_STEPS[i - 1]! : null;
}

export function isCheckoutStep(value: unknown): value is CheckoutStep {
  return typeof value === 'string' && (CHECKOUT_STEPS as readonly string[]).includes(value);
}

/** Errors of a step given the draft (and card details held in memory, if any). */
export function stepErrors(
  step: CheckoutStep, draft: CheckoutDraft, card: CardDetails | null, now: Date, rules: AddressRules = FINNISH_ADDRESS,
): FieldErrors {
  switch (step) {
    case 'contact':
      return validateContact(draft.contact);
    case 'delivery':
      return validateDelivery(draft, rules);
    case 'payment':
      return validatePayment(draft, card, now);
    case 'review':
      return {};
  }
}

/**
 * The step a shopper may be on: the requested one when every earlier step is complete, otherwise the first
 * incomplete one. A reload at the review step with a card chosen goes back to payment, since card details are
 * never kept.
 */
export function reachableStep(
  requested: CheckoutStep, draft: CheckoutDraft, card: CardDetails | null, now: Date, rules: AddressRules = FINNISH_ADDRESS,
): CheckoutStep {
  for (const step of CHECKOUT_STEPS.slice(0, stepIndex(requested))) {
    if (Object.keys(stepErrors(step, draft, card, now, rules)).length > 0) return step;
  }
  return requested;
}

/** Steps before `current` that are complete (shown as links back). */
export function completedSteps(
  current: CheckoutStep, draft: CheckoutDraft, card: CardDetails | null, now: Date, rules: AddressRules = FINNISH_ADDRESS,
): CheckoutStep[] {
  return CHECKOUT_STEPS.slice(0, stepIndex(current)).filter((s) => Object.keys(stepErrors(s, draft, card, now, rules)).length === 0);
}

// ---------------------------------------------------------------- money and changes

/** What a delivery method costs for this cart: free from its threshold. */
export function deliveryPrice(method: DeliveryMethod, cart: Pick<Cart, 'subtotal' | 'discountTotal'>): Money {
  const afterDiscount = cart.subtotal.amount - cart.discountTotal.amount;
  return method.freeFrom && afterDiscount >= method.freeFrom.amount ? money(0, method.price.currency) : method.price;
}

/** The totals the review step shows: the cart's, with the chosen delivery in place of the estimate. */
export function checkoutTotals(cart: Cart, shipping: Money | null): { subtotal: Money; discountTotal: Money; shipping: Money | null; total: Money; vat: Money } {
  const estimate = cart.shippingEstimate;
  const goods = cart.total.amount - (estimate?.amount ?? 0);
  const goodsVat = cart.vat.amount - (estimate ? vatIncluded(estimate, SHIPPING_VAT_RATE).amount : 0);
  const shippingVat = shipping ? vatIncluded(shipping, SHIPPING_VAT_RATE).amount : 0;
  return {
    subtotal: cart.subtotal,
    discountTotal: cart.discountTotal,
    shipping,
    total: money(goods + (shipping?.amount ?? 0), cart.currency),
    vat: money(goodsVat + shippingVat, cart.currency),
  };
}

export function snapshotCart(cart: Cart): CartSnapshot {
  return {
    cartId: cart.id,
    revision: cart.revision,
    lines: cart.lines.map((l) => ({ id: l.id, name: l.name, unitPrice: l.unitPrice, quantity: l.quantity })),
  };
}

/** One thing the shopper must know about before paying. */
export type CartChange =
  | { kind: 'price-changed'; lineId: string; name: string; previous: Money; current: Money }
  | { kind: 'stock-reduced'; lineId: string; name: string; available: number }
  | { kind: 'unavailable'; lineId: string; name: string }
  | { kind: 'removed'; lineId: string; name: string }
  | { kind: 'added'; lineId: string; name: string };

/**
 * What the shopper must know about the cart before paying: lines that cannot be delivered as they are, and
 * prices that differ from what the shopper saw (the reviewed snapshot when given, else the price when the line
 * was added to the cart). Lines added or removed since the review are listed too.
 */
export function cartChanges(cart: Cart, reviewed: CartSnapshot | null): CartChange[] {
  const changes: CartChange[] = [];
  const seen = reviewed && reviewed.cartId === cart.id ? new Map(reviewed.lines.map((l) => [l.id, l])) : null;
  for (const line of cart.lines) {
    const before = seen?.get(line.id);
    const issue = line.issue;
    if (issue?.kind === 'unavailable') {
      changes.push({ kind: 'unavailable', lineId: line.id, name: line.name });
      continue;
    }
    if (issue?.kind === 'stock-reduced') {
      changes.push({ kind: 'stock-reduced', lineId: line.id, name: line.name, available: issue.available });
      continue;
    }
    const previous =
      before && before.unitPrice.amount !== line.unitPrice.amount
        ? before.unitPrice
        : issue?.kind === 'price-changed' && issue.previous.amount !== line.unitPrice.amount
          ? issue.previous
          : null;
    if (previous) changes.push({ kind: 'price-changed', lineId: line.id, name: line.name, previous, current: line.unitPrice });
    else if (seen && !before) changes.push({ kind: 'added', lineId: line.id, name: line.name });
  }
  if (seen) {
    const current = new Set(cart.lines.map((l) => l.id));
    for (const l of reviewed!.lines) if (!current.has(l.id)) changes.push({ kind: 'removed', lineId: l.id, name: l.name });
  }
  return changes;
}

/**
 * True when the cart differs from the snapshot the shopper reviewed in anything that changes what they pay or
 * get: another cart, a line added or removed, a price or quantity changed, or a line that can no longer be
 * delivered. The order must then be confirmed again.
 */
export function changedSinceReview(cart: Cart, reviewed: CartSnapshot): boolean {
  if (cart.id !== reviewed.cartId || cart.lines.length !== reviewed.lines.length) return true;
  const seen = new Map(reviewed.lines.map((l) => [l.id, l]));
  return cart.lines.some((l) => {
    const before = seen.get(l.id);
    return (
      !before ||
      before.unitPrice.amount !== l.unitPrice.amount ||
      before.quantity !== l.quantity ||
      l.issue?.kind === 'unavailable' ||
      l.issue?.kind === 'stock-reduced'
    );
  });
}

/** Changes that stop the order: lines that cannot be delivered as they are. */
export function blockingChanges(changes: readonly CartChange[]): CartChange[] {
  return changes.filter((c) => c.kind === 'unavailable' || c.kind === 'stock-reduced');
}
