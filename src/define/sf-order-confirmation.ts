import { define } from '../components/shared/define.js';
import { SfOrderConfirmation } from '../components/sf-order-confirmation/sf-order-confirmation.js';

define('sf-order-confirmation', SfOrderConfirmation);
