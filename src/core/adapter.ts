import type {
  AddLineInput,
  Cart,
  CartWriteOptions,
  Category,
  Compensation,
  DeliveryMethod,
  FeedbackInput,
  Lateness,
  ListQuery,
  Order,
  OrderProgress,
  Page,
  PaymentMethod,
  PickupPoint,
  PlaceOrderInput,
  Product,
  RequestOptions,
  StoreAvailability,
} from './model.js';

/**
 * The one door between the kit and a commerce backend. Every method is async and either resolves with fresh
 * data or rejects with a {@link CommerceError}. Mutations resolve with the whole cart as the backend now has it.
 *
 * Implementations: `LocalCommerceAdapter` (embedded, in the page), `VendureCommerceAdapter`; a third adapter proves
 * itself against the shared conformance suite in test/commerce.
 */
export interface CommerceAdapter {
  /** A short name for logs and telemetry, e.g. 'local'. */
  readonly name: string;

  /**
   * Address rules the backend enforces, when it has its own (optional). A `postalCodePattern` here is the one the
   * checkout validates postal codes with, in place of the shipping country's default rule, so a shopper is told
   * before submitting what the backend would refuse.
   */
  readonly addressRules?: BackendAddressRules;

  // Catalogue
  getProduct(id: string, options?: RequestOptions): Promise<Product>;
  listProducts(query?: ListQuery, options?: RequestOptions): Promise<Page<Product>>;
  getCategoryTree(options?: RequestOptions): Promise<readonly Category[]>;
  search(text: string, options?: RequestOptions & { limit?: number }): Promise<Page<Product>>;
  /** Products that go well with the given ones (cross-sell); may be empty. */
  getRelatedProducts(productIds: readonly string[], options?: RequestOptions): Promise<readonly Product[]>;

  // Cart
  getCart(options?: RequestOptions): Promise<Cart>;
  /**
   * Adds `quantity` of a variant (merging with its line). With `options.idempotencyKey`, a second call with the same
   * key applies nothing and resolves with the cart: a retry after a timeout or lost answer never doubles a line.
   */
  addLine(input: AddLineInput, options?: CartWriteOptions): Promise<Cart>;
  /** Sets a line's quantity; `options.idempotencyKey` as for `addLine` (a retried old change never undoes a newer one). */
  setQuantity(lineId: string, quantity: number, options?: CartWriteOptions): Promise<Cart>;
  removeLine(lineId: string): Promise<Cart>;
  applyDiscountCode(code: string): Promise<Cart>;
  removeDiscountCode(code: string): Promise<Cart>;
  /**
   * Calls `listener` when the cart changed outside this page (another tab, a server push).
   * Returns the unsubscribe function.
   */
  subscribe?(listener: (cart: Cart) => void): () => void;

  // Delivery
  getDeliveryMethods(query?: { postalCode?: string }, options?: RequestOptions): Promise<readonly DeliveryMethod[]>;
  getPickupPoints(query: { postalCode: string; methodId?: string }, options?: RequestOptions): Promise<readonly PickupPoint[]>;

  // Checkout
  getPaymentMethods(options?: RequestOptions): Promise<readonly PaymentMethod[]>;
  /** Places the order. The same `idempotencyKey` always yields the same single order. */
  placeOrder(input: PlaceOrderInput): Promise<Order>;
  getOrder?(code: string, options?: RequestOptions): Promise<Order>;

  // Stores (optional)
  /**
   * Stock of a variant in each of the shop's stores and when `quantity` (default 1) can be picked up there, dated
   * by the backend's clock in the shop's time zone. An unknown variant is `not-found`. A shop without stores leaves
   * the method out; `<sf-store-availability>` then renders nothing.
   */
  getStoreAvailability?(variantId: string, options?: RequestOptions & { quantity?: number }): Promise<readonly StoreAvailability[]>;

  // After the order (optional)
  /**
   * The order and the steps it has taken so far. `email` is the guest lookup: an order whose contact email is not
   * this one (compared case-insensitively) is `not-found`, exactly as an unknown code, so codes cannot be probed.
   */
  getOrderProgress?(code: string, options?: RequestOptions & { email?: string }): Promise<OrderProgress>;
  /**
   * The shop's apology for a late order, or null when it gives none. Asked once per order; the same order always
   * gets the same compensation (a backend keys it by order code).
   */
  compensationFor?(order: Order, lateness: Lateness): Promise<Compensation | null>;

  // Experience feedback (optional)
  submitFeedback?(input: FeedbackInput): Promise<void>;
}

/** What a backend says about the addresses it accepts; see {@link CommerceAdapter.addressRules}. */
export interface BackendAddressRules {
  /** Postal codes the backend accepts (tested against the trimmed code). */
  readonly postalCodePattern?: RegExp;
}
