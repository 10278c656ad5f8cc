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
