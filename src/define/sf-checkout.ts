import './sf-checkout-steps.js';
import './sf-delivery-promise.js';
import './sf-order-confirmation.js';
import { define } from '../components/shared/define.js';
import { SfCheckout } from '../components/sf-checkout/sf-checkout.js';

define('sf-checkout', SfCheckout);
