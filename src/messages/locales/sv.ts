/** Every feature's Swedish words in one module: importing it registers them (a page loads only its own language). */
import { registerMessages } from '../catalog.js';
import cart from '../sv/cart.js';
import checkout from '../sv/checkout.js';
import common from '../sv/common.js';
import delivery from '../sv/delivery.js';
import feedback from '../sv/feedback.js';
import listing from '../sv/listing.js';
import nav from '../sv/nav.js';
import orderStatus from '../sv/order-status.js';
import personal from '../sv/personal.js';
import product from '../sv/product.js';
import telemetry from '../sv/telemetry.js';

registerMessages('sv', {
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
