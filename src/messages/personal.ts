import { defineMessages } from './catalog.js';
import { formatDeliveryDate } from './describe-delivery.js';
import { cardStock } from '../core/catalogue.js';
import { promiseDelivery } from '../core/delivery/engine.js';
import { zonedDate } from '../core/delivery/dates.js';
import type { Locale } from '../core/locale.js';
import type { DeliveryMethod, Product } from '../core/model.js';

/** Words of the personal elements: recently viewed, recommendations, welcome back and recent searches. */
export const personalMessages = defineMessages({
  en: {
    recentlyViewed: 'Recently viewed',
    'strategy.complete-the-look': 'Complete the look',
    'strategy.because-you-viewed': 'Because you viewed this',
    'strategy.popular-in-category': 'Popular in this category',
    recentSearches: 'Recent searches',
    removeSearch: (text: string) => `Remove “${text}” from recent searches`,
    searchRemoved: (text: string) => `Removed “${text}” from recent searches`,
    welcomeTitle: 'Welcome back',
    stillThinking: (name: string) => `Still thinking about the ${name}?`,
    inStock: 'It is in stock.',
    inStockShipsToday: 'It is in stock and ships today.',
    inStockShipsTomorrow: 'It is in stock and ships tomorrow.',
    inStockShipsOn: (date: string) => `It is in stock and ships ${date}.`,
    backorder: (date: string) => `It can be ordered now and ships ${date}.`,
    soldOut: 'It is sold out at the moment.',
    seeIt: (name: string) => `See the ${name}`,
    goesWith: 'Goes well with it:',
    dismiss: 'Dismiss',
  },
  fi: {
    recentlyViewed: 'Viimeksi katsotut',
    'strategy.complete-the-look': 'Täydennä varustus',
    'strategy.because-you-viewed': 'Koska katsoit tätä',
    'strategy.popular-in-category': 'Suosittuja tässä kategoriassa',
    recentSearches: 'Viimeisimmät haut',
    removeSearch: (text: string) => `Poista ”${text}” viimeisimmistä hauista`,
    searchRemoved: (text: string) => `”${text}” poistettu viimeisimmistä hauista`,
    welcomeTitle: 'Tervetuloa takaisin',
    stillThinking: (name: string) => `Vieläkö mietit tuotetta ${name}?`,
    inStock: 'Sitä on varastossa.',
    inStockShipsToday: 'Sitä on varastossa, ja se lähtee tänään.',
    inStockShipsTomorrow: 'Sitä on varastossa, ja se lähtee huomenna.',
    inStockShipsOn: (date: string) => `Sitä on varastossa, ja se lähtee ${date}.`,
    backorder: (date: string) => `Sen voi tilata nyt, ja se lähtee ${date}.`,
    soldOut: 'Se on tällä hetkellä loppuunmyyty.',
    seeIt: (name: string) => `Katso ${name}`,
    goesWith: 'Sopii yhteen:',
    dismiss: 'Sulje',
  },
  sv: {
    recentlyViewed: 'Senast visade',
    'strategy.complete-the-look': 'Komplettera utrustningen',
    'strategy.because-you-viewed': 'För att du tittade på detta',
    'strategy.popular-in-category': 'Populärt i kategorin',
    recentSearches: 'Senaste sökningar',
    removeSearch: (text: string) => `Ta bort ”${text}” från senaste sökningar`,
    searchRemoved: (text: string) => `”${text}” borttagen från senaste sökningar`,
    welcomeTitle: 'Välkommen tillbaka',
    stillThinking: (name: string) => `Funderar du fortfarande på ${name}?`,
    inStock: 'Den finns i lager.',
    inStockShipsToday: 'Den finns i lager och skickas i dag.',
    inStockShipsTomorrow: 'Den finns i lager och skickas i morgon.',
    inStockShipsOn: (date: string) => `Den finns i lager och skickas ${date}.`,
    backorder: (date: string) => `Den kan beställas nu och skickas ${date}.`,
    soldOut: 'Den är slutsåld just nu.',
    seeIt: (name: string) => `Visa ${name}`,
    goesWith: 'Passar bra ihop med:',
    dismiss: 'Stäng',
  },
});

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
