import './sf-product-card.js';
import { define } from '../components/shared/define.js';
import { SfProductList } from '../components/sf-product-list/sf-product-list.js';

define('sf-product-list', SfProductList);
