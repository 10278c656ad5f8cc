/* global location -- the order-placed listener runs in the browser only */
// The demo shop's page, one lit template for both sides: the server renders it with @lit-labs/ssr, the browser
// hydrates the same template with the same data (read back from the page), so property bindings (.snapshot,
// .product, .adapter) and event listeners exist on the client without a second render.
// Imports lit only: it runs in Node and in the browser.
import { html, nothing } from 'lit';

export const SHOP_NAME = 'Pyöräpaja';

/** Where each page lives: real URLs, so links work without JavaScript. */
export const ROUTES = {
  home: '/',
  category: (id) => `/c/${encodeURIComponent(id)}`,
  search: '/search',
  product: '/p/{id}',
  cart: '/cart',
  /** Where cart forms post without JavaScript (`/cart/add`, `/cart/update`; demo/cart-forms.mjs). */
  cartAction: '/cart',
  checkout: '/checkout',
  order: (code) => `/order/${encodeURIComponent(code)}`,
};

/** The listing query every listing page uses, so the server's snapshot key and the element's query agree. */
export const LISTING_LIMIT = 12;

/** Finds a category and its trail in the tree. */
export function findCategory(tree, id) {
  for (const c of tree ?? []) {
    if (c.id === id) return c;
    const inner = findCategory(c.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** The page's title (the server writes it in <title>). */
export function pageTitle(route, data) {
  switch (route.kind) {
    case 'category': return `${findCategory(data.snapshot.categoryTree, route.id)?.name ?? 'Category'} – ${SHOP_NAME}`;
    case 'search': return `Search: ${route.q} – ${SHOP_NAME}`;
    case 'product': return `${data.snapshot.products?.[route.id]?.name ?? 'Product'} – ${SHOP_NAME}`;
    case 'cart': return `Cart – ${SHOP_NAME}`;
    case 'checkout': return `Checkout – ${SHOP_NAME}`;
    case 'order': return `Order ${route.code} – ${SHOP_NAME}`;
    case 'not-found': return `Not found – ${SHOP_NAME}`;
    default: return `${SHOP_NAME} – bicycles and gear`;
  }
}

/** What the cart page says after a no-JavaScript cart form (`/cart?status=…`, set by the server's redirect). */
const CART_STATUS_TEXT = {
  added: 'Added to your cart.',
  updated: 'Quantity updated.',
  removed: 'Removed from your cart.',
  'out-of-stock': 'Not added: there are not that many in stock.',
  gone: 'That line is no longer in your cart.',
  'cart-full': 'Not added: the cart is full. Remove a line first.',
};

function main(route, data) {
  switch (route.kind) {
    case 'home':
      return html`<h1>All products</h1>
        <sf-delivery-promise method-id=${data.homeMethod ?? nothing}></sf-delivery-promise>
        <sf-product-list limit=${LISTING_LIMIT} add-to-cart list-name="home" heading-level="2"></sf-product-list>`;
    case 'category': {
      const category = findCategory(data.snapshot.categoryTree, route.id);
      return html`<sf-breadcrumbs category=${route.id} home="/"></sf-breadcrumbs>
        <h1>${category?.name ?? route.id}</h1>
        <sf-product-list category=${route.id} limit=${LISTING_LIMIT} add-to-cart list-name="category" heading-level="2"></sf-product-list>`;
    }
    case 'search':
      return html`<h1>Search results for “${route.q}”</h1>
        ${data.results.length
          ? html`<ul class="grid">${data.results.map((p) => html`<li><sf-product-card .product=${p} heading-level="2"></sf-product-card></li>`)}</ul>`
          : html`<p>No products match. <a href="/">See all products</a></p>`}`;
    case 'product':
      return html`<sf-product-detail product-id=${route.id}></sf-product-detail>`;
    case 'cart':
      return html`<h1>Cart</h1>
        ${route.status ? html`<p class="notice" role="status">${CART_STATUS_TEXT[route.status] ?? ''}</p>` : nothing}
        <sf-cart checkout-href=${ROUTES.checkout} continue-href="/"></sf-cart>`;
    case 'checkout':
      return html`<h1>Checkout</h1>
        <sf-checkout history @sf-order-placed=${(e) => location.assign(ROUTES.order(e.order.code))}></sf-checkout>`;
    case 'order':
      return html`<h1>Order ${route.code}</h1><sf-order-status code=${route.code}></sf-order-status>`;
    default:
      return html`<h1>Page not found</h1><p><a href="/">Back to the shop</a></p>`;
  }
}

/** Where the browser's GrowthBook asks for features (the demo server answers there, as the GrowthBook API would). */
export const GROWTHBOOK = { apiHost: '/growthbook', clientKey: 'sdk-demo' };

/**
 * The whole page body. `data`: { snapshot, results (search), homeMethod, consent, telemetry }; `adapter`: the
 * shop's adapter (the server's own on the server, the browser's in the browser; property bindings never reach the
 * HTML).
 */
export function page(route, data, adapter) {
  // The snapshot twice on purpose: `.snapshot` is the server's (and hydrate()'s) binding; snapshot-from reads the
  // page's copy when <sf-shop> connects, the path for pages that hydrate no top-level template.
  // <sf-experiments> renders what the server decided (snapshot.experiments) and keeps it in the browser.
  return html`<sf-shop locale="en" product-href=${ROUTES.product} consent=${data.consent ?? 'none'} cart-action=${ROUTES.cartAction} .adapter=${adapter} .snapshot=${data.snapshot} .telemetry=${data.telemetry} snapshot-from="sf-snapshot">
    <sf-experiments api-host=${GROWTHBOOK.apiHost} client-key=${GROWTHBOOK.clientKey}>
    <header class="top">
      <sf-skip-link></sf-skip-link>
      <a class="brand" href="/">${SHOP_NAME}</a>
      <sf-search action=${ROUTES.search} value=${route.kind === 'search' ? route.q : ''}></sf-search>
      <sf-cart-button for="cart-drawer"></sf-cart-button>
    </header>
    <sf-nav current=${route.kind === 'category' ? route.id : nothing}></sf-nav>
    <main id="main" tabindex="-1">${main(route, data)}</main>
    <sf-cart-drawer id="cart-drawer" checkout-href=${ROUTES.checkout}></sf-cart-drawer>
    </sf-experiments>
  </sf-shop>`;
}
