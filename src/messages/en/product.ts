/** English words of product (the shape the other languages follow). */
const messages = {
  soldOut: 'Sold out',
  notAvailable: 'Not available in this combination',
  shipsOn: (date: string) => `Ships ${date}`,
  variantPrice: (price: string) => `Price ${price}`,
};

export default messages;
