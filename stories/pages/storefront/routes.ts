/** The demo's hash routes. Pure functions, so the router's rules are easy to read and to test. */
export type Route =
  | { kind: 'home' }
  | { kind: 'category'; id: string }
  | { kind: 'search'; q: string }
  | { kind: 'product'; id: string }
  | { kind: 'cart' }
  | { kind: 'checkout' }
  | { kind: 'order'; code: string }
  | { kind: 'track'; code: string }
  | { kind: 'not-found' };

function decode(part: string | undefined): string {
  try {
    return decodeURIComponent(part ?? '');
  } catch {
    return '';
  }
}

/**
 * The route for a location hash, or `undefined` for a hash that is not a route (an in-page anchor such as `#main`),
 * which the router leaves alone. `#/checkout/<step>` is the checkout: its steps are the checkout element's own.
 * `#/order/<code>` is the confirmation, `#/track/<code>` the order's live status.
 */
export function parseRoute(hash: string): Route | undefined {
  if (hash === '' || hash === '#' || hash === '#/') return { kind: 'home' };
  if (!hash.startsWith('#/')) return undefined;
  const [head, ...rest] = hash.slice(2).split('/');
  const tail = decode(rest.join('/'));
  switch (head) {
    case 'category': return tail ? { kind: 'category', id: tail } : { kind: 'home' };
    case 'search': return tail.trim() ? { kind: 'search', q: tail.trim() } : { kind: 'home' };
    case 'product': return tail ? { kind: 'product', id: tail } : { kind: 'not-found' };
    case 'cart': return { kind: 'cart' };
    case 'checkout': return { kind: 'checkout' };
    case 'order': return tail ? { kind: 'order', code: tail } : { kind: 'not-found' };
    case 'track': return tail ? { kind: 'track', code: tail } : { kind: 'not-found' };
    default: return { kind: 'not-found' };
  }
}

/** Routes with the same key are the same page (a change between them is no page change). */
export function routeKey(route: Route): string {
  switch (route.kind) {
    case 'category': return `category:${route.id}`;
    case 'search': return `search:${route.q}`;
    case 'product': return `product:${route.id}`;
    case 'order': return `order:${route.code}`;
    case 'track': return `track:${route.code}`;
    default: return route.kind;
  }
}
