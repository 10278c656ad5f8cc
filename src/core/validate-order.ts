import type { Address, Compensation, Order, OrderProgress, PaymentMethod, PickupPoint, StoreAvailability } from './model.js';
import {
  ctxOf, currencyOf, deliveryMethodAt, fail, field, finite, linesAt, listOf, oneOf, optField, optStr, record, roundMoneyAmounts, str, int,
  uniqueIds, type ValidateOptions,
} from './validate.js';

/**
 * The validators of answers a shop page does not receive at first (pickup points, payment methods, placed orders,
 * their progress, compensations, store availability): `guardAdapter` loads this module when one of those answers
 * arrives, so a listing page carries only the catalogue and cart validators. Same rules and messages as validate.ts.
 */

function addressAt(value: unknown, path: string): Address {
  const o = record(value, path);
  for (const k of ['name', 'street', 'postalCode', 'city', 'country']) str(o, k, path);
  return o as unknown as Address;
}

function pickupPointAt(value: unknown, path: string): PickupPoint {
  const o = record(value, path);
  str(o, 'id', path, { empty: false });
  str(o, 'methodId', path);
  str(o, 'name', path);
  addressAt(o['address'], `${path}.address`);
  optStr(o, 'openingHours', path);
  if (o['distanceMeters'] !== undefined && o['distanceMeters'] !== null) finite(o, 'distanceMeters', path, 0, 4e7);
  return o as unknown as PickupPoint;
}

function paymentMethodAt(value: unknown, path: string): PaymentMethod {
  const o = record(value, path);
  str(o, 'id', path, { empty: false });
  oneOf(o, 'kind', path, ['invoice', 'card', 'bank', 'wallet'] as const);
  str(o, 'name', path);
  return o as unknown as PaymentMethod;
}

/** Validates pickup points and their addresses. */
export function validatePickupPoints(value: unknown, path = 'pickupPoints'): readonly PickupPoint[] {
  return listOf(value, path, pickupPointAt);
}

/** Validates payment methods. */
export function validatePaymentMethods(value: unknown, path = 'paymentMethods'): readonly PaymentMethod[] {
  return listOf(value, path, paymentMethodAt);
}

/** Validates a placed order: its lines, totals, contact, address, delivery and payment method. */
export function validateOrder(value: unknown, options: ValidateOptions = {}, path = 'order'): Order {
  value = roundMoneyAmounts(value);
  const ctx = ctxOf(options);
  const o = record(value, path);
  str(o, 'id', path, { empty: false });
  str(o, 'code', path, { empty: false });
  oneOf(o, 'status', path, ['placed', 'paid', 'shipped'] as const);
  const placedAt = str(o, 'placedAt', path);
  if (options.readableDates !== false && Number.isNaN(Date.parse(placedAt))) fail(`${path}.placedAt`, 'is not a date');
  currencyOf(o, path, ctx);
  linesAt(o['lines'], `${path}.lines`, ctx);
  for (const k of ['subtotal', 'discountTotal', 'shipping', 'total', 'vat']) field(o, k, path, ctx);
  const contact = record(o['contact'], `${path}.contact`);
  str(contact, 'email', `${path}.contact`);
  str(contact, 'phone', `${path}.contact`);
  addressAt(o['shippingAddress'], `${path}.shippingAddress`);
  deliveryMethodAt(o['deliveryMethod'], `${path}.deliveryMethod`, ctx);
  if (o['pickupPoint'] !== undefined && o['pickupPoint'] !== null) pickupPointAt(o['pickupPoint'], `${path}.pickupPoint`);
  paymentMethodAt(o['paymentMethod'], `${path}.paymentMethod`);
  return o as unknown as Order;
}

const ORDER_STAGES = [
  'received', 'packed', 'dispatched', 'out-for-delivery', 'ready-for-pickup', 'delivered', 'picked-up', 'cancelled', 'returned',
] as const;

/** Validates an order's progress: the order itself, and each step a known stage at a real instant. */
export function validateOrderProgress(value: unknown, options: ValidateOptions = {}, path = 'orderProgress'): OrderProgress {
  const o = record(value, path);
  o['order'] = validateOrder(o['order'], options, `${path}.order`);
  listOf(o['events'], `${path}.events`, (e, at) => {
    const event = record(e, at);
    oneOf(event, 'stage', at, ORDER_STAGES);
    if (Number.isNaN(Date.parse(str(event, 'at', at)))) fail(`${at}.at`, 'is not a date');
    return event;
  }, false);
  if (o['pickupUntil'] !== undefined && Number.isNaN(Date.parse(str(o, 'pickupUntil', path)))) fail(`${path}.pickupUntil`, 'is not a date');
  optStr(o, 'carrier', path);
  return o as unknown as OrderProgress;
}

/** Validates a compensation (or null): a non-empty code, an optional amount in the shop's currency or a percentage. */
export function validateCompensation(value: unknown, options: ValidateOptions = {}, path = 'compensation'): Compensation | null {
  if (value === null) return null;
  value = roundMoneyAmounts(value);
  const o = record(value, path);
  str(o, 'code', path, { empty: false });
  optField(o, 'amount', path, ctxOf(options));
  if (o['percent'] !== undefined) finite(o, 'percent', path, 0, 100);
  if (o['validUntil'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(str(o, 'validUntil', path))) fail(`${path}.validUntil`, "is not a 'YYYY-MM-DD' date");
  return o as unknown as Compensation;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Validates store availability: a list of stores with unique ids, whole shelf stock, and a pickup that is null or
 * a 'YYYY-MM-DD' date with an optional 'HH:MM' ready time and a readable `orderBy` instant.
 */
export function validateStoreAvailability(value: unknown, path = 'stores'): readonly StoreAvailability[] {
  const stores = listOf(value, path, (s, at) => {
    const o = record(s, at);
    str(o, 'storeId', at, { empty: false });
    str(o, 'storeName', at, { empty: false });
    optStr(o, 'city', at);
    int(o, 'stock', at);
    if (o['pickup'] !== null) {
      const p = record(o['pickup'], `${at}.pickup`);
      if (!DATE.test(str(p, 'date', `${at}.pickup`))) fail(`${at}.pickup.date`, "is not a 'YYYY-MM-DD' date");
      if (p['readyFrom'] !== undefined && !CLOCK.test(str(p, 'readyFrom', `${at}.pickup`))) fail(`${at}.pickup.readyFrom`, "is not an 'HH:MM' time");
      if (p['orderBy'] !== undefined && Number.isNaN(Date.parse(str(p, 'orderBy', `${at}.pickup`)))) fail(`${at}.pickup.orderBy`, 'is not a readable date');
    }
    return o as unknown as StoreAvailability;
  }, false);
  uniqueIds(stores.map((s) => ({ id: s.storeId })), path);
  return stores;
}

