import './sf-product-card.js';
import './sf-add-to-cart.js';
import { define } from '../elements/base/define.js';
import { SfProductList } from '../elements/sf-product-list/sf-product-list.js';

define('sf-product-list', SfProductList);

export { SfProductList };
