import { CommerceError, type CommerceErrorCode } from '../../core/errors.js';
import type {
  AppliedDiscount, CartLine, Category, DeliveryKind, Image, LineIssue, Product, Variant,
} from '../../core/model.js';
import type { DeliveryPromiseParams } from '../../core/delivery/types.js';
import { money as exactMoney, toMinorUnits, type Money } from '../../core/money.js';

/** Vendure answers some amounts with VAT added to net prices in fractions of a cent: the kit's rounding rule. */
export const money = (amount: number, currency: string): Money => exactMoney(toMinorUnits(amount), currency);

// ---------- the Vendure shapes the documents select ----------

export interface VAsset { preview: string; width?: number; height?: number }
export interface VOption { name: string; group: { name: string } }
export interface VVariant {
  id: string; sku: string; name: string; priceWithTax: number; currencyCode: string; stockLevel: string;
  taxRateApplied?: { value: number }; options: VOption[];
}
export interface VProduct {
  id: string; slug: string; name: string; description: string; createdAt?: string;
  featuredAsset: VAsset | null;
  facetValues: { name: string; facet: { code: string } }[];
  collections: { slug: string; breadcrumbs: { slug: string }[] }[];
  variants: VVariant[];
}
export interface VCollection { id: string; slug: string; name: string; parentId: string | null; position: number }
export interface VAddress {
  fullName?: string | null; company?: string | null; streetLine1?: string | null; streetLine2?: string | null;
  postalCode?: string | null; city?: string | null; countryCode?: string | null;
}
export interface VOrderLine {
  id: string; quantity: number; unitPriceWithTax: number; linePriceWithTax: number; unitPriceWithTaxChangeSinceAdded: number;
  featuredAsset: { preview: string } | null;
  productVariant: {
    id: string; name: string; sku: string; stockLevel: string; options: VOption[];
    product: { slug: string; name: string; featuredAsset: { preview: string } | null };
  };
}
export interface VOrder {
  __typename?: 'Order';
  id: string; code: string; state: string; active: boolean; updatedAt: string; orderPlacedAt: string | null;
  currencyCode: string; couponCodes: string[];
  subTotalWithTax: number; shippingWithTax: number; totalWithTax: number; total: number;
  discounts: { description: string; amountWithTax: number; adjustmentSource: string }[];
  promotions: { couponCode: string | null; name: string }[];
  shippingLines: { priceWithTax: number; discountedPriceWithTax: number; shippingMethod: { id: string; code: string; name: string; description: string } }[];
  customer: { emailAddress: string; phoneNumber: string | null } | null;
  shippingAddress: VAddress | null;
  billingAddress: VAddress | null;
  payments: { state: string; method: string }[] | null;
  lines: VOrderLine[];
}
export interface VErrorResult {
  __typename: string; errorCode: string; message: string; quantityAvailable?: number; transitionError?: string;
}
export type VOrderResult = VOrder | VErrorResult;

export function isErrorResult(r: VOrderResult | null | undefined): r is VErrorResult {
  return !!r && typeof (r as VErrorResult).errorCode === 'string';
}

// ---------- error results ----------

/** Vendure `ErrorResult` codes and the kit's code for each; anything else is `unknown`. */
export const ERROR_CODES: Readonly<Record<string, { code: CommerceErrorCode; field?: string }>> = {
  INSUFFICIENT_STOCK_ERROR: { code: 'out-of-stock', field: 'quantity' },
  NEGATIVE_QUANTITY_ERROR: { code: 'invalid-quantity', field: 'quantity' },
  ORDER_LIMIT_ERROR: { code: 'invalid-quantity', field: 'quantity' },
  ORDER_INTERCEPTOR_ERROR: { code: 'invalid-quantity', field: 'quantity' },
  COUPON_CODE_INVALID_ERROR: { code: 'invalid-discount-code', field: 'discountCode' },
  COUPON_CODE_LIMIT_ERROR: { code: 'invalid-discount-code', field: 'discountCode' },
  COUPON_CODE_EXPIRED_ERROR: { code: 'expired-discount-code', field: 'discountCode' },
  ORDER_MODIFICATION_ERROR: { code: 'cart-changed' },
  NO_ACTIVE_ORDER_ERROR: { code: 'cart-changed' },
  ORDER_STATE_TRANSITION_ERROR: { code: 'invalid-input' },
  INELIGIBLE_SHIPPING_METHOD_ERROR: { code: 'invalid-input', field: 'deliveryMethod' },
  INELIGIBLE_PAYMENT_METHOD_ERROR: { code: 'invalid-input', field: 'paymentMethod' },
  EMAIL_ADDRESS_CONFLICT_ERROR: { code: 'invalid-input', field: 'email' },
  GUEST_CHECKOUT_ERROR: { code: 'invalid-input', field: 'email' },
  ALREADY_LOGGED_IN_ERROR: { code: 'invalid-input', field: 'email' },
  ORDER_PAYMENT_STATE_ERROR: { code: 'payment-declined' },
  PAYMENT_FAILED_ERROR: { code: 'payment-declined' },
  PAYMENT_DECLINED_ERROR: { code: 'payment-declined' },
};

/** Turns a Vendure `ErrorResult` into the kit's error; the shopper sees `commonMessages['error.<code>']`. */
export function toCommerceErrorFromResult(result: VErrorResult): CommerceError {
  const known = ERROR_CODES[result.errorCode];
  const details = result.transitionError ? ` (${result.transitionError})` : '';
  return new CommerceError(known?.code ?? 'unknown', `Vendure ${result.errorCode}: ${result.message}${details}`, {
    ...(known?.field ? { field: known.field } : {}),
    ...(result.quantityAvailable !== undefined ? { available: result.quantityAvailable } : {}),
  });
}

// ---------- catalogue ----------

/**
 * Vendure's stock level as a number. A numeric stock display strategy (as in backend/server.mjs) gives exact counts;
 * Vendure's default strategy gives words, mapped honestly but coarsely: IN_STOCK → 99 ("In stock"),
 * LOW_STOCK → 1 ("Only 1 left"), OUT_OF_STOCK → 0.
 */
export function stockFrom(level: string): number {
  if (/^-?\d+$/.test(level)) return Math.max(0, Number(level));
  if (level === 'IN_STOCK') return 99;
  if (level === 'LOW_STOCK') return 1;
  return 0;
}

/** The kit caps a line's quantity at 99, as the local shop does. */
export const MAX_PER_LINE = 99;

const optionsOf = (options: readonly VOption[]) => Object.fromEntries(options.map((o) => [o.group.name, o.name]));
const variantName = (options: readonly VOption[]) => options.map((o) => o.name).join(' / ');

function image(asset: { preview: string; width?: number; height?: number } | null | undefined, alt: string): Image | undefined {
  if (!asset?.preview) return undefined;
  return { src: asset.preview, alt, ...(asset.width ? { width: asset.width } : {}), ...(asset.height ? { height: asset.height } : {}) };
}

/** Stands in for a missing Vendure asset (e.g. a demo server without the asset plugin). */
export type FallbackImage = (productId: string, name: string) => Image | undefined;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

/** Vendure descriptions are rich text: the kit shows them as plain text (Lit escapes it). */
export function plainText(htmlText: string): string {
  return htmlText.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ENTITIES[e] ?? '')
    .replace(/\s+/g, ' ').trim();
}

export function toProduct(p: VProduct, fallbackImage?: FallbackImage): Product {
  const variants = p.variants.map((v): Variant => {
    const stock = stockFrom(v.stockLevel);
    return {
      id: v.id,
      sku: v.sku,
      name: variantName(v.options),
      options: optionsOf(v.options),
      price: money(v.priceWithTax, v.currencyCode),
      stock,
      minQuantity: 1,
      maxQuantity: MAX_PER_LINE,
      quantityStep: 1,
    };
  });
  // A product's collections, root first: the path of the deepest one, then any others.
  const paths = p.collections
    .map((c) => c.breadcrumbs.map((b) => b.slug).filter((s) => !s.startsWith('__')))
    .sort((a, b) => b.length - a.length);
  const categoryIds = [...new Set(paths.flat())];
  const picture = image(p.featuredAsset, p.name) ?? fallbackImage?.(p.slug, p.name);
  const brand = p.facetValues.find((f) => f.facet.code === 'brand')?.name;
  return {
    id: p.slug,
    slug: p.slug,
    name: p.name,
    description: plainText(p.description),
    ...(brand ? { brand } : {}),
    categoryIds,
    images: picture ? [picture] : [],
    variants,
    vatRate: p.variants[0]?.taxRateApplied?.value ?? 0,
    ...(p.createdAt ? { createdAt: p.createdAt } : {}),
  };
}

export function toCategoryTree(collections: readonly VCollection[]): Category[] {
  const ids = new Set(collections.map((c) => c.id));
  const build = (parent: string | null): Category[] => collections
    .filter((c) => (parent === null ? !c.parentId || !ids.has(c.parentId) : c.parentId === parent))
    .sort((a, b) => a.position - b.position)
    .map((c) => ({ id: c.slug, name: c.name, slug: c.slug, href: `#/category/${encodeURIComponent(c.slug)}`, children: build(c.id) }));
  return build(null);
}

// ---------- cart ----------

export function toCartLine(l: VOrderLine, currency: string, fallbackImage?: FallbackImage): CartLine {
  const v = l.productVariant;
  const available = Math.min(MAX_PER_LINE, stockFrom(v.stockLevel));
  let issue: LineIssue | undefined;
  if (available < l.quantity) issue = { kind: 'stock-reduced', available };
  else if (l.unitPriceWithTaxChangeSinceAdded !== 0) {
    issue = { kind: 'price-changed', previous: money(l.unitPriceWithTax - l.unitPriceWithTaxChangeSinceAdded, currency) };
  }
  const picture = image(l.featuredAsset ?? v.product.featuredAsset, v.product.name) ?? fallbackImage?.(v.product.slug, v.product.name);
  return {
    id: l.id,
    productId: v.product.slug,
    variantId: v.id,
    name: v.product.name,
    variantName: variantName(v.options),
    ...(picture ? { image: picture } : {}),
    productSlug: v.product.slug,
    unitPrice: money(l.unitPriceWithTax, currency),
    quantity: l.quantity,
    lineTotal: money(l.linePriceWithTax, currency),
    available,
    minQuantity: 1,
    maxQuantity: available,
    quantityStep: 1,
    ...(issue ? { issue } : {}),
  };
}

export interface OrderTotals {
  lines: CartLine[];
  subtotal: Money;
  discounts: AppliedDiscount[];
  discountTotal: Money;
  shipping: Money | null;
  total: Money;
  vat: Money;
}

/**
 * The kit's totals from a Vendure order: subtotal before discounts, discounts as positive amounts (order and line
 * promotions, shipping discounts included), shipping once a method is set, total and VAT as Vendure computed them.
 */
export function orderTotals(o: VOrder, fallbackImage?: FallbackImage): OrderTotals {
  const c = o.currencyCode;
  const lines = o.lines.map((l) => toCartLine(l, c, fallbackImage));
  const subtotal = o.lines.reduce((n, l) => n + toMinorUnits(l.linePriceWithTax), 0);
  const bySource = new Map<string, AppliedDiscount>();
  for (const d of o.discounts) {
    const code = o.promotions.find((p) => p.name === d.description)?.couponCode ?? '';
    const previous = bySource.get(d.adjustmentSource);
    const amount = (previous?.amount.amount ?? 0) - toMinorUnits(d.amountWithTax);
    bySource.set(d.adjustmentSource, { code, description: d.description, amount: money(amount, c) });
  }
  const shippingLine = o.shippingLines[0];
  const shipping = shippingLine ? o.shippingWithTax : null;
  const discountTotal = subtotal - toMinorUnits(o.subTotalWithTax)
    + (shippingLine ? o.shippingLines.reduce((n, s) => n + toMinorUnits(s.priceWithTax) - toMinorUnits(s.discountedPriceWithTax), 0) : 0);
  return {
    lines,
    subtotal: money(subtotal, c),
    discounts: [...bySource.values()],
    discountTotal: money(Math.max(0, discountTotal), c),
    shipping: shipping === null ? null : money(shipping, c),
    total: money(o.totalWithTax, c),
    // The VAT Vendure states, whether the channel's prices include it or not.
    vat: money(toMinorUnits(o.totalWithTax) - toMinorUnits(o.total), c),
  };
}

// ---------- delivery ----------

/** How a Vendure shipping method (by its code) appears in the kit; Vendure itself knows no delivery dates. */
export interface VendureDeliveryMapping {
  kind: DeliveryKind;
  /** Shown as the carrier; defaults to the shipping method's description, then its name. */
  carrier?: string;
  /** Cut-off, transit days, delivery days, pickup-after time... for the delivery promise. */
  promise: DeliveryPromiseParams;
  /** Order value (minor units of the channel's currency, VAT included) from which the backend makes this method free. */
  freeFrom?: number;
  /** Name and price (minor units of the channel's currency, VAT included) to show before a cart exists (Vendure only quotes methods for an order). */
  name?: string;
  price?: number;
}

const HELSINKI = 'Europe/Helsinki';

/** The kit's demo delivery methods (as the local adapter and backend/server.mjs have them), by shipping method code. */
export const DEFAULT_DELIVERY_PROMISES: Readonly<Record<string, VendureDeliveryMapping>> = {
  home: {
    kind: 'home', carrier: 'Posti', freeFrom: 10000, name: 'Home delivery', price: 990,
    promise: { timeZone: HELSINKI, cutoff: '14:00', transitDays: { min: 1, max: 2 }, holidays: 'FI' },
  },
  'pickup-point': {
    kind: 'pickup-point', carrier: 'Matkahuolto', freeFrom: 10000, name: 'Pickup point', price: 590,
    promise: { timeZone: HELSINKI, cutoff: '14:00', transitDays: 1, deliveryDays: [1, 2, 3, 4, 5, 6], holidays: 'FI', readyFrom: '17:00' },
  },
  store: {
    kind: 'store', carrier: 'Pyöräpaja', name: 'Click & collect in store', price: 0,
    promise: {
      timeZone: HELSINKI, cutoff: '16:00', transitDays: 0, dispatchDays: [1, 2, 3, 4, 5, 6], deliveryDays: [1, 2, 3, 4, 5, 6],
      holidays: 'FI', readyFrom: '18:00',
    },
  },
};

/** For a shipping method code the mapping does not name: guessed from the code, with a cautious 1–3 day promise. */
export function fallbackMapping(code: string): VendureDeliveryMapping {
  const kind: DeliveryKind = /pickup|parcel|locker|noutopiste/i.test(code) ? 'pickup-point' : /store|shop|collect|myymala/i.test(code) ? 'store' : 'home';
  return { kind, promise: { timeZone: HELSINKI, cutoff: '12:00', transitDays: { min: 1, max: 3 }, holidays: 'FI' } };
}
