import { type ProductMessages } from '../product.js';

/** Swedish words of product. */
export default {
  soldOut: 'Slutsåld',
  notAvailable: 'Finns inte i den här kombinationen',
  shipsOn: (date: string) => `Skickas ${date}`,
  variantPrice: (price: string) => `Pris ${price}`,
} satisfies ProductMessages;
