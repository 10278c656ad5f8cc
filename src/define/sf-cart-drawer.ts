import { define } from '../elements/base/define.js';
import { SfCartDrawer } from '../elements/sf-cart-drawer/sf-cart-drawer.js';

// The quantity steppers of the drawer's lines come with its contents, on the first open intent.
SfCartDrawer.loadParts = () => import('./sf-quantity.js');
define('sf-cart-drawer', SfCartDrawer);

export { SfCartDrawer };
