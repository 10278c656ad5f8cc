/** English words of personal (the shape the other languages follow). */
const messages = {
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
};

export default messages;
