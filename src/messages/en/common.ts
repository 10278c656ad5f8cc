import { plural } from '../catalog.js';

/** English words of common (the shape the other languages follow). */
const messages = {
  loading: 'Loading…',
  retry: 'Try again',
  inStock: (n: number) => (n > 10 ? 'In stock' : `Only ${n} left`),
  outOfStock: 'Out of stock',
  backorder: (days: number) => `Ships in ${days} ${plural('en', days, { one: 'day', other: 'days' })}`,
  products: 'Products',
  productCount: (n: number) => `${n} ${plural('en', n, { one: 'product', other: 'products' })}`,
  priceWas: (price: string) => `Was ${price}`,
  vatIncluded: 'VAT included',
  'error.network': 'We could not reach the shop. Check your connection and try again.',
  'error.timeout': 'The shop is taking too long to answer. Please try again.',
  'error.not-found': 'This item is no longer available.',
  'error.out-of-stock': 'There is not enough stock for that quantity.',
  'error.invalid-quantity': 'Enter a whole number of at least 1.',
  'error.invalid-discount-code': 'That discount code is not valid. Check the spelling.',
  'error.expired-discount-code': 'That discount code has expired.',
  'error.invalid-input': 'Some information is missing or not valid.',
  'error.cart-changed': 'Your cart changed. Please check it before paying.',
  'error.payment-declined': 'The payment was declined. Try another payment method.',
  'error.malformed-response': 'The shop sent something we could not read. Please try again.',
  'error.unknown': 'Something went wrong. Please try again.',
};

export default messages;
