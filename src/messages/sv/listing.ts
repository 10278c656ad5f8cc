import { type ListingMessages } from '../listing.js';

/** Swedish words of listing. */
export default {
  sort: 'Sortera',
  'sort.relevance': 'Relevans',
  'sort.price-asc': 'Lägsta pris först',
  'sort.price-desc': 'Högsta pris först',
  'sort.newest': 'Nyaste',
  filters: 'Filter',
  'facet.category': 'Kategori',
  'facet.brand': 'Märke',
  'facet.price': 'Pris',
  'facet.stock': 'Tillgänglighet',
  'facet.promise': 'Leverans',
  inStock: 'I lager',
  arrivesBy: (date: string) => `Framme senast ${date}`,
  pickupBy: (date: string) => `Hämta i butik senast ${date}`,
  priceFrom: (price: string) => `${price} och uppåt`,
  showMore: 'Visa fler',
  shown: (shown: number, total: number) => `Visar ${shown} av ${total}`,
  empty: 'Inga produkter matchar filtren.',
  loosen: 'Prova att ta bort ett filter:',
  remove: (what: string) => `Ta bort ${what}`,
  clearAll: 'Rensa alla filter',
  done: 'Klar',
} satisfies ListingMessages;
