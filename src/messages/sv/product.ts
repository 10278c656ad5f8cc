import { type ProductMessages } from '../product.js';

/** Swedish words of product. */
export default {
  soldOut: 'Slutsåld',
  notAvailable: 'Finns inte i den här kombinationen',
  shipsOn: (date: string) => `Skickas ${date}`,
  variantPrice: (price: string) => `Pris ${price}`,
  images: 'Produktbilder',
  showImage: (n: number, total: number, alt: string) => `Bild ${n} av ${total}${alt ? `: ${alt}` : ''}`,
  noImage: 'Ingen bild',
  stores: 'Hämta i butik',
  storesLoading: 'Kontrollerar butikerna…',
  storesError: 'Butikernas lager kunde inte kontrolleras.',
  storesNone: 'Butiken har inga fysiska butiker.',
  chooseVariant: 'Välj ett alternativ för att se butikernas lager.',
  description: 'Beskrivning',
  specifications: 'Specifikationer',
  sku: 'Produktkod',
  quantity: 'Antal',
  notFound: 'Produkten kunde inte hittas.',
} satisfies ProductMessages;
