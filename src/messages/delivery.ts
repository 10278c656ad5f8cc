import { defineMessages } from './catalog.js';

/** Where the parcel goes: the shopper's door, a pickup point or a store. */
type DeliveryKind = 'home' | 'pickup-point' | 'store';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The delivery promise's wording. Days (`day`) arrive already worded: 'today', 'tomorrow' or a short date such as
 * 'Thu 26.11.'; times (`time`) arrive worded by `clock`. Sentences end without a full stop: `describe.ts` adds one
 * unless the text already ends with the date's own.
 */
export const deliveryMessages = defineMessages({
  en: {
    today: 'today',
    tomorrow: 'tomorrow',
    duration: (h: number, m: number) => (h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`),
    clock: (h: number, m: number) => `${pad(h)}:${pad(m)}`,
    orderWithin: (duration: string, day: string) => `Order within ${duration} and it ships ${day}`,
    orderBy: (time: string, day: string) => `Order by ${time} and it ships ${day}`,
    ships: (day: string) => `Ships ${day}`,
    arrives: (days: string) => `Arrives ${days}`,
    pickup: (days: string, time?: string, place?: string, _kind?: DeliveryKind) =>
      `Ready for pickup ${days}${time ? ` after ${time}` : ''}${place ? ` at ${place}` : ''}`,
    onItsWay: 'Your order is on its way',
    shipsLater: (day: string) => `It ships ${day}`,
    preparing: 'We are getting your order ready',
    preparingOn: (day: string) => `We get your order ready ${day}`,
    itArrives: (days: string) => `it arrives ${days}`,
    pickItUp: (days: string, time?: string, place?: string, _kind?: DeliveryKind) =>
      `pick it up ${days}${time ? ` after ${time}` : ''}${place ? ` at ${place}` : ''}`,
    free: 'Free',
    methods: 'Delivery options',
    updated: (text: string) => `Delivery estimate updated: ${text}`,
    fallbackDays: (days: string, kind: DeliveryKind) =>
      (kind === 'home' ? `Delivered in about ${days} working days.` : `Ready for pickup in about ${days} working days.`),
    fallbackUnknown: 'The delivery time is confirmed at checkout.',
    storeInStock: (place: string, day: string, time?: string) => `In stock at ${place}: pick up ${day}${time ? ` after ${time}` : ''}`,
    storeOrderBy: (orderBy: string, day: string, time: string | undefined, place: string) =>
      `Order by ${orderBy}, pick up ${day}${time ? ` after ${time}` : ''} at ${place}`,
    storePickup: (day: string, time: string | undefined, place: string) => `Pick up ${day}${time ? ` after ${time}` : ''} at ${place}`,
    storeUnavailable: (place: string) => `Not available at ${place}`,
  },
  fi: {
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
  },
  sv: {
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
  },
});
