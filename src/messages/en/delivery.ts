import { type DeliveryKind, pad } from '../delivery.js';

/** English words of delivery (the shape the other languages follow). */
const messages = {
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
};

export default messages;
