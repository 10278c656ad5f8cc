import './sf-quantity.js';
import './sf-product-card.js';
import './sf-add-to-cart.js';
import { define } from '../elements/base/define.js';
import { SfCart } from '../elements/sf-cart/sf-cart.js';

define('sf-cart', SfCart);

export { SfCart };
