import { define } from '../elements/base/define.js';
import { SfVariantPicker } from '../elements/sf-variant-picker/sf-variant-picker.js';

define('sf-variant-picker', SfVariantPicker);

export { SfVariantPicker };
