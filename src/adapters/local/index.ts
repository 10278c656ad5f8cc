/** storefront-elements/local: the embedded demo backend, a Nordic bicycle shop that runs in the page. */
export {
  LocalCommerceAdapter, defaultCompensation, type LocalCommerceAdapterOptions, type SimulatedFaults, type AdapterMethod,
} from './local-adapter.js';
export { simulateProgress, PICKUP_KEEP_DAYS, type OrderFate } from './progress.js';
export {
  PRODUCT_SEED, CATEGORY_SEED, DELIVERY_METHODS, PICKUP_POINTS, PAYMENT_METHODS, DISCOUNT_RULES, STORES, FREE_SHIPPING_THRESHOLD,
  VAT_RATE, buildCatalog, demoCatalog, type CatalogProductSeed, type ImageName, type LocalCatalog, type LocalDiscountRule, type LocalStore,
} from './catalog.js';
export {
  documentCookieJar, requestCookieJar, readCookie, encodeCartCookie, decodeCartCookie, cartSetCookie, CART_COOKIE_MAX_VALUE,
  type CookieJar, type CartCookieOptions, type CookieCart,
} from './cart-cookie.js';
