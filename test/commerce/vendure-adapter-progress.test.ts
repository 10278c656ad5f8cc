// Kept promises on Vendure: an order placed on the live server (test/run.mjs starts it) moves forward as the shop
// fulfils it through Vendure's Admin API, and the adapter and <sf-order-status> follow: received -> packed ->
// dispatched -> picked up. The guest lookup (code + email) goes through backend/order-lookup-plugin.mjs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-order-status.js';
import type { SfOrderStatus } from '../../src/elements/sf-order-status/sf-order-status.js';
import type { VendureCommerceAdapter } from '../../src/adapters/vendure/vendure-adapter.js';
import { checkPromise } from '../../src/core/order-progress.js';
import type { PlaceOrderInput } from '../../src/core/model.js';
import { rejection } from '../../src/testing/index.js';
import { admin, lossyFetch, vendureAdapter } from './vendure-adapter-helpers.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

let n = 0;
const uniqueName = () => `Progress${Date.now().toString(36)}${(n += 1)}`;

async function placeOrder(adapter: VendureCommerceAdapter, lastName: string, delivery: Partial<PlaceOrderInput> = {}) {
  const lube = await adapter.getProduct('chain-lube');
  await adapter.addLine({ productId: 'chain-lube', variantId: lube.variants[0]!.id, quantity: 1 });
  return adapter.placeOrder({
    idempotencyKey: `key-${lastName}`,
    contact: { email: `${lastName.toLowerCase()}@example.fi`, phone: '+358401234567' },
    shippingAddress: { name: `Aino ${lastName}`, street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId: 'home',
    paymentMethodId: 'card',
    ...delivery,
  });
}

/** The shop packs the whole order: a fulfilment through the Admin API (Pending), returned by id. */
async function fulfil(code: string, carrier = 'Matkahuolto'): Promise<string> {
  const { orders } = await admin<{ orders: { items: { lines: { id: string; quantity: number }[] }[] } }>(
    `query ($code: String!) { orders(options: { filter: { code: { eq: $code } } }) { items { lines { id quantity } } } }`, { code },
  );
  const lines = orders.items[0]!.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity }));
  const { addFulfillmentToOrder: result } = await admin<{ addFulfillmentToOrder: { id?: string; state?: string; message?: string } }>(
    `mutation ($input: FulfillOrderInput!) { addFulfillmentToOrder(input: $input) {
      ... on Fulfillment { id state } ... on ErrorResult { message } } }`,
    { input: { lines, handler: { code: 'manual-fulfillment', arguments: [{ name: 'method', value: carrier }, { name: 'trackingCode', value: 'MH123456FI' }] } } },
  );
  if (!result.id) throw new Error(`addFulfillmentToOrder: ${result.message}`);
  expect(result.state).to.equal('Pending');
  return result.id;
}

async function moveFulfilment(id: string, state: 'Shipped' | 'Delivered'): Promise<void> {
  const { transitionFulfillmentToState: result } = await admin<{ transitionFulfillmentToState: { state?: string; message?: string } }>(
    `mutation ($id: ID!, $state: String!) { transitionFulfillmentToState(id: $id, state: $state) {
      ... on Fulfillment { state } ... on ErrorResult { message } } }`,
    { id, state },
  );
  if (result.state !== state) throw new Error(`transitionFulfillmentToState ${state}: ${result.message}`);
}

/** A step's visible name, without its screen-reader suffix. */
const labelText = (label: Element | null | undefined) =>
  label ? [...label.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent).join('').trim() : '';

describe('VendureCommerceAdapter order progress (live Vendure)', function () {
  this.timeout(30000);

  it('follows a pickup order from received through the fulfilment to picked up, with Vendure\'s times', async () => {
    const adapter = vendureAdapter();
    const name = uniqueName();
    const order = await placeOrder(adapter, name, { deliveryMethodId: 'pickup-point', pickupPointId: 'mh-kamppi' });
    const received = await adapter.getOrderProgress(order.code);
    expect(received.events.map((e) => e.stage)).to.deep.equal(['received']);
    expect(received.order.deliveryMethod.kind).to.equal('pickup-point');
    expect(received.order.pickupPoint?.id).to.equal('mh-kamppi');
    expect(Date.parse(received.events[0]!.at)).to.equal(Date.parse(order.placedAt));

    const parcel = await fulfil(order.code);
    expect((await adapter.getOrderProgress(order.code)).events.map((e) => e.stage)).to.deep.equal(['received', 'packed']);
    await moveFulfilment(parcel, 'Shipped');
    const dispatched = await adapter.getOrderProgress(order.code);
    expect(dispatched.events.map((e) => e.stage)).to.deep.equal(['received', 'packed', 'dispatched']);
    expect(dispatched.carrier).to.equal('Matkahuolto');
    const times = dispatched.events.map((e) => Date.parse(e.at));
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));

    await moveFulfilment(parcel, 'Delivered');
    const done = await adapter.getOrderProgress(order.code);
    expect(done.events.map((e) => e.stage)).to.deep.equal(['received', 'packed', 'dispatched', 'picked-up']);
    // Picked up the day it was ordered: before the promised day, so early, and final.
    const check = checkPromise(done, Date.now());
    expect(check.final).to.equal(true);
    expect(check.outcome).to.equal('early');
  });

  it('finds an order from another device by code and email (any case), and a wrong email as an unknown code', async () => {
    const name = uniqueName();
    const order = await placeOrder(vendureAdapter(), name, { deliveryMethodId: 'pickup-point', pickupPointId: 'mh-kamppi' });
    const watched = lossyFetch();
    const elsewhere = vendureAdapter({ fetch: watched.fetch });
    const found = await elsewhere.getOrderProgress(` ${order.code} `, { email: `${name.toUpperCase()}@EXAMPLE.FI` });
    expect(found.order.code).to.equal(order.code);
    expect(found.order.contact.email).to.equal(`${name.toLowerCase()}@example.fi`);
    expect(found.order.pickupPoint?.id, 'the pickup point comes back from the shipping address').to.equal('mh-kamppi');
    expect((await rejection(elsewhere.getOrderProgress(order.code, { email: 'someone@example.fi' }))).code).to.equal('not-found');
    // The server's guest lookup answered (Vendure's orderByCode would let any anonymous session read a fresh order).
    expect(watched.calls.filter((c) => c.startsWith('SfOrderProgress'))).to.deep.equal(['SfOrderProgressGuest', 'SfOrderProgressGuest']);
    expect((await rejection(elsewhere.getOrderProgress('NOSUCHCODE', { email: `${name}@example.fi` }))).code).to.equal('not-found');
  });

  it('without the server\'s guest lookup, uses orderByCode and compares the email itself', async () => {
    const name = uniqueName();
    const adapter = vendureAdapter({
      // A Vendure without backend/order-lookup-plugin.mjs: its schema refuses the query.
      fetch: async (input, init) => {
        const body = typeof init?.body === 'string' ? init.body : '';
        if (body.includes('sfOrderByCodeAndEmail')) {
          return new Response(JSON.stringify({ errors: [{ message: 'Cannot query field "sfOrderByCodeAndEmail"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }), { status: 400 });
        }
        return fetch(input, init);
      },
    });
    const order = await placeOrder(adapter, name);
    expect((await adapter.getOrderProgress(order.code, { email: `${name}@example.fi` })).order.code).to.equal(order.code);
    expect((await rejection(adapter.getOrderProgress(order.code, { email: 'someone@example.fi' }))).code).to.equal('not-found');
  });

  it('<sf-order-status> moves from received to dispatched when the shop ships the order in Vendure', async () => {
    const name = uniqueName();
    const order = await placeOrder(vendureAdapter(), name);
    const shop = await fixture<HTMLElement>(html`<sf-shop .adapter=${vendureAdapter()} locale="en">
      <sf-order-status code=${order.code} email=${`${name}@example.fi`} poll-interval="1000"></sf-order-status>
    </sf-shop>`);
    const el = shop.querySelector('sf-order-status') as SfOrderStatus;
    const current = () => labelText(el.shadowRoot!.querySelector('[aria-current=step] .label'));
    await waitUntil(() => current() === 'Order received', `expected "Order received", saw "${current()}"`, { timeout: 10000 });
    await expectNoAxeViolations(el);
    const parcel = await fulfil(order.code, 'Posti');
    await moveFulfilment(parcel, 'Shipped');
    await waitUntil(() => current() === 'Dispatched', `expected "Dispatched", saw "${current()}"`, { timeout: 10000 });
    const done = [...el.shadowRoot!.querySelectorAll('[part=step][data-state=done] .label')].map(labelText);
    expect(done).to.deep.equal(['Order received', 'Packed']);
    await expectNoAxeViolations(el);
  });
});
