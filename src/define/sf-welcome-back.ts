import { define } from '../elements/base/define.js';
import { SfWelcomeBack } from '../elements/sf-welcome-back/sf-welcome-back.js';

define('sf-welcome-back', SfWelcomeBack);

export { SfWelcomeBack };
