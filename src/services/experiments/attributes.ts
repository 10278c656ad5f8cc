import type { SafeStorage } from '../../core/storage.js';

/** Storage key of the shopper's anonymous id (first-party, this origin only). */
export { ANONYMOUS_ID_KEY } from '../../core/consent-storage.js';
import { ANONYMOUS_ID_KEY } from '../../core/consent-storage.js';

const ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

function newId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The shopper's persistent anonymous id: read from `storage`, or created and stored. When storage is unavailable
 * (`SafeStorage` then keeps it in memory and warns once) a new id is made for each page view, so bucketing still
 * works, just without persistence.
 */
export function anonymousId(storage: SafeStorage): string {
  const existing = storage.get(ANONYMOUS_ID_KEY);
  if (existing && ID_PATTERN.test(existing)) return existing;
  const id = newId();
  storage.set(ANONYMOUS_ID_KEY, id);
  return id;
}

export type DeviceType = 'mobile' | 'tablet' | 'desktop';

/**
 * A coarse device class for targeting: by viewport width and pointer, not by user-agent sniffing.
 * Under 768 px is mobile; under 1280 px with a coarse pointer is tablet; everything else desktop.
 */
export function deviceType(width: number, coarsePointer: boolean): DeviceType {
  if (width < 768) return 'mobile';
  if (coarsePointer && width < 1280) return 'tablet';
  return 'desktop';
}

/** `deviceType` of the current window; `desktop` outside a browser. */
export function currentDeviceType(): DeviceType {
  if (typeof window === 'undefined') return 'desktop';
  const coarse = typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
  return deviceType(window.innerWidth, coarse);
}
