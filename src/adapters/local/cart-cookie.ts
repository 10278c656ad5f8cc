/**
 * The embedded backend's cart in a first-party cookie, so that a shop's own server reads and writes the same cart
 * as the page: a form posted without JavaScript adds to the cart the page shows after hydration, and back.
 *
 * Why a cookie and not a signed token: the page writes the cart itself (the local adapter runs in the browser), so
 * it cannot hold a server secret. Nothing in the cookie is trusted: it holds only ids and quantities, prices and
 * stock come from the catalogue at every read, and a value that does not parse (or names too much) is a new,
 * empty cart. A tampered cookie can only describe a cart the shopper could have built.
 *
 * Why no consent is asked: a cart is what the shopper asked the shop to keep (the ePrivacy exemption for what is
 * "strictly necessary" for the service requested; the Article 29 Working Party's Opinion 04/2012 names the shopping
 * cart as its example). The cookie holds nothing else: no identifier that outlives the cart, nothing read for
 * telemetry or experiments. It is a session cookie unless the shop sets `maxAgeDays` (keeping a cart across visits
 * is the shop's call, and its consent banner's).
 */

/** Where cookies are read and written: `document.cookie` in the browser, a request's headers on a server. */
export interface CookieJar {
  /** The `Cookie` header as the page or the request sees it (`a=1; b=2`). */
  read(): string;
  /** Sets one cookie (a whole `Set-Cookie` value: `name=value; Path=/; …`). */
  write(setCookie: string): void;
}

/** How the local adapter keeps its cart in a cookie. */
export interface CartCookieOptions {
  /** Cookie name; default `sf_cart`. Letters, digits, `_` and `-`. */
  name?: string;
  /** Where cookies live; default `document.cookie` (the browser). A server passes `requestCookieJar(...)`. */
  jar?: CookieJar;
  /** Keep the cart this many days; default: a session cookie (gone when the browser session ends). */
  maxAgeDays?: number;
  /** Adds `Secure` (HTTPS only); default: whether the page itself is on HTTPS. A server says what its request was. */
  secure?: boolean;
}

/** The longest cookie value written (browsers keep at least 4096 bytes per cookie, name and attributes included). */
export const CART_COOKIE_MAX_VALUE = 3800;

/** The cart as the local adapter keeps it, in the shape the cookie encodes. */
export interface CookieCart {
  id: string;
  revision: number;
  lines: { id: string; productId: string; variantId: string; quantity: number; priceAtAdd: number }[];
  codes: string[];
}

const ID = /^[\w.-]{1,64}$/;
const NAME = /^[\w-]{1,64}$/;

/** `document.cookie`, for the browser. */
export function documentCookieJar(): CookieJar {
  const doc = (globalThis as { document?: { cookie: string } }).document;
  return {
    read: () => {
      try {
        return doc?.cookie ?? '';
      } catch {
        // A sandboxed frame throws on cookie access: no cookie then.
        return '';
      }
    },
    write: (c) => {
      try {
        if (doc) doc.cookie = c;
      } catch {
        // Same: the cart then lives in the adapter's memory for this page.
      }
    },
  };
}

/**
 * A jar over one request's `Cookie` header; what is written collects in `setCookies` for the response's
 * `Set-Cookie` headers, and later reads in the same request see it.
 */
export function requestCookieJar(cookieHeader: string | undefined): CookieJar & { readonly setCookies: string[] } {
  const setCookies: string[] = [];
  let header = cookieHeader ?? '';
  return {
    setCookies,
    read: () => header,
    write: (c) => {
      setCookies.push(c);
      const [pair = ''] = c.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const cleared = /;\s*max-age=0\b/i.test(c);
      header = [...header.split(/;\s*/).filter((p) => p && !p.startsWith(`${name}=`)), ...(cleared ? [] : [pair])].join('; ');
    },
  };
}

/**
 * One cookie's value from a `Cookie` header, or undefined: the kit's one cookie reader (core), re-exported here
 * where the local adapter's cookie helpers are. The first of duplicates wins, as in browsers.
 */
export { readCookie } from '../../core/cookies.js';

const toBase64Url = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (value: string): string => {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

/**
 * The cookie value of a cart: `1.` and base64url of compact JSON (lines as `[lineId, productId, variantId,
 * quantity, priceAtAdd]`). Only cookie-safe characters, so no quoting.
 */
export function encodeCartCookie(cart: CookieCart): string {
  const compact = [cart.id, cart.revision, cart.lines.map((l) => [l.id, l.productId, l.variantId, l.quantity, l.priceAtAdd]), cart.codes];
  return `1.${toBase64Url(JSON.stringify(compact))}`;
}

const isCount = (v: unknown, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;

/**
 * Reads a cart cookie back, checking every part; `undefined` for anything that is not a cart this adapter wrote
 * (another format, bad base64, ids that are not ids, quantities that are not whole numbers from 1 to 9999).
 * Never throws.
 */
export function decodeCartCookie(value: string | undefined): CookieCart | undefined {
  if (!value || value.length > CART_COOKIE_MAX_VALUE || !value.startsWith('1.') || !/^[\w-]*$/.test(value.slice(2))) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(value.slice(2)));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) return undefined;
  const [id, revision, lines, codes] = parsed as unknown[];
  if (typeof id !== 'string' || !ID.test(id) || !isCount(revision, Number.MAX_SAFE_INTEGER)) return undefined;
  if (!Array.isArray(lines) || !Array.isArray(codes) || codes.length > 10) return undefined;
  if (!codes.every((c) => typeof c === 'string' && /^[\w-]{1,32}$/.test(c))) return undefined;
  const out: CookieCart['lines'] = [];
  for (const line of lines) {
    if (!Array.isArray(line) || line.length !== 5) return undefined;
    const [lineId, productId, variantId, quantity, priceAtAdd] = line as unknown[];
    if (![lineId, productId, variantId].every((s) => typeof s === 'string' && ID.test(s))) return undefined;
    if (!isCount(quantity, 9999) || quantity < 1 || !isCount(priceAtAdd, 1e12)) return undefined;
    if (out.some((l) => l.id === lineId || l.variantId === variantId)) return undefined;
    out.push({ id: lineId as string, productId: productId as string, variantId: variantId as string, quantity, priceAtAdd });
  }
  return { id, revision, lines: out, codes: codes as string[] };
}

/** The whole `Set-Cookie` value for a cart (or one that deletes it, for `null`). */
export function cartSetCookie(value: string | null, options: CartCookieOptions = {}): string {
  const name = cartCookieName(options);
  const secure = options.secure ?? (globalThis as { location?: { protocol?: string } }).location?.protocol === 'https:';
  const attrs = ['Path=/', 'SameSite=Lax', ...(secure ? ['Secure'] : [])];
  if (value === null) return [`${name}=`, 'Max-Age=0', ...attrs].join('; ');
  const days = options.maxAgeDays;
  const age = days !== undefined && Number.isFinite(days) && days > 0 ? [`Max-Age=${Math.round(days * 86400)}`] : [];
  return [`${name}=${value}`, ...age, ...attrs].join('; ');
}

/** The cookie's name, checked (a programming error throws). */
export function cartCookieName(options: CartCookieOptions = {}): string {
  const name = options.name ?? 'sf_cart';
  if (!NAME.test(name)) throw new TypeError(`cart cookie name ${JSON.stringify(name)} is not letters, digits, _ or -`);
  return name;
}
