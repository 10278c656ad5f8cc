import './sf-quantity.js';
import { define } from '../components/shared/define.js';
import { SfCartDrawer } from '../components/sf-cart-drawer/sf-cart-drawer.js';

define('sf-cart-drawer', SfCartDrawer);
