import type { Product, Variant } from './model.js';
import { promiseDelivery } from './delivery/engine.js';
import type { HolidayInput } from './delivery/types.js';

/**
 * The variant matrix of a product page: which options a product has, which combinations exist, which are sold out,
 * and which variant a shopper's choice of one value leads to. Pure: no DOM, runs in Node.
 */

/** One option of a product (size, colour, frame size) and its values in the order the variants give them. */
export interface ProductOption {
  name: string;
  values: readonly string[];
}

/** Whether a variant can be bought: now, later (backorder with restock days), or not at all. */
export type VariantAvailability = 'in-stock' | 'backorder' | 'sold-out';

/** What choosing an option value would give: a variant's availability, or `unavailable` (no such combination). */
export type OptionValueStatus = VariantAvailability | 'unavailable';

/** The options of a product, in the order of first appearance across its variants. */
export function productOptions(product: Product): ProductOption[] {
  const options = new Map<string, string[]>();
  for (const variant of product.variants) {
    for (const [name, value] of Object.entries(variant.options)) {
      const values = options.get(name) ?? [];
      if (!values.includes(value)) values.push(value);
      options.set(name, values);
    }
  }
  return [...options].map(([name, values]) => ({ name, values }));
}

/** In stock, sold out but restocked (backorder), or sold out for good. */
export function variantAvailability(variant: Variant): VariantAvailability {
  if (variant.stock > 0) return 'in-stock';
  return variant.restockDays && variant.restockDays > 0 ? 'backorder' : 'sold-out';
}

/** The variant whose options are exactly `selection` (every option the variant has, same values). */
export function findVariant(product: Product, selection: Readonly<Record<string, string>>): Variant | undefined {
  return product.variants.find((v) => {
    const entries = Object.entries(v.options);
    return entries.length === Object.keys(selection).length && entries.every(([name, value]) => selection[name] === value);
  });
}

/** What the shopper would get by choosing `value` for `option` while the other options stay as selected. */
export function optionValueStatus(
  product: Product,
  selection: Readonly<Record<string, string>>,
  option: string,
  value: string,
): OptionValueStatus {
  const variant = findVariant(product, { ...selection, [option]: value });
  return variant ? variantAvailability(variant) : 'unavailable';
}

const RANK: Record<VariantAvailability, number> = { 'in-stock': 0, backorder: 1, 'sold-out': 2 };

/**
 * The variant a choice leads to: the exact combination when it exists; otherwise (as Shopify does) the variant
 * with that value which keeps most of the other choices, preferring one that can be bought.
 */
export function selectOption(
  product: Product,
  selection: Readonly<Record<string, string>>,
  option: string,
  value: string,
): Variant | undefined {
  const exact = findVariant(product, { ...selection, [option]: value });
  if (exact) return exact;
  const kept = (v: Variant) => Object.entries(v.options).filter(([n, val]) => n !== option && selection[n] === val).length;
  return product.variants
    .filter((v) => v.options[option] === value)
    .sort((a, b) => kept(b) - kept(a) || RANK[variantAvailability(a)] - RANK[variantAvailability(b)])[0];
}

/** The variant a product page opens on: `preferredId` when the product has it, else the first in stock, else the first. */
export function initialVariant(product: Product, preferredId?: string | null): Variant | undefined {
  return (
    product.variants.find((v) => v.id === preferredId) ??
    product.variants.find((v) => variantAvailability(v) === 'in-stock') ??
    product.variants[0]
  );
}

/** The warehouse calendar a restock date is computed on. */
export interface RestockCalendar {
  now: Date;
  timeZone: string;
  /** 'HH:MM' dispatch cut-off. */
  cutoff: string;
  dispatchDays?: readonly number[];
  handlingDays?: number;
  holidays?: HolidayInput;
}

/**
 * The day ('YYYY-MM-DD') a sold-out variant with restock days would ship if ordered now, by the promise engine's
 * calendar (cut-off, dispatch weekdays, holidays); undefined when it is in stock or will not be restocked.
 */
export function restockDispatchDate(variant: Variant, calendar: RestockCalendar): string | undefined {
  if (variantAvailability(variant) !== 'backorder') return undefined;
  return promiseDelivery({
    ...calendar,
    transitDays: 0,
    stock: { available: 0, restockDays: variant.restockDays! },
    quantity: 1,
  }).dispatchDate;
}
