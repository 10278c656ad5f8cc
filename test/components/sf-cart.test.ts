import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-cart.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfCart } from '../../src/elements/sf-cart/sf-cart.js';
import type { SfQuantity } from '../../src/elements/sf-quantity/sf-quantity.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { CommerceError } from '../../src/core/errors.js';
import { testAdapter, uniqueKey } from '../helpers/shop.js';
import { click as clickAt } from '../helpers/pointer.js';

interface Tracked { name: string; params: Record<string, unknown> }

/** A real click on `target`, scrolled to the middle of the viewport first. */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  await clickAt(target);
}

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Counts calls of an adapter method, keeping its behaviour. */
function spy(adapter: LocalCommerceAdapter, method: 'setQuantity' | 'removeLine'): unknown[][] {
  const calls: unknown[][] = [];
  const original = (adapter[method] as (...a: unknown[]) => unknown).bind(adapter);
  (adapter as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
    calls.push(args);
    return original(...args);
  };
  return calls;
}

async function seed(adapter: LocalCommerceAdapter) {
  await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
  await adapter.addLine({ productId: 'gloves-summer', variantId: 'gloves-summer-m', quantity: 1 });
  await adapter.addLine({ productId: 'chain-lube', variantId: 'chain-lube-default', quantity: 1 });
}

async function render(adapter: LocalCommerceAdapter, options: { locale?: string; threshold?: number; crossSell?: number } = {}) {
  const events: Tracked[] = [];
  const telemetry = { track: (name: string, params: Record<string, unknown> = {}) => events.push({ name, params }) };
  const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale=${options.locale ?? 'en'}>
    <sf-cart continue-href="/shop" .freeShippingThreshold=${options.threshold} cross-sell-limit=${options.crossSell ?? 0}></sf-cart>
  </sf-shop>`);
  const el = shop.querySelector('sf-cart') as SfCart;
  await waitUntil(() => shop.cart?.state.status === 'ready' || shop.cart?.state.status === 'error', 'the cart loads');
  await el.updateComplete;
  const root = el.shadowRoot!;
  const lines = () => [...root.querySelectorAll('[part~=line]')].map((l) => plain(l.querySelector('.name, .removed-text')?.textContent));
  const line = (name: string) => [...root.querySelectorAll('[part=line]')].find((l) => plain(l.querySelector('.name')?.textContent) === name) as HTMLElement;
  const quantity = (name: string) => line(name).querySelector('sf-quantity')!;
  const status = () => plain(root.querySelector('[aria-live=polite][aria-atomic]')?.textContent);
  return { shop, el, root, events, lines, line, quantity, status };
}

describe('<sf-cart>', () => {
  it('shows each line and the totals with VAT, the free-delivery meter and view_cart', async () => {
    const adapter = testAdapter();
    await seed(adapter);
    const { root, events, line, shop } = await render(adapter);
    const light = line('Valo Light Set');
    expect(plain(light.querySelector('.unit')!.textContent)).to.equal('€49.00 each');
    expect(plain(light.querySelector('.total')!.textContent)).to.equal('Line total: €49.00');
    expect(plain(line('Summer Gloves').querySelector('.variant')!.textContent)).to.equal('M');
    expect(light.querySelector('img')!.getAttribute('alt')).to.equal('');
    const totals = plain(root.querySelector('.totals')!.textContent);
    expect(totals).to.equal('Subtotal €90.00 Delivery (estimate) €5.90 Total €95.90 Including VAT €19.49');
    expect(plain(root.querySelector('[part=free-shipping]')!.textContent)).to.equal('€10.00 more for free delivery');
    expect(events.map((e) => e.name)).to.deep.equal(['view_cart']);
    expect(events[0]!.params).to.include({ currency: 'EUR', value: 90 });
    await expectNoAxeViolations(shop);
  });

  it('takes a configured free-delivery threshold: "€12.40 more for free delivery"', async () => {
    const adapter = testAdapter();
    await seed(adapter);
    const { root } = await render(adapter, { threshold: 10240 });
    expect(plain(root.querySelector('[part=free-shipping]')!.textContent)).to.equal('€12.40 more for free delivery');
  });

  it('coalesces + + + + into one backend call with the final quantity', async () => {
    const adapter = testAdapter({ faults: { latencyMs: 30 } });
    await seed(adapter);
    const calls = spy(adapter, 'setQuantity');
    const { shop, quantity, line } = await render(adapter);
    shop.cart!.debounceMs = 1500;
    const plus = quantity('Valo Light Set').shadowRoot!.querySelector('[part=increase]')!;
    for (let i = 0; i < 4; i += 1) await click(plus);
    expect(quantity('Valo Light Set').value).to.equal(5);
    await waitUntil(() => calls.length === 1 && !shop.cart!.state.pending, 'the burst is sent once', { timeout: 5000 });
    expect(calls.map((c) => c.slice(0, 2))).to.deep.equal([[line('Valo Light Set').dataset.line, 5]]);
    expect(quantity('Valo Light Set').value).to.equal(5);
    expect((await adapter.getCart()).lines[0]!.quantity).to.equal(5);
  });

  it('keeps a newer quantity when the older change, still on its way, fails: no rollback, no error shown', async () => {
    const adapter = testAdapter();
    await seed(adapter);
    const original = adapter.setQuantity.bind(adapter);
    const asked: number[] = [];
    let refuseFirst: (() => void) | undefined;
    adapter.setQuantity = (lineId, q, o) => {
      asked.push(q);
      if (asked.length > 1) return original(lineId, q, o);
      return new Promise((_, reject) => (refuseFirst = () => reject(new CommerceError('out-of-stock', 'refused', { available: 1 }))));
    };
    const { shop, quantity, line, status } = await render(adapter);
    shop.cart!.debounceMs = 20;
    const plus = quantity('Summer Gloves').shadowRoot!.querySelector('[part=increase]')!;
    await click(plus);
    await waitUntil(() => asked.length === 1, 'the first change goes out');
    await click(plus);
    expect(quantity('Summer Gloves').value).to.equal(3);
    refuseFirst!();
    await waitUntil(() => asked.length === 2 && !shop.cart!.state.pending, 'the newer change is sent and settles');
    expect(asked).to.deep.equal([2, 3]);
    expect(quantity('Summer Gloves').value).to.equal(3);
    expect(line('Summer Gloves').querySelector('[part=line-error]'), 'the older failure is not shown').to.equal(null);
    await waitUntil(() => status() === 'Summer Gloves: quantity 3.', 'the saved quantity is announced');
    expect((await adapter.getCart()).lines.find((l) => l.variantId === 'gloves-summer-m')?.quantity).to.equal(3);
    await expectNoAxeViolations(shop.querySelector('sf-cart')!);
  });

  it('rolls a failed quantity change back, shows and announces the error on that line only', async () => {
    const adapter = testAdapter({ faults: { fail: ['setQuantity'] } });
    await seed(adapter);
    const { shop, quantity, line, root, status } = await render(adapter);
    shop.cart!.debounceMs = 400;
    await click(quantity('Summer Gloves').shadowRoot!.querySelector('[part=increase]')!);
    expect(quantity('Summer Gloves').value).to.equal(2);
    await waitUntil(() => line('Summer Gloves').querySelector('[part=line-error]'), 'the error shows');
    expect(quantity('Summer Gloves').value).to.equal(1);
    expect(plain(line('Summer Gloves').querySelector('[part=line-error]')!.textContent)).to.equal(
      'Summer Gloves: your change was not saved. We could not reach the shop. Check your connection and try again.',
    );
    await waitUntil(() => status().startsWith('Summer Gloves: your change was not saved.'), 'the error is announced');
    expect(root.querySelectorAll('[part=line-error]')).to.have.length(1);
    expect(quantity('Valo Light Set').value).to.equal(1);
    await expectNoAxeViolations(shop);
  });

  it('never empties the cart from a typed quantity and Enter', async () => {
    const adapter = testAdapter();
    await seed(adapter);
    const { shop, quantity, lines } = await render(adapter);
    shop.cart!.debounceMs = 20;
    const input = quantity('Valo Light Set').shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: '0' });
    await sendKeys({ press: 'Enter' });
    input.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !shop.cart!.state.pending);
    expect(lines()).to.have.length(3);
    expect(quantity('Valo Light Set').value).to.equal(1);
    expect(plain(quantity('Valo Light Set').shadowRoot!.querySelector('[part=message]')!.textContent)).to.contain('Enter a whole number');
    expect((await adapter.getCart()).itemCount).to.equal(3);
  });

  it('respects stock: + stops at the stock and a larger typed number is corrected to it', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'kaupunki-3', variantId: 'kaupunki-3-black', quantity: 2 });
    const { shop, quantity } = await render(adapter);
    shop.cart!.debounceMs = 20;
    const q = quantity('Kaupunki 3');
    const plus = q.shadowRoot!.querySelector('[part=increase]')!;
    await click(plus);
    await q.updateComplete;
    expect(plus.getAttribute('aria-disabled')).to.equal('true');
    await click(plus);
    expect(q.value).to.equal(3);
    const input = q.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: '40' });
    await sendKeys({ press: 'Enter' });
    await q.updateComplete;
    expect(q.value).to.equal(3);
    expect(plain(q.shadowRoot!.querySelector('[part=message]')!.textContent)).to.equal('Only 3 available: the quantity was set to 3.');
    await waitUntil(async () => (await adapter.getCart()).itemCount === 3);
  });

  it('removes with undo by keyboard: the undo is focused and announced, and undo puts the line back in place', async () => {
    const adapter = testAdapter();
    await seed(adapter);
    const { el, shop, line, lines, root, events, status } = await render(adapter);
    const removeButton = line('Summer Gloves').querySelector('.remove') as HTMLButtonElement;
    expect(removeButton.getAttribute('aria-label')).to.equal('Remove Summer Gloves');
    let changes = 0;
    shop.addEventListener('sf-cart-change', () => (changes += 1));
    removeButton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(lines()).to.deep.equal(['Valo Light Set', 'Summer Gloves was removed from your cart.', 'Winter Chain Lube']);
    await waitUntil(() => deepActive()?.classList.contains('undo'), 'focus moves to Undo');
    expect(deepActive()!.getAttribute('aria-label')).to.equal('Undo removing Summer Gloves');
    await waitUntil(() => status() === 'Summer Gloves was removed from your cart.', 'the removal is announced');
    await waitUntil(() => events.some((e) => e.name === 'remove_from_cart'), 'remove_from_cart');
    await expectNoAxeViolations(shop);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => lines().join('|') === 'Valo Light Set|Summer Gloves|Winter Chain Lube', 'the line is back in place');
    await waitUntil(() => status() === 'Summer Gloves is back in your cart.');
    await waitUntil(() => deepActive() === line('Summer Gloves').querySelector('.remove'), 'focus returns to the line');
    expect(root.querySelector('.removed')).to.equal(null);
    expect((await adapter.getCart()).lines.map((l) => l.variantId)).to.include('gloves-summer-m');
    expect(changes).to.equal(2);
    expect(events.find((e) => e.name === 'remove_from_cart')!.params).to.deep.include({ currency: 'EUR', value: 29 });
  });

  it('brings a line back with its error when removing fails', async () => {
    const adapter = testAdapter({ faults: { fail: ['removeLine'] } });
    await seed(adapter);
    const { line, lines, shop } = await render(adapter);
    await click(line('Valo Light Set').querySelector('.remove')!);
    await waitUntil(() => line('Valo Light Set')?.querySelector('[part=line-error]'), 'the line is back with its error');
    expect(lines()).to.deep.equal(['Valo Light Set', 'Summer Gloves', 'Winter Chain Lube']);
    await expectNoAxeViolations(shop);
  });

  it('explains each discount code error from its code, and applies a valid code', async () => {
    const adapter = testAdapter();
    await seed(adapter);
    const { el, root, shop } = await render(adapter);
    const input = root.querySelector('#code') as HTMLInputElement;
    const error = () => plain(root.querySelector('#code-error')!.textContent);
    input.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(error()).to.equal('Enter a discount code.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({ type: 'nope' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => error() === 'That discount code is not valid. Check the spelling.');
    expect(deepActive()).to.equal(input);
    await expectNoAxeViolations(shop);
    input.select();
    await sendKeys({ type: 'SUMMER2025' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => error() === 'That discount code has expired.');
    adapter.faults = { fail: ['applyDiscountCode'] };
    input.select();
    await sendKeys({ type: 'welcome10' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => error().startsWith('We could not reach the shop'));
    adapter.faults = {};
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => plain(root.querySelector('.totals')!.textContent).includes('Discount −€9.00'), 'the discount shows');
    expect(error()).to.equal('');
    expect(plain(root.querySelector('.codes')!.textContent)).to.contain('WELCOME10');
  });

  it('flags lines whose product disappeared, whose stock dropped or whose price changed', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    await adapter.addLine({ productId: 'kaupunki-3', variantId: 'kaupunki-3-black', quantity: 3 });
    await adapter.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
    adapter.setPrice('light-set-default', 3900);
    adapter.setStock('kaupunki-3-black', 1);
    adapter.removeProduct('chain-11');
    const { root, shop } = await render(adapter);
    const issues = [...root.querySelectorAll('[part=line-issue]')].map((i) => [i.getAttribute('data-issue'), plain(i.textContent)]);
    expect(issues).to.deep.equal([
      ['price-changed', 'Price changed from €49.00 to €39.00.'],
      ['stock-reduced', 'Only 1 left, you have 3. Change to 1'],
      ['unavailable', 'No longer available. Remove it to continue.'],
    ]);
    await expectNoAxeViolations(shop);
    shop.cart!.debounceMs = 20;
    await click(root.querySelector('[data-issue=stock-reduced] button')!);
    await waitUntil(() => !root.querySelector('[data-issue=stock-reduced]'), 'the flag clears once the quantity fits');
    expect((await adapter.getCart()).lines.find((l) => l.variantId === 'kaupunki-3-black')!.quantity).to.equal(1);
  });

  it('shows the empty cart with a way back', async () => {
    const { root, shop } = await render(testAdapter(), { locale: 'fi' });
    expect(plain(root.querySelector('[part=empty]')!.textContent)).to.equal('Ostoskorisi on tyhjä. Jatka ostoksia');
    expect(root.querySelector('[part=empty] a')!.getAttribute('href')).to.equal('/shop');
    await expectNoAxeViolations(shop);
  });

  it('explains a cart that cannot be loaded and retries', async () => {
    const adapter = testAdapter({ faults: { fail: ['getCart'] } });
    const { root, shop, el } = await render(adapter);
    await waitUntil(() => root.querySelector('[role=alert]'));
    expect(plain(root.querySelector('[role=alert]')!.textContent)).to.contain('We could not reach the shop');
    await expectNoAxeViolations(shop);
    adapter.faults = {};
    await click(root.querySelector('[role=alert] button')!);
    await waitUntil(() => root.querySelector('[part=empty] a'), 'the retry shows the cart');
    await el.updateComplete;
  });

  it('offers "Complete your ride" from the adapter as product cards with add-to-cart', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1 });
    const { root, shop } = await render(adapter, { crossSell: 4 });
    await waitUntil(() => root.querySelectorAll('[part=cross-sell] sf-product-card').length > 0, 'recommendations load');
    expect(plain(root.querySelector('[part=cross-sell] [role=heading]')!.textContent)).to.equal('Complete your ride');
    const cards = [...root.querySelectorAll('[part=cross-sell] sf-product-card')];
    expect(cards.map((c) => (c as HTMLElement & { product: { id: string } }).product.id)).to.deep.equal(['jersey-pro', 'gloves-summer']);
    const add = cards[0]!.querySelector('sf-add-to-cart')!;
    await add.updateComplete;
    await click(add.shadowRoot!.querySelector('button')!);
    await waitUntil(() => shop.cart!.cart!.lines.length === 2, 'the recommendation is added');
    await expectNoAxeViolations(shop);
  });

  it('shows a change made in another tab and reports it once', async () => {
    const storageKey = uniqueKey();
    const tabA = testAdapter({ storageKey, crossTab: true });
    const tabB = testAdapter({ storageKey, crossTab: true });
    try {
      await seed(tabA);
      const a = await render(tabA);
      const shopB = await fixture<SfShop>(html`<sf-shop .adapter=${tabB} locale="en"><sf-cart></sf-cart></sf-shop>`);
      await waitUntil(() => shopB.cart?.cart?.lines.length === 3);
      let changesInB = 0;
      shopB.addEventListener('sf-cart-change', () => (changesInB += 1));
      a.shop.cart!.debounceMs = 20;
      await click(a.quantity('Winter Chain Lube').shadowRoot!.querySelector('[part=increase]')!);
      const cartB = shopB.querySelector('sf-cart')!;
      await waitUntil(() => cartB.shadowRoot!.querySelector<SfQuantity>('[part=line]:last-child sf-quantity')?.value === 2, 'tab B follows');
      await waitUntil(() => changesInB > 0, `sf-cart-change in tab B (${changesInB})`);
      expect(changesInB).to.equal(1);
      await waitUntil(() => plain(cartB.shadowRoot!.querySelector('[aria-live=polite][aria-atomic]')?.textContent) === 'Your cart was updated.');
    } finally {
      tabA.dispose();
      tabB.dispose();
    }
  });

  it('re-reads the cart when the page comes back from the back/forward cache', async () => {
    const storageKey = uniqueKey();
    const adapter = testAdapter({ storageKey });
    await seed(adapter);
    const { lines, shop, el } = await render(adapter);
    const elsewhere = testAdapter({ storageKey });
    await elsewhere.addLine({ productId: 'chain-11', variantId: 'chain-11-default', quantity: 1 });
    expect(lines()).to.have.length(3);
    let changes = 0;
    shop.addEventListener('sf-cart-change', () => (changes += 1));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await waitUntil(() => lines().length === 4, 'the restored page shows the current cart');
    await el.updateComplete;
    expect(lines()[3]).to.equal('11-speed Chain');
    await waitUntil(() => changes === 1);
  });
});
