import { define } from '../components/shared/define.js';
import { SfShop } from '../components/sf-shop/sf-shop.js';

define('sf-shop', SfShop);
