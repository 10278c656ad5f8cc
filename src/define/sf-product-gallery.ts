import { define } from '../elements/base/define.js';
import { SfProductGallery } from '../elements/sf-product-gallery/sf-product-gallery.js';

define('sf-product-gallery', SfProductGallery);

export { SfProductGallery };
