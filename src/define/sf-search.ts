import { define } from '../components/shared/define.js';
import { SfSearch } from '../components/sf-search/sf-search.js';

define('sf-search', SfSearch);
