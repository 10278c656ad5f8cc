import { lazyCatalog } from './catalog.js';
import type enMessages from './en/common.js';

/** The shape of common's words (English is the source; Finnish and Swedish are checked against it). */
export type CommonMessages = typeof enMessages;

/** Strings shared by several elements, and the shopper-facing text for each commerce error code. */
export const commonMessages = lazyCatalog('common');
