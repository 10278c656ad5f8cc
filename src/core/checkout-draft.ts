import type { Order } from './model.js';
import { emptyDraft, isCheckoutStep, type CartSnapshot, type CheckoutDraft } from './checkout.js';
import { isMoney } from './money.js';
import { sessionStore, type SafeStorage } from './storage.js';
import { createIdempotencyKey } from './ids.js';

export { createIdempotencyKey };

const str = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 500) : '');

function readSnapshot(value: unknown): CartSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.cartId !== 'string' || typeof v.revision !== 'number' || !Array.isArray(v.lines)) return null;
  const lines = (v.lines as unknown[]).flatMap((l) => {
    const line = l as Record<string, unknown>;
    return typeof line.id === 'string' && isMoney(line.unitPrice) && typeof line.quantity === 'number'
      ? [{ id: line.id, name: str(line.name), unitPrice: line.unitPrice, quantity: line.quantity }]
      : [];
  });
  return { cartId: v.cartId, revision: v.revision, lines };
}

/**
 * Copies only the known draft fields, by type. Whatever else a stored value or a caller's object carries (a card
 * number, a CVC) is dropped here, so it can never reach storage.
 */
export function sanitizeDraft(value: unknown): CheckoutDraft {
  const base = emptyDraft();
  if (typeof value !== 'object' || value === null) return base;
  const v = value as Record<string, unknown>;
  if (v.schema !== 1) return base;
  const contact = (v.contact ?? {}) as Record<string, unknown>;
  const address = (v.address ?? {}) as Record<string, unknown>;
  const paymentKind = str(v.paymentKind);
  const deliveryKind = str(v.deliveryKind);
  return {
    schema: 1,
    step: isCheckoutStep(v.step) ? v.step : base.step,
    contact: { email: str(contact.email), phone: str(contact.phone) },
    address: { name: str(address.name), street: str(address.street), postalCode: str(address.postalCode), city: str(address.city) },
    deliveryMethodId: str(v.deliveryMethodId),
    pickupPointId: str(v.pickupPointId),
    paymentMethodId: str(v.paymentMethodId),
    paymentKind: ['invoice', 'card', 'bank', 'wallet'].includes(paymentKind) ? (paymentKind as CheckoutDraft['paymentKind']) : '',
    deliveryKind: ['home', 'pickup-point', 'store'].includes(deliveryKind) ? (deliveryKind as CheckoutDraft['deliveryKind']) : '',
    review: readSnapshot(v.review),
    idempotencyKey: typeof v.idempotencyKey === 'string' && v.idempotencyKey ? v.idempotencyKey : null,
    begun: v.begun === true,
  };
}

/** The draft with an idempotency key: the existing one, or a new one when there is none yet. */
export function withIdempotencyKey(draft: CheckoutDraft, create: () => string = createIdempotencyKey): CheckoutDraft {
  return draft.idempotencyKey ? draft : { ...draft, idempotencyKey: create() };
}

/**
 * Keeps a checkout draft in the tab's sessionStorage, so a reload, back/forward or a reopened tab returns to the
 * same step with what was typed. Payment details are never part of a draft (see {@link sanitizeDraft}).
 *
 * The idempotency key lives in the draft: created when the review opens ({@link withIdempotencyKey}), sent with
 * every attempt to place the order, and dropped only after an order was placed ({@link CheckoutDraftStore.complete}).
 */
export class CheckoutDraftStore {
  readonly key: string;
  readonly #storage: SafeStorage;

  constructor(key = 'sf-checkout', storage: SafeStorage = sessionStore('the checkout draft (sessionStorage)')) {
    this.key = key;
    this.#storage = storage;
  }

  load(): CheckoutDraft {
    try {
      return sanitizeDraft(JSON.parse(this.#storage.get(`${this.key}:draft`) ?? 'null'));
    } catch {
      return emptyDraft();
    }
  }

  save(draft: CheckoutDraft): void {
    this.#storage.set(`${this.key}:draft`, JSON.stringify(sanitizeDraft(draft)));
  }

  /** The order placed in this tab, so a reload after placing shows its confirmation. */
  loadPlacedOrder(): Order | null {
    try {
      const order = JSON.parse(this.#storage.get(`${this.key}:order`) ?? 'null') as Order | null;
      return order && typeof order.code === 'string' && Array.isArray(order.lines) ? order : null;
    } catch {
      return null;
    }
  }

  /**
   * After a successful order: the draft starts over (a new checkout gets a new idempotency key) and the order is
   * remembered for its confirmation. The contact details and address are kept for the tab's next checkout only with
   * `keepDetails` (the shop's consent allows convenience storage, `functional` or `all`): once the order is placed,
   * keeping them is no longer strictly necessary.
   */
  complete(order: Order, previous: CheckoutDraft, { keepDetails = false }: { keepDetails?: boolean } = {}): CheckoutDraft {
    const next: CheckoutDraft = keepDetails ? { ...emptyDraft(), contact: previous.contact, address: previous.address } : emptyDraft();
    this.save(next);
    this.#storage.set(`${this.key}:order`, JSON.stringify(order));
    return next;
  }

  /** Forgets the confirmation (a new checkout starts). */
  clearPlacedOrder(): void {
    this.#storage.remove(`${this.key}:order`);
  }

  clear(): void {
    this.#storage.remove(`${this.key}:draft`);
    this.#storage.remove(`${this.key}:order`);
  }
}
