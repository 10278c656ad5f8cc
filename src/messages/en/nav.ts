import { plural } from '../catalog.js';

/** English words of nav (the shape the other languages follow). */
const messages = {
  mainNav: 'Main',
  menu: 'Menu',
  closeMenu: 'Close menu',
  /** The link to a top-level category's own page, first in its panel. */
  allIn: (name: string) => `All ${name}`,
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  showFullPath: 'Show the full path',
  searchLabel: 'Search products',
  searchPlaceholder: 'Search products…',
  searchSubmit: 'Search',
  suggestions: 'Suggestions',
  searching: 'Searching…',
  resultCount: (n: number) => `${n} ${plural('en', n, { one: 'result', other: 'results' })}`,
  showingOf: (shown: number, total: number) => `Showing ${shown} of ${total}. Press Enter to see all.`,
  noResults: (text: string) => `No products match “${text}”. Check the spelling or try a shorter word.`,
  skipToMain: 'Skip to main content',
};

export default messages;
