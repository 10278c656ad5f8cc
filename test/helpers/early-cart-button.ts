// For test/components/autoloader-with-define.test.ts: a kit element created (shadow root and all) before the
// autoloader module runs, as on a page that imports a define/* module ahead of the autoloader.
import '../../src/define/sf-cart-button.js';

const early = document.createElement('sf-cart-button');
early.id = 'early';
document.body.append(early);
