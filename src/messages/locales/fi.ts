/** Every feature's Finnish words in one module: importing it registers them (a page loads only its own language). */
import { registerMessages } from '../catalog.js';
import cart from '../fi/cart.js';
import checkout from '../fi/checkout.js';
import common from '../fi/common.js';
import delivery from '../fi/delivery.js';
import feedback from '../fi/feedback.js';
import listing from '../fi/listing.js';
import nav from '../fi/nav.js';
import orderStatus from '../fi/order-status.js';
import personal from '../fi/personal.js';
import product from '../fi/product.js';
import telemetry from '../fi/telemetry.js';

registerMessages('fi', {
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
