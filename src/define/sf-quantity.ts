import { define } from '../elements/base/define.js';
import { SfQuantity } from '../elements/sf-quantity/sf-quantity.js';

define('sf-quantity', SfQuantity);

export { SfQuantity };
