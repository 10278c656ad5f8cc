import { define } from '../elements/base/define.js';
import { SfSearch } from '../elements/sf-search/sf-search.js';

define('sf-search', SfSearch);

export { SfSearch };
