import { define } from '../elements/base/define.js';
import { SfFilterPanel } from '../elements/sf-filter-panel/sf-filter-panel.js';

define('sf-filter-panel', SfFilterPanel);

export { SfFilterPanel };
