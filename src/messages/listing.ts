import { lazyCatalog } from './catalog.js';
import type enMessages from './en/listing.js';

/** The shape of listing's words (English is the source; Finnish and Swedish are checked against it). */
export type ListingMessages = typeof enMessages;

/** Words of product listings: sort, facets, paging and the empty state. */
export const listingMessages = lazyCatalog('listing');
