import { define } from '../components/shared/define.js';
import { SfQuantity } from '../components/sf-quantity/sf-quantity.js';

define('sf-quantity', SfQuantity);
