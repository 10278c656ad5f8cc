import { plural } from '../catalog.js';
import { type NavMessages } from '../nav.js';

/** Finnish words of nav. */
export default {
  mainNav: 'Päävalikko',
  menu: 'Valikko',
  closeMenu: 'Sulje valikko',
  allIn: (name: string) => `Kaikki: ${name}`,
  breadcrumb: 'Murupolku',
  home: 'Etusivu',
  showFullPath: 'Näytä koko polku',
  searchLabel: 'Hae tuotteita',
  searchPlaceholder: 'Hae tuotteita…',
  searchSubmit: 'Hae',
  suggestions: 'Ehdotukset',
  searching: 'Haetaan…',
  resultCount: (n: number) => `${n} ${plural('fi', n, { one: 'tulos', other: 'tulosta' })}`,
  showingOf: (shown: number, total: number) => `Näytetään ${shown}/${total}. Paina Enter nähdäksesi kaikki.`,
  noResults: (text: string) => `Haulla ”${text}” ei löytynyt tuotteita. Tarkista kirjoitusasu tai kokeile lyhyempää sanaa.`,
  skipToMain: 'Siirry pääsisältöön',
} satisfies NavMessages;
