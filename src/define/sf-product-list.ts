import './sf-product-card.js';
import './sf-add-to-cart.js';
import { define } from '../elements/base/define.js';
import { SfProductList } from '../elements/sf-product-list/sf-product-list.js';

// The filter panel only for a listing with `controls`: fetched when one is connected.
SfProductList.loadFilterPanel = () => import('./sf-filter-panel.js');
define('sf-product-list', SfProductList);

export { SfProductList };
