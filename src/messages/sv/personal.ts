import { type PersonalMessages } from '../personal.js';

/** Swedish words of personal. */
export default {
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
} satisfies PersonalMessages;
