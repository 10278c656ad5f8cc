import { isServer } from 'lit';
import { ContextRoot } from '@lit/context';
import { toLocale } from '../../core/locale.js';
import { loadMessages } from '../../messages/locales/load.js';

let firstRegistration = true;

/**
 * Registers a custom element once. A second copy of the kit on the same page (two bundles, a micro-frontend) finds
 * the tag taken and leaves it be instead of throwing. The first registration starts loading the words of the
 * document's language, and attaches a context root to the document.
 *
 * The context root is what lets elements be defined in any order: an element defined before `<sf-shop>` (two
 * define modules imported the other way round, or the autoloader's chunks arriving in whatever order the network
 * gives) asks for the shop's services while no provider is there to answer; the root keeps the unanswered request
 * and asks again when a provider connects.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (firstRegistration && !isServer) {
    firstRegistration = false;
    // The page's language is fetched while the other element modules still evaluate, not after the first element
    // asks for it (each element waits for its words before its first render).
    loadMessages(toLocale(document.documentElement.lang)).catch(() => undefined);
    new ContextRoot().attach(document.documentElement);
  }
  if (!customElements.get(tag)) customElements.define(tag, element);
}
