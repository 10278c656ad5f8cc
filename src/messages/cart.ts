import { lazyCatalog } from './catalog.js';
import type enMessages from './en/cart.js';

/** The shape of cart's words (English is the source; Finnish and Swedish are checked against it). */
export type CartMessages = typeof enMessages;

/**
 * The labels an `<sf-add-to-cart>` can show, chosen with its `label-key` (an experiment knob): each has real
 * Finnish and Swedish text.
 */
export const CTA_LABEL_KEYS = ['add-to-cart', 'buy-now', 'add-to-bag', 'add-to-basket'] as const;
export type CtaLabelKey = (typeof CTA_LABEL_KEYS)[number];

/** Strings of the cart elements: add-to-cart, cart button, drawer, cart page and quantity control. */
export const cartMessages = lazyCatalog('cart');

/** True when `key` names one of the CTA labels. */
export function isCtaLabelKey(key: string | undefined | null): key is CtaLabelKey {
  return (CTA_LABEL_KEYS as readonly string[]).includes(key ?? '');
}
