import { CommerceError } from './errors.js';
import type { Crumb, NavItem } from './navigation.js';
import type { Facet, ListFilters } from './listing.js';
import type { AppliedDiscount, Cart, CartLine, Category, DeliveryMethod, Image, Page, Product, Variant } from './model.js';
import { isMoney, toMinorUnits, type Money } from './money.js';

/**
 * Structural validation of what a commerce backend returns, before any element renders it or any total is
 * computed from it. Each validator returns its input unchanged when it is well-formed and otherwise throws a
 * `CommerceError('malformed-response')` whose message names the first bad field by its path, e.g.
 * `cart.lines[2].unitPrice.amount is NaN`, and whose `field` is that path.
 *
 * Validation is about shape and sanity (types, integer non-negative money in the shop's currency, unique ids),
 * not about text content: names are rendered as text by Lit and URLs pass `safeUrl()` where they are used.
 *
 * One thing is repaired rather than refused: a finite amount that is not a whole number of minor units (a backend
 * with net prices computing VAT) is rounded by `toMinorUnits` (half up, as Vendure rounds). The validator then
 * returns a copy with those amounts rounded; an answer with only whole amounts is returned as it came.
 */

export interface ValidateOptions {
  /** The shop's ISO 4217 currency; money in any other currency is refused. Omit to accept any one currency. */
  currency?: string;
  /**
   * Refuse an order whose `placedAt` is not a readable date (default true). An element that shows an order set by
   * the page tells its status from its own clock when the date is unreadable, so it only needs a string.
   */
  readableDates?: boolean;
}

/** Context passed down while walking one response: the currency every amount in it must share. */
export interface Ctx {
  currency: string | undefined;
}

export function fail(path: string, problem: string): never {
  throw new CommerceError('malformed-response', `${path} ${problem}`, { field: path, retryable: true });
}

function describe(value: unknown): string {
  if (value === undefined) return 'is missing';
  if (value === null) return 'is null';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'is NaN';
    if (!Number.isFinite(value)) return `is ${String(value)}`;
    return `is ${String(value)}`;
  }
  if (Array.isArray(value)) return 'is an array';
  return typeof value === 'object' ? 'is an object' : `is a ${typeof value}`;
}

export function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, `${describe(value)}, not an object`);
  return value as Record<string, unknown>;
}

export function list(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, `${describe(value)}, not a list`);
  return value;
}

export function str(o: Record<string, unknown>, key: string, path: string, { empty = true } = {}): string {
  const v = o[key];
  if (typeof v !== 'string') fail(`${path}.${key}`, `${describe(v)}, not a string`);
  if (!empty && v.trim() === '') fail(`${path}.${key}`, 'is empty');
  return v;
}

export function optStr(o: Record<string, unknown>, key: string, path: string): void {
  if (o[key] !== undefined && o[key] !== null) str(o, key, path);
}

export function int(o: Record<string, unknown>, key: string, path: string, min = 0): number {
  const v = o[key];
  if (typeof v !== 'number') fail(`${path}.${key}`, `${describe(v)}, not a number`);
  if (Number.isNaN(v)) fail(`${path}.${key}`, 'is NaN');
  if (!Number.isSafeInteger(v)) fail(`${path}.${key}`, `is not a whole number (${String(v)})`);
  if (v < min) fail(`${path}.${key}`, `is ${String(v)}, below ${String(min)}`);
  return v;
}

function optInt(o: Record<string, unknown>, key: string, path: string, min = 0): void {
  if (o[key] !== undefined && o[key] !== null) int(o, key, path, min);
}

export function finite(o: Record<string, unknown>, key: string, path: string, min: number, max: number): number {
  const v = o[key];
  if (typeof v !== 'number') fail(`${path}.${key}`, `${describe(v)}, not a number`);
  if (Number.isNaN(v)) fail(`${path}.${key}`, 'is NaN');
  if (v < min || v > max || !Number.isFinite(v)) fail(`${path}.${key}`, `is ${String(v)}, outside ${String(min)}..${String(max)}`);
  return v;
}

export function oneOf<T extends string>(o: Record<string, unknown>, key: string, path: string, allowed: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(`${path}.${key}`, `${typeof v === 'string' ? `is "${v.slice(0, 40)}"` : describe(v)}, not one of ${allowed.join(', ')}`);
  }
  return v as T;
}

/** Money: an object with a safe-integer, non-negative `amount` in minor units and the shop's currency. */
function moneyAt(value: unknown, path: string, ctx: Ctx): Money {
  const o = record(value, path);
  const amount = o['amount'];
  if (typeof amount !== 'number') fail(`${path}.amount`, `${describe(amount)}, not a number`);
  if (Number.isNaN(amount)) fail(`${path}.amount`, 'is NaN');
  if (!Number.isSafeInteger(amount)) fail(`${path}.amount`, `is not a whole number of minor units (${String(amount)})`);
  if (amount < 0) fail(`${path}.amount`, `is negative (${String(amount)})`);
  const currency = o['currency'];
  if (typeof currency !== 'string') fail(`${path}.currency`, `${describe(currency)}, not a string`);
  if (!isMoney(o)) fail(`${path}.currency`, `"${currency.slice(0, 12)}" is not an ISO 4217 code`);
  if (ctx.currency === undefined) ctx.currency = currency;
  else if (currency !== ctx.currency) fail(`${path}.currency`, `is ${currency}, not the shop's ${ctx.currency}`);
  return o as unknown as Money;
}

export function field(o: Record<string, unknown>, key: string, path: string, ctx: Ctx): Money {
  return moneyAt(o[key], `${path}.${key}`, ctx);
}

export function optField(o: Record<string, unknown>, key: string, path: string, ctx: Ctx): void {
  if (o[key] !== undefined && o[key] !== null) moneyAt(o[key], `${path}.${key}`, ctx);
}

export function uniqueIds(items: readonly unknown[], path: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = (item as { id: string }).id;
    if (seen.has(id)) fail(`${path}[${i}].id`, `"${id.slice(0, 40)}" is a duplicate`);
    seen.add(id);
  });
}

function imageAt(value: unknown, path: string): Image {
  const o = record(value, path);
  str(o, 'src', path);
  str(o, 'alt', path);
  optInt(o, 'width', path);
  optInt(o, 'height', path);
  if (o['sources'] !== undefined) {
    list(o['sources'], `${path}.sources`).forEach((s, i) => {
      const source = record(s, `${path}.sources[${i}]`);
      str(source, 'src', `${path}.sources[${i}]`);
      int(source, 'width', `${path}.sources[${i}]`, 1);
    });
  }
  return o as unknown as Image;
}

function variantAt(value: unknown, path: string, ctx: Ctx): Variant {
  const o = record(value, path);
  str(o, 'id', path, { empty: false });
  str(o, 'sku', path);
  str(o, 'name', path);
  const options = record(o['options'], `${path}.options`);
  for (const [k, v] of Object.entries(options)) {
    if (typeof v !== 'string') fail(`${path}.options.${k}`, `${describe(v)}, not a string`);
  }
  field(o, 'price', path, ctx);
  optField(o, 'compareAtPrice', path, ctx);
  int(o, 'stock', path, Number.MIN_SAFE_INTEGER);
  optInt(o, 'restockDays', path);
  optInt(o, 'minQuantity', path);
  optInt(o, 'maxQuantity', path);
  optInt(o, 'quantityStep', path, 1);
  return o as unknown as Variant;
}

function productAt(value: unknown, path: string, ctx: Ctx): Product {
  const o = record(value, path);
  str(o, 'id', path, { empty: false });
  str(o, 'slug', path);
  str(o, 'name', path);
  str(o, 'description', path);
  optStr(o, 'brand', path);
  list(o['categoryIds'], `${path}.categoryIds`).forEach((c, i) => {
    if (typeof c !== 'string') fail(`${path}.categoryIds[${i}]`, `${describe(c)}, not a string`);
  });
  list(o['images'], `${path}.images`).forEach((img, i) => imageAt(img, `${path}.images[${i}]`));
  const variants = list(o['variants'], `${path}.variants`);
  variants.forEach((v, i) => variantAt(v, `${path}.variants[${i}]`, ctx));
  uniqueIds(variants, `${path}.variants`);
  finite(o, 'vatRate', path, 0, 99.99);
  if (o['relatedIds'] !== undefined) list(o['relatedIds'], `${path}.relatedIds`);
  optStr(o, 'createdAt', path);
  if (o['specifications'] !== undefined) {
    list(o['specifications'], `${path}.specifications`).forEach((s, i) => {
      const spec = record(s, `${path}.specifications[${i}]`);
      str(spec, 'name', `${path}.specifications[${i}]`);
      str(spec, 'value', `${path}.specifications[${i}]`);
    });
  }
  return o as unknown as Product;
}

function categoryAt(value: unknown, path: string, depth: number): Category {
  if (depth > 16) fail(path, 'nests deeper than 16 levels');
  const o = record(value, path);
  str(o, 'id', path, { empty: false });
  str(o, 'name', path);
  str(o, 'slug', path);
  str(o, 'href', path);
  const children = list(o['children'], `${path}.children`);
  children.forEach((c, i) => categoryAt(c, `${path}.children[${i}]`, depth + 1));
  return o as unknown as Category;
}

const ISSUES = ['unavailable', 'stock-reduced', 'price-changed'] as const;

function lineAt(value: unknown, path: string, ctx: Ctx): CartLine {
  const o = record(value, path);
  str(o, 'id', path, { empty: false });
  str(o, 'productId', path);
  str(o, 'variantId', path);
  str(o, 'name', path);
  str(o, 'variantName', path);
  if (o['image'] !== undefined && o['image'] !== null) imageAt(o['image'], `${path}.image`);
  optStr(o, 'href', path);
  optStr(o, 'productSlug', path);
  field(o, 'unitPrice', path, ctx);
  int(o, 'quantity', path, 1);
  field(o, 'lineTotal', path, ctx);
  int(o, 'available', path, Number.MIN_SAFE_INTEGER);
  int(o, 'minQuantity', path);
  int(o, 'maxQuantity', path);
  int(o, 'quantityStep', path, 1);
  if (o['issue'] !== undefined && o['issue'] !== null) {
    const issue = record(o['issue'], `${path}.issue`);
    const kind = oneOf(issue, 'kind', `${path}.issue`, ISSUES);
    if (kind === 'stock-reduced') int(issue, 'available', `${path}.issue`, Number.MIN_SAFE_INTEGER);
    if (kind === 'price-changed') field(issue, 'previous', `${path}.issue`, ctx);
  }
  return o as unknown as CartLine;
}

export function linesAt(value: unknown, path: string, ctx: Ctx): void {
  const lines = list(value, path);
  lines.forEach((l, i) => lineAt(l, `${path}[${i}]`, ctx));
  uniqueIds(lines, path);
}

function discountAt(value: unknown, path: string, ctx: Ctx): AppliedDiscount {
  const o = record(value, path);
  str(o, 'code', path);
  str(o, 'description', path);
  field(o, 'amount', path, ctx);
  return o as unknown as AppliedDiscount;
}

export function currencyOf(o: Record<string, unknown>, path: string, ctx: Ctx): void {
  const c = str(o, 'currency', path);
  if (ctx.currency !== undefined && c !== ctx.currency) fail(`${path}.currency`, `is ${c.slice(0, 12)}, not the shop's ${ctx.currency}`);
  if (!/^[A-Z]{3}$/.test(c)) fail(`${path}.currency`, `"${c.slice(0, 12)}" is not an ISO 4217 code`);
  ctx.currency = c;
}

export function deliveryMethodAt(value: unknown, path: string, ctx: Ctx): DeliveryMethod {
  const o = record(value, path);
  str(o, 'id', path, { empty: false });
  oneOf(o, 'kind', path, ['home', 'pickup-point', 'store'] as const);
  str(o, 'name', path);
  str(o, 'carrier', path);
  field(o, 'price', path, ctx);
  optField(o, 'freeFrom', path, ctx);
  const promise = record(o['promise'], `${path}.promise`);
  str(promise, 'timeZone', `${path}.promise`, { empty: false });
  if (!/^\d{2}:\d{2}$/.test(str(promise, 'cutoff', `${path}.promise`))) fail(`${path}.promise.cutoff`, 'is not HH:MM');
  const transit = promise['transitDays'];
  if (typeof transit === 'object' && transit !== null) {
    int(transit as Record<string, unknown>, 'min', `${path}.promise.transitDays`);
    int(transit as Record<string, unknown>, 'max', `${path}.promise.transitDays`);
  } else {
    int(promise, 'transitDays', `${path}.promise`);
  }
  return o as unknown as DeliveryMethod;
}

export function listOf<T>(value: unknown, path: string, item: (v: unknown, p: string) => T, unique = true): readonly T[] {
  const items = list(value, path);
  items.forEach((v, i) => item(v, `${path}[${i}]`));
  if (unique) uniqueIds(items, path);
  return items as readonly T[];
}

export const ctxOf = (options: ValidateOptions): Ctx => ({ currency: options.currency });

/**
 * Rounds every Money-shaped `{ amount, currency }` whose amount is finite but fractional, copying only the objects
 * on the way to one (so an answer without fractions keeps its identity). Deeper than any model nests: stops at 24.
 * Each object is visited once, so a cyclic or heavily shared value (set on a property by a page) costs its size,
 * not its paths; the validators then refuse it by shape.
 */
export function roundMoneyAmounts<T>(value: T, depth = 0, seen = new WeakSet<object>()): T {
  if (typeof value !== 'object' || value === null || depth > 24 || seen.has(value)) return value;
  seen.add(value);
  // Plain loops, no arrays of entries: an answer of hundreds of products has thousands of objects to walk.
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const rounded = roundMoneyAmounts(item, depth + 1, seen);
      if (rounded !== item) (copy ??= [...value])[i] = rounded;
    }
    return (copy ?? value) as T;
  }
  const o = value as Record<string, unknown>;
  const amount = o['amount'];
  if (typeof o['currency'] === 'string' && typeof amount === 'number' && Number.isFinite(amount) && !Number.isInteger(amount)) {
    return { ...o, amount: toMinorUnits(amount) } as T;
  }
  let copy: Record<string, unknown> | undefined;
  for (const k in o) {
    if (!Object.hasOwn(o, k)) continue;
    const v = o[k];
    if (typeof v !== 'object' || v === null) continue;
    const rounded = roundMoneyAmounts(v, depth + 1, seen);
    if (rounded !== v) (copy ??= { ...o })[k] = rounded;
  }
  return (copy ?? value) as T;
}

/** Validates a cart: every field of the `Cart` type, money in one currency (the shop's), unique line ids. */
export function validateCart(value: unknown, options: ValidateOptions = {}, path = 'cart'): Cart {
  value = roundMoneyAmounts(value);
  const ctx = ctxOf(options);
  const o = record(value, path);
  str(o, 'id', path);
  currencyOf(o, path, ctx);
  linesAt(o['lines'], `${path}.lines`, ctx);
  int(o, 'itemCount', path);
  field(o, 'subtotal', path, ctx);
  listOf(o['discounts'], `${path}.discounts`, (d, p) => discountAt(d, p, ctx), false);
  field(o, 'discountTotal', path, ctx);
  if (o['shippingEstimate'] !== null) field(o, 'shippingEstimate', path, ctx);
  field(o, 'total', path, ctx);
  field(o, 'vat', path, ctx);
  optField(o, 'freeShippingThreshold', path, ctx);
  int(o, 'revision', path, Number.MIN_SAFE_INTEGER);
  return o as unknown as Cart;
}

/** Validates one product, its variants (unique ids, integer non-negative prices) and images. */
export function validateProduct(value: unknown, options: ValidateOptions = {}, path = 'product'): Product {
  value = roundMoneyAmounts(value);
  return productAt(value, path, ctxOf(options));
}

/** Validates a page of products: `items` a list of valid products with unique ids, `total` a whole number. */
export function validateProductPage(value: unknown, options: ValidateOptions = {}, path = 'products'): Page<Product> {
  value = roundMoneyAmounts(value);
  const ctx = ctxOf(options);
  const o = record(value, path);
  listOf(o['items'], `${path}.items`, (p, at) => productAt(p, at, ctx));
  int(o, 'total', path);
  if (o['facets'] !== undefined) validateFacets(o['facets'], `${path}.facets`);
  return o as unknown as Page<Product>;
}

/** Validates a list of products (related products). */
export function validateProducts(value: unknown, options: ValidateOptions = {}, path = 'products'): readonly Product[] {
  value = roundMoneyAmounts(value);
  const ctx = ctxOf(options);
  return listOf(value, path, (p, at) => productAt(p, at, ctx));
}

/** Validates the category tree (names, hrefs, children lists; unique ids per level). */
export function validateCategories(value: unknown, path = 'categories'): readonly Category[] {
  return listOf(value, path, (c, at) => categoryAt(c, at, 0));
}

/** Validates delivery methods: kinds, prices in the shop's currency, the carrier's promise parameters. */
export function validateDeliveryMethods(value: unknown, options: ValidateOptions = {}, path = 'deliveryMethods'): readonly DeliveryMethod[] {
  value = roundMoneyAmounts(value);
  const ctx = ctxOf(options);
  return listOf(value, path, (m, at) => deliveryMethodAt(m, at, ctx));
}

function navItemAt(value: unknown, path: string, depth: number): NavItem {
  if (depth > 16) fail(path, 'nests deeper than 16 levels');
  const o = record(value, path);
  str(o, 'id', path, { empty: false });
  str(o, 'name', path);
  optStr(o, 'href', path);
  const children = list(o['children'], `${path}.children`);
  children.forEach((c, i) => navItemAt(c, `${path}.children[${i}]`, depth + 1));
  uniqueIds(children, `${path}.children`);
  return o as unknown as NavItem;
}

/** Validates a navigation tree set by the page: ids, names, optional hrefs, children lists (16 levels at most). */
export function validateNavItems(value: unknown, path = 'items'): readonly NavItem[] {
  return listOf(value, path, (v, at) => navItemAt(v, at, 0));
}

/** Validates a breadcrumb trail: each step a label with an optional href. */
export function validateCrumbs(value: unknown, path = 'items'): readonly Crumb[] {
  return listOf(value, path, (v, at) => {
    const o = record(v, at);
    str(o, 'label', at);
    optStr(o, 'href', at);
    return o as unknown as Crumb;
  }, false);
}

/** Validates one delivery method (see `validateDeliveryMethods`). */
export function validateDeliveryMethod(value: unknown, options: ValidateOptions = {}, path = 'method'): DeliveryMethod {
  value = roundMoneyAmounts(value);
  return deliveryMethodAt(value, path, ctxOf(options));
}

/** Validates a list of `{ id, label }` items (checkout steps): non-empty string ids, unique, string labels. */
export function validateLabelledItems(value: unknown, path = 'items'): readonly { id: string; label: string }[] {
  return listOf(value, path, (v, at) => {
    const o = record(v, at);
    str(o, 'id', at, { empty: false });
    str(o, 'label', at);
    return o as unknown as { id: string; label: string };
  });
}

/** Validates listing facets: ids, kinds, labels and values with whole-number counts. */
export function validateFacets(value: unknown, path = 'facets'): readonly Facet[] {
  list(value, path).forEach((f, i) => {
    const at = `${path}[${i}]`;
    const facet = record(f, at);
    str(facet, 'id', at, { empty: false });
    oneOf(facet, 'kind', at, ['category', 'brand', 'price', 'option', 'stock', 'promise'] as const);
    optStr(facet, 'label', at);
    list(facet['values'], `${at}.values`).forEach((v, j) => {
      const vat = `${at}.values[${j}]`;
      const entry = record(v, vat);
      str(entry, 'value', vat, { empty: false });
      optStr(entry, 'label', vat);
      int(entry, 'count', vat);
    });
  });
  return value as readonly Facet[];
}

/** Validates listing filters: facet id -> the chosen values, each a list of strings. */
export function validateListFilters(value: unknown, path = 'filters'): ListFilters {
  const o = record(value, path);
  for (const [key, values] of Object.entries(o)) validateStrings(values, `${path}.${key}`);
  return o as ListFilters;
}

/** Validates a map of strings (swatch colours by option value). */
export function validateStringMap(value: unknown, path = 'map'): Readonly<Record<string, string>> {
  const o = record(value, path);
  for (const [key, v] of Object.entries(o)) if (typeof v !== 'string') fail(`${path}.${key}`, `${describe(v)}, not a string`);
  return o as Readonly<Record<string, string>>;
}

/** Validates a list of strings (ids). */
export function validateStrings(value: unknown, path = 'items'): readonly string[] {
  return list(value, path).map((v, i) => {
    if (typeof v !== 'string') fail(`${path}[${i}]`, `${describe(v)}, not a string`);
    return v;
  });
}

/** Validates stock as elements take it: `{ available, restockDays }`, whole numbers (available may be negative). */
export function validateStock(value: unknown, path = 'stock'): { available: number; restockDays: number } {
  const o = record(value, path);
  int(o, 'available', path, Number.MIN_SAFE_INTEGER);
  int(o, 'restockDays', path);
  return o as unknown as { available: number; restockDays: number };
}

/** Validates a list of images: `src` and `alt` strings, whole-number sizes, `sources` with whole widths. */
export function validateImages(value: unknown, path = 'images'): readonly Image[] {
  return listOf(value, path, imageAt, false);
}
