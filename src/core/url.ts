/**
 * The kit's one URL policy. Every URL from shop data or from an attribute passes through `safeUrl()` before it
 * becomes an `href`, `src`, `srcset` or `action`, or is navigated to.
 */

/**
 * What the URL is for.
 * - `link`: an `<a href>`. Relative URLs, `http(s)://` URLs, `mailto:` and `tel:`.
 * - `navigation`: a page load (a form's `action`, `location.assign`). Relative URLs and `http(s)://` URLs.
 * - `image`: an `<img src>` or `srcset` candidate. As `navigation`, plus `data:image/*` (raster or SVG: bundlers
 *   inline small images as data URLs, and an image cannot run script).
 */
export type UrlUse = 'link' | 'navigation' | 'image';

export interface SafeUrlOptions {
  /** What the URL is for; `link` by default. */
  use?: UrlUse;
  /**
   * Origins (`https://cdn.example.com`) that protocol-relative (`//cdn.example.com/x.jpg`) and backslash forms may
   * point to. Such a URL is returned absolute, on https. Without a match these forms are refused: they look
   * relative but leave the shop.
   */
  allowedOrigins?: readonly string[];
}

/** Where relative URLs are resolved while checking; any origin would do, it never reaches the page. */
const BASE = new URL('https://shop.invalid/');

// Spaces, controls and invisible format characters (U+00A0, U+2000…U+200A, U+3000, U+FEFF, U+200B, bidi marks…).
const EDGES = /^[\s\p{Cc}\p{Cf}\p{Z}]+|[\s\p{Cc}\p{Cf}\p{Z}]+$/gu;
// The URL parser drops these anywhere ("java\tscript:"); so does the check, and what it returns is what it checked.
const TAB_OR_NEWLINE = /[\t\n\r]/g;
// Left inside a URL after the above, these mean a trick (or garbage): refused rather than guessed at.
const FORBIDDEN = /[\s\p{Cc}\p{Cf}\p{Z}\\]/u;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const NETWORK_PATH = /^[/\\]{2}/;
const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+(?:;[^,]*)?,/i;

/**
 * The URL to render, or `undefined` when it must not be rendered. The returned string is exactly the one that was
 * checked, so the browser reads what the check read:
 * - leading and trailing spaces, controls and invisible characters (any Unicode space, not only ASCII) are
 *   stripped; tabs and newlines inside are dropped (as the URL parser does); inner spaces are percent-encoded;
 *   any other control, invisible character or backslash inside refuses the URL;
 * - relative URLs (`/cart`, `cart`, `?q=x`, `#/product/1`) stay relative and must stay on the page's origin;
 * - `http(s):` must be written `http(s)://host` (`https:evil` means another host on an http page) and is returned
 *   as the parsed URL's `href`; credentials in the URL (`https://shop.fi@evil.example`) are refused;
 * - `//host` and `/\host` forms pass only to `allowedOrigins`;
 * - `mailto:`/`tel:` only for links, `data:image/*` only for images; every other scheme (`javascript:`,
 *   `vbscript:`, `data:text/html`, `file:`, `blob:`…) is refused.
 */
export function safeUrl(value: string | undefined | null, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const use = options.use ?? 'link';
  const cleaned = value.replace(EDGES, '').replace(TAB_OR_NEWLINE, '').replace(/ /g, '%20');
  if (!cleaned) return undefined;

  if (NETWORK_PATH.test(cleaned) || /^\/\\|^\\/.test(cleaned)) {
    const parsed = parse(cleaned, BASE);
    if (!parsed || FORBIDDEN.test(cleaned.replace(/\\/g, '/')) || parsed.username || parsed.password) return undefined;
    return options.allowedOrigins?.includes(parsed.origin) ? parsed.href : undefined;
  }
  if (FORBIDDEN.test(cleaned)) return undefined;

  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // A relative URL: whatever it is, it must resolve on the page's own origin.
    const parsed = parse(cleaned, BASE);
    return parsed && parsed.origin === BASE.origin ? cleaned : undefined;
  }
  if (scheme === 'http' || scheme === 'https') {
    if (!/^https?:\/\/[^/]/i.test(cleaned)) return undefined;
    const parsed = parse(cleaned);
    return parsed && parsed.hostname && !parsed.username && !parsed.password ? parsed.href : undefined;
  }
  if ((scheme === 'mailto' || scheme === 'tel') && use === 'link') return parse(cleaned)?.href;
  if (scheme === 'data' && use === 'image' && DATA_IMAGE.test(cleaned)) return cleaned;
  return undefined;
}

function parse(value: string, base?: URL): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * Where a product page lives, the shop's setting (never an adapter's): a template with `{id}` and `{slug}`
 * placeholders, each URL-encoded (`/products/{slug}`), or a function of the product.
 */
export type ProductHref = string | ((product: { id: string; slug?: string | undefined }) => string);

/** The demo's hash route, the default when a shop sets none. */
export const DEFAULT_PRODUCT_HREF = '#/product/{id}';

/** The link to a product under `href` (default `#/product/{id}`), or undefined when it is not a safe URL. */
export function productLink(href: ProductHref | undefined, product: { id: string; slug?: string | undefined }): string | undefined {
  const setting = href ?? DEFAULT_PRODUCT_HREF;
  const raw = typeof setting === 'function'
    ? setting(product)
    : setting.replace(/\{(id|slug)\}/g, (_, key: string) => encodeURIComponent(key === 'slug' ? product.slug ?? product.id : product.id));
  return safeUrl(raw);
}

/**
 * Where a no-JavaScript cart form posts: `<base>/add` or `<base>/update` under the shop's `cart-action`, through the
 * URL policy (as a navigation), or undefined when there is no base or it is not a safe URL (then no form renders).
 */
export function cartFormAction(base: string | undefined, form: 'add' | 'update'): string | undefined {
  if (typeof base !== 'string' || !base.trim() || /[?#]/.test(base)) return undefined;
  return safeUrl(`${base.trim().replace(/\/+$/, '')}/${form}`, { use: 'navigation' });
}
