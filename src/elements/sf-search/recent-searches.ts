import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { personalMessages } from '../../messages/personal.js';
import type { Locale } from '../../core/locale.js';
import { HistoryController } from '../controllers/history-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { effectiveLocale: Locale; renderRoot: HTMLElement | DocumentRoot };
type DocumentRoot = ShadowRoot | DocumentFragment;

/**
 * `<sf-search>`'s recent searches: the shopper's own last searches, shown under the empty field while it has focus,
 * each a button that searches again and a button that forgets it. Plain buttons in a labelled list: Tab moves
 * through them and out, Delete on a search forgets it too. Only with consent (`functional` or `all`): with `none`
 * nothing is recorded or shown.
 */
export class RecentSearches implements ReactiveController {
  readonly #host: Host;
  readonly #history: HistoryController;
  readonly #run: (text: string) => void;
  #focusWithin = false;
  announcement = '';

  constructor(host: Host, run: (text: string) => void) {
    this.#host = host;
    this.#run = run;
    this.#history = new HistoryController(host);
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('focusin', this.#onFocusIn);
    this.#host.addEventListener('focusout', this.#onFocusOut);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#onFocusIn);
    this.#host.removeEventListener('focusout', this.#onFocusOut);
  }

  #onFocusIn = () => {
    if (this.#focusWithin) return;
    this.#focusWithin = true;
    this.#host.requestUpdate();
  };

  #onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    // Moves inside the shadow root reach the host retargeted to the host itself.
    if (to && (to === this.#host || this.#host.contains(to))) return;
    this.#focusWithin = false;
    this.#host.requestUpdate();
  };

  /** The searches to offer, or none without consent. */
  get terms(): string[] {
    if (this.#history.consent === 'none') return [];
    return this.#history.history?.recentSearches() ?? [];
  }

  /** Remembers a submitted search (only as far as consent allows). */
  record(text: string): void {
    if (this.#history.consent !== 'none') this.#history.record((h) => h.recordSearch(text));
  }

  #remove(text: string, index: number): void {
    this.#history.record((h) => h.removeSearch(text));
    this.announcement = personalMessages[this.#host.effectiveLocale].searchRemoved(text);
    this.#host.requestUpdate();
    // Focus stays in the list: on the next search's term (or the previous), else back on the field.
    void this.#host.updateComplete.then(() => {
      const root = this.#host.renderRoot;
      const terms = [...root.querySelectorAll<HTMLButtonElement>('[part~=recent-term]')];
      (terms[Math.min(index, terms.length - 1)] ?? root.querySelector<HTMLInputElement>('input'))?.focus();
    });
  }

  /** The list, when the field is focused and short of a query. */
  render(showable: boolean): unknown {
    const terms = this.terms;
    const t = personalMessages[this.#host.effectiveLocale];
    const shown = showable && this.#focusWithin && terms.length > 0;
    return html`
      <div part="recent" class="recent" ?hidden=${!shown}>
        ${shown
          ? html`<div class="recent-title" id="recent-title">${t.recentSearches}</div>
              <ul aria-labelledby="recent-title">
                ${terms.map((text, i) => html`<li>
                  <button type="button" part="recent-term" class="recent-term" @click=${() => this.#run(text)}
                    @keydown=${(e: KeyboardEvent) => { if (e.key === 'Delete') { e.preventDefault(); this.#remove(text, i); } }}>${text}</button>
                  <button type="button" part="recent-remove" class="recent-remove" aria-label=${t.removeSearch(text)}
                    @click=${() => this.#remove(text, i)}><span aria-hidden="true">×</span></button>
                </li>`)}
              </ul>`
          : nothing}
      </div>
      <div role="status" class="visually-hidden">${this.announcement}</div>
    `;
  }
}

export const recentSearchesStyles = css`
  .recent {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    z-index: var(--sf-search-z-index, 30);
    margin-block-start: var(--_sf-space-1);
    padding: var(--_sf-space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_sf-radius-m);
    background: var(--_bg);
  }
  .recent[hidden] {
    display: none;
  }
  .recent-title {
    font-size: 0.875rem;
    color: var(--_sf-color-text-muted);
    margin-block-end: var(--_sf-space-1);
  }
  .recent ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .recent li {
    display: flex;
    align-items: center;
    gap: var(--_sf-space-1);
  }
  .recent-term,
  .recent-remove {
    min-block-size: 2.75rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .recent-term {
    flex: 1;
    text-align: start;
    padding-inline: var(--_sf-space-2);
  }
  .recent-remove {
    min-inline-size: 2.75rem;
  }
  .recent-term:hover,
  .recent-remove:hover {
    background: var(--_active);
  }
`;
