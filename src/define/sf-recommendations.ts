import './sf-product-card.js';
import './sf-delivery-promise.js';
import './sf-add-to-cart.js';
import { define } from '../elements/base/define.js';
import { SfRecommendations } from '../elements/sf-recommendations/sf-recommendations.js';

define('sf-recommendations', SfRecommendations);

export { SfRecommendations };
