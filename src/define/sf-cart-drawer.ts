import './sf-quantity.js';
import { define } from '../elements/base/define.js';
import { SfCartDrawer } from '../elements/sf-cart-drawer/sf-cart-drawer.js';

define('sf-cart-drawer', SfCartDrawer);

export { SfCartDrawer };
