/**
 * storefront-elements's public API: types, classes and core functions. Importing this module registers no element;
 * import `storefront-elements/define` (all) or `storefront-elements/define/<tag>` (one) for that.
 */
export * from './core/index.js';
export { CartStore, type CartState, type CartStatus, type CartStoreOptions, type RemovedLine } from './core/cart-store.js';
export { cartMessages, CTA_LABEL_KEYS, isCtaLabelKey, type CtaLabelKey } from './core/i18n/cart.js';
export { Announcer } from './components/shared/announcer.js';
export { SfQuantity } from './components/sf-quantity/sf-quantity.js';
export { SfAddToCart } from './components/sf-add-to-cart/sf-add-to-cart.js';
export { SfCartButton } from './components/sf-cart-button/sf-cart-button.js';
export { SfCartDrawer } from './components/sf-cart-drawer/sf-cart-drawer.js';
export { SfCartOpenRequestEvent, SfCheckoutRequestEvent } from './components/sf-cart-drawer/events.js';
export { SfCart } from './components/sf-cart/sf-cart.js';
export { commonMessages } from './core/i18n/common.js';
export type { CommerceAdapter } from './commerce/adapter.js';
export type * from './commerce/types.js';
export { CommerceError, isCommerceError, toCommerceError, type CommerceErrorCode } from './commerce/errors.js';
// The embedded demo backend is its own entry (storefront-elements/local), as Vendure's adapter is (storefront-elements/vendure):
// shops on their own backend never download the demo catalogue, and <sf-shop> loads it lazily when given no adapter.
export type { ExperimentsService, FeatureDecision, FeaturesSource } from './experiments/types.js';
export { createExperiments, GrowthBookExperiments, DEFAULT_TIMEOUT_MS, type ExperimentsOptions } from './experiments/service.js';
export { ExperimentController, KIT_FEATURES, reserved, type ExperimentControllerOptions } from './experiments/controller.js';
export {
  CtaController, CTA_COLORS, ctaColors, resolveCssColor,
  type CtaColors, type CtaColorName, type CtaColorValue, type CtaControllerOptions,
} from './experiments/cta.js';
export { anonymousId as readAnonymousId, deviceType, ANONYMOUS_ID_KEY, type DeviceType } from './experiments/attributes.js';
export { SfExperiments } from './components/sf-experiments/sf-experiments.js';
export { SfExperimentsReadyEvent } from './components/sf-experiments/events.js';
export * from './components/shared/context.js';
export { SfCartChangeEvent } from './components/shared/events.js';
export { define } from './components/shared/define.js';
export { SfElement } from './components/shared/sf-element.js';
export { CartController } from './components/shared/cart-controller.js';
export { SfShop } from './components/sf-shop/sf-shop.js';
export { SfProductCard, featuredVariant, cardStock } from './components/sf-product-card/sf-product-card.js';
export { SfProductList } from './components/sf-product-list/sf-product-list.js';
export * from './telemetry/index.js';
export { telemetryMessages } from './core/i18n/telemetry.js';
export { SfTelemetryLog } from './components/sf-telemetry-log/sf-telemetry-log.js';
export { feedbackMessages } from './core/i18n/feedback.js';
export { SfFeedback, type FeedbackView } from './components/sf-feedback/sf-feedback.js';
export { SfFeedbackSubmitEvent, SfFeedbackDismissEvent } from './components/sf-feedback/events.js';
export { deliveryMessages } from './core/i18n/delivery.js';
export { ClockController, ManualClock, systemClock, type Clock, type ClockControllerOptions } from './components/shared/clock-controller.js';
export { SfDeliveryPromise } from './components/sf-delivery-promise/sf-delivery-promise.js';
export { SfCheckout } from './components/sf-checkout/sf-checkout.js';
export { SfOrderPlacedEvent } from './components/sf-checkout/events.js';
export { SfCheckoutSteps, type CheckoutStepItem } from './components/sf-checkout-steps/sf-checkout-steps.js';
export { SfCheckoutStepRequestEvent } from './components/sf-checkout-steps/events.js';
export { SfOrderConfirmation } from './components/sf-order-confirmation/sf-order-confirmation.js';
export { orderStatusText } from './components/sf-order-confirmation/status.js';
export { checkoutMessages, fieldErrorMessage, stepTitle } from './core/i18n/checkout.js';
export { guardAdapter, isGuarded, DEFAULT_READ_TIMEOUT_MS, DEFAULT_MUTATION_TIMEOUT_MS, type GuardOptions, type GuardedCommerceAdapter } from './commerce/guard.js';
export { navMessages } from './core/i18n/nav.js';
export { SfNav } from './components/sf-nav/sf-nav.js';
export { readLinkList } from './components/sf-nav/light-dom.js';
export { SfBreadcrumbs } from './components/sf-breadcrumbs/sf-breadcrumbs.js';
export { SfSearch } from './components/sf-search/sf-search.js';
export { SfSearchSelectEvent, SfSearchSubmitEvent } from './components/sf-search/events.js';
export { SfSkipLink } from './components/sf-skip-link/sf-skip-link.js';
