import { lazyCatalog } from './catalog.js';
import type enMessages from './en/nav.js';

/** The shape of nav's words (English is the source; Finnish and Swedish are checked against it). */
export type NavMessages = typeof enMessages;

/** Texts of the navigation elements: `<sf-nav>`, `<sf-breadcrumbs>`, `<sf-search>` and `<sf-skip-link>`. */
export const navMessages = lazyCatalog('nav');
