import { adoptStyles, css, html, isServer, nothing, supportsAdoptingStyleSheets, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { commonMessages } from '../../messages/common.js';
import { cartMessages } from '../../messages/cart.js';
import type { ProductHref } from '../../core/url.js';
import { cartToGa4 } from '../../services/telemetry/ga4.js';
import { Announcer } from '../controllers/announcer.js';
import { CartController } from '../controllers/cart-controller.js';
import { SfElement } from '../base/sf-element.js';
import { SfCartDrawerCloseEvent, SfCartOpenRequestEvent } from '../events/index.js';
import type { DrawerContents } from './drawer-contents.js';

/** The element focused now, looking into open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The mini-cart: a modal side panel on native `<dialog>` (focus moves in, Esc or a click on the backdrop closes,
 * focus returns to the opener, the page behind is inert). Lists the lines with quantity controls and remove (with undo), the subtotal, the
 * free-delivery meter, a slot for a delivery promise and the "Go to checkout" call to action.
 *
 * It opens on `show()`, on an `sf-cart-open-request` with reason `request` from anywhere in its shop (the cart
 * button), and with `open-on-add` also after each add to cart.
 *
 * @tag sf-cart-drawer
 * @summary Mini-cart drawer on native dialog.
 * @slot promise - A delivery promise shown above the checkout button, e.g. `<sf-delivery-promise>`.
 * @fires sf-cart-change - After a change made in the drawer, or one from another tab.
 * @fires sf-checkout-request - When "Go to checkout" is chosen; cancel it to route in the page.
 * @fires sf-cart-drawer-close - When the drawer has closed, by any means, after focus went back to the opener.
 * @csspart dialog - The dialog panel.
 * @csspart lines - The list of lines.
 * @csspart line - One line.
 * @csspart free-shipping - The free-delivery meter (left out when the `sf-free-shipping-meter` experiment says false).
 * @csspart checkout-button - The "Go to checkout" link.
 * @cssproperty --sf-cart-drawer-width - Panel width, default min(28rem, 100vw).
 * @cssproperty --sf-cart-drawer-background - Panel background.
 * @cssproperty --sf-cart-drawer-backdrop - Backdrop colour.
 * @cssproperty --sf-cta-background - Checkout button background (experiment token).
 * @cssproperty --sf-cta-color - Checkout button text colour (experiment token).
 * @cssstate open - While the drawer is open.
 * @since 0.1.0
 * @status experimental
 */
export class SfCartDrawer extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: contents;
      }
      dialog {
        box-sizing: border-box;
        inline-size: var(--sf-cart-drawer-width, min(28rem, 100vw));
        max-inline-size: 100vw;
        block-size: 100dvh;
        max-block-size: 100dvh;
        margin: 0 0 0 auto;
        padding: 0;
        border: 0;
        background: var(--sf-cart-drawer-background, var(--_sf-color-surface));
        color: var(--_sf-color-text);
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      dialog::backdrop {
        background: var(--sf-cart-drawer-backdrop, rgb(0 0 0 / 0.45));
      }
      .head {
        padding: var(--_sf-space-3) var(--_sf-space-4);
        display: flex;
        align-items: center;
        justify-content: space-between;
        border-block-end: 1px solid var(--_sf-color-border-subtle);
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      .close {
        min-inline-size: 2.75rem;
        min-block-size: 2.75rem;
        border: 0;
        background: none;
        color: inherit;
        font: inherit;
        font-size: 1.5rem;
        cursor: pointer;
      }
      .body {
        flex: 1;
        overflow-y: auto;
        padding: 0 var(--_sf-space-4);
      }
      .empty {
        padding: var(--_sf-space-4) 0;
      }
    `,
  ];

  /** Open after each add to cart (the page wants the mini-cart to confirm adds). */
  @property({ attribute: 'open-on-add', type: Boolean }) openOnAdd = false;

  /** Where "Go to checkout" leads. */
  @property({ attribute: 'checkout-href' }) checkoutHref = '/checkout';

  /** Free-delivery threshold in minor units; defaults to the backend's. */
  @property({ attribute: 'free-shipping-threshold', type: Number }) freeShippingThreshold?: number;

  /** Whether the drawer is open. Set it, or use `show()` / `close()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('dialog') protected dialog?: HTMLDialogElement;

  /** The shop's product links, for the lines (CartLines reads it). @internal */
  get productHref(): ProductHref | undefined {
    return this.shop?.productHref;
  }

  /**
   * Registers what the contents render (`<sf-quantity>`); set by the define module, which alone registers elements.
   * @internal
   */
  static loadParts: () => Promise<unknown> = () => Promise.resolve();

  readonly #cart = new CartController(this);
  readonly #announcer = new Announcer(this);
  /** The lines, meter, subtotal and checkout CTA: loaded on the first open intent (see #load). */
  #contents?: DrawerContents;
  #loading?: Promise<void>;
  /** The first remote-change count seen before the contents came, handed to them so a later one is reported. */
  #seenRemote?: number;
  #idle?: number;
  #opener: HTMLElement | null = null;

  /** Opens the drawer; focus returns to `opener` (default: what is focused now) when it closes. */
  show(opener: HTMLElement | null = deepActiveElement()): void {
    this.#opener = opener;
    this.open = true;
    this.#load().catch(() => undefined);
  }

  /**
   * Loads the contents once: on the first open intent (the cart button hovered or focused, any open request, a
   * change from another tab) or when the browser is idle after load, whichever comes first. Until they arrive an
   * open drawer with lines shows a busy "Loading".
   */
  #load(): Promise<void> {
    if (isServer) return Promise.resolve();
    // The lines' steppers and remove change the cart: what changes it comes with them.
    void this.#cart.store?.prepare?.();
    this.#loading ??= Promise.all([import('./drawer-contents.js'), (this.constructor as typeof SfCartDrawer).loadParts()]).then(
      ([{ DrawerContents }]) => {
        this.#stopWaiting();
        this.#loadError = false;
        const root = this.renderRoot as ShadowRoot;
        // Added after the element's own sheets (Lit's fallback for engines without adopted sheets appends <style>s).
        if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...DrawerContents.styles.map((s) => s.styleSheet!)];
        else adoptStyles(root, [...DrawerContents.styles]);
        this.#contents = new DrawerContents(this, this.#cart, this.#announcer, (name, params) => this.telemetry?.track(name, params), this.#seenRemote);
        this.requestUpdate();
      },
      (e: unknown) => {
        // A failed download (offline) is tried again on the next intent; the open drawer says so meanwhile.
        this.#loading = undefined;
        this.#loadError = true;
        this.requestUpdate();
        throw e;
      },
    );
    return this.#loading;
  }

  #loadError = false;

  /** Any pointer over or focus in a cart button is the intent to open: fetch the contents now. */
  #onIntent = (e: Event) => {
    if (e.composedPath().some((n) => (n as Element).localName === 'sf-cart-button')) this.#load().catch(() => undefined);
  };

  #stopWaiting(): void {
    document.removeEventListener('pointerover', this.#onIntent);
    document.removeEventListener('focusin', this.#onIntent);
    if (this.#idle !== undefined) ('cancelIdleCallback' in globalThis ? cancelIdleCallback : clearTimeout)(this.#idle);
    this.#idle = undefined;
  }

  close(): void {
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    document.addEventListener(SfCartOpenRequestEvent.eventName, this.#onOpenRequest);
    if (this.#contents || this.#loading) return;
    document.addEventListener('pointerover', this.#onIntent);
    document.addEventListener('focusin', this.#onIntent);
    // Idle after load: the contents are usually there before the first click, so the drawer opens complete.
    const load = () => void this.#load().catch(() => undefined);
    this.#idle = 'requestIdleCallback' in globalThis ? requestIdleCallback(load, { timeout: 4000 }) : (setTimeout(load, 2000) as unknown as number);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isServer) return;
    document.removeEventListener(SfCartOpenRequestEvent.eventName, this.#onOpenRequest);
    this.#stopWaiting();
  }

  #onOpenRequest = (e: SfCartOpenRequestEvent) => {
    if (e.defaultPrevented) return;
    if (e.reason === 'add' && !this.openOnAdd) return;
    // Only requests from inside this drawer's shop (a page may hold two shops).
    const shop = this.closest('sf-shop');
    if (shop && !e.composedPath().includes(shop)) return;
    this.show(e.opener ?? deepActiveElement());
  };

  protected override firstUpdated(): void {
    if (!this.open) this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A change from another tab before the contents came: load them, so it is announced and reported as before.
    const remote = this.#cart.state.remoteChange;
    if (!this.#contents && remote !== undefined) {
      if (this.#seenRemote === undefined) this.#seenRemote = remote;
      else if (remote > this.#seenRemote) this.#load().catch(() => undefined);
    }
    const dialog = this.dialog;
    if (!changed.has('open') || !dialog) return;
    if (this.open && !dialog.open) {
      this.#opener ??= deepActiveElement();
      this.#load().catch(() => undefined);
      dialog.showModal();
      this.toggleState('open', true);
      const cart = this.#cart.state.cart;
      if (cart) this.telemetry?.track('view_cart', cartToGa4(cart));
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  #onClose = () => {
    this.open = false;
    this.toggleState('open', false);
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new SfCartDrawerCloseEvent());
  };

  /** A click on the backdrop closes, as a side panel's does (the click lands on the dialog, outside its box). */
  #onDialogClick = (e: MouseEvent) => {
    const dialog = this.dialog;
    if (!dialog || e.target !== dialog || e.detail === 0) return;
    const r = dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) this.close();
  };

  protected override render() {
    const locale = this.effectiveLocale;
    const t = cartMessages[locale];
    const state = this.#cart.state;
    // A closed drawer's first render holds no cart: it may be hydrating the server's HTML, rendered before the
    // cart (or the contents, a browser-only chunk) was here, while the browser may have both by the time a
    // deferred hydration runs. firstUpdated renders them right after, still before the drawer can be seen.
    const settled = this.hasUpdated || this.open;
    const cart = settled ? state.cart : undefined;
    const hasContent = !!cart && (cart.lines.length > 0 || (state.removed?.length ?? 0) > 0);
    const contents = settled ? this.#contents : undefined;
    // Until the cart and the contents are both here, an open drawer says why it is empty: busy, or what failed.
    // A closed one (and so the server's HTML) holds no text.
    const failure = !cart && state.error ? state.error.code : this.#loadError && hasContent && !contents ? 'network' : undefined;
    const busy = this.open && !failure && !(cart && (!hasContent || contents));
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose} @click=${this.#onDialogClick}>
      <div class="head">
        <h2 id="title">${t.title}</h2>
        <button class="close" type="button" aria-label=${t.close} @click=${() => this.close()}>×</button>
      </div>
      <div class="body" aria-busy=${busy ? 'true' : 'false'}>
        ${cart && !hasContent
          ? html`<p class="empty">${t.empty}</p>`
          : cart && contents
            ? contents.renderLines(cart)
            : this.open
              ? html`<p class="empty">${failure ? commonMessages[locale][`error.${failure}`] : commonMessages[locale].loading}</p>`
              : nothing}
      </div>
      ${cart && contents && cart.lines.length > 0 ? contents.renderFoot(cart, state) : nothing}
      ${this.#announcer.render()}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-cart-drawer': SfCartDrawer;
  }
}
