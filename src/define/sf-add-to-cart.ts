import { define } from '../components/shared/define.js';
import { SfAddToCart } from '../components/sf-add-to-cart/sf-add-to-cart.js';

define('sf-add-to-cart', SfAddToCart);
