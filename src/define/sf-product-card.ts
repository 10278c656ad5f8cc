import { define } from '../elements/base/define.js';
import { SfProductCard } from '../elements/sf-product-card/sf-product-card.js';

define('sf-product-card', SfProductCard);

export { SfProductCard };
