import { expect } from '@open-wc/testing';
import { COOKIE_HEADER_READ_LIMIT, readCookie } from '../../src/core/cookies.js';
import { decodeCartCookie, encodeCartCookie, readCookie as cartReadCookie } from '../../src/adapters/local/cart-cookie.js';

describe('readCookie (the one Cookie-header reader of the kit)', () => {
  it('reads the first occurrence, unquotes and decodes, and takes a header given as several lines', () => {
    expect(readCookie('a=1; sf_cart=1.abc; sf_cart=1.old', 'sf_cart')).to.equal('1.abc');
    expect(readCookie('x="q%20v"', 'x')).to.equal('q v');
    expect(readCookie('x=%E0%A4%A', 'x'), 'a malformed escape stays as it came').to.equal('%E0%A4%A');
    expect(readCookie(['a=1', 'b=2'], 'b')).to.equal('2');
    expect(readCookie(undefined, 'b')).to.equal(undefined);
    expect(readCookie('ab=1; b', 'b')).to.equal(undefined);
  });

  it('is the reader the local adapter\'s cart cookie uses', () => {
    expect(cartReadCookie).to.equal(readCookie);
  });

  it('reads only cookies wholly within the first 8 KB: one the limit cuts through is absent, never truncated', () => {
    const filler = `f=${'x'.repeat(COOKIE_HEADER_READ_LIMIT - 40)}`;
    const id = 'shopper-0123456789abcdef0123456789abcdef';
    // The id starts before the limit and ends after it.
    expect(readCookie(`${filler}; sf-anonymous-id=${id}`, 'sf-anonymous-id')).to.equal(undefined);
    expect(readCookie(`${filler}; sf-anonymous-id=${id}`, 'f')?.length, 'the cookies before it are read').to.equal(COOKIE_HEADER_READ_LIMIT - 40);
    // A cart of the largest size the adapter writes, after the shop's other cookies, is read whole.
    const cart = { id: 'cart-1', revision: 3, lines: [{ id: 'l1', productId: 'p', variantId: 'v', quantity: 2, priceAtAdd: 1000 }], codes: [] };
    const value = encodeCartCookie(cart);
    const header = `_ga=GA1.1.123; consent=${'y'.repeat(3000)}; sf_cart=${value}; late=${'z'.repeat(6000)}`;
    expect(decodeCartCookie(readCookie(header, 'sf_cart'))).to.deep.equal(cart);
  });
});
