/**
 * Creates an idempotency key: a random UUID where the platform has one (secure contexts), else 128 random bits in
 * hex from `crypto.getRandomValues`. Touches no DOM, so it runs on the server too.
 */
export function createIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  if (typeof c?.getRandomValues === 'function') {
    return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  // No Web Crypto at all (a very old runtime): a key only has to be unique per change, not secret.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}
