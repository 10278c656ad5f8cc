import type { SfCartChangeEvent } from './cart-change.js';
import type { SfCartDrawerCloseEvent } from './cart-drawer-close.js';
import type { SfCartOpenRequestEvent } from './cart-open-request.js';
import type { SfCheckoutRequestEvent } from './checkout-request.js';
import type { SfCheckoutStepRequestEvent } from './checkout-step-request.js';
import type { SfDeliverySettingsInvalidEvent } from './delivery-settings-invalid.js';
import type { SfExperimentsReadyEvent } from './experiments-ready.js';
import type { SfFeedbackDismissEvent } from './feedback-dismiss.js';
import type { SfFeedbackSubmitEvent } from './feedback-submit.js';
import type { SfFilterChangeEvent } from './filter-change.js';
import type { SfOrderPlacedEvent } from './order-placed.js';
import type { SfOrderStatusChangeEvent } from './order-status-change.js';
import type { SfSearchSelectEvent } from './search-select.js';
import type { SfSearchSubmitEvent } from './search-submit.js';

/** Every event the kit fires: one class per event, each declared in `GlobalEventHandlersEventMap`. */
export { SfEvent } from './sf-event.js';
export { SfCartChangeEvent } from './cart-change.js';
export { SfCartDrawerCloseEvent } from './cart-drawer-close.js';
export { SfCartOpenRequestEvent } from './cart-open-request.js';
export { SfCheckoutRequestEvent } from './checkout-request.js';
export { SfCheckoutStepRequestEvent } from './checkout-step-request.js';
export { SfDeliverySettingsInvalidEvent } from './delivery-settings-invalid.js';
export { SfExperimentsReadyEvent } from './experiments-ready.js';
export { SfFeedbackDismissEvent } from './feedback-dismiss.js';
export { SfFeedbackSubmitEvent } from './feedback-submit.js';
export { SfOrderPlacedEvent } from './order-placed.js';
export { SfOrderStatusChangeEvent } from './order-status-change.js';
export { SfSearchSelectEvent } from './search-select.js';
export { SfSearchSubmitEvent } from './search-submit.js';
export { SfFilterChangeEvent } from './filter-change.js';

declare global {
  /** Every event the kit fires, typed for `addEventListener` on any element, document or window. */
  interface GlobalEventHandlersEventMap {
    'sf-cart-change': SfCartChangeEvent;
    'sf-cart-drawer-close': SfCartDrawerCloseEvent;
    'sf-cart-open-request': SfCartOpenRequestEvent;
    'sf-checkout-request': SfCheckoutRequestEvent;
    'sf-checkout-step-request': SfCheckoutStepRequestEvent;
    'sf-delivery-settings-invalid': SfDeliverySettingsInvalidEvent;
    'sf-experiments-ready': SfExperimentsReadyEvent;
    'sf-feedback-dismiss': SfFeedbackDismissEvent;
    'sf-feedback-submit': SfFeedbackSubmitEvent;
    'sf-filter-change': SfFilterChangeEvent;
    'sf-order-placed': SfOrderPlacedEvent;
    'sf-order-status-change': SfOrderStatusChangeEvent;
    'sf-search-select': SfSearchSelectEvent;
    'sf-search-submit': SfSearchSubmitEvent;
  }
}
