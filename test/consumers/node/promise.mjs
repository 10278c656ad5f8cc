// The README's promiseDelivery snippet, run as written by the consumer test (which checks what it prints).
// #region readme
import { promiseDelivery, describeDeliveryPromise } from 'storefront-elements/core';

const now = new Date('2026-11-24T09:50:00Z'); // Tuesday 11:50 in Helsinki
const promise = promiseDelivery({
  now,
  timeZone: 'Europe/Helsinki', // the warehouse's zone
  cutoff: '14:00',             // orders before 14:00 on a dispatch day ship that day
  transitDays: { min: 1, max: 2 },
  holidays: 'FI',              // no parcels on Finnish public holidays
});
console.log(promise.dispatchDate, promise.earliest, promise.latest);
// 2026-11-24 2026-11-25 2026-11-26

const { text } = describeDeliveryPromise(promise, { now, locale: 'en', timeZone: 'Europe/Helsinki', kind: 'home' });
console.log(text);
// Order within 2 h 10 min and it ships today. Arrives Wed 25.11.–Thu 26.11.
// #endregion
