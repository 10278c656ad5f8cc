import './sf-quantity.js';
import './sf-product-card.js';
import './sf-add-to-cart.js';
import { define } from '../components/shared/define.js';
import { SfCart } from '../components/sf-cart/sf-cart.js';

define('sf-cart', SfCart);
