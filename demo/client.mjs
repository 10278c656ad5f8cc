// The demo's browser entry, bundled by the server with esbuild. Order matters: lit's hydrate support before
// any LitElement renders (its own script tag first, see server.mjs), the page's words before its elements, the
// page hydrated before elements are defined.
// (demo/package.json says these modules have side effects: the kit's own "sideEffects" list would let esbuild drop them.)
import '../dist/messages/locales/en.js';
import './hydrate-page.mjs';
// Only the elements these pages use (not storefront-elements/define, which registers all of them): less script
// to parse and run while the page hydrates.
import '../dist/define/sf-shop.js';
// Right after the shop and before every element inside it: the elements' first render asks it for decisions.
import '../dist/define/sf-experiments.js';
import '../dist/define/sf-skip-link.js';
import '../dist/define/sf-search.js';
import '../dist/define/sf-cart-button.js';
import '../dist/define/sf-nav.js';
import '../dist/define/sf-breadcrumbs.js';
import '../dist/define/sf-delivery-promise.js';
import '../dist/define/sf-product-list.js';
import '../dist/define/sf-product-card.js';
import '../dist/define/sf-add-to-cart.js';
import '../dist/define/sf-product-detail.js';
import '../dist/define/sf-product-gallery.js';
import '../dist/define/sf-variant-picker.js';
import '../dist/define/sf-quantity.js';
import '../dist/define/sf-store-availability.js';
import '../dist/define/sf-cart-drawer.js';
import '../dist/define/sf-cart.js';
import '../dist/define/sf-checkout.js';
import '../dist/define/sf-checkout-steps.js';
import '../dist/define/sf-order-status.js';
