import type { Locale } from '../../core/locale.js';
import { hasMessages } from '../catalog.js';

// One literal import per language, so every bundler sees three separate chunks.
const LOADERS: Readonly<Record<Locale, () => Promise<unknown>>> = {
  en: () => import('./en.js'),
  fi: () => import('./fi.js'),
  sv: () => import('./sv.js'),
};

const loading = new Map<Locale, Promise<void>>();

/**
 * Loads a language's words (once): its module registers them. Rejects only when the module cannot be fetched
 * (offline); the next call tries again.
 */
export function loadMessages(locale: Locale): Promise<void> {
  if (hasMessages(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().then(() => undefined).finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
