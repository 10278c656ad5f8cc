/** Holiday calendars: the built-in Finnish one, explicit 'YYYY-MM-DD' dates, or Finnish plus extra dates. */
export type HolidayInput = 'FI' | readonly string[] | { calendar: 'FI'; extra?: readonly string[] };

/** What `promiseDelivery` needs to know; see the README's delivery-promise section. */
export interface DeliveryPromiseInput {
  /** The instant to compute from. */
  now: Date;
  /** IANA zone of the warehouse, e.g. 'Europe/Helsinki'. */
  timeZone: string;
  /** 'HH:MM' local; an order strictly before it on a dispatch day ships that day. */
  cutoff: string;
  /** ISO weekdays the warehouse ships (1 = Monday); default Monday to Friday. */
  dispatchDays?: readonly number[];
  /** Extra dispatch days between ordering and shipping; default 0. */
  handlingDays?: number;
  /** Carrier delivery days after dispatch. */
  transitDays: number | { min: number; max: number };
  /** ISO weekdays the carrier delivers; default Monday to Friday. */
  deliveryDays?: readonly number[];
  /** No dispatch and no delivery on these dates. */
  holidays?: HolidayInput;
  /** 'HH:MM' local time the parcel is ready on the delivery day (pickup after 17:00). */
  readyFrom?: string;
  /** Stock on hand; short stock adds `restockDays` dispatch days. */
  stock?: { available: number; restockDays: number };
  /** Units ordered, compared with `stock.available`. */
  quantity?: number;
}

export interface DeliveryPromise {
  /** The instant of the cut-off that this promise depends on (the countdown's end). */
  orderBy: Date;
  /** 'YYYY-MM-DD' in the time zone. */
  dispatchDate: string;
  /** 'YYYY-MM-DD', first delivery date. */
  earliest: string;
  /** 'YYYY-MM-DD', equals earliest when transitDays is a number. */
  latest: string;
  /** Echoed when given. */
  readyFrom?: string;
}

/** A delivery method's carrier parameters: everything but the moment and the stock. */
export type DeliveryPromiseParams = Omit<DeliveryPromiseInput, 'now' | 'stock' | 'quantity'>;
