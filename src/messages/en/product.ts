/** English words of product (the shape the other languages follow). */
const messages = {
  soldOut: 'Sold out',
  notAvailable: 'Not available in this combination',
  shipsOn: (date: string) => `Ships ${date}`,
  variantPrice: (price: string) => `Price ${price}`,
  images: 'Product images',
  showImage: (n: number, total: number, alt: string) => `Image ${n} of ${total}${alt ? `: ${alt}` : ''}`,
  noImage: 'No image',
  stores: 'Pick up in store',
  storesLoading: 'Checking the stores…',
  storesError: 'Store stock could not be checked.',
  storesNone: 'This shop has no stores.',
  chooseVariant: 'Choose an option to see store stock.',
  description: 'Description',
  specifications: 'Specifications',
  sku: 'Product code',
  quantity: 'Quantity',
  notFound: 'This product could not be found.',
};

export default messages;
