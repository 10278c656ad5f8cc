/** `storefront-elements/vendure`: the adapter for a Vendure server's Shop API. */
export * from './vendure-adapter.js';
