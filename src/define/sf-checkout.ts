import './sf-checkout-steps.js';
import './sf-delivery-promise.js';
import './sf-order-confirmation.js';
import { define } from '../elements/base/define.js';
import { SfCheckout } from '../elements/sf-checkout/sf-checkout.js';

define('sf-checkout', SfCheckout);

export { SfCheckout };
