import { define } from '../elements/base/define.js';
import { SfCheckoutSteps } from '../elements/sf-checkout-steps/sf-checkout-steps.js';

define('sf-checkout-steps', SfCheckoutSteps);

export { SfCheckoutSteps };
