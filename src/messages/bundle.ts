// Every feature's words, as one language's bundle (see catalog.ts). A new feature adds its line here and in locales/<lang>.ts.
import type { CartMessages } from './cart.js';
import type { CheckoutMessages } from './checkout.js';
import type { CommonMessages } from './common.js';
import type { DeliveryMessages } from './delivery.js';
import type { FeedbackMessages } from './feedback.js';
import type { ListingMessages } from './listing.js';
import type { NavMessages } from './nav.js';
import type { OrderStatusMessages } from './order-status.js';
import type { PersonalMessages } from './personal.js';
import type { ProductMessages } from './product.js';
import type { TelemetryMessages } from './telemetry.js';

/** One language's words for every feature. */
export interface MessageBundle {
  'cart': CartMessages;
  'checkout': CheckoutMessages;
  'common': CommonMessages;
  'delivery': DeliveryMessages;
  'feedback': FeedbackMessages;
  'listing': ListingMessages;
  'nav': NavMessages;
  'order-status': OrderStatusMessages;
  'personal': PersonalMessages;
  'product': ProductMessages;
  'telemetry': TelemetryMessages;
}
