import { type DeliveryKind, pad, type DeliveryMessages } from '../delivery.js';

/** Finnish words of delivery. */
export default {
  today: 'tänään',
  tomorrow: 'huomenna',
  duration: (h: number, m: number) => (h === 0 ? `${m} min` : m === 0 ? `${h} t` : `${h} t ${m} min`),
  clock: (h: number, m: number) => (m === 0 ? `klo ${h}` : `klo ${h}.${pad(m)}`),
  orderWithin: (duration: string, day: string) => `Tilaa ${duration} kuluessa, niin lähetämme ${day}`,
  orderBy: (time: string, day: string) => `Tilaa viimeistään ${time}, niin lähetämme ${day}`,
  ships: (day: string) => `Lähtee ${day}`,
  arrives: (days: string) => `Perillä ${days}`,
  // Place names are not inflected: "noutopisteestä <name>" reads right whatever the name.
  pickup: (days: string, time?: string, place?: string, kind?: DeliveryKind) =>
    `Noudettavissa ${days}${time ? ` ${time} jälkeen` : ''}${place ? ` ${kind === 'store' ? 'myymälästä' : 'noutopisteestä'} ${place}` : ''}`,
  onItsWay: 'Tilauksesi on matkalla',
  shipsLater: (day: string) => `Tilauksesi lähtee ${day}`,
  preparing: 'Keräämme tilaustasi',
  preparingOn: (day: string) => `Keräämme tilauksesi ${day}`,
  itArrives: (days: string) => `se on perillä ${days}`,
  pickItUp: (days: string, time?: string, place?: string, kind?: DeliveryKind) =>
    `nouda se ${days}${time ? ` ${time} jälkeen` : ''}${place ? ` ${kind === 'store' ? 'myymälästä' : 'noutopisteestä'} ${place}` : ''}`,
  free: 'Maksuton',
  methods: 'Toimitustavat',
  updated: (text: string) => `Toimitusarvio päivittyi: ${text}`,
  fallbackDays: (days: string, kind: DeliveryKind) =>
    (kind === 'home' ? `Toimitus noin ${days} arkipäivässä.` : `Noudettavissa noin ${days} arkipäivässä.`),
  fallbackUnknown: 'Toimitusaika vahvistetaan kassalla.',
  storeInStock: (place: string, day: string, time?: string) => `Myymälässä ${place} varastossa: nouda ${day}${time ? ` ${time} jälkeen` : ''}`,
  storeOrderBy: (orderBy: string, day: string, time: string | undefined, place: string) =>
    `Tilaa viimeistään ${orderBy}, nouda ${day}${time ? ` ${time} jälkeen` : ''} myymälästä ${place}`,
  storePickup: (day: string, time: string | undefined, place: string) => `Nouda ${day}${time ? ` ${time} jälkeen` : ''} myymälästä ${place}`,
  storeUnavailable: (place: string) => `Ei saatavilla myymälässä ${place}`,
} satisfies DeliveryMessages;
