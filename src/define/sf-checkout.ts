import './sf-checkout-steps.js';
import './sf-delivery-promise.js';
import { define } from '../elements/base/define.js';
import { SfCheckout } from '../elements/sf-checkout/sf-checkout.js';

// The confirmation is needed only once an order is about to be placed: fetched when the review step opens.
SfCheckout.loadConfirmation = () => import('./sf-order-confirmation.js');
define('sf-checkout', SfCheckout);

export { SfCheckout };
