import '../../src/messages/locales/all.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-product-list.js';
import '../../src/define/sf-nav.js';
import type { CommerceAdapter } from '../../src/core/adapter.js';
import { CommerceError, toCommerceError, type CommerceErrorCode } from '../../src/core/errors.js';
import { commonMessages } from '../../src/messages/common.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A backend (or a custom adapter) that answers with an error code the kit has never heard of. */
function adapterFailingWith(code: string, method: keyof CommerceAdapter): CommerceAdapter {
  const local = testAdapter();
  return new Proxy(local, {
    get(target, prop, receiver) {
      if (prop === method) return () => Promise.reject(new CommerceError(code as CommerceErrorCode, `Backend says ${code}`));
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as CommerceAdapter;
}

describe('an error code the kit does not know', () => {
  it('becomes the generic unknown error, keeping its message', () => {
    const original = new CommerceError('rate-limited' as CommerceErrorCode, 'Backend says rate-limited', { field: 'email' });
    const mapped = toCommerceError(original);
    expect(mapped.code).to.equal('unknown');
    expect(mapped.message).to.equal('Backend says rate-limited');
    expect(mapped.field).to.equal('email');
    expect(mapped.cause).to.equal(original);
    const known = new CommerceError('out-of-stock', 'gone');
    expect(toCommerceError(known), 'a known code is kept as is').to.equal(known);
  });

  it('shows the generic wording with "Try again" in the product list', async () => {
    const shop = await fixture(html`<sf-shop .adapter=${adapterFailingWith('rate-limited', 'listProducts')} locale="en">
      <sf-product-list></sf-product-list></sf-shop>`);
    const list = shop.querySelector('sf-product-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('[role=alert]'), 'the list shows its error');
    const alert = list.shadowRoot!.querySelector('[role=alert]')!;
    expect(plain(alert.querySelector('p')?.textContent)).to.equal(commonMessages.en['error.unknown']);
    expect(plain(alert.querySelector('button')?.textContent)).to.equal('Try again');
    await expectNoAxeViolations(list);
  });

  it('shows the generic wording in the navigation', async () => {
    const shop = await fixture(html`<sf-shop .adapter=${adapterFailingWith('maintenance', 'getCategoryTree')} locale="fi">
      <sf-nav></sf-nav></sf-shop>`);
    const nav = shop.querySelector('sf-nav')!;
    await waitUntil(() => nav.shadowRoot?.querySelector('[role=alert]'), 'the navigation shows its error');
    const alert = nav.shadowRoot!.querySelector('[role=alert]')!;
    expect(plain(alert.textContent)).to.equal(`${commonMessages.fi['error.unknown']} ${commonMessages.fi.retry}`);
    await expectNoAxeViolations(nav);
  });
});
