import './sf-product-gallery.js';
import './sf-variant-picker.js';
import './sf-quantity.js';
import './sf-add-to-cart.js';
import './sf-delivery-promise.js';
import './sf-store-availability.js';
import { define } from '../elements/base/define.js';
import { SfProductDetail } from '../elements/sf-product-detail/sf-product-detail.js';

define('sf-product-detail', SfProductDetail);

export { SfProductDetail };
