/** The pure domain logic: no DOM, no Lit. Runs in Node as well as the browser. */
export * from './money.js';
export * from './locale.js';
export * from './cart.js';
export * from './model.js';
export * from './errors.js';
export type { CommerceAdapter } from './adapter.js';
export * from './clock.js';
export * from './storage.js';
export * from './url.js';
export * from './delivery/index.js';
export * from './feedback.js';
export * from './cart-store.js';
export * from './contrast.js';
export * from './checkout.js';
export * from './checkout-draft.js';
export { validateCart, validateProduct, validateProductPage, validateProducts, validateCategories, validateDeliveryMethods, validatePickupPoints, validatePaymentMethods, validateOrder, type ValidateOptions } from './validate.js';
export * from './navigation.js';
export * from './variants.js';
