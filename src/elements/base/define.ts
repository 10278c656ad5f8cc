/**
 * Registers a custom element once. A second copy of the kit on the same page (two bundles, a micro-frontend) finds
 * the tag taken and leaves it be instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
