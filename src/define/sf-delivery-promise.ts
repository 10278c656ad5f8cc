import { define } from '../components/shared/define.js';
import { SfDeliveryPromise } from '../components/sf-delivery-promise/sf-delivery-promise.js';

define('sf-delivery-promise', SfDeliveryPromise);
