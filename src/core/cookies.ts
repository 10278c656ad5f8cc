/**
 * Reading one cookie from a `Cookie` header (a request's, or `document.cookie`): the one reader for the kit's
 * cookies, the experiments' anonymous id and the local adapter's cart alike, so the server and the page read the
 * same cookie the same way.
 */

/**
 * How much of a `Cookie` header is read. Common proxies refuse a longer header line (nginx's default
 * `large_client_header_buffers` is 8 KB, Apache's `LimitRequestFieldSize` 8190 bytes), so a cookie past it would
 * not reach a shop's server behind them anyway; reading no more keeps the work on a header bounded.
 */
export const COOKIE_HEADER_READ_LIMIT = 8192;

/**
 * The value of cookie `name` in a `Cookie` header, or undefined. Takes the first occurrence (browsers send the
 * most specific path first); a value in double quotes is unquoted and %-escapes are decoded (a malformed escape
 * leaves the value as it came). Reads at most `COOKIE_HEADER_READ_LIMIT` characters of the header, and only
 * cookies wholly within them: a value cut at the limit is never returned. Never throws.
 */
export function readCookie(header: string | readonly string[] | undefined | null, name: string): string | undefined {
  let text = Array.isArray(header) ? header.join('; ') : typeof header === 'string' ? header : '';
  if (text.length > COOKIE_HEADER_READ_LIMIT) {
    // The cookie the limit cuts through is left out with the rest, not read truncated.
    const cut = text.lastIndexOf(';', COOKIE_HEADER_READ_LIMIT);
    text = cut < 0 ? '' : text.slice(0, cut);
  }
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}
