/** Every feature's English words in one module: importing it registers them (a page loads only its own language). */
import { registerMessages } from '../catalog.js';
import cart from '../en/cart.js';
import checkout from '../en/checkout.js';
import common from '../en/common.js';
import delivery from '../en/delivery.js';
import feedback from '../en/feedback.js';
import listing from '../en/listing.js';
import nav from '../en/nav.js';
import orderStatus from '../en/order-status.js';
import personal from '../en/personal.js';
import product from '../en/product.js';
import telemetry from '../en/telemetry.js';

registerMessages('en', {
  'cart': cart,
  'checkout': checkout,
  'common': common,
  'delivery': delivery,
  'feedback': feedback,
  'listing': listing,
  'nav': nav,
  'order-status': orderStatus,
  'personal': personal,
  'product': product,
  'telemetry': telemetry,
});
