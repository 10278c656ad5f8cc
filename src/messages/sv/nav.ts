import { plural } from '../catalog.js';
import { type NavMessages } from '../nav.js';

/** Swedish words of nav. */
export default {
  mainNav: 'Huvudmeny',
  menu: 'Meny',
  closeMenu: 'Stäng menyn',
  allIn: (name: string) => `Alla: ${name}`,
  breadcrumb: 'Brödsmulor',
  home: 'Startsida',
  showFullPath: 'Visa hela sökvägen',
  searchLabel: 'Sök produkter',
  searchPlaceholder: 'Sök produkter…',
  searchSubmit: 'Sök',
  suggestions: 'Förslag',
  searching: 'Söker…',
  resultCount: (n: number) => `${n} ${plural('sv', n, { one: 'resultat', other: 'resultat' })}`,
  showingOf: (shown: number, total: number) => `Visar ${shown} av ${total}. Tryck på Enter för att se alla.`,
  noResults: (text: string) => `Inga produkter matchar ”${text}”. Kontrollera stavningen eller prova ett kortare ord.`,
  skipToMain: 'Hoppa till huvudinnehållet',
} satisfies NavMessages;
