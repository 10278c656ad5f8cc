import { define } from '../elements/base/define.js';
import { SfCartButton } from '../elements/sf-cart-button/sf-cart-button.js';

define('sf-cart-button', SfCartButton);

export { SfCartButton };
