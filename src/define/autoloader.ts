/**
 * `storefront-elements/autoloader`: registers each kit element when its tag first appears on the page, so a page
 * downloads the code of the elements it shows and no other (Shoelace's and Web Awesome's autoloader).
 *
 * ```html
 * <script type="module">import 'storefront-elements/autoloader';</script>
 * ```
 *
 * - Finds undefined `sf-*` elements in the document when it starts, and every one added later (a
 *   `MutationObserver` on the document), also inside the shadow roots of kit elements, which render other kit
 *   elements there.
 * - Loads `define/<tag>.js` for each (one chunk per element: bundlers split on these `import()`s, the code the
 *   elements share goes into shared chunks), so `customElements.whenDefined('sf-cart')` resolves as usual.
 * - Idempotent: every registration is guarded, so this entry, `storefront-elements/define` and `define/<tag>` can
 *   all be on one page; an element already defined is never loaded again.
 * - An `sf-*` tag that is not the kit's warns once, naming it.
 * - Does nothing where there is no DOM (Node, server rendering): importing it there is safe.
 *
 * The only module it imports statically is the few lines where kit elements announce their shadow roots: Lit and
 * the elements come with the first element's chunk.
 */
import { watchRenderRoots } from '../elements/base/render-roots.js';

// Types only (erased from the JavaScript): the element classes, their `HTMLElementTagNameMap` entries and the
// event map, so that `import 'storefront-elements/autoloader'` types `querySelector('sf-shop')` as eager
// `storefront-elements/define` does, without loading any element.
export type * from './index.js';

type KitTag = Extract<keyof HTMLElementTagNameMap, `sf-${string}`>;

// Static specifiers, one per element, so that bundlers see each chunk. `satisfies` keeps the map complete: an
// element added to the kit without its line here fails the type check.
const loaders = {
  'sf-add-to-cart': () => import('./sf-add-to-cart.js'),
  'sf-breadcrumbs': () => import('./sf-breadcrumbs.js'),
  'sf-cart-button': () => import('./sf-cart-button.js'),
  'sf-cart-drawer': () => import('./sf-cart-drawer.js'),
  'sf-cart': () => import('./sf-cart.js'),
  'sf-checkout-steps': () => import('./sf-checkout-steps.js'),
  'sf-checkout': () => import('./sf-checkout.js'),
  'sf-delivery-promise': () => import('./sf-delivery-promise.js'),
  'sf-experiments': () => import('./sf-experiments.js'),
  'sf-feedback': () => import('./sf-feedback.js'),
  'sf-filter-panel': () => import('./sf-filter-panel.js'),
  'sf-nav': () => import('./sf-nav.js'),
  'sf-order-confirmation': () => import('./sf-order-confirmation.js'),
  'sf-order-status': () => import('./sf-order-status.js'),
  'sf-product-card': () => import('./sf-product-card.js'),
  'sf-product-detail': () => import('./sf-product-detail.js'),
  'sf-product-gallery': () => import('./sf-product-gallery.js'),
  'sf-product-list': () => import('./sf-product-list.js'),
  'sf-quantity': () => import('./sf-quantity.js'),
  'sf-recently-viewed': () => import('./sf-recently-viewed.js'),
  'sf-recommendations': () => import('./sf-recommendations.js'),
  'sf-search': () => import('./sf-search.js'),
  'sf-shop': () => import('./sf-shop.js'),
  'sf-skip-link': () => import('./sf-skip-link.js'),
  'sf-store-availability': () => import('./sf-store-availability.js'),
  'sf-telemetry-log': () => import('./sf-telemetry-log.js'),
  'sf-variant-picker': () => import('./sf-variant-picker.js'),
  'sf-welcome-back': () => import('./sf-welcome-back.js'),
} satisfies Record<KitTag, () => Promise<unknown>>;

const loading = new Map<string, Promise<void>>();
const warned = new Set<string>();

// A DOM to watch: not Node, not a server renderer's shim (@lit-labs/ssr's has no documentElement).
const inBrowser =
  typeof document === 'object' &&
  document !== null &&
  typeof document.documentElement?.querySelectorAll === 'function' &&
  typeof MutationObserver === 'function' &&
  typeof customElements === 'object';

function isKitTag(tag: string): tag is KitTag {
  return Object.prototype.hasOwnProperty.call(loaders, tag);
}

/** Loads the element's module unless it is defined or on its way; an unknown `sf-*` tag warns once. */
function load(tag: string): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  const started = loading.get(tag);
  if (started) return started;
  if (!isKitTag(tag)) {
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `storefront-elements/autoloader: <${tag}> is not a storefront-elements tag, so nothing was loaded for it. ` +
          'Check its spelling; if it is an element of your own, define it before it is added to the page, or give it another prefix than sf-.',
      );
    }
    return Promise.resolve();
  }
  const promise = loaders[tag]().then(
    () => undefined,
    (error: unknown) => {
      // Forget it, so that the next appearance of the tag tries again (a network blip).
      loading.delete(tag);
      console.error(`storefront-elements/autoloader: could not load <${tag}> (${String(error)})`);
    },
  );
  loading.set(tag, promise);
  return promise;
}

/** Undefined `sf-*` tags at and under `root` (its shadow root is not crossed: kit shadow roots are watched). */
function collect(root: ParentNode, into: Set<string>): void {
  if (root instanceof Element && root.localName.startsWith('sf-') && !customElements.get(root.localName)) into.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith('sf-')) into.add(element.localName);
  }
}

/**
 * Loads and registers every kit element under `root` (default: the document) that is not defined yet. The
 * autoloader calls it by itself for the document and for what is added to it; call it for a tree it cannot see
 * (a closed shadow root of your own, or a document fragment before you insert it) or to wait for a part of the page:
 * the promise settles once each element found is defined (or failed to load, which is logged).
 */
export function discover(root?: ParentNode): Promise<void> {
  if (!inBrowser) return Promise.resolve();
  const tags = new Set<string>();
  collect(root ?? document, tags);
  return Promise.all([...tags].map(load)).then(() => undefined);
}

function start(): void {
  const observer = new MutationObserver((records) => {
    const tags = new Set<string>();
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) collect(node, tags);
    }
    for (const tag of tags) void load(tag);
  });
  const watch = (root: Document | ShadowRoot) => {
    observer.observe(root, { childList: true, subtree: true });
    void discover(root);
  };
  // Kit elements created from now on announce their shadow roots; any created before this module ran (a define/*
  // module imported ahead of it) are found here.
  watchRenderRoots(watch);
  watch(document);
  const withShadow = (root: ParentNode): void => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('sf-') && element.shadowRoot) {
        watch(element.shadowRoot);
        withShadow(element.shadowRoot);
      }
    }
  };
  withShadow(document);
}

if (inBrowser) start();
