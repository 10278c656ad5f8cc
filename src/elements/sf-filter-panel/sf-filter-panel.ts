import { css, html, isServer, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Facet, ListFilters } from '../../core/listing.js';
import { listingMessages } from '../../messages/listing.js';
import { validateFacets, validateListFilters } from '../../core/validate.js';
import { oneOfCheck, validated, type PropertyCheck } from '../base/property-checks.js';
import { SfFilterChangeEvent } from '../events/index.js';
import { SfElement } from '../base/sf-element.js';
import { facetTitle, facetValueLabel } from './labels.js';

/**
 * The facets of a listing as groups of checkboxes with counts. On a wide screen it is a sidebar; on a phone a
 * "Filters" button opens it in a native modal `<dialog>` (focus moves in, Escape closes, focus returns to the
 * button). `layout` forces one or the other.
 *
 * @tag sf-filter-panel
 * @summary Facet filters with counts: a sidebar on desktops, a dialog on phones.
 * @fires sf-filter-change - When the shopper chooses or clears a value; `filters` is the whole new choice.
 * @csspart toggle - The "Filters" button (phone layout).
 * @csspart dialog - The dialog (phone layout).
 * @csspart group - One facet's fieldset.
 * @cssproperty --sf-filter-panel-gap - Space between facet groups.
 * @cssstate dialog - The phone layout is in use.
 * @since 0.1.0
 * @status experimental
 */
export class SfFilterPanel extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 0;
        margin: 0 0 var(--sf-filter-panel-gap, var(--_sf-space-4));
        padding: 0;
      }
      legend {
        font-weight: 600;
        padding: 0;
        margin-block-end: var(--_sf-space-2);
      }
      label {
        display: flex;
        gap: var(--_sf-space-2);
        align-items: center;
        min-block-size: 2.75rem;
        cursor: pointer;
      }
      input {
        inline-size: 1.25rem;
        block-size: 1.25rem;
        margin: 0;
      }
      .count {
        color: var(--_sf-color-text-muted);
      }
      button {
        font: inherit;
        min-block-size: 2.75rem;
        padding: 0 var(--_sf-space-4);
        border: 1px solid var(--_sf-color-border);
        border-radius: var(--_sf-radius-m);
        background: var(--_sf-color-surface);
        color: inherit;
        cursor: pointer;
      }
      dialog {
        inline-size: min(100vw, 28rem);
        max-block-size: 100dvh;
        margin: 0 0 0 auto;
        block-size: 100dvh;
        border: 0;
        padding: var(--_sf-space-4);
        background: var(--_sf-color-surface);
        color: var(--_sf-color-text);
      }
      .dialog-head {
        display: flex;
        justify-content: space-between;
        align-items: center;
      }
    `,
  ];

  /** The facets to offer, with counts (`Page.facets` from the adapter). */
  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    facets: validated(validateFacets, []),
    filters: validated(validateListFilters, {}),
    layout: oneOfCheck(['auto', 'dialog', 'sidebar']),
  };

  @property({ attribute: false }) facets: readonly Facet[] = [];

  /** The chosen values by facet id. */
  @property({ attribute: false }) filters: ListFilters = {};

  /** Currency of price ranges. */
  @property() currency = 'EUR';

  /** `auto` (dialog below 48rem wide, sidebar above), `dialog` or `sidebar`. */
  @property() layout: 'auto' | 'dialog' | 'sidebar' = 'auto';

  @state() private narrow = false;
  @query('dialog') private dialog?: HTMLDialogElement;
  #media?: MediaQueryList;
  #onMedia = () => {
    this.narrow = !!this.#media?.matches;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.#media = matchMedia('(max-width: 47.99rem)');
    this.#media.addEventListener('change', this.#onMedia);
    this.#onMedia();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#media?.removeEventListener('change', this.#onMedia);
  }

  get #asDialog(): boolean {
    return this.layout === 'dialog' || (this.layout === 'auto' && this.narrow);
  }

  #toggle(facet: string, value: string, on: boolean) {
    const current = this.filters[facet] ?? [];
    const next = on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    const filters: Record<string, readonly string[]> = { ...this.filters, [facet]: next };
    if (next.length === 0) delete filters[facet];
    this.filters = filters;
    this.dispatchEvent(new SfFilterChangeEvent(filters));
  }

  #groups() {
    const locale = this.effectiveLocale;
    return this.facets.map((facet) => html`<fieldset part="group">
      <legend>${facetTitle(facet, locale)}</legend>
      ${facet.values.map((v) => {
        const checked = (this.filters[facet.id] ?? []).includes(v.value);
        return html`<label>
          <input type="checkbox" .checked=${checked} ?disabled=${v.count === 0 && !checked}
            @change=${(e: Event) => this.#toggle(facet.id, v.value, (e.target as HTMLInputElement).checked)} />
          <span>${facetValueLabel(facet, v, locale, this.currency)}</span>
          <span class="count">(${v.count})</span>
        </label>`;
      })}
    </fieldset>`);
  }

  protected override render() {
    const t = listingMessages[this.effectiveLocale];
    const dialog = this.#asDialog;
    this.toggleState('dialog', dialog);
    if (!dialog) return html`<div role="group" aria-label=${t.filters}>${this.#groups()}</div>`;
    const chosen = Object.values(this.filters).reduce((n, v) => n + v.length, 0);
    return html`
      <button part="toggle" type="button" aria-haspopup="dialog" @click=${() => this.dialog?.showModal()}>
        ${t.filters}${chosen ? ` (${chosen})` : nothing}
      </button>
      <dialog part="dialog" aria-label=${t.filters}>
        <div class="dialog-head">
          <span role="heading" aria-level=${this.headingLevelAt()}>${t.filters}</span>
          <button type="button" @click=${() => this.dialog?.close()}>${t.done}</button>
        </div>
        ${this.#groups()}
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-filter-panel': SfFilterPanel;
  }
}
