import { intlLocale, type Locale } from '../core/locale.js';

/**
 * Messages are plain typed objects, one per feature, written in English first; Finnish and Swedish must have the
 * same keys (the type checker enforces it). A message is a string or a function of its parameters, so plurals and
 * interpolation are ordinary, type-checked code rather than a parsed mini-language.
 */
export type MessageValue = string | ((...args: never[]) => string);
export type MessageShape = Record<string, MessageValue>;

export type Catalog<M extends MessageShape> = Readonly<Record<Locale, M>>;

/** Declares a feature's messages; `fi` and `sv` are checked against the English shape. */
export function defineMessages<M extends MessageShape>(catalog: { en: M; fi: M; sv: M }): Catalog<M> {
  return catalog;
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
