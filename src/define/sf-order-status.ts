import { define } from '../elements/base/define.js';
import { SfOrderStatus } from '../elements/sf-order-status/sf-order-status.js';

define('sf-order-status', SfOrderStatus);
