// Store availability over the Shop API query that backend/store-availability-plugin.mjs adds (Vendure keeps stock
// per stock location but has no store pickup of its own): the answer mapped to the kit's StoreAvailability with the
// same promise rules as the local adapter (core's storeAvailability).
import { storeAvailability, type StoreParams } from '../../core/store-availability.js';
import type { StoreAvailability } from '../../core/model.js';

export const STORE_AVAILABILITY = `query SfStoreAvailability($id: ID!) {
  sfStoreAvailability(productVariantId: $id) {
    variantId warehouseStock
    stores {
      stockOnHand
      store {
        code name city timeZone reserveBy readyFrom transferCutoff transferDays
        openingHours { weekday open close }
      }
    }
  }
}`;

/** The field the plugin adds; a Shop API without it refuses the query naming it. */
export const STORE_AVAILABILITY_FIELD = 'sfStoreAvailability';

export interface VStore {
  code: string;
  name: string;
  city: string | null;
  timeZone: string;
  reserveBy: string;
  readyFrom: string;
  transferCutoff: string;
  transferDays: number;
  openingHours: { weekday: number; open: string; close: string }[];
}

export interface VStoreAvailability {
  variantId: string;
  warehouseStock: number;
  stores: { stockOnHand: number; store: VStore }[];
}

/** A store's pickup rules as core's calculation takes them. */
export function toStoreParams(s: VStore): StoreParams {
  return {
    id: s.code,
    name: s.name,
    ...(s.city ? { city: s.city } : {}),
    timeZone: s.timeZone,
    openingHours: Object.fromEntries(s.openingHours.map((h) => [String(h.weekday), { open: h.open, close: h.close }])),
    reserveBy: s.reserveBy,
    readyFrom: s.readyFrom,
    transfer: { cutoff: s.transferCutoff, transitDays: s.transferDays },
  };
}

/**
 * Each store's shelf stock and pickup date for `quantity`: from the shelf when it holds enough, else by transfer
 * from the warehouses' saleable stock (Vendure knows no restock dates, so a variant the warehouses lack too has no
 * pickup).
 */
export function toStoreAvailability(data: VStoreAvailability, now: Date, quantity: number | undefined): StoreAvailability[] {
  const variant = { stock: Math.max(0, data.warehouseStock) };
  return data.stores.map(({ stockOnHand, store }) => storeAvailability(toStoreParams(store), {
    now, variant, shelf: Math.max(0, stockOnHand), ...(quantity !== undefined ? { quantity } : {}),
  }));
}
