import { type ProductMessages } from '../product.js';

/** Finnish words of product. */
export default {
  soldOut: 'Loppuunmyyty',
  notAvailable: 'Ei saatavilla tässä yhdistelmässä',
  shipsOn: (date: string) => `Lähtee ${date}`,
  variantPrice: (price: string) => `Hinta ${price}`,
  images: 'Tuotekuvat',
  showImage: (n: number, total: number, alt: string) => `Kuva ${n}/${total}${alt ? `: ${alt}` : ''}`,
  noImage: 'Ei kuvaa',
  stores: 'Nouto myymälästä',
  storesLoading: 'Tarkistetaan myymälöitä…',
  storesError: 'Myymälöiden saldoa ei voitu tarkistaa.',
  storesNone: 'Kaupalla ei ole myymälöitä.',
  chooseVariant: 'Valitse vaihtoehto nähdäksesi myymälöiden saldon.',
  description: 'Kuvaus',
  specifications: 'Tekniset tiedot',
  sku: 'Tuotekoodi',
  quantity: 'Määrä',
  notFound: 'Tuotetta ei löytynyt.',
} satisfies ProductMessages;
