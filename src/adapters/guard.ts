import type { CommerceAdapter } from '../core/adapter.js';
import { CommerceError, toCommerceError } from '../core/errors.js';
import type { Cart, RequestOptions } from '../core/model.js';
import {
  validateCart, validateCategories, validateDeliveryMethods, validateProduct, validateProductPage, validateProducts, type ValidateOptions,
} from '../core/validate.js';
import type * as OrderValidatorsModule from '../core/validate-order.js';

type OrderValidators = typeof OrderValidatorsModule;
let orderValidators: OrderValidators | undefined;

/**
 * Checks an answer with the validators of checkout, order and store answers. They load with the first such answer,
 * so a shop page (products, categories, cart) does not download them; that answer waits for them, every later one
 * is checked at once, as the others are.
 */
function withOrderValidators<T>(check: (m: OrderValidators) => T): T | Promise<T> {
  if (orderValidators) return check(orderValidators);
  return import('../core/validate-order.js').then((m) => check((orderValidators = m)));
}

/** Default time a read (catalogue, cart, delivery) may take before it fails as `timeout`, in ms. */
export const DEFAULT_READ_TIMEOUT_MS = 10_000;
/** Default time a change (cart edits, placing the order) may take before it fails as `timeout`, in ms. */
export const DEFAULT_MUTATION_TIMEOUT_MS = 20_000;

export interface GuardOptions {
  /** How long a read may take, in ms (default 10 000). `0` or `Infinity`: no limit. */
  timeoutMs?: number;
  /** How long a change may take, in ms (default twice `timeoutMs`, or 20 000). */
  mutationTimeoutMs?: number;
  /** The shop's currency: money in any other currency is refused as malformed. */
  currency?: string;
  /** Where a dropped remote cart is reported (a malformed push from another tab or the server). */
  warn?: (message: string) => void;
}

/** An adapter wrapped by {@link guardAdapter}; `inner` is the adapter it guards. */
export interface GuardedCommerceAdapter extends CommerceAdapter {
  readonly inner: CommerceAdapter;
}

const GUARDED = Symbol('sf-guarded');

/** True when `adapter` is already guarded (guarding twice would only stack timers). */
export function isGuarded(adapter: CommerceAdapter): adapter is GuardedCommerceAdapter {
  return (adapter as unknown as Record<symbol, unknown>)[GUARDED] === true;
}

function limit(ms: number | undefined, fallback: number): number {
  return ms === undefined || Number.isNaN(ms) ? fallback : ms;
}

/**
 * Runs `work` with a deadline. The work gets an AbortSignal that fires at the deadline (and when the caller's own
 * signal fires); the returned promise settles at the deadline whether or not the adapter honours the signal, so a
 * hung backend never hangs the page. Anything the adapter throws becomes a CommerceError.
 */
async function withDeadline<T>(
  method: string,
  ms: number,
  outer: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onOuterAbort: (() => void) | undefined;
  const cut = new Promise<never>((_, reject) => {
    if (ms > 0 && Number.isFinite(ms)) {
      timer = setTimeout(() => {
        const error = new CommerceError('timeout', `${method} did not answer within ${ms} ms.`);
        controller.abort(error);
        reject(error);
      }, ms);
    }
    if (outer) {
      onOuterAbort = () => {
        controller.abort(outer.reason);
        reject(toCommerceError(outer.reason ?? new DOMException('Aborted', 'AbortError')));
      };
      if (outer.aborted) onOuterAbort();
      else outer.addEventListener('abort', onOuterAbort, { once: true });
    }
  });
  try {
    return await Promise.race([work(controller.signal), cut]);
  } catch (e) {
    throw toCommerceError(e);
  } finally {
    clearTimeout(timer);
    if (onOuterAbort) outer?.removeEventListener('abort', onOuterAbort);
  }
}

/**
 * Wraps any {@link CommerceAdapter} so that every call has a deadline and every answer is checked before the kit
 * uses it:
 * - reads get an AbortSignal that fires after `timeoutMs` (default 10 s), changes are cut off after
 *   `mutationTimeoutMs` (default 20 s); either way the call rejects with `CommerceError('timeout')`;
 * - products, carts, categories, delivery methods, pickup points, payment methods and orders are validated
 *   (missing fields, NaN / negative / fractional prices, a currency other than the shop's, duplicate ids,
 *   non-list lists) and refused with `CommerceError('malformed-response')` naming the field, e.g.
 *   `cart.lines[2].unitPrice.amount is NaN`;
 * - anything else thrown becomes a CommerceError, so elements only ever show localised text chosen by code.
 *
 * `<sf-shop>` guards the adapter it is given; use this directly when you drive a `CartStore` yourself.
 */
export function guardAdapter(adapter: CommerceAdapter, options: GuardOptions = {}): GuardedCommerceAdapter {
  if (isGuarded(adapter)) adapter = adapter.inner;
  const inner = adapter;
  const readMs = limit(options.timeoutMs, DEFAULT_READ_TIMEOUT_MS);
  const writeMs = limit(options.mutationTimeoutMs, options.timeoutMs === undefined ? DEFAULT_MUTATION_TIMEOUT_MS : readMs * 2);
  const v: ValidateOptions = options.currency ? { currency: options.currency } : {};
  const warn = options.warn ?? ((m: string) => console.warn(m));

  const read = <T>(method: string, signal: AbortSignal | undefined, work: (s: AbortSignal) => Promise<unknown>, check: (x: unknown) => T | Promise<T>) =>
    withDeadline(method, readMs, signal, async (s) => check(await work(s)));
  const write = <T>(method: string, work: () => Promise<unknown>, check: (x: unknown) => T | Promise<T>) =>
    withDeadline(method, writeMs, undefined, async () => check(await work()));
  const opts = (options: RequestOptions | undefined, signal: AbortSignal): RequestOptions => ({ ...options, signal });
  const cart = (x: unknown) => validateCart(x, v);

  const guarded: GuardedCommerceAdapter = {
    inner,
    get name() {
      return inner.name;
    },
    get addressRules() {
      // Only a real pattern passes: anything else would throw in the checkout's validation.
      const pattern: unknown = inner.addressRules?.postalCodePattern;
      return pattern instanceof RegExp ? { postalCodePattern: pattern } : undefined;
    },
    getProduct: (id, o) => read('getProduct', o?.signal, (s) => inner.getProduct(id, opts(o, s)), (x) => validateProduct(x, v)),
    listProducts: (q, o) => read('listProducts', o?.signal, (s) => inner.listProducts(q, opts(o, s)), (x) => validateProductPage(x, v)),
    getCategoryTree: (o) => read('getCategoryTree', o?.signal, (s) => inner.getCategoryTree(opts(o, s)), (x) => validateCategories(x)),
    search: (text, o) => read('search', o?.signal, (s) => inner.search(text, { ...o, signal: s }), (x) => validateProductPage(x, v, 'search')),
    getRelatedProducts: (ids, o) =>
      read('getRelatedProducts', o?.signal, (s) => inner.getRelatedProducts(ids, opts(o, s)), (x) => validateProducts(x, v, 'related')),
    getCart: (o) => read('getCart', o?.signal, (s) => inner.getCart(opts(o, s)), cart),
    // The idempotency key travels on only when given, so an adapter that takes no options sees the call unchanged.
    addLine: (input, o) => write('addLine', () => (o ? inner.addLine(input, o) : inner.addLine(input)), cart),
    setQuantity: (lineId, quantity, o) =>
      write('setQuantity', () => (o ? inner.setQuantity(lineId, quantity, o) : inner.setQuantity(lineId, quantity)), cart),
    removeLine: (lineId) => write('removeLine', () => inner.removeLine(lineId), cart),
    applyDiscountCode: (code) => write('applyDiscountCode', () => inner.applyDiscountCode(code), cart),
    removeDiscountCode: (code) => write('removeDiscountCode', () => inner.removeDiscountCode(code), cart),
    getDeliveryMethods: (q, o) =>
      read('getDeliveryMethods', o?.signal, (s) => inner.getDeliveryMethods(q, opts(o, s)), (x) => validateDeliveryMethods(x, v)),
    getPickupPoints: (q, o) => read('getPickupPoints', o?.signal, (s) => inner.getPickupPoints(q, opts(o, s)), (x) => withOrderValidators((m) => m.validatePickupPoints(x))),
    getPaymentMethods: (o) => read('getPaymentMethods', o?.signal, (s) => inner.getPaymentMethods(opts(o, s)), (x) => withOrderValidators((m) => m.validatePaymentMethods(x))),
    placeOrder: (input) => write('placeOrder', () => inner.placeOrder(input), (x) => withOrderValidators((m) => m.validateOrder(x, v))),
  };
  if (inner.subscribe) {
    guarded.subscribe = (listener: (cart: Cart) => void) =>
      inner.subscribe!((c) => {
        let valid: Cart;
        try {
          valid = validateCart(c, v);
        } catch (e) {
          // A malformed push is dropped: the page keeps the last good cart and re-reads on the next change.
          warn(`storefront-elements: ignored a cart pushed by the backend: ${e instanceof Error ? e.message : String(e)}`);
          return;
        }
        listener(valid);
      });
  }
  if (inner.getOrder) {
    guarded.getOrder = (code, o) => read('getOrder', o?.signal, (s) => inner.getOrder!(code, opts(o, s)), (x) => withOrderValidators((m) => m.validateOrder(x, v)));
  }
  if (inner.getOrderProgress) {
    guarded.getOrderProgress = (code, o) =>
      read('getOrderProgress', o?.signal, (s) => inner.getOrderProgress!(code, opts(o, s)), (x) => withOrderValidators((m) => m.validateOrderProgress(x, v)));
  }
  if (inner.compensationFor) {
    guarded.compensationFor = (order, lateness) =>
      write('compensationFor', () => inner.compensationFor!(order, lateness), (x) => withOrderValidators((m) => m.validateCompensation(x, v)));
  }
  if (inner.getStoreAvailability) {
    guarded.getStoreAvailability = (variantId, o) =>
      read('getStoreAvailability', o?.signal, (s) => inner.getStoreAvailability!(variantId, opts(o, s)), (x) => withOrderValidators((m) => m.validateStoreAvailability(x)));
  }
  if (inner.submitFeedback) {
    guarded.submitFeedback = (input) => write('submitFeedback', () => inner.submitFeedback!(input), () => undefined);
  }
  Object.defineProperty(guarded, GUARDED, { value: true });
  return guarded;
}
