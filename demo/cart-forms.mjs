/* global URLSearchParams, Buffer -- Node globals */
// The reference server's cart without JavaScript: the embedded backend keeps its cart in a first-party cookie
// (`sf_cart`, see src/adapters/local/cart-cookie.ts), which this server reads and writes exactly as the browser's
// adapter does. So a form posted before (or without) JavaScript adds to the same cart the hydrated page shows, and
// the server stays stateless: the cart travels with each request.
//
//   POST /cart/add     product, variant, quantity (1–999)   → 303 /cart?status=added
//   POST /cart/update  line, quantity (0–999; 0 removes)    → 303 /cart?status=updated | removed
//
// Cross-site requests: the cookie is SameSite=Lax (a cross-site POST does not carry it) and a POST must come from
// this origin (Origin, else Sec-Fetch-Site), or it gets 403. Anything malformed gets a 4xx page that says what was
// wrong, and nothing is stored.
import { CommerceError } from '../dist/core.js';
import { LocalCommerceAdapter, decodeCartCookie, demoCatalog, requestCookieJar, readCookie } from '../dist/adapters/local/index.js';

export const CART_COOKIE = 'sf_cart';
/** Largest form body accepted: the forms send three short fields. */
const MAX_BODY = 2048;
const ID = /^[\w-]{1,64}$/;

/** The statuses the cart page knows after a post (`/cart?status=…`, texts in page.mjs); any other is ignored. */
export const CART_STATUS = { added: true, updated: true, removed: true, 'out-of-stock': true, gone: true, 'cart-full': true };

/** The embedded catalogue, built once per server; per-request adapters share it. */
let catalog;

/**
 * The embedded backend for one request: the catalogue, and the cart in the request's cookie. What it writes is
 * in `jar.setCookies`, for the response.
 */
export function requestAdapter(req, { storage, secure = isSecure(req) } = {}) {
  catalog ??= demoCatalog((name) => `/images/${name}.svg`);
  // A cart cookie that does not read (tampered, another format) is no cart: left out here, so the adapter starts a
  // new one without a warning per request in the server's log.
  const header = String(req.headers.cookie ?? '');
  const cookie = readCookie(header, CART_COOKIE);
  const jar = requestCookieJar(cookie !== undefined && !decodeCartCookie(cookie) ? header.split(/;\s*/).filter((p) => !p.startsWith(`${CART_COOKIE}=`)).join('; ') : header);
  const adapter = new LocalCommerceAdapter({ catalog, crossTab: false, storage, cartCookie: { name: CART_COOKIE, jar, secure } });
  return { adapter, jar };
}

/** Whether the request carries a cart: only then is the page the shopper's own (and not shared-cacheable). */
export function hasCartCookie(req) {
  return readCookie(String(req.headers.cookie ?? ''), CART_COOKIE) !== undefined;
}

/** True for the requests this module answers. */
export function isCartPost(req, url) {
  return req.method === 'POST' && (url.pathname === '/cart/add' || url.pathname === '/cart/update');
}

/**
 * Answers POST /cart/add and /cart/update. `origin`: this shop's public origin (`https://shop.example`), else the
 * one the request's Host header names.
 */
export async function handleCartPost(req, res, url, { storage, origin } = {}) {
  const own = origin ?? `${isSecure(req) ? 'https' : 'http'}://${req.headers.host ?? ''}`;
  const from = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (from !== undefined ? from !== own : site !== 'same-origin') {
    return problem(res, 403, 'This form can only be sent from the shop’s own pages.');
  }
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return problem(res, 415, 'The form must be sent as application/x-www-form-urlencoded.');
  }
  const body = await readBody(req, MAX_BODY);
  if (body === undefined) return problem(res, 413, `The form is larger than ${MAX_BODY} bytes.`);
  const adding = url.pathname === '/cart/add';
  const fields = parseForm(body, adding ? ['product', 'variant', 'quantity'] : ['line', 'quantity']);
  if (typeof fields === 'string') return problem(res, 400, fields);
  const quantity = Number(fields.quantity);
  if (!/^\d{1,3}$/.test(fields.quantity) || quantity < (adding ? 1 : 0)) {
    return problem(res, 400, `The quantity must be a whole number from ${adding ? 1 : 0} to 999.`);
  }
  const { adapter, jar } = requestAdapter(req, { storage });
  let status;
  try {
    if (adding) {
      await adapter.addLine({ productId: fields.product, variantId: fields.variant, quantity });
      status = 'added';
    } else if (quantity === 0) {
      await adapter.removeLine(fields.line);
      status = 'removed';
    } else {
      await adapter.setQuantity(fields.line, quantity);
      status = 'updated';
    }
  } catch (e) {
    if (!(e instanceof CommerceError)) throw e;
    if (e.code === 'out-of-stock') status = 'out-of-stock';
    else if (e.code === 'invalid-input' && e.field === 'cart') status = 'cart-full';
    else if (e.code === 'not-found' && !adding) status = 'gone';
    else if (e.code === 'not-found') return problem(res, 400, 'There is no such product or variant.');
    else return problem(res, 400, e.message);
    // Refused: nothing was written.
    jar.setCookies.length = 0;
  } finally {
    adapter.dispose();
  }
  res.writeHead(303, {
    location: `/cart?status=${status}`,
    'cache-control': 'no-store',
    ...(jar.setCookies.length ? { 'set-cookie': jar.setCookies } : {}),
  });
  res.end();
}

/** The request's form, each field once, only the fields named, ids that are ids; or what is wrong, as a sentence. */
function parseForm(body, names) {
  let params;
  try {
    params = new URLSearchParams(body);
  } catch {
    return 'The form could not be read.';
  }
  const out = {};
  for (const [key, value] of params) {
    if (!names.includes(key)) return `Unexpected field “${key.slice(0, 40)}”.`;
    if (Object.hasOwn(out, key)) return `The field “${key}” was sent twice.`;
    out[key] = value;
  }
  for (const name of names) {
    if (!Object.hasOwn(out, name)) return `The field “${name}” is missing.`;
    if (name !== 'quantity' && !ID.test(out[name])) return `The field “${name}” is not an id (letters, digits, - and _, at most 64).`;
  }
  return out;
}

/** The body as text, or undefined when it passes `limit` bytes (then nothing more is read). */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = Number(req.headers['content-length'] ?? 0);
    if (size > limit) {
      req.resume();
      resolve(undefined);
      return;
    }
    size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A small page that says what was wrong, with a way back. Nothing was stored. */
function problem(res, status, message) {
  const title = { 400: 'Bad request', 403: 'Forbidden', 413: 'Too large', 415: 'Unsupported form' }[status] ?? 'Error';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>${escapeHtml(message)} Your cart was not changed.</p><p><a href="/cart">Your cart</a> · <a href="/">Back to the shop</a></p></main></body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', connection: 'close' });
  res.end(html);
}

function isSecure(req) {
  return !!req.socket?.encrypted;
}
