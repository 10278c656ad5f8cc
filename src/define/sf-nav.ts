import { define } from '../components/shared/define.js';
import { SfNav } from '../components/sf-nav/sf-nav.js';

define('sf-nav', SfNav);
