/* global window, document, setTimeout -- runs in the browser */
// The demo's browser entry, bundled by the server with esbuild. Order matters: lit's hydrate support before
// any LitElement renders (its own script tag first, see server.mjs), the page's words before its elements, the
// page hydrated before elements are defined.
// (demo/package.json says these modules have side effects: the kit's own "sideEffects" list would let esbuild drop them.)
import '../dist/messages/locales/en.js';
import './hydrate-page.mjs';

// Lit lifted `defer-hydration` from every element the page's template binds to: it goes back on every kit element
// in the page's light DOM but <sf-shop> and <sf-experiments> (whose context the others ask for when they connect),
// so that each hydrates in a task of its own below. Elements in shadow roots still hydrate with their host.
for (const el of document.getElementById('app').querySelectorAll('*')) {
  if (el.localName.startsWith('sf-') && el.localName !== 'sf-shop' && el.localName !== 'sf-experiments') el.setAttribute('defer-hydration', '');
}

// The other elements, each defined only when the page has one (not storefront-elements/define, which registers
// all of them). What an element renders inside its shadow root comes with it (sf-product-list brings the card).
const DEFINES = {
  'sf-skip-link': () => import('../dist/define/sf-skip-link.js'),
  'sf-search': () => import('../dist/define/sf-search.js'),
  'sf-cart-button': () => import('../dist/define/sf-cart-button.js'),
  'sf-nav': () => import('../dist/define/sf-nav.js'),
  'sf-breadcrumbs': () => import('../dist/define/sf-breadcrumbs.js'),
  'sf-delivery-promise': () => import('../dist/define/sf-delivery-promise.js'),
  'sf-product-list': () => import('../dist/define/sf-product-list.js'),
  'sf-product-card': () => import('../dist/define/sf-product-card.js'),
  'sf-product-detail': () => import('../dist/define/sf-product-detail.js'),
  'sf-cart': () => import('../dist/define/sf-cart.js'),
  'sf-checkout': () => import('../dist/define/sf-checkout.js'),
  'sf-order-status': () => import('../dist/define/sf-order-status.js'),
  'sf-cart-drawer': () => import('../dist/define/sf-cart-drawer.js'),
};

// Hydration, one element at a time in page order (hydrate-page.mjs marks each kit element but <sf-shop>
// `defer-hydration`): its module is evaluated in a task, its hydration (with what its shadow root holds) in the
// next, and the browser may paint, take input or run anything else in between, instead of one long task that
// evaluates every module and hydrates every element at once. The modules are fetched early (the server lists them
// as modulepreload), so a step waits for no network. Until its turn an element is the server's HTML: its links
// and forms work as they do without JavaScript.
const nextTask = () => globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0));
// <sf-shop> first, hydrated at once (the others ask it for their context when they connect).
await nextTask();
await import('../dist/define/sf-shop.js');
// <sf-experiments> right after the shop and before every element inside it: their first render asks it for the
// decisions the server made.
await import('../dist/define/sf-experiments.js');
for (const el of document.querySelectorAll('#app [defer-hydration]')) {
  await nextTask();
  await DEFINES[el.localName]?.();
  await nextTask();
  el.removeAttribute('defer-hydration');
}
window.sfDemo.hydrated = true;
