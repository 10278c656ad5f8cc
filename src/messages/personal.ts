import { lazyCatalog } from './catalog.js';
import { formatDeliveryDate } from './describe-delivery.js';
import { cardStock } from '../core/catalogue.js';
import { promiseDelivery } from '../core/delivery/engine.js';
import { zonedDate } from '../core/delivery/dates.js';
import type { Locale } from '../core/locale.js';
import type { DeliveryMethod, Product } from '../core/model.js';
import type enMessages from './en/personal.js';

/** The shape of personal's words (English is the source; Finnish and Swedish are checked against it). */
export type PersonalMessages = typeof enMessages;

/** Words of the personal elements: recently viewed, recommendations, welcome back and recent searches. */
export const personalMessages = lazyCatalog('personal');

/**
 * "It is in stock and ships today." for a product, by the promise of a delivery method (the shop's home
 * delivery): what the welcome-back line says after the product's name. Without a method, stock alone.
 */
export function describeAvailability(
  product: Product,
  options: { method?: DeliveryMethod | undefined; now: Date; timeZone: string; locale: Locale },
): string {
  const t = personalMessages[options.locale];
  const stock = cardStock(product);
  if (stock.available <= 0 && !stock.restockDays) return t.soldOut;
  if (!options.method) return stock.available > 0 ? t.inStock : t.soldOut;
  let dispatch: string;
  try {
    dispatch = promiseDelivery({
      ...options.method.promise, now: options.now, timeZone: options.timeZone,
      stock: { available: stock.available, restockDays: stock.restockDays ?? 0 },
    }).dispatchDate;
  } catch {
    return stock.available > 0 ? t.inStock : t.soldOut;
  }
  const today = zonedDate(options.now, options.timeZone);
  const date = formatDeliveryDate(dispatch, options.locale);
  if (stock.available <= 0) return t.backorder(date);
  if (dispatch === today) return t.inStockShipsToday;
  const tomorrow = zonedDate(new Date(options.now.getTime() + 86_400_000), options.timeZone);
  return dispatch === tomorrow ? t.inStockShipsTomorrow : t.inStockShipsOn(date);
}
