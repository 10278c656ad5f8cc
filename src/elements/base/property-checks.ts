import type { PropertyDeclaration, PropertyValues } from 'lit';

/**
 * Checks on values the page sets on element properties. A page with a bug (or a payload it did not expect) can set
 * anything on a property: the element refuses what it cannot render, says so once in the console, and falls back,
 * instead of throwing in render and leaving a blank element.
 *
 * A check returns `undefined` when the value is acceptable and otherwise the reason it is not, e.g.
 * `product.variants is missing, not a list`. Data objects reuse the validators the guard applies to adapter
 * answers (core/validate.ts), so the page and the backend are held to the same shape.
 */
export interface PropertyCheck {
  /** The reason `value` is refused, or `undefined` to accept it. */
  check(value: unknown): string | undefined;
  /**
   * What the property becomes when a value is refused: a fixed value (the element's empty state), or
   * `LAST_GOOD` for the last value the property held that passed the check (its default, for a setting).
   */
  fallback: unknown;
}

/** Fallback marker: go back to the property's last acceptable value. */
export const LAST_GOOD: unique symbol = Symbol('sf-last-good');

/** A short description of a value for a console warning (never the value itself: it may be huge or cyclic). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return `a ${typeof value}`;
}

/** The message of whatever a validator threw. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A data property checked by a core validator (validateProduct, validateOrder…); refused values become `fallback`.
 * Unset (null or undefined) is the empty state when `fallback` is undefined, and refused otherwise (a list).
 */
export function validated(validate: (value: unknown) => unknown, fallback: unknown = undefined): PropertyCheck {
  return {
    fallback,
    check(value) {
      if (value === undefined || value === null) return fallback === undefined ? undefined : `is ${describeValue(value)}`;
      try {
        validate(value);
        return undefined;
      } catch (error) {
        return reasonOf(error);
      }
    },
  };
}

/** A number setting: finite, within `min`..`max`, whole when `integer`. Refused values go back to the last good one. */
export function numberCheck({ min = -Infinity, max = Infinity, integer = false, optional = true } = {}): PropertyCheck {
  return {
    fallback: LAST_GOOD,
    check(value) {
      if ((value === undefined || value === null) && optional) return undefined;
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${describeValue(value)} is not a finite number`;
      if (integer && !Number.isInteger(value)) return `${describeValue(value)} is not a whole number`;
      if (value < min || value > max) return `${describeValue(value)} is outside ${String(min)}..${String(max)}`;
      return undefined;
    },
  };
}

/** A text setting (an attribute's property): a string, or unset. Refused values go back to the last good one. */
export const stringCheck: PropertyCheck = {
  fallback: LAST_GOOD,
  check: (value) => (value === undefined || value === null || typeof value === 'string' ? undefined : `${describeValue(value)} is not a string`),
};

/** Text that is always a string (empty when unset): null, undefined and other types become `''`. */
export const textCheck: PropertyCheck = {
  fallback: '',
  check: (value) => (typeof value === 'string' ? undefined : `${describeValue(value)} is not a string`),
};

/** One of a fixed set of strings (or unset, when `optional`). */
export function oneOfCheck(allowed: readonly string[], { optional = false } = {}): PropertyCheck {
  return {
    fallback: LAST_GOOD,
    check(value) {
      if ((value === undefined || value === null) && optional) return undefined;
      return typeof value === 'string' && allowed.includes(value) ? undefined : `${describeValue(value)} is not one of ${allowed.join(', ')}`;
    },
  };
}

/** An object (a service, a storage, a clock) that has the named methods; refused values become `undefined`. */
export function methodsCheck(...methods: string[]): PropertyCheck {
  return {
    fallback: undefined,
    check(value) {
      if (value === undefined || value === null) return undefined;
      if (typeof value !== 'object' && typeof value !== 'function') return `${describeValue(value)} is not an object`;
      const missing = methods.filter((m) => typeof (value as Record<string, unknown>)[m] !== 'function');
      return missing.length ? `has no ${missing.join(', ')} method${missing.length > 1 ? 's' : ''}` : undefined;
    },
  };
}

/** A function (a callback), or unset. */
export const functionCheck: PropertyCheck = {
  fallback: undefined,
  check: (value) => (value === undefined || value === null || typeof value === 'function' ? undefined : `${describeValue(value)} is not a function`),
};

/** A valid `Date`, or unset. */
export const dateCheck: PropertyCheck = {
  fallback: undefined,
  check: (value) => {
    if (value === undefined || value === null) return undefined;
    return value instanceof Date && !Number.isNaN(value.getTime()) ? undefined : `${describeValue(value)} is not a valid Date`;
  },
};

/**
 * The check a property gets from its declaration alone, when the element names none: numbers must be finite,
 * plain attribute-backed properties must be strings. Booleans are coerced by use and need none.
 */
export function checkFromDeclaration(decl: PropertyDeclaration): PropertyCheck | undefined {
  if (decl.type === Number) return numberCheck();
  if (decl.type === undefined && decl.converter === undefined && decl.attribute !== false && !decl.state) return stringCheck;
  return undefined;
}

type Checked = { propertyChecks?: Readonly<Record<string, PropertyCheck>>; elementProperties?: Map<PropertyKey, PropertyDeclaration> };

const cache = new WeakMap<object, Map<string, PropertyCheck>>();

/**
 * Every check that applies to an element class: those its declarations imply, then each class's own static
 * `propertyChecks` from the base down, a subclass's winning.
 */
export function checksOf(ctor: object): Map<string, PropertyCheck> {
  let checks = cache.get(ctor);
  if (checks) return checks;
  checks = new Map();
  for (const [name, decl] of (ctor as Checked).elementProperties ?? []) {
    const implied = typeof name === 'string' ? checkFromDeclaration(decl) : undefined;
    if (implied) checks.set(name as string, implied);
  }
  const chain: Checked[] = [];
  // Walks to the end of the chain rather than to `HTMLElement`, a global that Node (server rendering) has not got.
  for (let c: unknown = ctor; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) chain.unshift(c as Checked);
  for (const c of chain) {
    if (Object.hasOwn(c, 'propertyChecks')) for (const [name, check] of Object.entries(c.propertyChecks ?? {})) checks.set(name, check);
  }
  cache.set(ctor, checks);
  return checks;
}

/**
 * Applies an element's property checks: the one piece behind `warnOnce()` and the check before every render. The
 * base element owns one (and <sf-shop>, which is not a kit element but takes values from the page too).
 */
export class PropertyGuard {
  readonly #host: HTMLElement;
  readonly #warned = new Set<string>();
  readonly #lastGood = new Map<string, unknown>();
  #setBeforeConnect: Set<string> | undefined = new Set();

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  get #values(): Record<string, unknown> {
    return this.#host as unknown as Record<string, unknown>;
  }

  /** Warns once per element, property and reason: `<sf-product-card> product: product.variants is missing…`. */
  warnOnce(property: string, reason: string): void {
    const key = `${property}\u0000${reason}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.#host.localName ?? this.#host.constructor.name}> ${property}: ${reason}`);
  }

  /** After a property is set: remembers it as the last good value of a setting, if it is one. */
  track(name: PropertyKey | undefined): void {
    if (typeof name !== 'string') return;
    this.#setBeforeConnect?.add(name);
    const check = checksOf(this.#host.constructor).get(name);
    if (check?.fallback !== LAST_GOOD) return;
    const value = this.#values[name];
    if (check.check(value) === undefined) this.#lastGood.set(name, value);
  }

  /**
   * On connect: the properties the page set before connecting the element are checked now, not at the first
   * render, because connecting already runs code that reads them (a checkout's storage key and title, the
   * experiments service's storage). Only the first connect: afterwards every change is checked before render.
   */
  applyOnConnect(): void {
    const names = this.#setBeforeConnect;
    if (!names) return;
    this.#setBeforeConnect = undefined;
    this.apply(new Map([...names].map((name) => [name, undefined])) as PropertyValues);
  }

  /** Before render: every changed property that fails its check warns once and falls back. */
  apply(changed: PropertyValues): void {
    const checks = checksOf(this.#host.constructor);
    for (const name of changed.keys()) {
      const check = typeof name === 'string' ? checks.get(name) : undefined;
      if (!check) continue;
      const reason = check.check(this.#values[name as string]);
      if (reason === undefined) continue;
      this.warnOnce(name as string, reason);
      this.#values[name as string] = check.fallback === LAST_GOOD ? this.#lastGood.get(name as string) : check.fallback;
    }
  }
}
