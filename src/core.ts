/**
 * `storefront-elements/core`: the model, its errors, the adapter port, the clock and the rules (money, cart, delivery,
 * checkout, catalogue), with the words that describe them. No DOM, no Lit: runs in Node as well as the browser.
 */
export * from './core/index.js';
export * from './messages/index.js';
