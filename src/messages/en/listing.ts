/** English words of listing (the shape the other languages follow). */
const messages = {
  sort: 'Sort by',
  'sort.relevance': 'Relevance',
  'sort.price-asc': 'Price, low to high',
  'sort.price-desc': 'Price, high to low',
  'sort.newest': 'Newest',
  filters: 'Filters',
  'facet.category': 'Category',
  'facet.brand': 'Brand',
  'facet.price': 'Price',
  'facet.stock': 'Availability',
  'facet.promise': 'Delivery',
  inStock: 'In stock',
  arrivesBy: (date: string) => `Arrives by ${date}`,
  pickupBy: (date: string) => `Pick up in store by ${date}`,
  priceFrom: (price: string) => `${price} and up`,
  showMore: 'Show more',
  shown: (shown: number, total: number) => `Showing ${shown} of ${total}`,
  empty: 'No products match these filters.',
  loosen: 'Try removing a filter:',
  remove: (what: string) => `Remove ${what}`,
  clearAll: 'Clear all filters',
  done: 'Done',
};

export default messages;
