// Plain assertions for the conformance suite: no chai, no node:assert, so the suite runs the same in a browser
// (mocha under @web/test-runner) and in Node (node:test), and a failure says what the adapter got wrong in words.
import { isCommerceError, type CommerceError } from '../core/errors.js';

/**
 * A contract check that did not hold. `name` is `'AssertionError'` and `actual` / `expected` are set, so mocha and
 * node:test print a diff as they do for their own assertions.
 */
export class ContractAssertionError extends Error {
  override readonly name = 'AssertionError';
  readonly actual: unknown;
  readonly expected: unknown;
  readonly showDiff: boolean;

  constructor(message: string, diff?: { actual: unknown; expected: unknown }) {
    super(message);
    this.actual = diff?.actual;
    this.expected = diff?.expected;
    this.showDiff = diff !== undefined;
  }
}

/** A value, short, for a message. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value);
  } catch {
    text = String(value);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function fail(what: string, message: string, diff?: { actual: unknown; expected: unknown }): never {
  throw new ContractAssertionError(`${what}: ${message}`, diff);
}

/** Structural equality of plain data: primitives (Object.is, so NaN equals NaN), arrays and plain objects. */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => isDeepEqual(x, b[i]));
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length
    && ka.every((k) => Object.hasOwn(b, k) && isDeepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `actual === expected` (Object.is). */
export function equal(actual: unknown, expected: unknown, what: string): void {
  if (!Object.is(actual, expected)) fail(what, `expected ${show(expected)}, got ${show(actual)}`, { actual, expected });
}

/** Same plain data (see {@link isDeepEqual}; properties that are `undefined` count as absent). */
export function deepEqual(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepEqual(actual, expected)) fail(what, `expected ${show(expected)}, got ${show(actual)}`, { actual, expected });
}

/** `value` is truthy. */
export function ok(value: unknown, what: string): void {
  if (!value) fail(what, `expected a true condition, got ${show(value)}`);
}

/** `object` has each of `expected`'s properties with an equal value (others may exist). */
export function hasProperties(object: unknown, expected: Record<string, unknown>, what: string): void {
  const o = (object ?? {}) as Record<string, unknown>;
  const got = Object.fromEntries(Object.keys(expected).map((k) => [k, o[k]]));
  if (!isDeepEqual(got, expected)) fail(what, `expected properties ${show(expected)}, got ${show(got)}`, { actual: got, expected: expected });
}

/** Every one of `members` is in `list`. */
export function includesAll(list: readonly unknown[], members: readonly unknown[], what: string): void {
  const missing = members.filter((m) => !list.some((x) => isDeepEqual(x, m)));
  if (missing.length) fail(what, `expected ${show(list)} to include ${show(missing)}`);
}

/** None of `members` is in `list`. */
export function excludesAll(list: readonly unknown[], members: readonly unknown[], what: string): void {
  const present = members.filter((m) => list.some((x) => isDeepEqual(x, m)));
  if (present.length) fail(what, `expected ${show(list)} not to include ${show(present)}`);
}

/** `list` holds exactly `members`, in any order. */
export function sameMembers(list: readonly unknown[], members: readonly unknown[], what: string): void {
  const sort = (xs: readonly unknown[]) => xs.map((x) => show(x)).sort();
  if (!isDeepEqual(sort(list), sort(members))) fail(what, `expected ${show(members)} in any order, got ${show(list)}`, { actual: list, expected: members });
}

/** `value` is one of `options`. */
export function oneOf(value: unknown, options: readonly unknown[], what: string): void {
  if (!options.some((o) => isDeepEqual(o, value))) fail(what, `expected one of ${show(options)}, got ${show(value)}`);
}

/** `value` is a string matching `pattern`. */
export function matches(value: unknown, pattern: RegExp, what: string): void {
  if (typeof value !== 'string' || !pattern.test(value)) fail(what, `expected a string matching ${String(pattern)}, got ${show(value)}`);
}

/** `value` is a number above `limit`. */
export function above(value: unknown, limit: number, what: string): void {
  if (typeof value !== 'number' || !(value > limit)) fail(what, `expected a number above ${limit}, got ${show(value)}`);
}

/** `value` is a number below `limit`. */
export function below(value: unknown, limit: number, what: string): void {
  if (typeof value !== 'number' || !(value < limit)) fail(what, `expected a number below ${limit}, got ${show(value)}`);
}

/** `value` is a number of at least `limit`. */
export function atLeast(value: unknown, limit: number, what: string): void {
  if (typeof value !== 'number' || !(value >= limit)) fail(what, `expected a number of at least ${limit}, got ${show(value)}`);
}

/**
 * The CommerceError a call rejects with. Fails when the call resolves, or rejects with anything else: the kit's
 * elements can explain only a CommerceError to a shopper (made by any copy of the kit; see `isCommerceError`).
 */
export async function rejection(promise: Promise<unknown>, what = 'the call'): Promise<CommerceError> {
  let resolved: unknown;
  try {
    resolved = await promise;
  } catch (e) {
    if (!isCommerceError(e)) fail(what, `expected it to reject with a CommerceError, it rejected with ${e instanceof Error ? `${e.name}: ${e.message}` : show(e)}`);
    return e;
  }
  return fail(what, `expected it to reject with a CommerceError, it resolved with ${show(resolved)}`);
}
