import type { Money } from './money.js';
import type { DeliveryPromiseParams } from './delivery/types.js';
import type { Facet, ListFilters, ProductSort } from './listing.js';

/** An image with the text alternative a screen reader reads. `src`: http(s), relative or `data:image/*` (see `safeUrl`). */
export interface Image {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  /**
   * The same picture at other widths, for `srcset` (optional): a gallery lets the browser pick the smallest one that
   * fills its slot. Each `src` passes `safeUrl` like `src` itself; a refused one is left out.
   */
  sources?: readonly ImageSource[];
}

/** One width of an image (see `Image.sources`). */
export interface ImageSource {
  src: string;
  /** Intrinsic width in pixels (the `w` descriptor). */
  width: number;
}

/** One line of a product's specifications ("Weight: 9.8 kg"). */
export interface Specification {
  name: string;
  value: string;
}

/** One buyable version of a product (size, colour). */
export interface Variant {
  id: string;
  sku: string;
  /** Shopper-facing name of the variant, e.g. "M / Blue". */
  name: string;
  /** Option values by option name, e.g. `{ size: 'M', colour: 'Blue' }`. */
  options: Readonly<Record<string, string>>;
  /** Unit price, VAT included. */
  price: Money;
  /** Previous price, shown struck through when higher than `price`. */
  compareAtPrice?: Money;
  /** Units available to sell now. */
  stock: number;
  /** Dispatch days added when the order exceeds stock (backorder); absent means it cannot be backordered. */
  restockDays?: number;
  /** Smallest and largest quantity per order line, and the step between them. */
  minQuantity?: number;
  maxQuantity?: number;
  quantityStep?: number;
}

export interface Product {
  id: string;
  slug: string;
  name: string;
  description: string;
  brand?: string;
  categoryIds: readonly string[];
  images: readonly Image[];
  variants: readonly Variant[];
  /** VAT rate in percent, e.g. 25.5. */
  vatRate: number;
  /** Ids of products that go well with this one (cross-sell). */
  relatedIds?: readonly string[];
  /** When the product was added to the catalogue (ISO 8601), for the `newest` sort. */
  createdAt?: string;
  /** Facts a shopper compares (frame material, weight), in the order shown; optional. */
  specifications?: readonly Specification[];
}

/** A node of the navigation tree. */
export interface Category {
  id: string;
  name: string;
  slug: string;
  /** Where the category page lives; http(s) or relative. */
  href: string;
  children: readonly Category[];
}

/** What changed about a line since the shopper added it, so the UI can say so instead of silently altering it. */
export type LineIssue =
  | { kind: 'unavailable' }
  | { kind: 'stock-reduced'; available: number }
  | { kind: 'price-changed'; previous: Money };

export interface CartLine {
  id: string;
  productId: string;
  variantId: string;
  name: string;
  variantName: string;
  image?: Image;
  /** The product's slug, for the shop's `{slug}` product links; adapters leave links themselves to the shop. */
  productSlug?: string;
  /** Unused by kit elements, which link products by the shop's `productHref`; kept for backends that send one. */
  href?: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
  /** Units available now; quantity controls stop here. */
  available: number;
  minQuantity: number;
  maxQuantity: number;
  quantityStep: number;
  issue?: LineIssue;
}

export interface AppliedDiscount {
  code: string;
  description: string;
  amount: Money;
}

export interface Cart {
  id: string;
  lines: readonly CartLine[];
  /** Sum of quantities. */
  itemCount: number;
  /** Sum of line totals, VAT included. */
  subtotal: Money;
  discounts: readonly AppliedDiscount[];
  /** Total of all discounts (a positive amount). */
  discountTotal: Money;
  /** Cheapest delivery estimate, or null when unknown until an address is given. */
  shippingEstimate: Money | null;
  /** Subtotal minus discounts plus the shipping estimate, VAT included. */
  total: Money;
  /** VAT contained in `total`. */
  vat: Money;
  /** Order value from which delivery is free; absent when the shop has no such offer. */
  freeShippingThreshold?: Money;
  currency: string;
  /** Increases with every change; used to order concurrent updates. */
  revision: number;
}

export interface Address {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export type DeliveryKind = 'home' | 'pickup-point' | 'store';

export interface DeliveryMethod {
  id: string;
  kind: DeliveryKind;
  name: string;
  carrier: string;
  price: Money;
  /** Delivery is free from this order value. */
  freeFrom?: Money;
  /** Carrier parameters for the delivery promise. */
  promise: DeliveryPromiseParams;
}

export interface PickupPoint {
  id: string;
  methodId: string;
  name: string;
  address: Address;
  openingHours?: string;
  distanceMeters?: number;
}

export type PaymentKind = 'invoice' | 'card' | 'bank' | 'wallet';

export interface PaymentMethod {
  id: string;
  kind: PaymentKind;
  name: string;
}

export interface Contact {
  email: string;
  phone: string;
}

export interface PlaceOrderInput {
  /** Created when the review step opens; a retry with the same key never creates a second order. */
  idempotencyKey: string;
  contact: Contact;
  shippingAddress: Address;
  deliveryMethodId: string;
  pickupPointId?: string;
  paymentMethodId: string;
  /** The cart revision the shopper reviewed; a different current revision is refused as `cart-changed`. */
  cartRevision?: number;
}

export type OrderStatus = 'placed' | 'paid' | 'shipped';

export interface Order {
  id: string;
  code: string;
  status: OrderStatus;
  placedAt: string;
  lines: readonly CartLine[];
  subtotal: Money;
  discountTotal: Money;
  shipping: Money;
  total: Money;
  vat: Money;
  currency: string;
  contact: Contact;
  shippingAddress: Address;
  deliveryMethod: DeliveryMethod;
  pickupPoint?: PickupPoint;
  paymentMethod: PaymentMethod;
}

/** When an item can be collected from a store (see `StoreAvailability`). */
export interface StorePickup {
  /** 'YYYY-MM-DD' in the shop's time zone: the first day it can be picked up. */
  date: string;
  /** 'HH:MM' local: from when on that day. */
  readyFrom?: string;
  /**
   * ISO 8601 instant: order before it for this pickup date. Present when the item comes from the warehouse (the
   * text says "Order by 14:00"); absent when it is on the store's shelf.
   */
  orderBy?: string;
}

/** Stock of one variant in one of the shop's stores, and when it can be picked up there. */
export interface StoreAvailability {
  storeId: string;
  /** The store's name as shoppers know it ("Kamppi"). */
  storeName: string;
  city?: string;
  /** Units on the store's shelf now. */
  stock: number;
  /** When the asked quantity can be picked up; null when it cannot be (sold out, no restock). */
  pickup: StorePickup | null;
}

export interface ListQuery {
  categoryId?: string;
  limit?: number;
  offset?: number;
  /** Order of the whole result before paging; `relevance` (the backend's own order) when absent. */
  sort?: ProductSort;
  /** Chosen facet values by facet id (see `ListFilters`): OR within a facet, AND across facets. */
  filters?: ListFilters;
}

export interface Page<T> {
  items: readonly T[];
  total: number;
  /** The facets of the whole result with counts, when the backend offers them (`listProducts`). */
  facets?: readonly Facet[];
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** Options of a cart change (`addLine`, `setQuantity`). */
export interface CartWriteOptions {
  /**
   * Names this one change. A backend applies a change at most once per key: a retry with the same key (after a
   * timeout or a lost answer) is answered with the cart, not applied again. `CartStore` creates one per change.
   */
  idempotencyKey?: string;
}

export interface AddLineInput {
  productId: string;
  variantId: string;
  quantity: number;
}

export type FeedbackKind = 'nps' | 'csat' | 'ces';

export interface FeedbackInput {
  /** Idempotency key: answers with the same id are one answer, however often they are sent. */
  id?: string;
  kind: FeedbackKind;
  score: number;
  comment?: string;
  /** Where the question was asked, e.g. an order code. */
  context?: string;
}

/**
 * Where an order is, as the shopper would say it. Home delivery goes received → packed → dispatched →
 * out-for-delivery → delivered; pickup (`pickup-point`, `store`) goes … → dispatched → ready-for-pickup → picked-up.
 * `cancelled` and `returned` end an order early or late.
 */
export type OrderStage =
  | 'received' | 'packed' | 'dispatched' | 'out-for-delivery' | 'ready-for-pickup' | 'delivered' | 'picked-up'
  | 'cancelled' | 'returned';

/** One step an order took, and when. */
export interface OrderEvent {
  stage: OrderStage;
  /** ISO 8601 instant. */
  at: string;
}

/** What happened to an order so far: from `CommerceAdapter.getOrderProgress`. */
export interface OrderProgress {
  order: Order;
  /** Steps taken so far, oldest first; the last is where the order is now. */
  events: readonly OrderEvent[];
  /** Pickup: the last moment the parcel waits at the pickup point or store (ISO 8601), when known. */
  pickupUntil?: string;
  /** The carrier's name, when the backend knows it better than the delivery method does. */
  carrier?: string;
}

/** How late an order is, in days of the shop's calendar after the promised latest date. */
export interface Lateness {
  daysLate: number;
}

/** What a shop gives a shopper whose order is late (`CommerceAdapter.compensationFor`). */
export interface Compensation {
  /** A discount code for the next order. */
  code: string;
  /** Its worth: a fixed amount or a percentage (the element words it in the shopper's language). */
  amount?: Money;
  percent?: number;
  /** The last day the code is valid, 'YYYY-MM-DD'. */
  validUntil?: string;
}
