import { type ListingMessages } from '../listing.js';

/** Finnish words of listing. */
export default {
  sort: 'Järjestys',
  'sort.relevance': 'Osuvimmat',
  'sort.price-asc': 'Halvin ensin',
  'sort.price-desc': 'Kallein ensin',
  'sort.newest': 'Uusimmat',
  filters: 'Suodattimet',
  'facet.category': 'Kategoria',
  'facet.brand': 'Merkki',
  'facet.price': 'Hinta',
  'facet.stock': 'Saatavuus',
  'facet.promise': 'Toimitus',
  inStock: 'Varastossa',
  arrivesBy: (date: string) => `Perillä viimeistään ${date}`,
  pickupBy: (date: string) => `Noudettavissa myymälästä viimeistään ${date}`,
  priceFrom: (price: string) => `${price} ja yli`,
  showMore: 'Näytä lisää',
  shown: (shown: number, total: number) => `Näytetään ${shown}/${total}`,
  empty: 'Yksikään tuote ei vastaa suodattimia.',
  loosen: 'Kokeile poistaa suodatin:',
  remove: (what: string) => `Poista ${what}`,
  clearAll: 'Poista kaikki suodattimet',
  done: 'Valmis',
} satisfies ListingMessages;
