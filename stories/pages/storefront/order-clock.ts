import type { Clock } from '../../../src/core/clock.js';

/** How much faster the demo's order page runs after an order: a shop day per real minute. */
export const ORDER_DEMO_SPEED = 24 * 60;

/**
 * The demo's order-page clock: real time at the moment the order was placed, then `speed` times faster, so a
 * shopper watches their order be packed, dispatched and delivered within a couple of minutes. Anchored to the
 * order's own time (not to when the page opened), so a reload shows the same moment of the order's life, and the
 * promise the checkout showed (on the real clock) is the one the order is measured against.
 */
export function orderClock(placedAt: string, speed = ORDER_DEMO_SPEED): Clock {
  const anchor = Date.parse(placedAt);
  const start = Number.isNaN(anchor) ? Date.now() : Math.min(anchor, Date.now());
  return {
    now: () => start + (Date.now() - start) * speed,
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, Math.max(0, ms / speed)),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}
