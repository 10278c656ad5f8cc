import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CommerceAdapter } from '../../core/adapter.js';
import type { CartModel } from '../../core/lazy-cart-store.js';
import {
  blockingChanges, cartChanges, changedSinceReview, needsPickupPoint, normalisePhone, snapshotCart,
  type CartChange, type CheckoutDraft,
} from '../../core/checkout.js';
import { withIdempotencyKey } from '../../core/checkout-draft.js';
import { toCommerceError, type CommerceError } from '../../core/errors.js';
import type { Cart, Order } from '../../core/model.js';
import { orderToGa4Purchase } from '../../services/telemetry/ga4.js';
import type { TelemetryService } from '../../services/telemetry/types.js';
import { SfOrderPlacedEvent } from '../events/index.js';

/** What order placement reads from and tells its checkout. */
export interface OrderPlacementOptions {
  adapter(): CommerceAdapter | undefined;
  cartStore(): CartModel | undefined;
  telemetry(): TelemetryService | undefined;
  draft(): CheckoutDraft;
  setDraft(draft: CheckoutDraft): void;
  /** ISO 3166-1 alpha-2 code of the shipping country. */
  country(): string;
  /** Sets the host's custom state `:state(placing)` (the base element's guarded helper). */
  toggleState?: (name: string, on: boolean) => void;
  /** The cart changed since the review: the host shows the changes (and moves focus to its heading). */
  changed(): void;
  /** The backend confirmed the order: the host shows the confirmation. Runs before `sf-order-placed` fires. */
  placed(order: Order): void;
}

/**
 * Placing the order, idempotently: one idempotency key from when the review opens until an order succeeds, sent
 * with every attempt (double clicks and repeated Enter end while one attempt is under way; a retry after a lost
 * answer returns the one order). Before sending, the cart is read again: if it differs from what the shopper
 * reviewed, nothing is bought and the changes are shown. Success reports `purchase` and fires `sf-order-placed`.
 */
export class OrderPlacementController implements ReactiveController {
  /** True while an order is being sent. */
  placing = false;
  /** Why the last attempt failed; `retryable` says whether Place order becomes Try again. */
  error: CommerceError | null = null;
  /** What changed in the cart since the shopper last reviewed it. */
  changes: readonly CartChange[] = [];
  /** The cart changed at Place order: the shopper must press it again. */
  confirmAgain = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: OrderPlacementOptions;
  #inFlight = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: OrderPlacementOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** A step change: an earlier failure or change notice no longer applies. */
  reset(): void {
    this.error = null;
    this.confirmAgain = false;
    this.#host.requestUpdate();
  }

  /** The review opens: one idempotency key for this order, the current cart, and what changed in it. */
  async openReview(): Promise<void> {
    const o = this.#options;
    o.setDraft(withIdempotencyKey(o.draft()));
    const store = o.cartStore();
    if (!store) return;
    await store.load();
    const cart = store.state.cart;
    if (!cart || o.draft().step !== 'review') return;
    this.changes = cartChanges(cart, o.draft().review);
    o.setDraft({ ...o.draft(), review: snapshotCart(cart) });
    this.#host.requestUpdate();
  }

  /** Places the order (or, while an attempt is under way, nothing). */
  async place(): Promise<void> {
    // One attempt at a time: double clicks and repeated Enter presses end here while one is under way.
    if (this.#inFlight) return;
    const o = this.#options;
    const adapter = o.adapter();
    const store = o.cartStore();
    if (!adapter || !store) return;
    this.#inFlight = true;
    this.#setPlacing(true);
    this.error = null;
    try {
      const draft = withIdempotencyKey(o.draft());
      o.setDraft(draft);
      await store.load();
      const cart = store.state.cart;
      const reviewed = draft.review;
      // The same cart as reviewed: make sure the shopper saw what they are about to pay. (Another cart id means a
      // previous attempt went through and emptied the cart: the retry below returns that order.)
      if (cart && reviewed && cart.id === reviewed.cartId) {
        const blocking = blockingChanges(cartChanges(cart, null));
        if (changedSinceReview(cart, reviewed) || blocking.length > 0) {
          this.#showChanges(cart);
          return;
        }
      }
      const phone = normalisePhone(draft.contact.phone) ?? draft.contact.phone.trim();
      const order = await adapter.placeOrder({
        idempotencyKey: draft.idempotencyKey!,
        contact: { email: draft.contact.email.trim(), phone },
        shippingAddress: {
          name: draft.address.name.trim(), street: draft.address.street.trim(),
          postalCode: draft.address.postalCode.trim(), city: draft.address.city.trim(), country: o.country(),
        },
        deliveryMethodId: draft.deliveryMethodId,
        ...(needsPickupPoint(draft.deliveryKind) ? { pickupPointId: draft.pickupPointId } : {}),
        paymentMethodId: draft.paymentMethodId,
        ...(reviewed ? { cartRevision: reviewed.revision } : {}),
      });
      o.placed(order);
      o.telemetry()?.track('purchase', orderToGa4Purchase(order));
      this.#host.dispatchEvent(new SfOrderPlacedEvent(order));
      void store.load();
    } catch (e) {
      const error = toCommerceError(e);
      if (error.code === 'cart-changed' || error.code === 'out-of-stock') {
        await store.load().catch(() => undefined);
        if (store.state.cart) this.#showChanges(store.state.cart);
      }
      this.error = error;
    } finally {
      this.#inFlight = false;
      this.#setPlacing(false);
    }
  }

  #showChanges(cart: Cart): void {
    const o = this.#options;
    this.changes = cartChanges(cart, o.draft().review);
    this.confirmAgain = true;
    o.setDraft({ ...o.draft(), review: snapshotCart(cart) });
    o.changed();
  }

  #setPlacing(placing: boolean): void {
    this.placing = placing;
    this.#options.toggleState?.('placing', placing);
    this.#host.requestUpdate();
  }
}
