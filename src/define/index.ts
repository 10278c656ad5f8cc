/** Registers every kit element. Import `storefront-kit/define/<tag>` instead to pay only for what you use. */
import './sf-shop.js';
import './sf-product-card.js';
import './sf-product-list.js';
import './sf-feedback.js';
import './sf-telemetry-log.js';
import './sf-delivery-promise.js';
import './sf-quantity.js';
import './sf-add-to-cart.js';
import './sf-cart-button.js';
import './sf-cart-drawer.js';
import './sf-cart.js';
import './sf-experiments.js';
import './sf-checkout-steps.js';
import './sf-order-confirmation.js';
import './sf-checkout.js';
