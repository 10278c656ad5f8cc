/** The delivery promise: engine and Finnish calendar (its wording is in messages/). Pure; runs in Node. */
export type * from './types.js';
export { promiseDelivery, MAX_PROMISE_DAYS } from './engine.js';
export { finnishHolidays, isFinnishHoliday, easterSunday, type Holiday } from './calendar-fi.js';
export { zonedDate, zonedInstant } from './dates.js';
