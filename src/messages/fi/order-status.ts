import { type DeliveryKind } from '../../core/model.js';
import { days, type OrderStatusMessages } from '../order-status.js';

/** Finnish words of order-status. */
export default {
  'stage.received': 'Tilaus vastaanotettu',
  'stage.packed': 'Pakattu',
  'stage.dispatched': 'Lähetetty',
  'stage.out-for-delivery': 'Jakelussa',
  'stage.ready-for-pickup': 'Noudettavissa',
  'stage.delivered': 'Toimitettu',
  'stage.picked-up': 'Noudettu',
  'stage.cancelled': 'Peruttu',
  'stage.returned': 'Palautettu',
  title: (code: string) => `Tilaus ${code}`,
  steps: 'Tilauksen vaiheet',
  done: 'valmis',
  current: 'nykyinen vaihe',
  upcoming: 'ei vielä',
  promised: 'Luvattu',
  arrived: 'Toimitettu',
  ready: 'Noudettavissa',
  notYet: 'Ei vielä',
  // As in the badge: the place name is not inflected, "noutopisteestä <name>" reads right whatever the name.
  readyAt: (place: string, until?: string, kind?: DeliveryKind) =>
    `Noudettavissa ${kind === 'store' ? 'myymälästä' : 'noutopisteestä'} ${place}${until ? ` ${until} asti` : ''}`,
  outForDelivery: 'Tilauksesi on jakelussa tänään',
  delivered: (day: string) => `Toimitettu ${day}`,
  pickedUp: (day: string) => `Noudettu ${day}`,
  cancelled: 'Tilauksesi on peruttu',
  returned: (day: string) => `Palautuksesi saapui ${day}`,
  early: (n: number) => `Se on ${days('fi', n)} etuajassa`,
  late: (n: number) => `Tilauksesi on ${days('fi', n)} myöhässä. Pahoittelemme`,
  wasLate: (n: number) => `Se oli ${days('fi', n)} myöhässä. Pahoittelemme`,
  compensation: (worth: string, code: string) => `Pahoittelumme merkiksi saat seuraavasta tilauksestasi ${worth} alennusta koodilla ${code}`,
  validUntil: (day: string) => `Voimassa ${day} asti`,
  lookup: 'Etsi tilauksesi',
  orderCode: 'Tilausnumero',
  email: 'Sähköposti',
  show: 'Näytä tilaus',
  notFound: 'Emme löytäneet tilausta tällä numerolla ja sähköpostilla. Tarkista molemmat ja yritä uudelleen.',
  updated: (text: string) => `Tilauksen tila päivittyi: ${text}`,
} satisfies OrderStatusMessages;
