/**
 * Registers every kit element. Import `storefront-elements/define/<tag>` instead to pay only for what you use.
 *
 * Each define module exports its element class: that is what carries the class and its `HTMLElementTagNameMap`
 * entry into the published .d.ts, so `import 'storefront-elements/define'` alone types `querySelector('sf-shop')`.
 * The event classes come along for the same reason: their `GlobalEventHandlersEventMap` entries type
 * `addEventListener('sf-cart-change', …)`.
 */
export * from '../elements/events/index.js';
export * from './sf-shop.js';
export * from './sf-product-card.js';
export * from './sf-product-list.js';
export * from './sf-variant-picker.js';
export * from './sf-product-gallery.js';
export * from './sf-store-availability.js';
export * from './sf-product-detail.js';
export * from './sf-filter-panel.js';
export * from './sf-feedback.js';
export * from './sf-telemetry-log.js';
export * from './sf-delivery-promise.js';
export * from './sf-quantity.js';
export * from './sf-add-to-cart.js';
export * from './sf-cart-button.js';
export * from './sf-cart-drawer.js';
export * from './sf-cart.js';
export * from './sf-experiments.js';
export * from './sf-checkout-steps.js';
export * from './sf-order-confirmation.js';
export * from './sf-order-status.js';
export * from './sf-checkout.js';
export * from './sf-nav.js';
export * from './sf-breadcrumbs.js';
export * from './sf-search.js';
export * from './sf-skip-link.js';
export * from './sf-recommendations.js';
export * from './sf-recently-viewed.js';
export * from './sf-welcome-back.js';
