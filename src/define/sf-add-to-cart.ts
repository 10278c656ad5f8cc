import { define } from '../elements/base/define.js';
import { SfAddToCart } from '../elements/sf-add-to-cart/sf-add-to-cart.js';

define('sf-add-to-cart', SfAddToCart);

export { SfAddToCart };
