import { intlLocale, LOCALES, type Locale } from '../core/locale.js';
import type { MessageBundle } from './bundle.js';

/**
 * Messages are plain typed objects, one per feature, written in English first (src/messages/en/<feature>.ts); the
 * Finnish and Swedish modules must have the same keys (`satisfies` the English shape). A message is a string or a
 * function of its parameters, so plurals and interpolation are ordinary, type-checked code rather than a parsed
 * mini-language.
 *
 * Each language is its own module (`locales/<lang>.ts` gathers every feature's words), so a page downloads only the
 * language it shows: elements load theirs before their first render (and before rendering in a new language, so a
 * switch never shows a blank frame). `storefront-elements/core` registers all three at import, so the wording is
 * synchronous in Node; a page that wants no extra request imports `storefront-elements/messages/<lang>` up front.
 */
export type MessageValue = string | ((...args: never[]) => string);
export type MessageShape = Record<string, MessageValue>;

export type Catalog<M> = Readonly<Record<Locale, M>>;

/** Declares a feature's messages in all three languages at once (for a shop's own messages; the kit's are split). */
export function defineMessages<M extends MessageShape>(catalog: { en: M; fi: M; sv: M }): Catalog<M> {
  return catalog;
}

const bundles = new Map<Locale, MessageBundle>();

/** Makes one language's words available (what `locales/<lang>.ts` does when imported). */
export function registerMessages(locale: Locale, bundle: MessageBundle): void {
  bundles.set(locale, bundle);
}

/** Whether a language's words are loaded. */
export function hasMessages(locale: Locale): boolean {
  return bundles.has(locale);
}

/** Whether any language's words are loaded (a render can fall back to them). */
export function hasAnyMessages(): boolean {
  return bundles.size > 0;
}

/**
 * A feature's words, by language, read from the loaded bundles. Reading a language that is not loaded yet gives
 * the first loaded one (a render during a language switch keeps the old words) and throws only when none is: the
 * caller forgot `await loadMessages(locale)` (elements never do: they load before rendering).
 */
export function lazyCatalog<K extends keyof MessageBundle>(feature: K): Catalog<MessageBundle[K]> {
  const read = (locale: Locale): MessageBundle[K] => {
    const bundle = bundles.get(locale) ?? bundles.values().next().value;
    if (!bundle) {
      throw new Error(`storefront-elements: no messages are loaded yet; await loadMessages('${locale}') (or import 'storefront-elements/messages/${locale}') before reading "${String(feature)}"`);
    }
    return bundle[feature];
  };
  const catalog = {} as Record<Locale, MessageBundle[K]>;
  for (const locale of LOCALES) Object.defineProperty(catalog, locale, { get: () => read(locale), enumerable: true });
  return Object.freeze(catalog);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Picks the plural form for `count` by the locale's CLDR rules. */
export function plural(locale: Locale, count: number, forms: { one: string; other: string }): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(locale));
    pluralRules.set(locale, rules);
  }
  return rules.select(count) === 'one' ? forms.one : forms.other;
}
