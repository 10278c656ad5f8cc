import { css, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import { navMessages } from '../../messages/nav.js';
import { breadcrumbTrail, collapsibleRange, type Crumb } from '../../core/navigation.js';
import { safeUrl } from '../../core/url.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { validateCrumbs } from '../../core/validate.js';
import { validated, type PropertyCheck } from '../base/property-checks.js';

/**
 * A breadcrumb trail: a `<nav>` landmark (localised "Breadcrumb") with an ordered list of links, the last one the
 * current page with `aria-current="page"`.
 *
 * Steps come from the `items` property, or from a `category` id resolved against the adapter's category tree
 * (plus `current-label` for a product page, and a localised "Home" first when `home` is set).
 *
 * Narrower than `collapse-below`, a trail of four or more steps shows its first and last two and a "…" button in
 * place of the middle. The middle steps are hidden *visually only* (clipped, the usual visually-hidden technique,
 * never `display: none`): screen readers still read the whole trail and keyboard users still reach every link.
 * A collapsed link that receives focus expands the trail, so focus is never on something invisible; the "…"
 * button (a disclosure with `aria-expanded`) expands and collapses it for pointer and keyboard users alike.
 *
 * @tag sf-breadcrumbs
 * @summary Breadcrumb trail that collapses its middle on narrow screens without hiding it from assistive technology.
 * @csspart list - The ordered list.
 * @csspart item - Each list item.
 * @csspart link - Each link.
 * @csspart current - The current page's step.
 * @csspart toggle - The "…" button that expands and collapses the middle of the trail.
 * @cssproperty --sf-breadcrumbs-color - Link colour.
 * @cssproperty --sf-breadcrumbs-separator-color - Colour of the separators.
 * @cssstate collapsed - The middle of the trail is collapsed.
 * @since 0.1.0
 * @status experimental
 */
export class SfBreadcrumbs extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .probe {
        height: 0;
      }
      [part~='list'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_sf-space-1) var(--_sf-space-2);
        min-height: 1.5em;
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: var(--_sf-font-size-s);
      }
      [part~='item'] {
        display: inline-flex;
        align-items: center;
        gap: var(--_sf-space-2);
      }
      /* A drawn chevron: a separator that nothing reads aloud. */
      [part~='item'] + [part~='item']::before {
        content: '';
        width: 0.4em;
        height: 0.4em;
        border-block-start: 2px solid var(--sf-breadcrumbs-separator-color, var(--_sf-color-text-muted));
        border-inline-end: 2px solid var(--sf-breadcrumbs-separator-color, var(--_sf-color-text-muted));
        transform: rotate(45deg);
      }
      :host(:dir(rtl)) [part~='item'] + [part~='item']::before {
        transform: rotate(-135deg);
      }
      a {
        color: var(--sf-breadcrumbs-color, var(--_sf-color-link));
        text-decoration: underline;
        text-underline-offset: 0.15em;
      }
      [aria-current='page'] {
        color: inherit;
        font-weight: 600;
        text-decoration: none;
      }
      [part~='toggle'][aria-expanded='true'] {
        background: var(--_sf-color-surface-muted);
      }
      [part~='toggle'] {
        min-width: 2rem;
        min-height: 1.75rem;
        padding: 0 var(--_sf-space-2);
        border: 1px solid var(--_sf-color-border);
        border-radius: var(--_sf-radius-s);
        background: none;
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
    `,
  ];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    items: validated(validateCrumbs),
  };

  /** The trail, first step first; the last step is the current page. Overrides `category`. */
  @property({ attribute: false }) items?: readonly Crumb[];

  /** A category id: the trail is its path in the adapter's category tree. */
  @property() category = '';

  /** The current page's name below `category`, e.g. a product name: the category then stays a link. */
  @property({ attribute: 'current-label' }) currentLabel = '';

  /** The shop's home page: when set, the trail starts with a localised "Home" link to it. */
  @property() home?: string;

  /** Accessible name of the landmark; defaults to the localised "Breadcrumb". */
  @property() label?: string;

  /** Below this width of the element, in CSS pixels, a long trail collapses its middle. 0 never collapses. */
  @property({ type: Number, attribute: 'collapse-below' }) collapseBelow = 480;

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  @state() protected width = Number.POSITIVE_INFINITY;
  @state() protected expanded = false;

  // Created on connection in the browser, never on the server (Node has no observers).
  #resize?: ResizeObserver;

  #tree = new Task(this, {
    task: async ([adapter, wanted], { signal }) => (adapter && wanted ? adapter.getCategoryTree({ signal }) : undefined),
    // With the server's tree (`<sf-shop snapshot>`) nothing is loaded.
    args: () => [this.serverData?.categoryTree ? undefined : this.adapter, !this.items && Boolean(this.category)] as const,
  });

  /** The steps shown, home first. */
  get trail(): Crumb[] {
    const steps = this.items
      ? [...this.items]
      : this.category
        ? breadcrumbTrail(this.#tree.value ?? this.serverData?.categoryTree ?? [], this.category, this.currentLabel || undefined)
        : this.currentLabel
          ? [{ label: this.currentLabel }]
          : [];
    // Until the tree arrives (or if it fails) the trail is just home and the current page: never a wrong path.
    const home = safeUrl(this.home);
    return home ? [{ label: navMessages[this.effectiveLocale].home, href: home }, ...steps] : steps;
  }

  /** Whether the trail is long enough and the element narrow enough for its middle to collapse. */
  get collapsible(): boolean {
    return this.collapseBelow > 0 && this.width < this.collapseBelow && collapsibleRange(this.trail.length) !== null;
  }

  /** Whether the middle of the trail is collapsed now. */
  get collapsed(): boolean {
    return !this.expanded && this.collapsible;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.#resize ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentBoxSize?.[0];
      if (box) this.width = box.inlineSize;
    });
    const width = this.getBoundingClientRect().width;
    if (width > 0) this.width = width;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
  }

  protected override firstUpdated(): void {
    // A zero-height probe: collapsing changes the host's height, which must not feed back into the observer.
    const probe = this.renderRoot.querySelector('.probe');
    if (probe) this.#resize?.observe(probe);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new trail starts collapsed again.
    if (changed.has('items') || changed.has('category') || changed.has('currentLabel')) this.expanded = false;
  }

  protected override updated(): void {
    this.toggleState('collapsed', this.collapsed);
  }


  #onFocusIn = (e: FocusEvent) => {
    // Focus on a visually hidden link: show the whole trail so the focus can be seen.
    if ((e.target as Element).matches('.collapsed a')) this.expanded = true;
  };

  protected override render() {
    const t = navMessages[this.effectiveLocale];
    const trail = this.trail;
    const range = this.collapsible ? collapsibleRange(trail.length) : null;
    const collapsed = this.collapsed;
    return html`<div class="probe"></div>
      <nav aria-label=${this.label || t.breadcrumb} @focusin=${this.#onFocusIn}>
        <ol part="list">
          ${trail.map((crumb, i) => {
            const last = i === trail.length - 1;
            const middle = range !== null && i >= range.start && i < range.end;
            const first = middle && i === range.start;
            const hidden = middle && collapsed;
            const href = safeUrl(crumb.href);
            const current = last ? 'page' : nothing;
            const inner = href
              ? html`<a part=${last ? 'link current' : 'link'} href=${href} aria-current=${current} class=${hidden ? 'visually-hidden' : ''}>${crumb.label}</a>`
              : html`<span part=${last ? 'current' : nothing} aria-current=${current} class=${hidden ? 'visually-hidden' : ''}>${crumb.label}</span>`;
            return html`<li part="item" class=${hidden ? (first ? 'collapsed' : 'collapsed visually-hidden') : ''}>
              ${first
                ? html`<button type="button" part="toggle" aria-label=${t.showFullPath} aria-expanded=${collapsed ? 'false' : 'true'} @click=${() => (this.expanded = !this.expanded)}>…</button>`
                : nothing}${inner}
            </li>`;
          })}
        </ol>
      </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-breadcrumbs': SfBreadcrumbs;
  }
}
