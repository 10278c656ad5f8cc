import { define } from '../elements/base/define.js';
import { SfFeedback } from '../elements/sf-feedback/sf-feedback.js';

define('sf-feedback', SfFeedback);

export { SfFeedback };
