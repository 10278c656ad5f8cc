// Feedback at the right moment: <sf-order-status> shows the <sf-feedback> in its `feedback` slot once the order has
// arrived, ties it to the order (context `delivery:<code>`, no personal data), and the question is asked once per
// order: answered or "not now", that order never asks again, while the next order does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-order-status.js';
import '../../src/define/sf-feedback.js';
import type { SfOrderStatus } from '../../src/elements/sf-order-status/sf-order-status.js';
import type { SfFeedback } from '../../src/elements/sf-feedback/sf-feedback.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { ManualClock } from '../../src/core/clock.js';
import { createSafeStorage, type SafeStorage } from '../../src/core/storage.js';
import type { FeedbackInput } from '../../src/core/model.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

/** Tuesday 10 March 2026, 09:00 in Helsinki. */
const PLACED = new Date('2026-03-10T07:00:00Z');
const hki = (local: string) => new Date(`${local.replace(' ', 'T')}:00+02:00`);

const memoryStorage = (): SafeStorage => {
  const data = new Map<string, string>();
  const backing = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => data.set(k, v), removeItem: (k: string) => data.delete(k) };
  return createSafeStorage(() => backing as unknown as Storage);
};

async function placeHomeOrder(adapter: LocalCommerceAdapter) {
  await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
  const order = await adapter.placeOrder({
    idempotencyKey: crypto.randomUUID(),
    contact: { email: 'aino@example.fi', phone: '+358401234567' },
    shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId: 'home',
    paymentMethodId: 'invoice',
  });
  // Delivered the day it was ordered, at 14:00.
  adapter.setOrderFate(order.code, { shift: -1 });
  return order;
}

/** An order status page for `code` with the delivery question in its slot; feedback remembered in `storage`. */
async function statusPage(adapter: LocalCommerceAdapter, clock: ManualClock, code: string, storage: SafeStorage) {
  const shop = await fixture<HTMLElement>(html`<sf-shop .adapter=${adapter} locale="en">
    <button id="before">Before</button>
    <sf-order-status code=${code} email="aino@example.fi" .clock=${clock} poll-interval="60000">
      <sf-feedback slot="feedback" kind="ces" .clock=${clock} .storage=${storage}></sf-feedback>
    </sf-order-status>
  </sf-shop>`);
  const status = shop.querySelector('sf-order-status') as SfOrderStatus;
  const feedback = shop.querySelector('sf-feedback') as SfFeedback;
  await waitUntil(() => status.progress, 'the order did not load');
  await status.updateComplete;
  return { shop, status, feedback, before: shop.querySelector('#before') as HTMLButtonElement };
}

/** Whether the question is on screen: slotted (the order arrived) and not hidden by the once-per-order rule. */
const asked = (feedback: SfFeedback) => !!feedback.assignedSlot && feedback.view === 'question' && getComputedStyle(feedback).display !== 'none';

describe('<sf-order-status> with <sf-feedback>: the delivery question once per order', () => {
  it('asks only once the order is delivered, tied to the order code, answered by keyboard; never again for that order', async () => {
    const clock = new ManualClock(PLACED);
    const adapter = testAdapter({ clock });
    const sent: FeedbackInput[] = [];
    adapter.submitFeedback = async (input) => void sent.push(input);
    const storage = memoryStorage();
    const order = await placeHomeOrder(adapter);

    const page = await statusPage(adapter, clock, order.code, storage);
    expect(asked(page.feedback), 'not asked before the order arrives').to.equal(false);
    await expectNoAxeViolations(page.status);

    clock.set(hki('2026-03-10 18:00'));
    await waitUntil(() => asked(page.feedback), 'the question did not appear when the order was delivered');
    expect(page.feedback.context).to.equal(`delivery:${order.code}`);
    expect(page.feedback.scope, 'the order status makes it once per order').to.equal('context');
    await expectNoAxeViolations(page.shop);

    // Tab from before the status: the first stop inside the question is its scale.
    page.before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await page.feedback.updateComplete;
    expect(page.feedback.score).to.equal(3);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent.length === 1, 'the answer did not reach the adapter');
    expect(page.feedback.view).to.equal('thanks');
    // The order code and the score (and the answer's own id): nothing about the shopper.
    expect(Object.keys(sent[0]!).sort()).to.deep.equal(['context', 'id', 'kind', 'score']);
    expect(sent[0]).to.include({ kind: 'ces', score: 3, context: `delivery:${order.code}` });
    await expectNoAxeViolations(page.shop);

    // The same order's page again (a reload, the link in the email): not asked again.
    const again = await statusPage(adapter, clock, order.code, storage);
    await waitUntil(() => !!again.feedback.assignedSlot, 'the delivered order did not offer its feedback slot');
    await again.feedback.updateComplete;
    expect(again.feedback.view).to.equal('hidden');
    expect(asked(again.feedback)).to.equal(false);
  });

  it('"Not now" keeps one order\'s question away for good, and does not stop the next order\'s', async () => {
    const clock = new ManualClock(PLACED);
    const adapter = testAdapter({ clock });
    const storage = memoryStorage();
    const first = await placeHomeOrder(adapter);
    const second = await placeHomeOrder(adapter);
    clock.set(hki('2026-03-10 18:00'));

    const page = await statusPage(adapter, clock, first.code, storage);
    await waitUntil(() => asked(page.feedback), 'the first order\'s question did not appear');
    const dismiss = page.feedback.shadowRoot!.querySelector<HTMLButtonElement>('[part=dismiss]')!;
    dismiss.focus();
    await sendKeys({ press: 'Enter' });
    await page.feedback.updateComplete;
    expect(page.feedback.view).to.equal('hidden');

    // A month and more later the first order still does not ask: once per order, not a snooze period.
    clock.set(hki('2026-05-01 12:00'));
    const later = await statusPage(adapter, clock, first.code, storage);
    await waitUntil(() => !!later.feedback.assignedSlot);
    await later.feedback.updateComplete;
    expect(later.feedback.view).to.equal('hidden');

    const next = await statusPage(adapter, clock, second.code, storage);
    await waitUntil(() => asked(next.feedback), 'the second order\'s question did not appear');
    expect(next.feedback.context).to.equal(`delivery:${second.code}`);
    await expectNoAxeViolations(next.shop);
  });
});
