import { define } from '../components/shared/define.js';
import { SfCartButton } from '../components/sf-cart-button/sf-cart-button.js';

define('sf-cart-button', SfCartButton);
