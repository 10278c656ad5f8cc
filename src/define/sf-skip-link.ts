import { define } from '../components/shared/define.js';
import { SfSkipLink } from '../components/sf-skip-link/sf-skip-link.js';

define('sf-skip-link', SfSkipLink);
