import { define } from '../elements/base/define.js';
import { SfNav } from '../elements/sf-nav/sf-nav.js';

define('sf-nav', SfNav);

export { SfNav };
