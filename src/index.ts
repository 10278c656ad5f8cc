/**
 * storefront-elements' public API: the core model and rules, the words, the adapter guard, the services
 * (telemetry, experiments) and the element classes. Importing this module registers no element; import
 * `storefront-elements/define` (all) or `storefront-elements/define/<tag>` (one) for that.
 *
 * The embedded demo backend is its own entry (`storefront-elements/local`), as Vendure's adapter is
 * (`storefront-elements/vendure`): shops on their own backend never download the demo catalogue, and `<sf-shop>`
 * loads it lazily when given no adapter.
 */
// Not './core.js': that entry registers every language's words up front; here the elements load the page's own.
export * from './core/index.js';
export * from './messages/index.js';
export { loadMessages } from './messages/locales/load.js';
export { CartStore, type CartState, type CartStatus, type CartStoreOptions, type RemovedLine } from './core/cart-store.js';
export { LazyCartStore, type CartModel } from './core/lazy-cart-store.js';

// adapters
export { guardAdapter, isGuarded, DEFAULT_READ_TIMEOUT_MS, DEFAULT_MUTATION_TIMEOUT_MS, type GuardOptions, type GuardedCommerceAdapter } from './adapters/guard.js';

// services
export * from './services/telemetry/index.js';
export type { ExperimentsService, FeatureDecision, FeaturesSource } from './services/experiments/types.js';
export { createExperiments, GrowthBookExperiments, DEFAULT_TIMEOUT_MS, type ExperimentsOptions } from './services/experiments/service.js';
export { KIT_FEATURES } from './services/experiments/features.js';
export { CTA_COLORS, ctaColors, resolveCssColor, type CtaColors, type CtaColorName, type CtaColorValue } from './services/experiments/cta-colors.js';
export { anonymousId as readAnonymousId, deviceType, ANONYMOUS_ID_KEY, type DeviceType } from './services/experiments/attributes.js';

// elements: base, controllers, events
export * from './elements/base/context.js';
export { ShopHistory } from './elements/base/shop-history.js';
export { define } from './elements/base/define.js';
export { SfElement } from './elements/base/sf-element.js';
export {
  mixinFormAssociated, internals, getFormValue, getFormValidity, resetFormValue, restoreFormValue, updateFormValue,
  type FormAssociated, type FormAssociatedElement, type FormValidity,
} from './elements/base/form-associated.js';
export { Announcer } from './elements/controllers/announcer.js';
export { CartController } from './elements/controllers/cart-controller.js';
export { ClockController, type ClockControllerOptions } from './elements/controllers/clock-controller.js';
export { ExperimentController, reserved, type ExperimentControllerOptions } from './elements/controllers/experiment-controller.js';
export { CtaController, type CtaControllerOptions } from './elements/controllers/cta-controller.js';
export * from './elements/events/index.js';

// elements
export { SfQuantity } from './elements/sf-quantity/sf-quantity.js';
export { SfAddToCart } from './elements/sf-add-to-cart/sf-add-to-cart.js';
export { SfCartButton } from './elements/sf-cart-button/sf-cart-button.js';
export { SfCartDrawer } from './elements/sf-cart-drawer/sf-cart-drawer.js';
export { SfCart } from './elements/sf-cart/sf-cart.js';
export { SfExperiments } from './elements/sf-experiments/sf-experiments.js';
export { SfShop } from './elements/sf-shop/sf-shop.js';
export { SfProductCard } from './elements/sf-product-card/sf-product-card.js';
export { SfProductList } from './elements/sf-product-list/sf-product-list.js';
export { SfVariantPicker } from './elements/sf-variant-picker/sf-variant-picker.js';
export { SfProductGallery } from './elements/sf-product-gallery/sf-product-gallery.js';
export { SfStoreAvailability } from './elements/sf-store-availability/sf-store-availability.js';
export { SfProductDetail } from './elements/sf-product-detail/sf-product-detail.js';
export { SfFilterPanel } from './elements/sf-filter-panel/sf-filter-panel.js';
export { SfRecentlyViewed } from './elements/sf-recently-viewed/sf-recently-viewed.js';
export { SfRecommendations } from './elements/sf-recommendations/sf-recommendations.js';
export { SfWelcomeBack } from './elements/sf-welcome-back/sf-welcome-back.js';
export { SfTelemetryLog } from './elements/sf-telemetry-log/sf-telemetry-log.js';
export { SfFeedback, type FeedbackView } from './elements/sf-feedback/sf-feedback.js';
export { SfDeliveryPromise } from './elements/sf-delivery-promise/sf-delivery-promise.js';
export { SfCheckout } from './elements/sf-checkout/sf-checkout.js';
export { SfCheckoutSteps, type CheckoutStepItem } from './elements/sf-checkout-steps/sf-checkout-steps.js';
export { SfOrderConfirmation } from './elements/sf-order-confirmation/sf-order-confirmation.js';
export { orderStatusText } from './elements/sf-order-confirmation/status.js';
export { SfOrderStatus, ORDER_STATUS_POLL_MS } from './elements/sf-order-status/sf-order-status.js';
export { OrderProgressController, type OrderProgressControllerOptions } from './elements/controllers/order-progress-controller.js';
export { SfNav } from './elements/sf-nav/sf-nav.js';
export { readLinkList } from './elements/sf-nav/light-dom.js';
export { SfBreadcrumbs } from './elements/sf-breadcrumbs/sf-breadcrumbs.js';
export { SfSearch } from './elements/sf-search/sf-search.js';
export { SfSkipLink } from './elements/sf-skip-link/sf-skip-link.js';
