/**
 * `storefront-elements/core`: the model, its errors, the adapter port, the clock and the rules (money, cart, delivery,
 * checkout, catalogue), with the words that describe them. No DOM, no Lit: runs in Node as well as the browser.
 * Importing it registers the words of all three languages, so `describeDeliveryPromise` and the other wording is
 * synchronous (the elements' entries load only the page's language, on demand).
 */
import './messages/locales/all.js';

export * from './core/index.js';
export * from './messages/index.js';
export { loadMessages } from './messages/locales/load.js';
