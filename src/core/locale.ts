/** The kit's languages: Finnish, Swedish (as written in Finland) and English. */
export type Locale = 'fi' | 'sv' | 'en';

export const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/** The Intl locale used for numbers and dates in each kit locale (Finnish conventions throughout). */
const INTL: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-FI' };

export function intlLocale(locale: Locale): string {
  return INTL[locale];
}

/** Reads a kit locale from a BCP 47 tag such as `fi-FI`, `sv` or `en-GB`; unknown languages fall back. */
export function toLocale(tag: string | null | undefined, fallback: Locale = 'en'): Locale {
  const lang = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return lang === 'fi' || lang === 'sv' || lang === 'en' ? lang : fallback;
}
