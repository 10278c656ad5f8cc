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

/** Every code the UI has words for; anything else is shown as `unknown`. */
const KNOWN_CODES: ReadonlySet<string> = new Set<CommerceErrorCode>([
  'network', 'timeout', 'not-found', 'out-of-stock', 'invalid-quantity', 'invalid-discount-code', 'expired-discount-code',
  'invalid-input', 'cart-changed', 'payment-declined', 'malformed-response', 'unknown',
]);

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
}

export function isCommerceError(e: unknown): e is CommerceError {
  return e instanceof CommerceError;
}

/**
 * Wraps anything thrown into a CommerceError, keeping the original as `cause`. A CommerceError whose code the kit
 * does not know (a backend or a custom adapter made it up) becomes `unknown` with the same message, so every element
 * shows the generic wording instead of nothing.
 */
export function toCommerceError(e: unknown): CommerceError {
  if (e instanceof CommerceError) {
    if (KNOWN_CODES.has(e.code)) return e;
    return new CommerceError('unknown', e.message, { cause: e, ...(e.field !== undefined ? { field: e.field } : {}) });
  }
  if (e instanceof DOMException && e.name === 'AbortError') {
    return new CommerceError('timeout', 'The request was aborted.', { cause: e });
  }
  if (e instanceof TypeError) return new CommerceError('network', e.message, { cause: e });
  return new CommerceError('unknown', e instanceof Error ? e.message : String(e), { cause: e });
}
