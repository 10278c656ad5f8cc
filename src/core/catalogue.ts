import type { Product, Variant } from './model.js';

/**
 * Catalogue rules: which variant a listing shows, what stock it speaks of, how many units can be ordered. One home,
 * so that the embedded backend, the bench, the demo and the elements agree.
 */

/** The per-order maximum when a variant names none. */
export const DEFAULT_MAX_QUANTITY = 99;

/**
 * How many more units of `variant` one order may take when `inCart` units of it are already in the cart: the stock,
 * or the per-order maximum where the variant can be backordered (it has `restockDays`), less what is in the cart.
 * Never negative.
 */
export function orderableQuantity(variant: Pick<Variant, 'stock' | 'restockDays' | 'maxQuantity'>, inCart = 0): number {
  const max = variant.maxQuantity ?? DEFAULT_MAX_QUANTITY;
  const limit = variant.restockDays && variant.restockDays > 0 ? max : Math.min(max, variant.stock);
  return Math.max(0, Math.floor(limit) - Math.max(0, inCart));
}

/** The variant a listing shows: the cheapest one in stock, else the cheapest. */
export function featuredVariant(product: Product): Variant | undefined {
  const byPrice = [...product.variants].sort((a, b) => a.price.amount - b.price.amount);
  return byPrice.find((v) => v.stock > 0) ?? byPrice[0];
}

/** The stock a listing speaks of: one variant's, or the sum over all variants; and its backorder days if sold out. */
export function cardStock(product: Product, variant?: Variant): { available: number; restockDays?: number } {
  const variants = variant ? [variant] : product.variants;
  const available = variants.reduce((n, v) => n + Math.max(0, v.stock), 0);
  const restock = variants.map((v) => v.restockDays).filter((d): d is number => typeof d === 'number' && d > 0);
  return restock.length > 0 ? { available, restockDays: Math.min(...restock) } : { available };
}
