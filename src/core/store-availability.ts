import { promiseDelivery } from './delivery/engine.js';
import type { HolidayInput } from './delivery/types.js';
import type { StoreAvailability, Variant } from './model.js';

/** A store's hours on one ISO weekday (1 = Monday): 'HH:MM' opening and closing, in the store's time zone. */
export interface OpeningHours {
  open: string;
  close: string;
}

/**
 * How one of the shop's stores hands out orders, as plain data. Its opening days are the days with hours; the
 * time zone is the shop's (Europe/Helsinki for the demo).
 */
export interface StoreParams {
  id: string;
  name: string;
  city?: string;
  timeZone: string;
  /** Hours by ISO weekday ('1'…'7'); a day without an entry is closed. */
  openingHours: Readonly<Record<string, OpeningHours>>;
  /** 'HH:MM': an item on the shelf reserved before this is ready the same day. */
  reserveBy: string;
  /** 'HH:MM': a reserved or transferred item is ready from this time on its pickup day. */
  readyFrom: string;
  /** The warehouse's cut-off for a transfer to this store ('HH:MM'), and its delivery days to the store. */
  transfer: { cutoff: string; transitDays: number };
  /** No pickup and no transfer on these days; default the Finnish public holidays. */
  holidays?: HolidayInput;
}

export interface StoreAvailabilityInput {
  now: Date;
  /** The variant's warehouse stock (what a transfer comes from) and restock days. */
  variant: Pick<Variant, 'stock' | 'restockDays'>;
  /** Units of the variant on this store's shelf. */
  shelf: number;
  /** Units asked for; default 1. */
  quantity?: number;
}

/**
 * When `quantity` of a variant can be picked up at a store, by the delivery-promise engine: from the shelf when it
 * holds enough (reserved before `reserveBy` on an opening day: ready that day from `readyFrom`), else by transfer
 * from the warehouse (the warehouse's cut-off, `transitDays` store days, restock days when the warehouse is short
 * too). Null pickup when neither can supply it. Pure: the same input gives the same answer in Node and the browser.
 */
export function storeAvailability(store: StoreParams, input: StoreAvailabilityInput): StoreAvailability {
  const { now, variant, shelf } = input;
  const quantity = Math.max(1, input.quantity ?? 1);
  const openDays = Object.keys(store.openingHours).map(Number).filter((d) => d >= 1 && d <= 7).sort();
  const holidays = store.holidays ?? 'FI';
  const base = {
    storeId: store.id,
    storeName: store.name,
    ...(store.city ? { city: store.city } : {}),
    stock: Math.max(0, shelf),
  };
  if (openDays.length === 0) return { ...base, pickup: null };
  if (shelf >= quantity) {
    const p = promiseDelivery({
      now, timeZone: store.timeZone, cutoff: store.reserveBy, dispatchDays: openDays, deliveryDays: openDays,
      transitDays: 0, holidays, readyFrom: store.readyFrom,
    });
    return { ...base, pickup: { date: p.earliest, readyFrom: store.readyFrom } };
  }
  const warehouse = Math.max(0, variant.stock);
  if (warehouse < quantity && !variant.restockDays) return { ...base, pickup: null };
  const p = promiseDelivery({
    now, timeZone: store.timeZone, cutoff: store.transfer.cutoff, deliveryDays: openDays,
    transitDays: store.transfer.transitDays, holidays, readyFrom: store.readyFrom,
    stock: { available: warehouse, restockDays: variant.restockDays ?? 0 }, quantity,
  });
  return { ...base, pickup: { date: p.earliest, readyFrom: store.readyFrom, orderBy: p.orderBy.toISOString() } };
}
