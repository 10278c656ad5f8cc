import { type DeliveryKind } from '../../core/model.js';
import { days } from '../order-status.js';

/** English words of order-status (the shape the other languages follow). */
const messages = {
  'stage.received': 'Order received',
  'stage.packed': 'Packed',
  'stage.dispatched': 'Dispatched',
  'stage.out-for-delivery': 'Out for delivery',
  'stage.ready-for-pickup': 'Ready for pickup',
  'stage.delivered': 'Delivered',
  'stage.picked-up': 'Picked up',
  'stage.cancelled': 'Cancelled',
  'stage.returned': 'Returned',
  title: (code: string) => `Order ${code}`,
  steps: 'Order progress',
  done: 'done',
  current: 'current step',
  upcoming: 'not yet',
  promised: 'Promised',
  arrived: 'Delivered',
  ready: 'Ready for pickup',
  notYet: 'Not yet',
  readyAt: (place: string, until?: string, _kind?: DeliveryKind) => `Ready for pickup at ${place}${until ? ` until ${until}` : ''}`,
  outForDelivery: 'Your order is out for delivery today',
  delivered: (day: string) => `Delivered ${day}`,
  pickedUp: (day: string) => `Picked up ${day}`,
  cancelled: 'Your order was cancelled',
  returned: (day: string) => `Your return arrived ${day}`,
  early: (n: number) => `That is ${days('en', n)} early`,
  late: (n: number) => `Your order is ${days('en', n)} late. We are sorry`,
  wasLate: (n: number) => `It was ${days('en', n)} late. We are sorry`,
  compensation: (worth: string, code: string) => `As an apology, here is ${worth} off your next order with the code ${code}`,
  validUntil: (day: string) => `Valid until ${day}`,
  lookup: 'Find your order',
  orderCode: 'Order number',
  email: 'Email',
  show: 'Show order',
  notFound: 'We found no order with that number and email. Check both and try again.',
  updated: (text: string) => `Order status updated: ${text}`,
};

export default messages;
