import { type DeliveryKind, pad, type DeliveryMessages } from '../delivery.js';

/** Swedish words of delivery. */
export default {
  today: 'i dag',
  tomorrow: 'i morgon',
  duration: (h: number, m: number) => (h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`),
  clock: (h: number, m: number) => (m === 0 ? `kl. ${h}` : `kl. ${h}.${pad(m)}`),
  orderWithin: (duration: string, day: string) => `Beställ inom ${duration} så skickar vi ${day}`,
  orderBy: (time: string, day: string) => `Beställ senast ${time} så skickar vi ${day}`,
  ships: (day: string) => `Skickas ${day}`,
  arrives: (days: string) => `Levereras ${days}`,
  pickup: (days: string, time?: string, place?: string, kind?: DeliveryKind) =>
    `Kan hämtas ${days}${time ? ` efter ${time}` : ''}${place ? ` ${kind === 'store' ? 'i butiken' : 'på utlämningsstället'} ${place}` : ''}`,
  onItsWay: 'Din beställning är på väg',
  shipsLater: (day: string) => `Din beställning skickas ${day}`,
  preparing: 'Vi plockar ihop din beställning',
  preparingOn: (day: string) => `Vi plockar ihop din beställning ${day}`,
  itArrives: (days: string) => `den levereras ${days}`,
  pickItUp: (days: string, time?: string, place?: string, kind?: DeliveryKind) =>
    `hämta den ${days}${time ? ` efter ${time}` : ''}${place ? ` ${kind === 'store' ? 'i butiken' : 'på utlämningsstället'} ${place}` : ''}`,
  free: 'Gratis',
  methods: 'Leveranssätt',
  updated: (text: string) => `Leveransberäkningen uppdaterades: ${text}`,
  fallbackDays: (days: string, kind: DeliveryKind) =>
    (kind === 'home' ? `Levereras inom cirka ${days} vardagar.` : `Kan hämtas inom cirka ${days} vardagar.`),
  fallbackUnknown: 'Leveranstiden bekräftas i kassan.',
  storeInStock: (place: string, day: string, time?: string) => `Finns i butiken ${place}: hämta ${day}${time ? ` efter ${time}` : ''}`,
  storeOrderBy: (orderBy: string, day: string, time: string | undefined, place: string) =>
    `Beställ senast ${orderBy}, hämta ${day}${time ? ` efter ${time}` : ''} i butiken ${place}`,
  storePickup: (day: string, time: string | undefined, place: string) => `Hämta ${day}${time ? ` efter ${time}` : ''} i butiken ${place}`,
  storeUnavailable: (place: string) => `Finns inte i butiken ${place}`,
} satisfies DeliveryMessages;
