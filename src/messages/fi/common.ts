import { plural } from '../catalog.js';
import { type CommonMessages } from '../common.js';

/** Finnish words of common. */
export default {
  loading: 'Ladataan…',
  retry: 'Yritä uudelleen',
  inStock: (n: number) => (n > 10 ? 'Varastossa' : `Vain ${n} jäljellä`),
  outOfStock: 'Loppu varastosta',
  backorder: (days: number) => `Lähtee ${days} ${plural('fi', days, { one: 'päivässä', other: 'päivässä' })}`,
  products: 'Tuotteet',
  productCount: (n: number) => `${n} ${plural('fi', n, { one: 'tuote', other: 'tuotetta' })}`,
  priceWas: (price: string) => `Ennen ${price}`,
  vatIncluded: 'Sis. ALV',
  'error.network': 'Kauppaan ei saatu yhteyttä. Tarkista yhteys ja yritä uudelleen.',
  'error.timeout': 'Kauppa vastaa liian hitaasti. Yritä uudelleen.',
  'error.not-found': 'Tuote ei ole enää saatavilla.',
  'error.out-of-stock': 'Varastossa ei ole tarpeeksi tuotteita tälle määrälle.',
  'error.invalid-quantity': 'Anna kokonaisluku, vähintään 1.',
  'error.invalid-discount-code': 'Alennuskoodi ei kelpaa. Tarkista kirjoitusasu.',
  'error.expired-discount-code': 'Alennuskoodi on vanhentunut.',
  'error.invalid-input': 'Jokin tieto puuttuu tai on virheellinen.',
  'error.cart-changed': 'Ostoskorisi muuttui. Tarkista se ennen maksamista.',
  'error.payment-declined': 'Maksu hylättiin. Kokeile toista maksutapaa.',
  'error.malformed-response': 'Kaupan vastausta ei voitu lukea. Yritä uudelleen.',
  'error.unknown': 'Jokin meni vikaan. Yritä uudelleen.',
} satisfies CommonMessages;
