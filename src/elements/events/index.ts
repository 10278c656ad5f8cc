/** Every event the kit fires: one class per event, each declared in `GlobalEventHandlersEventMap`. */
export { SfEvent } from './sf-event.js';
export { SfCartChangeEvent } from './cart-change.js';
export { SfCartDrawerCloseEvent } from './cart-drawer-close.js';
export { SfCartOpenRequestEvent } from './cart-open-request.js';
export { SfCheckoutRequestEvent } from './checkout-request.js';
export { SfCheckoutStepRequestEvent } from './checkout-step-request.js';
export { SfExperimentsReadyEvent } from './experiments-ready.js';
export { SfFeedbackDismissEvent } from './feedback-dismiss.js';
export { SfFeedbackSubmitEvent } from './feedback-submit.js';
export { SfOrderPlacedEvent } from './order-placed.js';
export { SfOrderStatusChangeEvent } from './order-status-change.js';
export { SfSearchSelectEvent } from './search-select.js';
export { SfSearchSubmitEvent } from './search-submit.js';
