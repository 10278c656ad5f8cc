import { define } from '../components/shared/define.js';
import { SfProductCard } from '../components/sf-product-card/sf-product-card.js';

define('sf-product-card', SfProductCard);
