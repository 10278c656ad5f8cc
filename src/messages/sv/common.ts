import { plural } from '../catalog.js';
import { type CommonMessages } from '../common.js';

/** Swedish words of common. */
export default {
  loading: 'Laddar…',
  retry: 'Försök igen',
  inStock: (n: number) => (n > 10 ? 'I lager' : `Endast ${n} kvar`),
  outOfStock: 'Slut i lager',
  backorder: (days: number) => `Skickas inom ${days} ${plural('sv', days, { one: 'dag', other: 'dagar' })}`,
  products: 'Produkter',
  productCount: (n: number) => `${n} ${plural('sv', n, { one: 'produkt', other: 'produkter' })}`,
  priceWas: (price: string) => `Tidigare ${price}`,
  vatIncluded: 'Inkl. moms',
  'error.network': 'Vi kunde inte nå butiken. Kontrollera anslutningen och försök igen.',
  'error.timeout': 'Butiken svarar för långsamt. Försök igen.',
  'error.not-found': 'Produkten finns inte längre.',
  'error.out-of-stock': 'Det finns inte tillräckligt i lager för det antalet.',
  'error.invalid-quantity': 'Ange ett heltal, minst 1.',
  'error.invalid-discount-code': 'Rabattkoden gäller inte. Kontrollera stavningen.',
  'error.expired-discount-code': 'Rabattkoden har gått ut.',
  'error.invalid-input': 'Någon uppgift saknas eller är ogiltig.',
  'error.cart-changed': 'Din varukorg har ändrats. Kontrollera den innan du betalar.',
  'error.payment-declined': 'Betalningen avvisades. Prova ett annat betalsätt.',
  'error.malformed-response': 'Butikens svar kunde inte läsas. Försök igen.',
  'error.unknown': 'Något gick fel. Försök igen.',
} satisfies CommonMessages;
