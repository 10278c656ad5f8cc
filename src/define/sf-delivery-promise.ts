import { define } from '../elements/base/define.js';
import { SfDeliveryPromise } from '../elements/sf-delivery-promise/sf-delivery-promise.js';

define('sf-delivery-promise', SfDeliveryPromise);

export { SfDeliveryPromise };
