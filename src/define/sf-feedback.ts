import { define } from '../components/shared/define.js';
import { SfFeedback } from '../components/sf-feedback/sf-feedback.js';

define('sf-feedback', SfFeedback);
