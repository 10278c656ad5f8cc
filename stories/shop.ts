import { html, type TemplateResult } from 'lit';
import { LocalCommerceAdapter, type SimulatedFaults } from '../src/adapters/local/local-adapter.js';
import type { Locale } from '../src/core/locale.js';

/** A fresh embedded backend for a story, on its own storage key so stories do not share carts. */
export function storyAdapter(key: string, faults: SimulatedFaults = {}): LocalCommerceAdapter {
  return new LocalCommerceAdapter({ storageKey: `sf-story-${key}`, faults });
}

/** Wraps a story in a provider with the toolbar's locale. */
export function inShop(adapter: LocalCommerceAdapter, locale: Locale, content: TemplateResult, consent: 'none' | 'functional' | 'all' = 'none'): TemplateResult {
  return html`<sf-shop .adapter=${adapter} locale=${locale} consent=${consent}>${content}</sf-shop>`;
}
