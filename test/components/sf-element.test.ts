// What every kit element inherits from SfElement: custom states that never throw, one heading-level rule, and one
// way to fix time (`clock`), with the deprecated `now` properties still working.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/sf-feedback.js';
import '../../src/define/sf-search.js';
import '../../src/define/sf-breadcrumbs.js';
import '../../src/define/sf-product-card.js';
import '../../src/define/sf-order-confirmation.js';
import { ManualClock } from '../../src/core/clock.js';
import { createSafeStorage, type SafeStorage } from '../../src/core/storage.js';
import type { Order } from '../../src/core/model.js';
import type { SfFeedback } from '../../src/elements/sf-feedback/sf-feedback.js';
import type { SfProductCard } from '../../src/elements/sf-product-card/sf-product-card.js';
import type { SfOrderConfirmation } from '../../src/elements/sf-order-confirmation/sf-order-confirmation.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

function memoryStorage(): SafeStorage {
  const data = new Map<string, string>();
  const backing = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  return createSafeStorage(() => backing, 'test storage');
}

/** Replaces a property of a prototype until `restore()`. */
function patch<T extends object>(proto: T, key: PropertyKey, descriptor: PropertyDescriptor): { restore(): void } {
  const original = Object.getOwnPropertyDescriptor(proto, key)!;
  Object.defineProperty(proto, key, { ...descriptor, configurable: true });
  return { restore: () => Object.defineProperty(proto, key, original) };
}

/** Elements that set custom states on every update, each with what it needs to render. */
const stateful = () => html`<div>
  <sf-feedback kind="csat" .storage=${memoryStorage()} locale="en"></sf-feedback>
  <sf-search locale="en"></sf-search>
  <sf-breadcrumbs locale="en" .items=${[{ label: 'Home', href: '/' }, { label: 'Bikes', href: '/bikes' }]} current-label="Gravel"></sf-breadcrumbs>
  <sf-product-card locale="en"></sf-product-card>
</div>`;

async function renderStateful(): Promise<HTMLElement> {
  const root = await fixture<HTMLDivElement>(stateful());
  for (const el of root.children) await (el as SfFeedback).updateComplete;
  return root;
}

describe('SfElement: custom states', () => {
  const patches: { restore(): void }[] = [];
  afterEach(() => {
    while (patches.length) patches.pop()!.restore();
  });

  it('uses the dashed --name form where the engine accepts only that (Chromium before 125), without throwing', async () => {
    const added = new Set<string>();
    const add = function (this: CustomStateSet, name: string) {
      if (!name.startsWith('--')) throw new DOMException(`Failed to execute 'add' on 'CustomStateSet': The specified value '${name}' must start with '--'.`, 'SyntaxError');
      added.add(name);
      return this;
    };
    const remove = (name: string) => {
      if (!name.startsWith('--')) throw new DOMException(`The specified value '${name}' must start with '--'.`, 'SyntaxError');
      return added.delete(name);
    };
    patches.push(patch(CustomStateSet.prototype, 'add', { value: add }), patch(CustomStateSet.prototype, 'delete', { value: remove }));
    const root = await renderStateful();
    // Each element rendered, and its state arrived in the syntax the engine takes.
    expect(plain(root.querySelector('sf-feedback')!.shadowRoot!.textContent)).to.contain('How satisfied');
    expect(plain(root.querySelector('sf-breadcrumbs')!.shadowRoot!.textContent)).to.contain('Bikes');
    expect([...added]).to.include.members(['--question', '--loading']);
    await expectNoAxeViolations(root);
  });

  it('renders and works where there is no CustomStateSet at all', async () => {
    patches.push(patch(ElementInternals.prototype, 'states', { get: () => undefined }));
    const root = await renderStateful();
    const feedback = root.querySelector('sf-feedback') as SfFeedback;
    expect(feedback.view).to.equal('question');
    feedback.dismiss();
    await feedback.updateComplete;
    expect(feedback.view).to.equal('hidden');
    expect(feedback.shadowRoot!.textContent?.trim()).to.equal('');
    await expectNoAxeViolations(root);
  });

  it('sets the plain :state(name) where the engine has it', async () => {
    const root = await renderStateful();
    expect(root.querySelector('sf-feedback')!.matches(':state(question)')).to.equal(true);
    expect(root.querySelector('sf-product-card')!.matches(':state(loading)')).to.equal(true);
  });
});

describe('SfElement: heading level', () => {
  const product = testAdapter().allProducts()[0]!;
  const cardLevel = async (attr?: string) => {
    const el = await fixture<SfProductCard>(attr === undefined
      ? html`<sf-product-card .product=${product} locale="en"></sf-product-card>`
      : html`<sf-product-card .product=${product} heading-level=${attr} locale="en"></sf-product-card>`);
    return el.shadowRoot!.querySelector('[part=name]')!.getAttribute('aria-level');
  };

  it('clamps heading-level to 1–6 the same way in every element, and keeps each default for a value that is no number', async () => {
    expect(await cardLevel()).to.equal('3');
    expect(await cardLevel('1')).to.equal('1');
    expect(await cardLevel('9')).to.equal('6');
    expect(await cardLevel('two')).to.equal('3');

    const order = { ...(await placeOrder()) };
    const levels = async (attr?: string) => {
      const el = await fixture<SfOrderConfirmation>(attr === undefined
        ? html`<sf-order-confirmation .order=${order} locale="en"></sf-order-confirmation>`
        : html`<sf-order-confirmation .order=${order} heading-level=${attr} locale="en"></sf-order-confirmation>`);
      return [...el.shadowRoot!.querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'));
    };
    expect(await levels()).to.deep.equal(['2', '3', '3']);
    expect(await levels('0')).to.deep.equal(['1', '2', '2']);
    expect(await levels('6')).to.deep.equal(['6', '6', '6']);
    expect(await levels('two')).to.deep.equal(['2', '3', '3']);
  });
});

/** Tuesday 10 March 2026, 09:00 in Helsinki: before the 14:00 cut-off. */
const PLACED = new Date('2026-03-10T07:00:00Z');

async function placeOrder(): Promise<Order> {
  const adapter = testAdapter();
  await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
  const order = await adapter.placeOrder({
    idempotencyKey: crypto.randomUUID(),
    contact: { email: 'aino@example.fi', phone: '+358401234567' },
    shippingAddress: { name: 'Aino Virtanen', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    deliveryMethodId: 'home',
    paymentMethodId: 'invoice',
  });
  return { ...order, placedAt: 'not a date' };
}

describe('SfElement: clock', () => {
  it('fixes time with clock = new ManualClock(date), as the deprecated now did', async () => {
    const order = await placeOrder();
    const status = (el: SfOrderConfirmation) => plain(el.shadowRoot!.querySelector('[part=status]')!.textContent);
    const byNow = await fixture<SfOrderConfirmation>(html`<sf-order-confirmation .order=${order} .now=${PLACED} locale="en"></sf-order-confirmation>`);
    const byClock = await fixture<SfOrderConfirmation>(html`<sf-order-confirmation .order=${order} .clock=${new ManualClock(PLACED)} locale="en"></sf-order-confirmation>`);
    // The order's own time is unreadable here, so the status is told from the element's time alone.
    expect(status(byClock)).to.equal(status(byNow));
  });

  it('lets sf-feedback read its time from the clock; a now function set by the page still wins', async () => {
    const storage = memoryStorage();
    const clock = new ManualClock(new Date('2025-03-14T10:00:00Z'));
    const el = await fixture<SfFeedback>(html`<sf-feedback kind="csat" snooze-days="30" .storage=${storage} .clock=${clock} locale="en"></sf-feedback>`);
    expect(el.now().toISOString()).to.equal('2025-03-14T10:00:00.000Z');
    el.dismiss();
    // 29 days later by the clock the question still stays away; 31 days later it is asked again.
    clock.advance(29 * 86_400_000);
    const soon = await fixture<SfFeedback>(html`<sf-feedback kind="csat" snooze-days="30" .storage=${storage} .clock=${clock} locale="en"></sf-feedback>`);
    expect(soon.view).to.equal('hidden');
    clock.advance(2 * 86_400_000);
    const later = await fixture<SfFeedback>(html`<sf-feedback kind="csat" snooze-days="30" .storage=${storage} .clock=${clock} locale="en"></sf-feedback>`);
    expect(later.view).to.equal('question');
    const pinned = await fixture<SfFeedback>(html`<sf-feedback kind="csat" .storage=${storage} .clock=${clock} .now=${() => new Date('2025-03-15T00:00:00Z')} locale="en"></sf-feedback>`);
    expect(pinned.view).to.equal('hidden');
  });
});
