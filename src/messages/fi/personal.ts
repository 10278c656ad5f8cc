import { type PersonalMessages } from '../personal.js';

/** Finnish words of personal. */
export default {
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
} satisfies PersonalMessages;
