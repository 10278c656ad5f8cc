/** The kit's words in Finnish, Swedish and English, and the wording of the delivery promise. No DOM; runs in Node. */
export {
  defineMessages, plural, registerMessages, hasMessages, lazyCatalog,
  type Catalog, type MessageShape, type MessageValue,
} from './catalog.js';
export type { MessageBundle } from './bundle.js';
export {
  describeDeliveryPromise, describeStorePickup, formatDeliveryDate, formatCountdown, formatClock, COUNTDOWN_MAX_MS,
  type DescribeDeliveryOptions, type DeliveryPromiseText, type DeliveryPlace,
} from './describe-delivery.js';
export { cartMessages, CTA_LABEL_KEYS, isCtaLabelKey, type CtaLabelKey } from './cart.js';
export { commonMessages } from './common.js';
export { checkoutMessages, countryNote, fieldErrorMessage, postalCodeHint, stepTitle } from './checkout.js';
export { deliveryMessages } from './delivery.js';
export { feedbackMessages } from './feedback.js';
export { navMessages } from './nav.js';
export { telemetryMessages } from './telemetry.js';
export {
  orderStatusMessages, describeOrderStatus, describeCompensation, orderStageLabel, formatStepTime, type OrderStatusText,
} from './order-status.js';
export { productMessages } from './product.js';
export { listingMessages } from './listing.js';
export { personalMessages, describeAvailability } from './personal.js';
