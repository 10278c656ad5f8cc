import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import type { Cart, CartLine } from '../../core/model.js';
import { toCommerceError } from '../../core/errors.js';
import type { RemovedLine } from '../../core/cart-store.js';
import { cartMessages } from '../../messages/cart.js';
import { commonMessages } from '../../messages/common.js';
import type { Locale } from '../../core/locale.js';
import { formatMoney } from '../../core/money.js';
import { productLink, safeUrl, type ProductHref } from '../../core/url.js';
import { ga4Value, lineToGa4Item } from '../../services/telemetry/ga4.js';
import type { Announcer } from '../controllers/announcer.js';
import type { CartController } from '../controllers/cart-controller.js';
import { SfCartChangeEvent } from '../events/index.js';
import type { SfQuantity } from '../sf-quantity/sf-quantity.js';

/** The host's locale, and its shop's link to a line's product (the shop's `product-href`). */
type Host = ReactiveControllerHost & HTMLElement & {
  effectiveLocale: Locale;
  readonly productHref: ProductHref | undefined;
  /** Where a line's quantity and remove controls post without JavaScript (the cart page only). */
  readonly cartUpdateAction?: string | undefined;
};

/**
 * What `<sf-cart>` and `<sf-cart-drawer>` share: the line list (with quantity, remove, undo rows in place, issue
 * and error texts), the actions behind it, their announcements, telemetry and `sf-cart-change` events, and the
 * report of changes from other tabs.
 */
export class CartLines implements ReactiveController {
  readonly #host: Host;
  readonly #cart: CartController;
  readonly #announcer: Announcer;
  readonly #track: (name: string, params: Record<string, unknown>) => void;
  /** Confirmed quantity before the shopper's current burst of changes, by line id (for telemetry deltas). */
  readonly #baseline = new Map<string, number>();
  #reportedRevision = -1;
  #seenRemote: number | undefined;

  /**
   * `seenRemote`: the remote-change count the host had already seen when this was created later than the host (the
   * drawer loads its lines on demand), so a change from another tab in between is still reported.
   */
  constructor(
    host: Host,
    cart: CartController,
    announcer: Announcer,
    track: (name: string, params: Record<string, unknown>) => void,
    seenRemote?: number,
  ) {
    this.#host = host;
    this.#cart = cart;
    this.#announcer = announcer;
    this.#track = track;
    this.#seenRemote = seenRemote;
    host.addController(this);
  }

  hostUpdated(): void {
    const { remoteChange, cart } = this.#cart.state;
    if (remoteChange === undefined) return;
    const seen = this.#seenRemote;
    this.#seenRemote = remoteChange;
    if (seen === undefined || remoteChange <= seen || !cart) return;
    this.#announcer.announce(this.#t.cartChanged);
    if (this.#cart.store?.claimRemoteChange(remoteChange)) this.#host.dispatchEvent(new SfCartChangeEvent(cart));
  }

  get #t() {
    return cartMessages[this.#host.effectiveLocale];
  }

  #errorText(e: unknown): string {
    return commonMessages[this.#host.effectiveLocale][`error.${toCommerceError(e).code}`];
  }

  #reported(cart: Cart): void {
    if (cart.revision === this.#reportedRevision) return;
    this.#reportedRevision = cart.revision;
    this.#host.dispatchEvent(new SfCartChangeEvent(cart));
  }

  /** Sets a line's quantity (coalesced by the store) and reports the settled result once. */
  async setQuantity(line: CartLine, quantity: number): Promise<void> {
    const store = this.#cart.store;
    if (!store) return;
    if (!this.#baseline.has(line.id)) {
      const confirmed = this.#cart.state.confirmed?.lines.find((l) => l.id === line.id);
      this.#baseline.set(line.id, confirmed?.quantity ?? line.quantity);
    }
    try {
      const cart = await store.setQuantity(line.id, quantity);
      const before = this.#baseline.get(line.id);
      if (before === undefined) return;
      this.#baseline.delete(line.id);
      const now = cart.lines.find((l) => l.id === line.id);
      if (!now) return;
      const delta = now.quantity - before;
      if (delta !== 0) {
        this.#track(delta > 0 ? 'add_to_cart' : 'remove_from_cart', {
          currency: now.unitPrice.currency,
          value: ga4Value({ amount: now.unitPrice.amount * Math.abs(delta), currency: now.unitPrice.currency }),
          items: [lineToGa4Item(now, Math.abs(delta))],
        });
        this.#announcer.announce(this.#t.quantitySet(line.name, now.quantity));
        this.#reported(cart);
      }
    } catch (e) {
      if (!this.#baseline.delete(line.id)) return;
      this.#announcer.announce(this.#t.notSaved(line.name, this.#errorText(e)));
    }
  }

  async remove(line: CartLine): Promise<void> {
    const store = this.#cart.store;
    if (!store) return;
    const promise = store.removeLine(line.id);
    // The line's row becomes its undo row: keep the keyboard there.
    this.#focusLater(`[data-undo="${CSS.escape(line.variantId)}"]`);
    this.#announcer.announce(`${this.#t.removed(line.name)}`);
    try {
      const cart = await promise;
      this.#track('remove_from_cart', {
        currency: line.unitPrice.currency,
        value: ga4Value(line.lineTotal),
        items: [lineToGa4Item(line)],
      });
      this.#reported(cart);
    } catch (e) {
      this.#announcer.announce(this.#t.notSaved(line.name, this.#errorText(e)));
      this.#focusLater(`[data-remove="${CSS.escape(line.variantId)}"]`);
    }
  }

  async undo(entry: RemovedLine): Promise<void> {
    const store = this.#cart.store;
    if (!store || entry.restoring) return;
    try {
      const cart = await store.undoRemove(entry.line.variantId);
      this.#announcer.announce(this.#t.restored(entry.line.name));
      this.#track('add_to_cart', {
        currency: entry.line.unitPrice.currency,
        value: ga4Value(entry.line.lineTotal),
        items: [lineToGa4Item(entry.line)],
      });
      this.#reported(cart);
      this.#focusLater(`[data-remove="${CSS.escape(entry.line.variantId)}"]`);
    } catch (e) {
      this.#announcer.announce(this.#t.notSaved(entry.line.name, this.#errorText(e)));
    }
  }

  #focusLater(selector: string): void {
    void this.#host.updateComplete.then(() => {
      (this.#host.shadowRoot?.querySelector(selector) as HTMLElement | null)?.focus();
    });
  }

  /** The list of lines with removed lines' undo rows in their places. */
  render(cart: Cart, options: { compact: boolean; label: string }): TemplateResult {
    const state = this.#cart.state;
    const removed = [...(state.removed ?? [])]
      .filter((r) => !cart.lines.some((l) => l.variantId === r.line.variantId))
      .sort((a, b) => a.index - b.index);
    const rows: ({ kind: 'line'; line: CartLine } | { kind: 'removed'; entry: RemovedLine })[] = cart.lines.map((line) => ({ kind: 'line', line }));
    for (const entry of removed) rows.splice(Math.min(entry.index, rows.length), 0, { kind: 'removed', entry });
    return html`<ul part="lines" class="lines ${options.compact ? 'compact' : ''}" aria-label=${options.label}>
      ${repeat(
        rows,
        (row) => (row.kind === 'line' ? row.line.id : `removed-${row.entry.line.variantId}`),
        (row) => (row.kind === 'line' ? this.#guardedLine(row.line, options.compact) : this.#removed(row.entry)),
      )}
    </ul>`;
  }

  /**
   * A line re-renders only when something it shows changed. The backend answers every change with new line
   * objects, so without this each change re-ran every line's template (URL checks, money formatting) in every cart
   * view: the cost of a quantity change grew with the cart.
   */
  #guardedLine(line: CartLine, compact: boolean) {
    const state = this.#cart.state;
    const issue = line.issue;
    return guard(
      [
        this.#host.effectiveLocale, compact, line.id, line.name, line.variantName, this.#href(line), line.image?.src,
        line.unitPrice.amount, line.unitPrice.currency, line.lineTotal.amount, line.quantity, line.minQuantity,
        line.maxQuantity, line.quantityStep, issue?.kind,
        issue?.kind === 'stock-reduced' ? issue.available : issue?.kind === 'price-changed' ? issue.previous.amount : undefined,
        state.lineErrors?.[line.id], state.pendingLineIds?.includes(line.id) ?? false, this.#action(compact),
      ],
      () => this.#line(line, compact),
    );
  }

  /** The no-JavaScript forms' action: on the full cart page only (the drawer needs JavaScript to open at all). */
  #action(compact: boolean): string | undefined {
    return compact ? undefined : this.#host.cartUpdateAction;
  }

  #href(line: CartLine): string | undefined {
    return productLink(this.#host.productHref, { id: line.productId, slug: line.productSlug });
  }

  #line(line: CartLine, compact: boolean): TemplateResult {
    const locale = this.#host.effectiveLocale;
    const t = this.#t;
    const state = this.#cart.state;
    const error = state.lineErrors?.[line.id];
    const pending = state.pendingLineIds?.includes(line.id) ?? false;
    const href = this.#href(line);
    const image = safeUrl(line.image?.src, { use: 'image' });
    const issue = line.issue;
    const unavailable = issue?.kind === 'unavailable';
    const action = this.#action(compact);
    // Without JavaScript the button posts its form (quantity 0); with it, the click removes here and posts nothing.
    const remove = html`<button type=${action ? 'submit' : 'button'} class="link remove" data-remove=${line.variantId} aria-label=${t.remove(line.name)}
      @click=${(e: Event) => {
        e.preventDefault();
        void this.remove(line);
      }}>${t.removeShort}</button>`;
    let issueText = '';
    if (issue?.kind === 'unavailable') issueText = t['issue.unavailable'];
    else if (issue?.kind === 'stock-reduced') issueText = t['issue.stock-reduced'](issue.available, line.quantity);
    else if (issue?.kind === 'price-changed') {
      issueText = t['issue.price-changed'](formatMoney(issue.previous, locale), formatMoney(line.unitPrice, locale));
    }
    return html`<li part="line" class="line ${issue ? 'has-issue' : ''}" data-line=${line.id} aria-busy=${pending ? 'true' : 'false'}>
      ${image
        ? html`<img part="line-image" src=${image} alt="" width=${compact ? 64 : 96} height=${compact ? 48 : 72} loading="lazy" decoding="async" />`
        : html`<span part="line-image" class="placeholder"></span>`}
      <div class="info">
        ${href ? html`<a class="name" href=${href}>${line.name}</a>` : html`<span class="name">${line.name}</span>`}
        ${line.variantName ? html`<span class="variant">${line.variantName}</span>` : nothing}
        <span class="unit">${t.each(formatMoney(line.unitPrice, locale))}</span>
        ${issueText
          ? html`<p part="line-issue" class="issue" data-issue=${issue!.kind}>
              ${issueText}
              ${issue?.kind === 'stock-reduced' && issue.available > 0
                ? html`<button type="button" class="link" @click=${() => void this.setQuantity(line, issue.available)}>${t.reduceTo(issue.available)}</button>`
                : nothing}
            </p>`
          : nothing}
        ${error ? html`<p part="line-error" class="error">${t.notSaved(line.name, this.#errorText(error))}</p>` : nothing}
      </div>
      <sf-quantity
        .value=${line.quantity}
        .min=${line.minQuantity}
        .max=${Math.max(line.maxQuantity, 1)}
        .step=${line.quantityStep}
        item-name=${line.name}
        locale=${locale}
        ?disabled=${unavailable}
        form-action=${action ?? nothing}
        .formFields=${action ? { line: line.id } : undefined}
        @change=${(e: Event) => void this.setQuantity(line, (e.target as SfQuantity).value)}
      ></sf-quantity>
      <span class="total"><span class="visually-hidden">${t.lineTotal}: </span>${formatMoney(line.lineTotal, locale)}</span>
      ${action
        ? html`<form class="remove" method="post" action=${action}>
            <input type="hidden" name="line" value=${line.id} /><input type="hidden" name="quantity" value="0" />${remove}
          </form>`
        : remove}
    </li>`;
  }

  #removed(entry: RemovedLine): TemplateResult {
    const t = this.#t;
    const variantId = entry.line.variantId;
    const hold = (on: boolean) => () => this.#cart.store?.holdUndo(variantId, on);
    return html`<li part="line removed" class="line removed">
      <span class="removed-text">${t.removed(entry.line.name)}</span>
      <button
        type="button"
        class="link undo"
        data-undo=${variantId}
        aria-label=${t.undoItem(entry.line.name)}
        aria-disabled=${entry.restoring ? 'true' : 'false'}
        @click=${() => void this.undo(entry)}
        @focus=${hold(true)}
        @blur=${hold(false)}
        @pointerenter=${hold(true)}
        @pointerleave=${hold(false)}
      >${t.undo}</button>
      ${entry.error ? html`<p part="line-error" class="error">${t.notSaved(entry.line.name, this.#errorText(entry.error))}</p>` : nothing}
    </li>`;
  }
}

/** Styles of the line list, shared by the cart page and the drawer. */
export const cartLineStyles = css`
  .lines {
    /* Long unbreakable names (a 30-letter compound, a hostile 10 000-character one) wrap instead of spilling. */
    overflow-wrap: anywhere;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .line {
    display: grid;
    grid-template-columns: auto 1fr auto;
    grid-template-areas:
      'image info total'
      'image quantity remove';
    gap: var(--_sf-space-2) var(--_sf-space-3);
    align-items: center;
    padding: var(--_sf-space-3) 0;
    border-block-end: 1px solid var(--_sf-color-border-subtle);
    /* Lines out of view skip style and layout until scrolled to (they stay focusable and in the a11y tree): opening
       the drawer no longer lays out every line of a long cart at once. 'auto' remembers each line's real size. */
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
  }
  .line[aria-busy='true'] .total {
    opacity: 0.7;
  }
  .line > [part='line-image'] {
    grid-area: image;
    align-self: start;
    inline-size: 6rem;
    block-size: auto;
    aspect-ratio: 4 / 3;
    object-fit: contain;
    border-radius: var(--_sf-radius-s);
    background: var(--_sf-color-surface-muted);
  }
  .compact .line > [part='line-image'] {
    inline-size: 4rem;
  }
  .info {
    grid-area: info;
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .name {
    font-weight: 600;
    color: inherit;
  }
  .variant,
  .unit {
    font-size: 0.875rem;
    color: var(--_sf-color-text-muted);
  }
  sf-quantity {
    grid-area: quantity;
    justify-self: start;
  }
  .total {
    grid-area: total;
    justify-self: end;
    align-self: start;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .remove {
    grid-area: remove;
    justify-self: end;
  }
  form.remove {
    display: contents;
  }
  .removed {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sf-space-2);
    align-items: center;
    min-block-size: 3.5rem;
  }
  .link {
    min-block-size: 2.75rem;
    padding: 0 var(--_sf-space-2);
    border: 0;
    background: none;
    color: var(--_sf-color-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .issue,
  .error {
    margin: var(--_sf-space-1) 0 0;
    font-size: 0.875rem;
  }
  .issue {
    padding: var(--_sf-space-1) var(--_sf-space-2);
    border-inline-start: 3px solid var(--_sf-color-warning);
    background: var(--_sf-color-warning-surface);
    color: var(--_sf-color-text);
  }
  .error {
    color: var(--_sf-color-danger);
  }
`;
