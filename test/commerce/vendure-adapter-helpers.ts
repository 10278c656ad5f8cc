// Helpers for the tests that run against the live Vendure server that test/run.mjs starts (backend/server.mjs).
import {
  DEFAULT_DELIVERY_PROMISES, VendureCommerceAdapter, type VendureCommerceAdapterOptions, type VendureDeliveryMapping,
} from '../../src/adapters/vendure/vendure-adapter.js';
import type { ContractPricing } from '../../src/testing/index.js';
import { PICKUP_POINTS } from '../../src/adapters/local/catalog.js';
import { uniqueKey } from '../helpers/shop.js';

declare global {
  interface Window {
    /** Set by test/web-test-runner.config.mjs when test/run.mjs started Vendure. */
    __SF_VENDURE_SHOP_API__?: string;
  }
}

/** The live server's Shop API URL; throws (the test fails, never skips) when the runner did not start Vendure. */
export function shopApiUrl(): string {
  const url = window.__SF_VENDURE_SHOP_API__;
  if (!url) {
    throw new Error('No Vendure server: run the tests with `node test/run.mjs` (it starts backend/server.mjs), see the runner output for why it did not start.');
  }
  return url;
}

export const adminApiUrl = () => shopApiUrl().replace(/shop-api$/, 'admin-api');

/**
 * A fetch that can lose the response of the next request whose GraphQL operation has a given name: the request
 * reaches Vendure and does its work, then the page sees a network error (as when a mobile connection drops).
 */
export function lossyFetch() {
  const lose = new Set<string>();
  const calls: string[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { query: string }) : { query: '' };
    const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    calls.push(operation);
    const response = await fetch(input, init);
    if (lose.delete(operation)) {
      await response.arrayBuffer();
      throw new TypeError('Failed to fetch (simulated lost response)');
    }
    return response;
  };
  return { fetch: fetchFn, loseNext: (operation: string) => lose.add(operation), calls };
}

/**
 * A Vendure adapter with its own session (storage key), the demo shop's pickup points, and store availability (the
 * test server has the plugin).
 */
export function vendureAdapter(options: Partial<VendureCommerceAdapterOptions> = {}): VendureCommerceAdapter {
  return new VendureCommerceAdapter({
    shopApiUrl: shopApiUrl(),
    storageKey: uniqueKey('sf-vendure-test'),
    pickupPoints: PICKUP_POINTS,
    storeAvailability: true,
    ...options,
  });
}

/**
 * The test server's SEK channel (backend/server.mjs): prices entered without VAT, 25 % VAT, net shipping. Its
 * catalogue prices with VAT are 10 × the demo's euro cents; home delivery 79,90 kr + 25 % = 99,875 kr, which Vendure
 * quotes as 9987.5 öre and charges as 9988.
 */
export const SEK_CHANNEL_TOKEN = 'sek';
export const SEK_PRICING: ContractPricing = { currency: 'SEK', vatRate: 25, scale: 10, home: 9988, pickupPoint: 5988, freeFrom: 100000 };

/** The demo delivery mapping with the SEK channel's free-delivery threshold and pre-cart prices, in öre. */
export const SEK_DELIVERY: Readonly<Record<string, VendureDeliveryMapping>> = Object.fromEntries(
  Object.entries(DEFAULT_DELIVERY_PROMISES).map(([code, m]) => [code, {
    ...m,
    ...(m.freeFrom !== undefined ? { freeFrom: m.freeFrom * 10 } : {}),
    ...(m.price !== undefined ? { price: { home: 9988, 'pickup-point': 5988 }[code] ?? 0 } : {}),
  }]),
);

/** A Vendure adapter on the SEK channel (the `vendure-token` header), with its own session. */
export function sekAdapter(options: Partial<VendureCommerceAdapterOptions> = {}): VendureCommerceAdapter {
  return vendureAdapter({ channelToken: SEK_CHANNEL_TOKEN, deliveryPromises: SEK_DELIVERY, ...options });
}

let adminToken: Promise<string> | undefined;

/** Runs a query on Vendure's Admin API as the dev superadmin (the test server's only admin), in a channel if given. */
export async function admin<T>(query: string, variables: Record<string, unknown> = {}, channelToken?: string): Promise<T> {
  adminToken ??= (async () => {
    const res = await fetch(adminApiUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "superadmin", password: "superadmin") { __typename } }' }),
    });
    const token = res.headers.get('vendure-auth-token');
    if (!token) throw new Error(`Admin login failed: ${await res.text()}`);
    return token;
  })();
  const res = await fetch(adminApiUrl(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json', authorization: `Bearer ${await adminToken}`,
      ...(channelToken ? { 'vendure-token': channelToken } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`Admin API: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface AdminOrder { code: string; state: string; totalWithTax: number; payments: { state: string; method: string }[] }

/** Placed (no longer active) orders of a customer, by the unique last name a test used. */
export async function placedOrders(lastName: string): Promise<AdminOrder[]> {
  const data = await admin<{ orders: { items: AdminOrder[] } }>(
    `query ($name: String!) { orders(options: { filter: { customerLastName: { eq: $name }, active: { eq: false } } }) {
      items { code state totalWithTax payments { state method } } } }`,
    { name: lastName },
  );
  return data.orders.items;
}

/** An order as Vendure's Admin API holds it: what the shopper was shown is checked against this. */
export interface AdminOrderDetail {
  code: string; state: string; currencyCode: string;
  subTotalWithTax: number; shippingWithTax: number; totalWithTax: number; total: number;
  lines: { quantity: number; linePriceWithTax: number; productVariant: { sku: string } }[];
  shippingAddress: { fullName: string; streetLine1: string; postalCode: string; city: string; countryCode: string };
}

/** One order by its code, read through the Admin API of its channel. */
export async function adminOrder(code: string, channelToken?: string): Promise<AdminOrderDetail> {
  const data = await admin<{ orders: { items: AdminOrderDetail[] } }>(
    `query ($code: String!) { orders(options: { filter: { code: { eq: $code } } }) { items {
      code state currencyCode subTotalWithTax shippingWithTax totalWithTax total
      lines { quantity linePriceWithTax productVariant { sku } }
      shippingAddress { fullName streetLine1 postalCode city countryCode } } } }`,
    { code },
    channelToken,
  );
  const order = data.orders.items[0];
  if (!order) throw new Error(`Vendure has no order ${code}`);
  return order;
}
