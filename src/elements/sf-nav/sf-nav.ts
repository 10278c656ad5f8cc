import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import { toCommerceError } from '../../core/errors.js';
import { commonMessages } from '../../messages/common.js';
import { navMessages } from '../../messages/nav.js';
import { capNavTree, currentPath, isCurrentItem, moveIndex, type Move, type NavItem } from '../../core/navigation.js';
import { safeUrl } from '../../core/url.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { navStyles } from './sf-nav.styles.js';
import { readLinkList } from './light-dom.js';
import { validateNavItems } from '../../core/validate.js';
import { validated, type PropertyCheck } from '../base/property-checks.js';

const chevron = svg`<path d="M2 5l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2" />`;
const hamburger = svg`<path d="M3 6h18M3 12h18M3 18h18" fill="none" stroke="currentColor" stroke-width="2" />`;

const MOVES: Record<string, Move> = {
  ArrowDown: 'next', ArrowRight: 'next', ArrowUp: 'previous', ArrowLeft: 'previous', Home: 'first', End: 'last',
};

/**
 * The shop's main navigation, following the WAI-ARIA APG *disclosure navigation* pattern (not a menubar): a `<nav>`
 * landmark whose top-level categories are buttons with `aria-expanded` that open mega-menu panels of links. A
 * category's own page is the first link in its panel ("All bikes"), so no link is nested in a button.
 *
 * The tree comes from, in order: the `items` property; a hand-made list in the light DOM (a `<ul>` of `<li>`s,
 * each with an `<a href>` or a text label and optionally a nested `<ul>`); or the adapter's `getCategoryTree()`.
 *
 * Keyboard: Tab moves through buttons and the open panel's links; Enter/Space toggle a panel; Escape closes it and
 * returns focus to its button; opening a panel closes the other; focus leaving the navigation or a click outside
 * closes it. With `arrow-keys`, arrows/Home/End move between top-level items, ArrowDown on an open button enters its
 * panel and arrows move between the panel's links.
 *
 * Narrower than `breakpoint` (the element's own width, so it works in any container) or with `mobile`, a menu button
 * opens a native modal `<dialog>` drawer with the same tree as nested disclosures; Escape or the close button closes
 * it and focus returns to the menu button.
 *
 * @tag sf-nav
 * @summary Site navigation: disclosure mega-menu on wide screens, drawer on narrow ones.
 * @slot - Optional hand-made menu: a `<ul>` of links and nested lists (not displayed as is; read into the tree).
 * @csspart bar - The list of top-level items (desktop).
 * @csspart top-button - A top-level button that opens a panel.
 * @csspart top-link - A top-level link without children.
 * @csspart panel - A mega-menu panel.
 * @csspart menu-button - The button that opens the drawer (mobile).
 * @csspart drawer - The drawer `<dialog>` (mobile).
 * @csspart status - The loading error message.
 * @cssproperty --sf-nav-background - Bar background.
 * @cssproperty --sf-nav-color - Text colour.
 * @cssproperty --sf-nav-panel-background - Panel and drawer background.
 * @cssproperty --sf-nav-accent - Marks the open item and the current page.
 * @cssproperty --sf-nav-drawer-width - Width of the drawer.
 * @cssproperty --sf-nav-z-index - Stacking of the panels, default 20.
 * @cssstate mobile - The drawer layout is in use.
 * @cssstate open - A panel or the drawer is open.
 * @since 0.1.0
 * @status experimental
 */
export class SfNav extends SfElement {
  static override styles = [SfElement.styles, navStyles];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    items: validated(validateNavItems),
  };

  /** The current page, as a category id or an href: its link gets `aria-current="page"`. */
  @property({ reflect: true }) current = '';

  /** Accessible name of the navigation landmark; defaults to the localised "Main". */
  @property() label?: string;

  /** Below this width of the element, in CSS pixels, the drawer layout is used. 0 never switches. */
  @property({ type: Number }) breakpoint = 768;

  /** Forces the drawer layout whatever the width. */
  @property({ type: Boolean, reflect: true }) mobile = false;

  /** Adds the APG's optional arrow-key, Home and End movement between top-level items and within a panel. */
  @property({ type: Boolean, attribute: 'arrow-keys' }) arrowKeys = false;

  /** A tree to show instead of the light-DOM list or the adapter's categories. */
  @property({ attribute: false }) items?: readonly NavItem[];

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  /** Index of the open top-level panel, -1 for none. */
  @state() protected openIndex = -1;
  @state() protected drawerOpen = false;
  /** Ids of the drawer's expanded disclosures. */
  @state() protected expanded: ReadonlySet<string> = new Set();
  @state() protected width = Number.POSITIVE_INFINITY;
  @state() protected lightItems: NavItem[] | undefined;

  // Created on connection in the browser, never on the server (Node has no observers).
  #resize?: ResizeObserver;
  #mutations?: MutationObserver;
  #outsideClick = (e: Event) => {
    if ((this.openIndex >= 0) && !e.composedPath().includes(this)) this.openIndex = -1;
  };

  #tree = new Task(this, {
    task: async ([adapter, ownTree], { signal }) => {
      if (ownTree || !adapter) return undefined;
      return adapter.getCategoryTree({ signal });
    },
    // With the server's tree (`<sf-shop snapshot>`) nothing is loaded.
    args: () => [this.serverData?.categoryTree ? undefined : this.adapter, Boolean(this.items ?? this.lightItems)] as const,
  });

  /** Whether the drawer layout is in use. */
  get isMobile(): boolean {
    return this.mobile || (this.breakpoint > 0 && this.width < this.breakpoint);
  }

  /** The tree in use, capped (see `capNavTree`): a backend answering with thousands of categories gets a menu. */
  get tree(): readonly NavItem[] {
    return capNavTree(this.items ?? this.lightItems ?? this.#tree.value ?? this.serverData?.categoryTree ?? []);
  }

  override connectedCallback(): void {
    // The server's HTML (a declarative shadow root, there before the first connection) is the desktop bar: the
    // hydrating render must be that same layout, or lit throws a hydration mismatch on every phone. The probe's
    // ResizeObserver reports the real width right after hydration, in the same frame (before paint).
    const serverRendered = !this.hasUpdated && this.shadowRoot !== null && this.shadowRoot.childNodes.length > 0;
    super.connectedCallback();
    // On the server the light DOM is not there to read and nothing can be measured: the tree comes from `items`
    // (or the server-loaded data) and the first paint is the desktop bar until the browser measures.
    if (isServer) return;
    this.#readLightDom();
    this.#resize ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentBoxSize?.[0];
      if (box) this.width = box.inlineSize;
    });
    this.#mutations ??= new MutationObserver(() => this.#readLightDom());
    this.#mutations.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    // The first layout is decided before the first render, so a narrow page never flashes the desktop bar.
    // Where the element cannot be measured yet (its container is not laid out), the viewport is the best guess:
    // assuming "infinitely wide" painted the tall desktop bar on phones for a frame (a layout shift).
    if (!serverRendered) {
      const width = this.getBoundingClientRect().width;
      this.width = width > 0 ? width : window.innerWidth || Number.POSITIVE_INFINITY;
    }
    document.addEventListener('click', this.#outsideClick, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isServer) return;
    this.#mutations?.disconnect();
    this.#resize?.disconnect();
    document.removeEventListener('click', this.#outsideClick, true);
  }

  /** Closes any open panel or drawer. */
  close(): void {
    this.openIndex = -1;
    this.renderRoot.querySelector?.('dialog')?.close();
  }

  #readLightDom(): void {
    const list = [...this.children].find((c) => c.localName === 'ul' || c.localName === 'ol');
    this.lightItems = list ? readLinkList(list) : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.isMobile && this.drawerOpen) this.drawerOpen = false;
    if (this.isMobile && this.openIndex >= 0) this.openIndex = -1;
    if (changed.has('drawerOpen') && this.drawerOpen) {
      // The drawer opens on the current page's branch.
      this.expanded = new Set(currentPath(this.tree, this.current, this.#baseUri).filter((i) => i.children.length).map((i) => i.id));
    }
  }

  protected override firstUpdated(): void {
    // Measure a zero-height probe, not the host: switching layouts changes the host's height, and observing that
    // from the observer's own callback would be a resize loop.
    const probe = this.renderRoot.querySelector('.probe');
    if (probe) this.#resize?.observe(probe);
  }

  protected override updated(changed: PropertyValues): void {
    this.toggleState('mobile', this.isMobile);
    this.toggleState('open', this.openIndex >= 0 || this.drawerOpen);
    if (changed.has('drawerOpen') && this.drawerOpen) {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
    }
  }

  #isCurrent(item: NavItem): boolean {
    return isCurrentItem(item, this.current, this.#baseUri);
  }

  /** Relative `current` and item links resolve against the page; on the server both stay as the page gave them. */
  get #baseUri(): string | undefined {
    return isServer ? undefined : document.baseURI;
  }

  #containsCurrent(item: NavItem): boolean {
    return item.children.some((c) => this.#isCurrent(c) || this.#containsCurrent(c));
  }

  #link(item: NavItem, label: string = item.name, part = 'link', cls = ''): TemplateResult {
    const href = safeUrl(item.href);
    if (!href) return html`<span class="heading ${cls}">${label}</span>`;
    return html`<a part=${part} class=${cls} href=${href} aria-current=${this.#isCurrent(item) ? 'page' : nothing} @click=${this.#linkActivated}>${label}</a>`;
  }

  /** A link was followed: in a single-page shop the page stays, so the panel or drawer must close. */
  #linkActivated = () => {
    this.close();
  };

  // ---------- desktop ----------

  #toggle(index: number): void {
    this.openIndex = this.openIndex === index ? -1 : index;
  }

  #topElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[part~=bar] > li > .top')];
  }

  #onBarKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.openIndex >= 0) {
      e.preventDefault();
      const index = this.openIndex;
      this.openIndex = -1;
      this.renderRoot.querySelector<HTMLElement>(`#button-${index}`)?.focus();
      return;
    }
    const move = MOVES[e.key];
    if (!this.arrowKeys || !move || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.composedPath()[0] as HTMLElement;
    const tops = this.#topElements();
    const at = tops.indexOf(target);
    if (at >= 0) {
      e.preventDefault();
      if (e.key === 'ArrowDown' && target.getAttribute('aria-expanded') === 'true') {
        this.renderRoot.querySelector<HTMLElement>(`#panel-${this.openIndex} a`)?.focus();
        return;
      }
      tops[moveIndex(at, tops.length, move, false)]?.focus();
      return;
    }
    const panel = target.closest('[part~=panel]');
    if (!panel) return;
    e.preventDefault();
    const links = [...panel.querySelectorAll<HTMLElement>('a')];
    links[moveIndex(links.indexOf(target), links.length, move, false)]?.focus();
  };

  #onFocusOut = (e: FocusEvent) => {
    // Focus went elsewhere on the page (not to nowhere, as when clicking plain text: the click handler covers that).
    const to = e.relatedTarget as Node | null;
    if (to && !this.renderRoot.contains(to)) this.openIndex = -1;
  };

  #panelColumns(items: readonly NavItem[]): TemplateResult {
    return html`${items.map(
      (child) => html`<li>
        ${this.#link(child)}
        ${child.children.length ? html`<ul>${this.#panelColumns(child.children)}</ul>` : nothing}
      </li>`,
    )}`;
  }

  #renderBar(tree: readonly NavItem[]): TemplateResult {
    const t = navMessages[this.effectiveLocale];
    return html`<ul part="bar" @keydown=${this.#onBarKeydown}>
      ${tree.map((item, i) => {
        if (item.children.length === 0) return html`<li>${this.#link(item, item.name, 'top-link', 'top')}</li>`;
        const open = this.openIndex === i;
        return html`<li>
          <button
            type="button"
            id=${`button-${i}`}
            class="top ${this.#containsCurrent(item) || this.#isCurrent(item) ? 'has-current' : ''}"
            part="top-button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${`panel-${i}`}
            @click=${() => this.#toggle(i)}
          >
            ${item.name}<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">${chevron}</svg>
          </button>
          <div id=${`panel-${i}`} part="panel" ?hidden=${!open}>
            <ul class="columns">
              ${item.href ? html`<li class="all">${this.#link(item, t.allIn(item.name))}</li>` : nothing}
              ${this.#panelColumns(item.children)}
            </ul>
          </div>
        </li>`;
      })}
    </ul>`;
  }

  // ---------- mobile ----------

  #toggleBranch(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  #drawerList(items: readonly NavItem[], path: string): TemplateResult {
    const t = navMessages[this.effectiveLocale];
    return html`${items.map((item, i) => {
      if (item.children.length === 0) return html`<li>${this.#link(item)}</li>`;
      const id = `branch-${path}${i}`;
      const open = this.expanded.has(item.id);
      return html`<li>
        <button type="button" class="disclosure" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => this.#toggleBranch(item.id)}>
          ${item.name}<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">${chevron}</svg>
        </button>
        <ul id=${id} ?hidden=${!open}>
          ${item.href ? html`<li>${this.#link(item, t.allIn(item.name))}</li>` : nothing}
          ${this.#drawerList(item.children, `${path}${i}-`)}
        </ul>
      </li>`;
    })}`;
  }

  #onDialogClose = () => {
    if (!this.drawerOpen) return;
    this.drawerOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[part~=menu-button]')?.focus();
  };

  #onDialogClick = (e: MouseEvent) => {
    const dialog = e.currentTarget as HTMLDialogElement;
    if (e.target !== dialog) return;
    // A click on the dialog element itself outside its box is a click on the backdrop.
    const r = dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dialog.close();
  };

  #renderDrawer(tree: readonly NavItem[], label: string): TemplateResult {
    const t = navMessages[this.effectiveLocale];
    return html`
      <button type="button" part="menu-button" aria-haspopup="dialog" @click=${() => (this.drawerOpen = true)}>
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${hamburger}</svg>${t.menu}
      </button>
      ${this.drawerOpen
        ? html`<dialog part="drawer" aria-label=${label} @close=${this.#onDialogClose} @click=${this.#onDialogClick}>
            <div class="drawer-head">
              <button type="button" class="close" autofocus @click=${() => this.renderRoot.querySelector('dialog')?.close()}>${t.closeMenu}</button>
            </div>
            <ul class="tree">${this.#drawerList(tree, '')}</ul>
          </dialog>`
        : nothing}
    `;
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const label = this.label || navMessages[locale].mainNav;
    const ownTree = this.items ?? this.lightItems;
    const c = commonMessages[locale];
    const body = ownTree
      ? this.#content(ownTree, label)
      : this.#tree.render({
          // The server's tree (`<sf-shop snapshot>`) when nothing was loaded here: on the server, and on hydration.
          initial: () => this.#content(this.serverData?.categoryTree ?? [], label),
          pending: () => this.#content(this.#tree.value ?? this.serverData?.categoryTree ?? [], label),
          complete: (tree) => this.#content(tree ?? this.serverData?.categoryTree ?? [], label),
          error: (e) => html`<div part="status" role="alert">
            ${c[`error.${toCommerceError(e).code}`]}
            <button type="button" @click=${() => void this.#tree.run()}>${c.retry}</button>
          </div>`,
        });
    return html`<div class="probe"></div><nav aria-label=${label} @focusout=${this.#onFocusOut}>${body}</nav>`;
  }

  #content(tree: readonly NavItem[], label: string): TemplateResult {
    return this.isMobile ? this.#renderDrawer(tree, label) : this.#renderBar(tree);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-nav': SfNav;
  }
}
