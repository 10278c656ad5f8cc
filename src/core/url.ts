/**
 * Link and image URLs from shop data pass through here before they are rendered. Only http(s) and same-origin
 * relative URLs pass; `javascript:`, `data:`, `vbscript:` and anything unparseable are refused.
 */
export function safeUrl(value: string | undefined | null, base = 'https://shop.invalid/'): string | undefined {
  if (!value) return undefined;
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"): so must we.
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point here
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  let parsed: URL;
  try {
    parsed = new URL(cleaned, base);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? value.trim() : undefined;
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
