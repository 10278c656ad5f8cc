import { expect } from '@open-wc/testing';
import { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import {
  CART_COOKIE_MAX_VALUE, decodeCartCookie, encodeCartCookie, readCookie, requestCookieJar,
} from '../../src/adapters/local/cart-cookie.js';
import { CommerceError } from '../../src/core/errors.js';
import { uniqueKey } from '../helpers/shop.js';

/** A jar that keeps one Cookie header, as a browser would for one site. */
function jar(initial = '') {
  return requestCookieJar(initial);
}

const adapterOn = (cookies: ReturnType<typeof jar>, name = uniqueKey().replace(/[^\w-]/g, '_')) =>
  new LocalCommerceAdapter({ crossTab: false, storageKey: uniqueKey(), cartCookie: { name, jar: cookies } });

describe('LocalCommerceAdapter with the cart in a cookie (cartCookie)', () => {
  it('keeps the cart in the cookie: another adapter on the same cookie (the server, the next page) sees it', async () => {
    const cookies = jar();
    const name = `c_${Math.random().toString(36).slice(2)}`;
    const page = adapterOn(cookies, name);
    await page.addLine({ productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 2 });
    const [setCookie] = cookies.setCookies;
    expect(setCookie).to.match(new RegExp(`^${name}=1\\.[\\w-]+; Path=/; SameSite=Lax$`));
    const server = adapterOn(jar(cookies.read()), name);
    const cart = await server.getCart();
    expect(cart.lines.map((l) => [l.variantId, l.quantity])).to.deep.equal([['kypara-aero-m', 2]]);
    expect(cart.total.amount).to.be.greaterThan(0);
    page.dispose();
    server.dispose();
  });

  it('takes no price from the cookie: a tampered price only flags the line, the catalogue price is charged', async () => {
    const value = encodeCartCookie({ id: 'C1', revision: 1, lines: [{ id: 'L1', productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1, priceAtAdd: 1 }], codes: [] });
    const adapter = adapterOn(jar(`sf_x=${value}`), 'sf_x');
    const cart = await adapter.getCart();
    expect(cart.lines[0]!.unitPrice.amount).to.equal(14900);
    expect(cart.lines[0]!.issue?.kind).to.equal('price-changed');
    adapter.dispose();
  });

  it('reads anything that is not its own cart as a new, empty cart, warning once', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (m: unknown) => warnings.push(m);
    try {
      const hostile = [
        'garbage', '1.!!', '1.', `2.${btoa('[]')}`,
        encodeCartCookie({ id: 'C1', revision: 1, lines: [{ id: 'L1', productId: 'kypara-aero', variantId: 'kypara-aero-m', quantity: 1e9, priceAtAdd: 1 }], codes: [] }),
        encodeCartCookie({ id: '<script>', revision: 1, lines: [], codes: [] }),
        encodeCartCookie({ id: 'C1', revision: -1, lines: [], codes: [] }),
        encodeCartCookie({ id: 'C1', revision: 1, lines: [{ id: 'L1', productId: 'a', variantId: 'v', quantity: 1.5, priceAtAdd: 1 }], codes: [] }),
        `1.${'A'.repeat(CART_COOKIE_MAX_VALUE)}`,
      ];
      for (const value of hostile) {
        expect(decodeCartCookie(value), value.slice(0, 40)).to.equal(undefined);
        const adapter = adapterOn(jar(`sf_y=${value}`), 'sf_y');
        expect((await adapter.getCart()).lines).to.deep.equal([]);
        adapter.dispose();
      }
      expect(warnings.length).to.equal(hostile.length, 'one warning per adapter');
    } finally {
      console.warn = warn;
    }
  });

  it('refuses the change that would overflow the cookie, and keeps what was there', async () => {
    const cookies = jar();
    const adapter = adapterOn(cookies, 'sf_z');
    const products = (await adapter.listProducts({ limit: 100 })).items;
    let refused: unknown;
    for (const p of products) {
      for (const v of p.variants) {
        if (v.stock <= 0) continue;
        try {
          await adapter.addLine({ productId: p.id, variantId: v.id, quantity: 1 });
        } catch (e) {
          refused = e;
          break;
        }
      }
      if (refused) break;
    }
    expect(refused).to.be.instanceOf(CommerceError);
    expect((refused as CommerceError).code).to.equal('invalid-input');
    expect((refused as CommerceError).field).to.equal('cart');
    const stored = decodeCartCookie(readCookie(cookies.read(), 'sf_z'));
    expect(stored!.lines.length).to.be.greaterThan(20);
    expect((await adapter.getCart()).lines.length).to.equal(stored!.lines.length);
    adapter.dispose();
  });
});
