import '../../src/messages/locales/all.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addressRules, cartChanges, changedSinceReview, checkoutTotals, completedSteps, deliveryPrice, emptyDraft, formatPhone, luhnValid,
  normalisePhone, reachableStep, snapshotCart, stepErrors, validateCardExpiry, validateCardNumber, validateEmail,
  validatePhone, validatePostalCode, type CheckoutDraft,
} from '../../src/core/checkout.js';
import { fieldErrorMessage } from '../../src/messages/checkout.js';
import type { Cart, CartLine, DeliveryMethod } from '../../src/core/model.js';
import { money } from '../../src/core/money.js';

const NOW = new Date('2026-03-10T07:00:00Z');

function line(id: string, price: number, quantity = 1, extra: Partial<CartLine> = {}): CartLine {
  return {
    id, productId: `p-${id}`, variantId: `v-${id}`, name: `Product ${id}`, variantName: '', unitPrice: money(price),
    quantity, lineTotal: money(price * quantity), available: 10, minQuantity: 1, maxQuantity: 10, quantityStep: 1, ...extra,
  };
}

function cart(lines: CartLine[], extra: Partial<Cart> = {}): Cart {
  const subtotal = lines.reduce((n, l) => n + l.lineTotal.amount, 0);
  return {
    id: 'C1', lines, itemCount: lines.length, subtotal: money(subtotal), discounts: [], discountTotal: money(0),
    shippingEstimate: money(590), total: money(subtotal + 590), vat: money(Math.round(((subtotal + 590) * 255) / 1255)),
    currency: 'EUR', revision: 3, ...extra,
  };
}

const filled = (): CheckoutDraft => ({
  ...emptyDraft(),
  contact: { email: 'aino@example.fi', phone: '040 123 4567' },
  address: { name: 'Aino', street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki' },
  deliveryMethodId: 'home', deliveryKind: 'home', paymentMethodId: 'invoice', paymentKind: 'invoice',
});

describe('checkout validation', () => {
  it('says what is wrong with an email address so it can be fixed', () => {
    expect(validateEmail('')).to.equal('required');
    expect(validateEmail('aino')).to.equal('email-missing-at');
    expect(validateEmail('aino@example')).to.equal('email-missing-domain');
    expect(validateEmail('aino @example.fi')).to.equal('email-spaces');
    expect(validateEmail('@example.fi')).to.equal('email-format');
    expect(validateEmail('  aino.virtanen+bike@example.fi ')).to.equal(null);
    expect(fieldErrorMessage('en', 'email', 'required')).to.equal('Enter your email address');
    expect(fieldErrorMessage('sv', 'email', 'email-missing-at')).to.contain('@');
    expect(fieldErrorMessage('fi', 'city', 'required')).to.equal('Kirjoita postitoimipaikka, esimerkiksi Helsinki');
  });

  it('reads Finnish and international phone numbers as typed and normalises them to E.164', () => {
    expect(normalisePhone('040 123 4567')).to.equal('+358401234567');
    expect(normalisePhone('(09) 123 456')).to.equal('+3589123456');
    expect(normalisePhone('+358 40-123 4567')).to.equal('+358401234567');
    expect(normalisePhone('00358401234567')).to.equal('+358401234567');
    expect(normalisePhone('+46 70 123 45 67')).to.equal('+46701234567');
    expect(formatPhone('+358401234567')).to.equal('+358 40 1234567');
    expect(validatePhone('')).to.equal('required');
    expect(validatePhone('401234567'), 'no prefix and no trunk 0').to.equal('phone-format');
    expect(validatePhone('040 12')).to.equal('phone-too-short');
    expect(validatePhone('+46 70 123 45 67 89 01 23')).to.equal('phone-too-long');
    expect(validatePhone('040 CALL ME')).to.equal('phone-format');
  });

  it('gives the same E.164 number whatever separators a Finnish number is typed with (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{6,9}$/), fc.array(fc.constantFrom(' ', '-', ''), { minLength: 12, maxLength: 12 }), (digits, seps) => {
        const typed = `0${[...digits].map((d, i) => d + (seps[i] ?? '')).join('')}`;
        const e164 = normalisePhone(typed);
        expect(e164).to.equal(`+358${digits}`);
        expect(normalisePhone(e164!)).to.equal(e164);
      }),
    );
  });

  it('accepts a Finnish postal code of exactly five digits', () => {
    expect(validatePostalCode(' 00100 ')).to.equal(null);
    expect(validatePostalCode('0010')).to.equal('postal-code-format');
    expect(validatePostalCode('00100A')).to.equal('postal-code-format');
    expect(validatePostalCode('')).to.equal('required');
  });

  it("checks postal codes by the shipping country, or by the backend's own pattern", () => {
    const sweden = addressRules('se');
    expect(sweden.country).to.equal('SE');
    expect(validatePostalCode('123 45', sweden)).to.equal(null);
    expect(validatePostalCode('12345', sweden)).to.equal(null);
    expect(validatePostalCode('12 345', sweden)).to.equal('postal-code-format');
    expect(validatePostalCode('123 45'), 'not a Finnish one').to.equal('postal-code-format');
    expect(fieldErrorMessage('sv', 'postalCode', 'postal-code-format', sweden.postalCode)).to.equal('Ange postnumret med 5 siffror, till exempel 113 51');
    expect(fieldErrorMessage('fi', 'postalCode', 'postal-code-format')).to.equal('Kirjoita postinumero viitenä numerona, esimerkiksi 00100');
    const backend = addressRules('FI', /^\d{4}$/);
    expect(validatePostalCode('0150', backend)).to.equal(null);
    expect(validatePostalCode('00100', backend)).to.equal('postal-code-format');
    expect(fieldErrorMessage('en', 'postalCode', 'postal-code-format', backend.postalCode)).to.contain('Check the postal code');
    const draft = { ...filled(), address: { ...filled().address, postalCode: '123 45' } };
    expect(reachableStep('payment', draft, null, NOW), 'Finnish by default').to.equal('delivery');
    expect(reachableStep('payment', draft, null, NOW, sweden)).to.equal('payment');
  });

  it('checks card numbers with Luhn and expiry against the clock', () => {
    expect(validateCardNumber('4242 4242 4242 4242')).to.equal(null);
    expect(validateCardNumber('4242 4242 4242 4241')).to.equal('card-number-invalid');
    expect(validateCardNumber('4242')).to.equal('card-number-format');
    expect(validateCardExpiry('03/26', NOW), 'valid through the end of its month').to.equal(null);
    expect(validateCardExpiry('02/26', NOW)).to.equal('card-expired');
    expect(validateCardExpiry('13/30', NOW)).to.equal('card-expiry-format');
    expect(validateCardExpiry('1230', NOW)).to.equal(null);
  });

  it('finds the Luhn check digit for any number (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11,18}$/), (body) => {
        const valid = [...'0123456789'].filter((d) => luhnValid(body + d));
        expect(valid).to.have.length(1);
      }),
    );
  });
});

describe('checkout step machine', () => {
  it('never skips an incomplete step, and keeps card details out of a restored review', () => {
    const draft = filled();
    expect(reachableStep('review', { ...draft, contact: { email: '', phone: '' } }, null, NOW)).to.equal('contact');
    expect(reachableStep('payment', { ...draft, address: { ...draft.address, postalCode: '123' } }, null, NOW)).to.equal('delivery');
    expect(reachableStep('review', draft, null, NOW)).to.equal('review');
    const card = { ...draft, paymentMethodId: 'card', paymentKind: 'card' as const };
    expect(reachableStep('review', card, null, NOW), 'card details must be typed again').to.equal('payment');
    expect(reachableStep('review', card, { number: '4242424242424242', expiry: '12/30', cvc: '123' }, NOW)).to.equal('review');
    expect(completedSteps('review', draft, null, NOW)).to.deep.equal(['contact', 'delivery', 'payment']);
  });

  it('needs a pickup point for pickup and store delivery', () => {
    const draft = { ...filled(), deliveryMethodId: 'pickup-point', deliveryKind: 'pickup-point' as const };
    expect(stepErrors('delivery', draft, null, NOW)).to.deep.equal({ pickupPoint: 'choose-pickup-point' });
    expect(stepErrors('delivery', { ...draft, pickupPointId: 'mh-kamppi' }, null, NOW)).to.deep.equal({});
  });
});

describe('checkout money and cart changes', () => {
  const home: DeliveryMethod = {
    id: 'home', kind: 'home', name: 'Home', carrier: 'Posti', price: money(990), freeFrom: money(10000),
    promise: { timeZone: 'Europe/Helsinki', cutoff: '14:00', transitDays: 1 },
  };

  it('prices delivery free from its threshold and swaps the estimate for the chosen delivery', () => {
    const small = cart([line('a', 5000)]);
    expect(deliveryPrice(home, small).amount).to.equal(990);
    expect(deliveryPrice(home, cart([line('a', 10000)])).amount).to.equal(0);
    const totals = checkoutTotals(small, money(990));
    expect(totals.total.amount).to.equal(5990);
  });

  it('keeps totals consistent for any cart and shipping (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500000 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 5000 }), (prices, ship) => {
        const c = cart(prices.map((p, i) => line(String(i), p)));
        const t = checkoutTotals(c, money(ship));
        expect(t.total.amount).to.equal(c.subtotal.amount - c.discountTotal.amount + ship);
        expect(t.vat.amount).to.be.within(0, t.total.amount);
      }),
    );
  });

  it('tells what changed since the review and since the line was added', () => {
    const before = cart([line('a', 14900), line('b', 3400, 2)]);
    const snap = snapshotCart(before);
    expect(changedSinceReview(before, snap)).to.equal(false);
    const after = cart([line('a', 12900), line('b', 3400, 2, { issue: { kind: 'stock-reduced', available: 1 } }), line('c', 100)]);
    expect(changedSinceReview(after, snap)).to.equal(true);
    expect(cartChanges(after, snap)).to.deep.equal([
      { kind: 'price-changed', lineId: 'a', name: 'Product a', previous: money(14900), current: money(12900) },
      { kind: 'stock-reduced', lineId: 'b', name: 'Product b', available: 1 },
      { kind: 'added', lineId: 'c', name: 'Product c' },
    ]);
    const fromCart = cart([line('a', 12900, 1, { issue: { kind: 'price-changed', previous: money(14900) } })]);
    expect(cartChanges(fromCart, null)).to.deep.equal([
      { kind: 'price-changed', lineId: 'a', name: 'Product a', previous: money(14900), current: money(12900) },
    ]);
    expect(cartChanges(cart([line('b', 3400, 2)]), snap)).to.deep.equal([{ kind: 'removed', lineId: 'a', name: 'Product a' }]);
  });
});
