import { define } from '../elements/base/define.js';
import { SfShop } from '../elements/sf-shop/sf-shop.js';

define('sf-shop', SfShop);

export { SfShop };
