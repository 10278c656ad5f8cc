import { defineMessages } from './catalog.js';

/** Words of the product page: the variant picker, gallery and store availability. */
export const productMessages = defineMessages({
  en: {
    soldOut: 'Sold out',
    notAvailable: 'Not available in this combination',
    shipsOn: (date: string) => `Ships ${date}`,
    variantPrice: (price: string) => `Price ${price}`,
  },
  fi: {
    soldOut: 'Loppuunmyyty',
    notAvailable: 'Ei saatavilla tässä yhdistelmässä',
    shipsOn: (date: string) => `Lähtee ${date}`,
    variantPrice: (price: string) => `Hinta ${price}`,
  },
  sv: {
    soldOut: 'Slutsåld',
    notAvailable: 'Finns inte i den här kombinationen',
    shipsOn: (date: string) => `Skickas ${date}`,
    variantPrice: (price: string) => `Pris ${price}`,
  },
});
