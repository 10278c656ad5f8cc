import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addMoney, formatMoney, money, multiplyMoney, percentOf, sumMoney, toMinorUnits, vatIncluded, type Money,
} from '../../src/core/money.js';
import { priceCart, freeShippingProgress, checkQuantity } from '../../src/core/cart.js';

// Intl uses narrow no-break spaces as group separators in fi and sv; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('formats euros in Finnish, Swedish and English', () => {
    const price = money(124040);
    expect(plain(formatMoney(price, 'fi'))).to.equal('1 240,40 €');
    expect(plain(formatMoney(price, 'sv'))).to.equal('1 240,40 €');
    expect(formatMoney(price, 'en')).to.equal('€1,240.40');
    expect(plain(formatMoney(money(5), 'fi'))).to.equal('0,05 €');
  });

  it('refuses fractions of a cent, NaN and bad currency codes with a message naming the problem', () => {
    expect(() => money(12.5)).to.throw(RangeError, /integer number of minor units/);
    expect(() => money(Number.NaN)).to.throw(RangeError, /NaN/);
    expect(() => money(100, 'euro')).to.throw(RangeError, /ISO 4217/);
    expect(() => addMoney(money(1), money(1, 'SEK'))).to.throw(RangeError, /EUR with SEK/);
  });

  it('formats Swedish kronor after the amount in sv and fi, euros before it in en', () => {
    expect(plain(formatMoney(money(123450, 'SEK'), 'sv'))).to.equal('1 234,50 kr');
    expect(formatMoney(money(123450, 'EUR'), 'en')).to.equal('€1,234.50');
    expect(plain(formatMoney(money(123450, 'SEK'), 'fi'))).to.equal('1 234,50 SEK');
  });

  it('rounds amounts in fractions of a minor unit half up, as Vendure\'s DefaultMoneyStrategy (Math.round)', () => {
    // €5.90 net + 25.5 % VAT, as Vendure answers it.
    expect(toMinorUnits(740.45)).to.equal(740);
    expect(toMinorUnits(740.5)).to.equal(741);
    expect(toMinorUnits(1240)).to.equal(1240);
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (whole, part) => {
      const rounded = toMinorUnits(whole + part);
      expect(rounded).to.equal(Math.round(whole + part));
      expect(Math.abs(rounded - (whole + part))).to.be.at.most(0.5);
    }));
  });

  it('adds without floating-point drift (0.1 + 0.2 problem cannot occur)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 50 }), (cents) => {
        const total = sumMoney(cents.map((c) => money(c)));
        expect(total.amount).to.equal(cents.reduce((a, b) => a + b, 0));
        expect(Number.isInteger(total.amount)).to.equal(true);
      }),
    );
  });

  it('extracts the VAT contained in a VAT-inclusive price at 25.5 %', () => {
    // 125.50 € incl. 25.5 % VAT contains exactly 25.50 € of VAT.
    expect(vatIncluded(money(12550), 25.5).amount).to.equal(2550);
    expect(vatIncluded(money(1000), 14).amount).to.equal(123);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (gross) => {
        const vat = vatIncluded(money(gross), 25.5).amount;
        // Within half a cent of the exact share gross × 25.5 / 125.5.
        expect(Math.abs((gross * 25.5) / 125.5 - vat)).to.be.at.most(0.5 + 1e-9 * gross);
      }),
    );
  });

  it('multiplies and takes percentages in whole cents', () => {
    expect(multiplyMoney(money(1999), 3).amount).to.equal(5997);
    expect(percentOf(money(1999), 10).amount).to.equal(200);
    expect(() => multiplyMoney(money(100), 1.5)).to.throw(RangeError, /whole number/);
  });

  it('never formats money it cannot vouch for: NaN, infinite, fractional, negative or huge amounts give no text', () => {
    for (const amount of [NaN, Infinity, -Infinity, 12.5, -100, 1e308, -1e308]) {
      expect(formatMoney({ amount, currency: 'EUR' }, 'en'), String(amount)).to.equal('');
    }
    expect(formatMoney({ amount: 100, currency: 'euro' }, 'en')).to.equal('');
    expect(formatMoney(null as unknown as Money, 'en')).to.equal('');
  });
});

describe('cart pricing', () => {
  it('applies discounts, never below zero, and keeps VAT exact', () => {
    const lines = [
      { unitPrice: money(10000), quantity: 2, vatRate: 25.5 },
      { unitPrice: money(2500), quantity: 1, vatRate: 25.5 },
    ];
    const totals = priceCart(lines, [{ code: 'WELCOME10', description: '', kind: 'percent', value: 10 }], money(590));
    expect(totals.subtotal.amount).to.equal(22500);
    expect(totals.discountTotal.amount).to.equal(2250);
    expect(totals.total.amount).to.equal(22500 - 2250 + 590);
    const huge = priceCart(lines, [{ code: 'X', description: '', kind: 'fixed', value: 99999999 }], null);
    expect(huge.total.amount).to.equal(0);
    expect(huge.vat.amount).to.equal(0);
  });

  it('measures the way to free delivery', () => {
    const p = freeShippingProgress(money(8760), money(10000));
    expect(p.remaining.amount).to.equal(1240);
    expect(p.reached).to.equal(false);
    expect(freeShippingProgress(money(12000), money(10000)).reached).to.equal(true);
  });

  it('corrects typed quantities to the nearest allowed value, never to zero', () => {
    const limits = { min: 1, max: 5, step: 1 };
    expect(checkQuantity('abc', limits, 2)).to.deep.equal({ value: 2, problem: 'not-a-number' });
    expect(checkQuantity('-3', limits, 2)).to.deep.equal({ value: 1, problem: 'below-min' });
    expect(checkQuantity('0', limits, 2)).to.deep.equal({ value: 1, problem: 'below-min' });
    expect(checkQuantity('2.5', limits, 2).problem).to.equal('not-a-step');
    expect(checkQuantity('99999999999999999999', limits, 2)).to.deep.equal({ value: 5, problem: 'above-max' });
    expect(checkQuantity(' 3 ', limits, 2)).to.deep.equal({ value: 3, problem: null });
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 20 }), (raw, max) => {
        const { value } = checkQuantity(raw, { min: 1, max, step: 1 }, 1);
        expect(value).to.be.within(1, max);
      }),
    );
  });
});
