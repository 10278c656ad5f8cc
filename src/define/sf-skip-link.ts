import { define } from '../elements/base/define.js';
import { SfSkipLink } from '../elements/sf-skip-link/sf-skip-link.js';

define('sf-skip-link', SfSkipLink);

export { SfSkipLink };
