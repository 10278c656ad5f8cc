import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/core/clock.js';
import { CommerceError } from '../../src/core/errors.js';
import { guardAdapter } from '../../src/adapters/guard.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { testAdapter } from '../helpers/shop.js';

/** Tuesday 10 March 2026, 09:00 in Helsinki: before the 14:00 cut-off. */
const PLACED = new Date('2026-03-10T07:00:00Z');
const hki = (local: string) => new Date(`${local.replace(' ', 'T')}:00+02:00`);

async function place(adapter: LocalCommerceAdapter, deliveryMethodId: string, pickupPointId?: string) {
  await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
  return adapter.placeOrder({
    idempotencyKey: crypto.randomUUID(),
    contact: { email: 'Aino@Example.fi', phone: '+358401234567' },
    shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId,
    ...(pickupPointId ? { pickupPointId } : {}),
    paymentMethodId: 'invoice',
  });
}

describe('LocalCommerceAdapter: orders move forward on the shop\'s clock', () => {
  it('home delivery walks received → packed → dispatched → out for delivery → delivered on the promised days', async () => {
    const clock = new ManualClock(PLACED);
    const adapter = guardAdapter(testAdapter({ clock }));
    const order = await place(adapter.inner as LocalCommerceAdapter, 'home');
    expect(order.placedAt).to.equal(PLACED.toISOString());
    const stages = async () => (await adapter.getOrderProgress!(order.code, { email: 'aino@example.fi' })).events.map((e) => e.stage);
    expect(await stages()).to.deep.equal(['received']);
    clock.set(hki('2026-03-10 10:00'));
    expect(await stages()).to.deep.equal(['received', 'packed']);
    clock.set(hki('2026-03-10 14:00'));
    expect(await stages()).to.deep.equal(['received', 'packed', 'dispatched']);
    clock.set(hki('2026-03-11 08:00'));
    expect((await stages()).at(-1)).to.equal('out-for-delivery');
    clock.set(hki('2026-03-11 14:00'));
    expect((await stages()).at(-1)).to.equal('delivered');
  });

  it('a pickup parcel is ready at the promised hour, waits seven days, and is collected', async () => {
    const clock = new ManualClock(PLACED);
    const inner = testAdapter({ clock });
    const order = await place(inner, 'pickup-point', 'mh-kamppi');
    clock.set(hki('2026-03-11 17:00'));
    const progress = await inner.getOrderProgress(order.code);
    expect(progress.events.at(-1)).to.deep.equal({ stage: 'ready-for-pickup', at: hki('2026-03-11 17:00').toISOString() });
    expect(progress.pickupUntil).to.equal(hki('2026-03-18 23:59').toISOString());
    clock.set(hki('2026-03-12 13:00'));
    expect((await inner.getOrderProgress(order.code)).events.at(-1)!.stage).to.equal('picked-up');
  });

  it('a fate makes an order late, early or cancelled', async () => {
    const clock = new ManualClock(PLACED);
    const inner = testAdapter({ clock });
    const late = await place(inner, 'home');
    inner.setOrderFate(late.code, { shift: 1 });
    const cancelled = await place(inner, 'home');
    inner.setOrderFate(cancelled.code, { cancelAfterHours: 2 });
    clock.set(hki('2026-03-20 12:00'));
    expect((await inner.getOrderProgress(late.code)).events.at(-1)).to.deep.equal({ stage: 'delivered', at: hki('2026-03-13 14:00').toISOString() });
    expect((await inner.getOrderProgress(cancelled.code)).events.map((e) => e.stage)).to.deep.equal(['received', 'packed', 'cancelled']);
  });

  it('a guest lookup with the wrong email is not-found, exactly as an unknown code', async () => {
    const inner = testAdapter({ clock: new ManualClock(PLACED) });
    const order = await place(inner, 'home');
    for (const attempt of [inner.getOrderProgress(order.code, { email: 'someone@example.fi' }), inner.getOrderProgress('PP-NOPE', { email: 'aino@example.fi' })]) {
      const error = await attempt.then(() => null, (e: unknown) => e);
      expect(error).to.be.instanceOf(CommerceError);
      expect((error as CommerceError).code).to.equal('not-found');
    }
  });

  it('gives a late order the same compensation however often it is asked', async () => {
    const inner = testAdapter({ clock: new ManualClock(PLACED) });
    const order = await place(inner, 'home');
    const first = await inner.compensationFor(order, { daysLate: 1 });
    expect(first).to.deep.include({ code: `SORRY-${order.code.slice(3)}`, amount: { amount: 500, currency: 'EUR' } });
    expect(await inner.compensationFor(order, { daysLate: 2 })).to.deep.equal(first);
    expect(await testAdapter({ compensation: null }).compensationFor(order, { daysLate: 1 })).to.equal(null);
  });
});
