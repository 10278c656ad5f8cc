/**
 * Where kit elements announce their shadow roots, for `storefront-elements/autoloader`: kit elements render other
 * kit elements inside their shadow DOM, which no observer on the document sees. No dependencies, so the
 * autoloader can import it without pulling Lit into a page's first script.
 */

type RenderRootWatcher = (root: ShadowRoot) => void;

let watcher: RenderRootWatcher | undefined;

/** Called with the shadow root of every kit element created from now on (one watcher: the autoloader's). */
export function watchRenderRoots(watch: RenderRootWatcher): void {
  watcher = watch;
}

/** A kit element created its shadow root (a no-op unless the autoloader runs on the page). */
export function renderRootCreated(root: HTMLElement | DocumentFragment): void {
  if (watcher && root instanceof ShadowRoot) watcher(root);
}
