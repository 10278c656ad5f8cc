import { LocalCommerceAdapter, type LocalCommerceAdapterOptions } from '../../src/adapters/local/local-adapter.js';
import { createSafeStorage, type SafeStorage } from '../../src/core/storage.js';

let counter = 0;

/** A storage key no other test uses, so tests never see each other's carts. */
export function uniqueKey(prefix = 'sf-test'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** A LocalCommerceAdapter on its own storage key, with cross-tab sync off unless asked for. */
export function testAdapter(options: LocalCommerceAdapterOptions = {}): LocalCommerceAdapter {
  return new LocalCommerceAdapter({ storageKey: uniqueKey(), crossTab: false, ...options });
}

/** A storage whose every access throws, as in a sandboxed frame or with site data blocked. */
export function throwingStorage(warnings: string[] = []): SafeStorage {
  const broken = {
    getItem() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    setItem() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    removeItem() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  } as unknown as Storage;
  return createSafeStorage(() => broken, 'test storage', (m) => warnings.push(m));
}

/** A storage that is full: reads work, every write throws QuotaExceededError. */
export function fullStorage(warnings: string[] = []): SafeStorage {
  const data = new Map<string, string>();
  const full = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); },
    removeItem: (k: string) => data.delete(k),
  } as unknown as Storage;
  return createSafeStorage(() => full, 'test storage', (m) => warnings.push(m));
}
