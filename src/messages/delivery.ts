import { lazyCatalog } from './catalog.js';
import type enMessages from './en/delivery.js';

/** The shape of delivery's words (English is the source; Finnish and Swedish are checked against it). */
export type DeliveryMessages = typeof enMessages;

/** Where the parcel goes: the shopper's door, a pickup point or a store. */
export type DeliveryKind = 'home' | 'pickup-point' | 'store';

export const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The delivery promise's wording. Days (`day`) arrive already worded: 'today', 'tomorrow' or a short date such as
 * 'Thu 26.11.'; times (`time`) arrive worded by `clock`. Sentences end without a full stop: `describe.ts` adds one
 * unless the text already ends with the date's own.
 */
export const deliveryMessages = lazyCatalog('delivery');
