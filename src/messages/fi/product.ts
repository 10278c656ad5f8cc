import { type ProductMessages } from '../product.js';

/** Finnish words of product. */
export default {
  soldOut: 'Loppuunmyyty',
  notAvailable: 'Ei saatavilla tässä yhdistelmässä',
  shipsOn: (date: string) => `Lähtee ${date}`,
  variantPrice: (price: string) => `Hinta ${price}`,
} satisfies ProductMessages;
