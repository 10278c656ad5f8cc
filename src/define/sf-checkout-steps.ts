import { define } from '../components/shared/define.js';
import { SfCheckoutSteps } from '../components/sf-checkout-steps/sf-checkout-steps.js';

define('sf-checkout-steps', SfCheckoutSteps);
