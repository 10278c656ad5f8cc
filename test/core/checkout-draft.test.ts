import { expect } from '@open-wc/testing';
import { CheckoutDraftStore, sanitizeDraft, withIdempotencyKey } from '../../src/core/checkout-draft.js';
import { emptyDraft } from '../../src/core/checkout.js';
import { createSafeStorage } from '../../src/core/storage.js';
import type { Order } from '../../src/core/model.js';
import { throwingStorage, uniqueKey } from '../helpers/shop.js';

function memoryStorage() {
  const data = new Map<string, string>();
  const backing = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  return { data, storage: createSafeStorage(() => backing) };
}

describe('checkout draft persistence', () => {
  it('keeps the draft in sessionStorage by default and reads it back', () => {
    const key = uniqueKey('draft');
    const store = new CheckoutDraftStore(key);
    const draft = { ...emptyDraft(), step: 'delivery' as const, contact: { email: 'aino@example.fi', phone: '040 1234567' } };
    store.save(draft);
    expect(sessionStorage.getItem(`${key}:draft`)).to.contain('aino@example.fi');
    expect(new CheckoutDraftStore(key).load()).to.deep.equal(draft);
    store.clear();
    expect(sessionStorage.getItem(`${key}:draft`)).to.equal(null);
  });

  it('never writes payment details, whatever the caller hands it', () => {
    const { data, storage } = memoryStorage();
    const store = new CheckoutDraftStore('k', storage);
    const sneaky = { ...emptyDraft(), cardNumber: '4242424242424242', card: { cvc: '123' }, contact: { email: 'a@b.fi', phone: '', cvc: '123' } };
    store.save(sneaky as never);
    const written = [...data.values()].join();
    expect(written).not.to.contain('4242').and.not.to.contain('cvc').and.not.to.contain('123');
  });

  it('starts over from unreadable or foreign stored data', () => {
    const { storage } = memoryStorage();
    storage.set('k:draft', '{not json');
    expect(new CheckoutDraftStore('k', storage).load()).to.deep.equal(emptyDraft());
    expect(sanitizeDraft({ schema: 2, step: 'review' })).to.deep.equal(emptyDraft());
    expect(sanitizeDraft({ schema: 1, step: 'shipping', contact: { email: 42 } }).step).to.equal('contact');
  });

  it('keeps working in memory when storage throws', () => {
    const store = new CheckoutDraftStore('k', throwingStorage());
    store.save({ ...emptyDraft(), step: 'payment' });
    expect(store.load().step).to.equal('payment');
  });

  it('keeps one idempotency key until the order succeeds, then starts a new checkout without it', () => {
    const { storage } = memoryStorage();
    const store = new CheckoutDraftStore('k', storage);
    let n = 0;
    const make = () => `key-${(n += 1)}`;
    const withKey = withIdempotencyKey({ ...emptyDraft(), contact: { email: 'a@b.fi', phone: '0401234567' } }, make);
    expect(withKey.idempotencyKey).to.equal('key-1');
    expect(withIdempotencyKey(withKey, make).idempotencyKey, 'retries reuse it').to.equal('key-1');
    store.save(withKey);
    expect(store.load().idempotencyKey, 'it survives a reload').to.equal('key-1');
    const placed = store.load();
    const next = store.complete({ code: 'PP-1', lines: [] } as unknown as Order, placed, { keepDetails: true });
    expect(next.idempotencyKey).to.equal(null);
    expect(next.contact.email, 'kept when the consent allows it').to.equal('a@b.fi');
    const bare = new CheckoutDraftStore('k2', storage).complete({ code: 'PP-2', lines: [] } as unknown as Order, placed);
    expect(bare.contact, 'by default nothing about the shopper outlives the order').to.deep.equal(emptyDraft().contact);
    expect(storage.get('k2:draft'), 'nor is it stored').to.not.include('a@b.fi');
    expect(store.loadPlacedOrder()?.code).to.equal('PP-1');
    expect(withIdempotencyKey(next, make).idempotencyKey).to.equal('key-2');
    expect(withIdempotencyKey(emptyDraft()).idempotencyKey).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
