import { define } from '../elements/base/define.js';
import { SfRecentlyViewed } from '../elements/sf-recently-viewed/sf-recently-viewed.js';

define('sf-recently-viewed', SfRecentlyViewed);

export { SfRecentlyViewed };
