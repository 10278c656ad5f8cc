import { define } from '../elements/base/define.js';
import { SfOrderConfirmation } from '../elements/sf-order-confirmation/sf-order-confirmation.js';

define('sf-order-confirmation', SfOrderConfirmation);

export { SfOrderConfirmation };
