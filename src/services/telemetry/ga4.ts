import type { Cart, CartLine, Order, Product, Variant } from '../../core/model.js';
import { minorUnitDigits, type Money } from '../../core/money.js';

/** A GA4 ecommerce item (https://developers.google.com/analytics/devguides/collection/ga4/ecommerce). */
export interface Ga4Item {
  item_id: string;
  item_name: string;
  item_variant?: string;
  item_brand?: string;
  price: number;
  quantity: number;
  index?: number;
}

/** GA4 wants major units as a number: 1240 cents is 12.4. */
export function ga4Value(m: Money): number {
  return m.amount / 10 ** minorUnitDigits(m.currency);
}

export function lineToGa4Item(line: CartLine, quantity = line.quantity, index?: number): Ga4Item {
  return {
    item_id: line.productId,
    item_name: line.name,
    ...(line.variantName ? { item_variant: line.variantName } : {}),
    price: ga4Value(line.unitPrice),
    quantity,
    ...(index !== undefined ? { index } : {}),
  };
}

export function productToGa4Item(product: Product, variant: Variant, quantity = 1): Ga4Item {
  return {
    item_id: product.id,
    item_name: product.name,
    ...(variant.name ? { item_variant: variant.name } : {}),
    ...(product.brand ? { item_brand: product.brand } : {}),
    price: ga4Value(variant.price),
    quantity,
  };
}

/** Parameters of `view_cart` / `begin_checkout`: currency, value and items. */
export function cartToGa4(cart: Cart): { currency: string; value: number; items: Ga4Item[] } {
  return {
    currency: cart.currency,
    value: ga4Value({ amount: cart.subtotal.amount - cart.discountTotal.amount, currency: cart.currency }),
    items: cart.lines.map((l, i) => lineToGa4Item(l, l.quantity, i)),
  };
}

/** Parameters of `purchase`. */
export function orderToGa4Purchase(order: Order): Record<string, unknown> {
  return {
    transaction_id: order.code,
    currency: order.currency,
    value: ga4Value(order.total),
    tax: ga4Value(order.vat),
    shipping: ga4Value(order.shipping),
    items: order.lines.map((l, i) => lineToGa4Item(l, l.quantity, i)),
  };
}
