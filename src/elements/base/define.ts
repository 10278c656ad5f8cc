import { isServer } from 'lit';
import { toLocale } from '../../core/locale.js';
import { loadMessages } from '../../messages/locales/load.js';

let wordsRequested = false;

/**
 * Registers a custom element once. A second copy of the kit on the same page (two bundles, a micro-frontend) finds
 * the tag taken and leaves it be instead of throwing. The first registration starts loading the words of the
 * document's language.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!wordsRequested && !isServer) {
    // The page's language is fetched while the other element modules still evaluate, not after the first element
    // asks for it (each element waits for its words before its first render).
    wordsRequested = true;
    loadMessages(toLocale(document.documentElement.lang)).catch(() => undefined);
  }
  if (!customElements.get(tag)) customElements.define(tag, element);
}
