import { money, vatIncluded, type Money } from './money.js';

/** What pricing needs to know of a line. */
export interface PricedLineInput {
  unitPrice: Money;
  quantity: number;
  /** VAT percent of the line's product. */
  vatRate: number;
}

export interface DiscountRule {
  code: string;
  description: string;
  kind: 'percent' | 'fixed';
  /** Percent (10 = 10 %) or minor units. */
  value: number;
  /** The subtotal a code needs, in minor units. */
  minSubtotal?: number;
}

export interface CartTotals {
  subtotal: Money;
  discountTotal: Money;
  /** Each applied rule with what it took off. */
  discounts: { code: string; description: string; amount: Money }[];
  shipping: Money | null;
  total: Money;
  vat: Money;
}

/** VAT rate applied to delivery (Finland's general rate). */
export const SHIPPING_VAT_RATE = 25.5;

/**
 * Prices a cart: subtotal, discounts (never more than the subtotal), shipping, total and the VAT it contains.
 * Discounts are spread over lines in proportion to their value so that VAT stays exact per rate.
 */
export function priceCart(
  lines: readonly PricedLineInput[],
  rules: readonly DiscountRule[],
  shipping: Money | null,
  currency = 'EUR',
): CartTotals {
  const lineTotals = lines.map((l) => l.unitPrice.amount * l.quantity);
  const subtotal = lineTotals.reduce((a, b) => a + b, 0);
  let remaining = subtotal;
  const discounts = rules.map((rule) => {
    const raw = rule.kind === 'percent' ? Math.round((subtotal * rule.value) / 100) : rule.value;
    const amount = Math.min(raw, remaining);
    remaining -= amount;
    return { code: rule.code, description: rule.description, amount: money(amount, currency) };
  });
  const discountTotal = subtotal - remaining;
  // Allocate the discount to lines proportionally (the last line takes the rounding remainder), then round VAT
  // once per rate, as an invoice does, rather than once per line.
  let allocated = 0;
  const grossByRate = new Map<number, number>();
  lines.forEach((line, i) => {
    const share =
      i === lines.length - 1 ? discountTotal - allocated : subtotal === 0 ? 0 : Math.round((discountTotal * lineTotals[i]!) / subtotal);
    allocated += share;
    grossByRate.set(line.vatRate, (grossByRate.get(line.vatRate) ?? 0) + lineTotals[i]! - share);
  });
  if (shipping) grossByRate.set(SHIPPING_VAT_RATE, (grossByRate.get(SHIPPING_VAT_RATE) ?? 0) + shipping.amount);
  let vat = 0;
  for (const [rate, gross] of grossByRate) vat += vatIncluded(money(gross, currency), rate).amount;
  return {
    subtotal: money(subtotal, currency),
    discountTotal: money(discountTotal, currency),
    discounts,
    shipping,
    total: money(remaining + (shipping?.amount ?? 0), currency),
    vat: money(vat, currency),
  };
}

/** How far the cart is from free delivery: `remaining` is zero once reached. `ratio` is 0..1 for a meter. */
export function freeShippingProgress(subtotalAfterDiscounts: Money, threshold: Money): { remaining: Money; ratio: number; reached: boolean } {
  const remaining = Math.max(0, threshold.amount - subtotalAfterDiscounts.amount);
  return {
    remaining: money(remaining, threshold.currency),
    ratio: threshold.amount <= 0 ? 1 : Math.min(1, Math.max(0, subtotalAfterDiscounts.amount / threshold.amount)),
    reached: remaining === 0,
  };
}

/** The result of checking a requested quantity against a line's limits. */
export interface QuantityCheck {
  /** The quantity to use: the request itself when valid, else the nearest allowed value. */
  value: number;
  /** Why the request was changed, or null when it was valid. */
  problem: null | 'not-a-number' | 'below-min' | 'above-max' | 'not-a-step';
}

/**
 * Clamps a typed quantity to what can be ordered. Garbage, negatives, decimals and huge numbers are corrected
 * to the nearest allowed value, never to zero, so a typo never empties a cart.
 */
export function checkQuantity(
  raw: string | number,
  limits: { min: number; max: number; step: number },
  fallback: number,
): QuantityCheck {
  const min = Math.max(1, limits.min);
  const max = Math.max(min, limits.max);
  const step = Math.max(1, limits.step);
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  if (!/^-?\d+([.,]\d+)?$/.test(text)) {
    return { value: Math.min(max, Math.max(min, fallback)), problem: 'not-a-number' };
  }
  const n = Number(text.replace(',', '.'));
  if (n < min) return { value: min, problem: 'below-min' };
  if (n > max) return { value: max - ((max - min) % step), problem: 'above-max' };
  if (!Number.isInteger(n) || (n - min) % step !== 0) {
    const snapped = min + Math.round((Math.floor(n) - min) / step) * step;
    return { value: Math.min(max, Math.max(min, snapped)), problem: 'not-a-step' };
  }
  return { value: n, problem: null };
}
