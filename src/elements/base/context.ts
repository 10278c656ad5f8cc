import { createContext } from '@lit/context';
import type { CommerceAdapter } from '../../core/adapter.js';
import type { CartModel } from '../../core/lazy-cart-store.js';
import type { ShopHistory } from './shop-history.js';
import type { Locale } from '../../core/locale.js';
import type { ProductHref } from '../../core/url.js';
import type { ShopSnapshot } from '../../core/snapshot.js';
import type { ExperimentsService } from '../../services/experiments/types.js';
import type { TelemetryService } from '../../services/telemetry/types.js';

/** Every service kit elements receive from `<sf-shop>`, keyed here and nowhere else. */

/** Shop-wide settings: a new object whenever one of them changes. */
export interface ShopSettings {
  locale: Locale;
  currency: string;
  /** IANA zone the shop's promises are computed in. */
  timeZone: string;
  /** Where product pages live (`<sf-shop product-href>`): every element that links a product uses it. */
  productHref: ProductHref;
  /**
   * ISO 3166-1 alpha-2 code of the country the shop ships to (`FI`, `SE` …): the checkout's address and postal
   * code rules. Optional for providers written before it existed; elements read it as `FI` then.
   */
  country?: string;
  /** Where cart forms post without JavaScript (`<sf-shop cart-action>`), before the URL policy; unset: no forms. */
  cartAction?: string;
}

export const commerceContext = createContext<CommerceAdapter | undefined>(Symbol('sf-commerce'));
export const shopContext = createContext<ShopSettings>(Symbol('sf-shop-settings'));
export const cartContext = createContext<CartModel | undefined>(Symbol('sf-cart-store'));
export const telemetryContext = createContext<TelemetryService | undefined>(Symbol('sf-telemetry'));
export const experimentsContext = createContext<ExperimentsService | undefined>(Symbol('sf-experiments'));
/**
 * The shopper's own history (`<sf-shop consent>`) and the shop's consent: a `ShopHistory`, whose `history` is the
 * `ShoppingHistory` once it has loaded (on demand). Undefined on the server and before connection.
 */
export const historyContext = createContext<ShopHistory | undefined>(Symbol('sf-history'));
/** Data the server loaded for this page (see core/snapshot.ts): elements render it instead of loading it. */
export const snapshotContext = createContext<ShopSnapshot | undefined>(Symbol('sf-snapshot'));
