/**
 * Where kit elements and `storefront-elements/autoloader` meet. Kit elements announce their shadow roots (they
 * render other kit elements there, which no observer on the document sees), and ask, before their first render,
 * whether a kit provider around them is still on its way. No dependencies, so the autoloader can import it without
 * pulling Lit into a page's first script.
 */

type RenderRootWatcher = (root: ShadowRoot) => void;

let watcher: RenderRootWatcher | undefined;

/** Kit elements that provide context (services, settings, experiments) to the elements inside them. */
const PROVIDERS = ['sf-shop', 'sf-experiments'];

/** Called with the shadow root of every kit element created from now on (one watcher: the autoloader's). */
export function watchRenderRoots(watch: RenderRootWatcher): void {
  watcher = watch;
}

/** A kit element created its shadow root (a no-op unless the autoloader runs on the page). */
export function renderRootCreated(root: HTMLElement | DocumentFragment): void {
  if (watcher && root instanceof ShadowRoot) watcher(root);
}

/**
 * A kit provider around `element` (through shadow roots) that is not defined yet, when the autoloader runs on the
 * page (it loads every kit tag, so the provider will come); else undefined. The autoloader's chunks arrive in any
 * order: an element defined before its `<sf-shop>` waits for it before rendering, so that its first render has the
 * shop's locale, data and services (and matches the server's HTML when it hydrates).
 */
export function providerOnItsWay(element: Element): Element | undefined {
  if (!watcher) return undefined;
  let node: Element | null = element;
  while (node) {
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    if (node && PROVIDERS.includes(node.localName) && !customElements.get(node.localName)) return node;
  }
  return undefined;
}
