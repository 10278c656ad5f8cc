/** The delivery promise: engine, Finnish calendar, shared wording. Pure; runs in Node. */
export type * from './types.js';
export { promiseDelivery, MAX_PROMISE_DAYS } from './engine.js';
export { finnishHolidays, isFinnishHoliday, easterSunday, type Holiday } from './calendar-fi.js';
export {
  describeDeliveryPromise, formatDeliveryDate, formatCountdown, formatClock, COUNTDOWN_MAX_MS,
  type DescribeDeliveryOptions, type DeliveryPromiseText, type DeliveryPlace,
} from './describe.js';
export { zonedDate, zonedInstant } from './dates.js';
