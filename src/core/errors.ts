/** Why an adapter call failed, in terms the UI can explain to a shopper. */
export type CommerceErrorCode =
  | 'network'
  | 'timeout'
  | 'not-found'
  | 'out-of-stock'
  | 'invalid-quantity'
  | 'invalid-discount-code'
  | 'expired-discount-code'
  | 'invalid-input'
  | 'cart-changed'
  | 'payment-declined'
  | 'malformed-response'
  | 'unknown';

export interface CommerceErrorOptions {
  /** Whether trying the same call again may succeed. Defaults by code. */
  retryable?: boolean;
  /** A field the error is about, e.g. `'postalCode'`, `'discountCode'`. */
  field?: string;
  /** Units available, for `out-of-stock`. */
  available?: number;
  cause?: unknown;
}

const RETRYABLE: ReadonlySet<CommerceErrorCode> = new Set(['network', 'timeout', 'unknown']);

/**
 * Marks every CommerceError, whichever copy of the kit made it: a page may load the bundled file and an adapter
 * built separately, each with its own class, so `instanceof` alone would call the other copy's errors `unknown`.
 */
const BRAND = Symbol.for('storefront-elements.CommerceError');
/** Every code, as a record so that a code added to `CommerceErrorCode` must be added here too (tsc says so). */
const CODES: Readonly<Record<CommerceErrorCode, true>> = {
  network: true, timeout: true, 'not-found': true, 'out-of-stock': true, 'invalid-quantity': true,
  'invalid-discount-code': true, 'expired-discount-code': true, 'invalid-input': true, 'cart-changed': true,
  'payment-declined': true, 'malformed-response': true, unknown: true,
};

/**
 * The one error type adapters throw. `message` is for developers and logs; the UI shows a localised text chosen
 * by `code` (see `commerceErrorMessages`), never a backend's raw message.
 */
export class CommerceError extends Error {
  override readonly name = 'CommerceError';
  readonly code: CommerceErrorCode;
  readonly retryable: boolean;
  readonly field?: string;
  readonly available?: number;

  constructor(code: CommerceErrorCode, message: string, options: CommerceErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
    if (options.field !== undefined) this.field = options.field;
    if (options.available !== undefined) this.available = options.available;
  }

  /** True for a CommerceError of this or any other copy of the kit (branded, with a known code). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isCommerceError(value);
  }
}
Object.defineProperty(CommerceError.prototype, BRAND, { value: true });

/** True for a CommerceError from any copy of the kit on the page (the bundled file, an adapter entry, a bundler's). */
export function isCommerceError(e: unknown): e is CommerceError {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as { [BRAND]?: unknown; code?: unknown };
  return o[BRAND] === true && typeof o.code === 'string' && Object.hasOwn(CODES, o.code);
}

/**
 * Wraps anything thrown into a CommerceError, keeping the original as `cause`. A CommerceError whose code the kit
 * does not know (a backend or a custom adapter made it up) becomes `unknown` with the same message, so every element
 * shows the generic wording instead of nothing.
 */
export function toCommerceError(e: unknown): CommerceError {
  if (isCommerceError(e)) return e;
  const branded = e as { [BRAND]?: unknown; message?: unknown; field?: unknown } | null;
  if (typeof branded === 'object' && branded?.[BRAND] === true) {
    // A kit error with a code the kit has no words for: the generic error, keeping its message and field.
    const field = typeof branded.field === 'string' ? branded.field : undefined;
    return new CommerceError('unknown', String(branded.message ?? ''), { cause: e, ...(field !== undefined ? { field } : {}) });
  }
  if (e instanceof DOMException && e.name === 'AbortError') {
    return new CommerceError('timeout', 'The request was aborted.', { cause: e });
  }
  if (e instanceof TypeError) return new CommerceError('network', e.message, { cause: e });
  return new CommerceError('unknown', e instanceof Error ? e.message : String(e), { cause: e });
}
