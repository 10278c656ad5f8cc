// Stock per store for the Shop API: `sfStoreAvailability(productVariantId)`, for the kit's `getStoreAvailability`
// (click & collect: "In stock at Kamppi: pick up today after 17:00").
//
// Vendure 2+ keeps stock per StockLocation, but its Shop API shows only one saleable level per variant, and a stock
// location knows nothing about opening hours. This plugin adds what a shop with stores needs:
// - custom fields on StockLocation (edited in the Admin UI, not public): `sfStoreCode` marks a location as a store
//   shoppers pick up from (locations without it are warehouses), and the store's city, time zone, opening hours
//   (JSON: ISO weekday -> { open, close }), the time an item on the shelf must be reserved by to be ready the same
//   day, the time it is ready from, and the warehouse's cut-off and days in transit for a transfer to the store;
// - `WarehouseStockLocationStrategy`, to put in `catalogOptions.stockLocationStrategy`: online orders sell and
//   allocate the warehouses' stock only, so a store's shelf is not sold twice (once online, once over the counter);
// - the Shop API query, answering each store's shelf stock (on hand − allocated) and details, and the warehouses'
//   saleable stock (what a transfer to a store can come from). Null for a variant the channel does not sell.
//
// Plain JavaScript: Nest's decorators are applied by hand (the same calls TypeScript would emit).
import { parse } from 'graphql';
import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  Allow, BaseStockLocationStrategy, Ctx, idsAreEqual, LanguageCode, Permission, PluginCommonModule, ProductVariantService,
  RequestContextCacheService, StockLevelService, StockLocation, StockLocationService, VendurePlugin,
} from '@vendure/core';

const text = (value) => [{ languageCode: LanguageCode.en, value }];
const field = (name, type, label, extra = {}) => ({ name, type, public: false, nullable: true, label: text(label), ...extra });

/** The StockLocation custom fields this plugin reads. */
export const STORE_FIELDS = [
  field('sfStoreCode', 'string', 'Store code (shoppers pick up here; empty: a warehouse)'),
  field('sfCity', 'string', 'City'),
  field('sfTimeZone', 'string', 'Time zone', { defaultValue: 'Europe/Helsinki' }),
  field('sfOpeningHours', 'text', 'Opening hours (JSON: ISO weekday -> { "open": "HH:MM", "close": "HH:MM" })'),
  field('sfReserveBy', 'string', 'Reserved before (HH:MM): ready the same day', { pattern: '^\\d{2}:\\d{2}$' }),
  field('sfReadyFrom', 'string', 'Ready from (HH:MM)', { pattern: '^\\d{2}:\\d{2}$' }),
  field('sfTransferCutoff', 'string', 'Warehouse cut-off for a transfer (HH:MM)', { pattern: '^\\d{2}:\\d{2}$' }),
  field('sfTransferDays', 'int', 'Days in transit from the warehouse', { min: 0 }),
];

const isStore = (location) => !!location?.customFields?.sfStoreCode;

/**
 * Online orders sell only what the warehouses hold: a variant's saleable stock counts the locations that are not
 * stores, and an order line is allocated from the first of them (the default location, for a shop that has one).
 */
export class WarehouseStockLocationStrategy extends BaseStockLocationStrategy {
  init(injector) {
    super.init(injector);
    this.cache = injector.get(RequestContextCacheService);
  }

  /** The stores' location ids, read once per request (a listing asks for many variants' stock). */
  #storeIds(ctx) {
    return this.cache.get(ctx, 'sf-store-location-ids', async () => {
      const locations = await this.connection.getRepository(ctx, StockLocation).find();
      return new Set(locations.filter(isStore).map((l) => String(l.id)));
    });
  }

  async getAvailableStock(ctx, _productVariantId, stockLevels) {
    const stores = await this.#storeIds(ctx);
    let stockOnHand = 0;
    let stockAllocated = 0;
    for (const level of stockLevels) {
      if (stores.has(String(level.stockLocationId))) continue;
      stockOnHand += level.stockOnHand;
      stockAllocated += level.stockAllocated;
    }
    return { stockOnHand, stockAllocated };
  }

  forAllocation(_ctx, stockLocations, _orderLine, quantity) {
    return [{ location: stockLocations.find((l) => !isStore(l)) ?? stockLocations[0], quantity }];
  }
}

/** A store's opening hours from its JSON field, as a list; days with malformed times are left out (closed). */
function openingHours(json) {
  let parsed;
  try {
    parsed = JSON.parse(json ?? '{}');
  } catch {
    return [];
  }
  const time = /^\d{2}:\d{2}$/;
  return Object.entries(parsed ?? {})
    .map(([day, h]) => ({ weekday: Number(day), open: h?.open, close: h?.close }))
    .filter((h) => Number.isInteger(h.weekday) && h.weekday >= 1 && h.weekday <= 7 && time.test(h.open) && time.test(h.close))
    .sort((a, b) => a.weekday - b.weekday);
}

class StoreAvailabilityResolver {
  constructor(variants, stockLevels, locations) {
    this.variants = variants;
    this.stockLevels = stockLevels;
    this.locations = locations;
  }

  async sfStoreAvailability(ctx, args) {
    let variant;
    try {
      variant = await this.variants.findOne(ctx, args.productVariantId, ['product']);
    } catch {
      return null; // an id this database cannot even look up
    }
    if (!variant || !variant.enabled || !variant.product?.enabled || variant.product.deletedAt) return null;
    const [{ items }, levels, warehouseStock] = await Promise.all([
      this.locations.findAll(ctx, { take: 100 }),
      this.stockLevels.getStockLevelsForVariant(ctx, variant.id),
      this.variants.getSaleableStockLevel(ctx, variant),
    ]);
    const stores = items.filter(isStore).map((location) => {
      const level = levels.find((l) => idsAreEqual(l.stockLocationId, location.id));
      const f = location.customFields;
      return {
        store: {
          id: location.id,
          code: f.sfStoreCode,
          name: location.name,
          city: f.sfCity || null,
          timeZone: f.sfTimeZone || 'Europe/Helsinki',
          openingHours: openingHours(f.sfOpeningHours),
          reserveBy: f.sfReserveBy || '15:00',
          readyFrom: f.sfReadyFrom || '17:00',
          transferCutoff: f.sfTransferCutoff || '14:00',
          transferDays: f.sfTransferDays ?? 1,
        },
        stockOnHand: Math.max(0, (level?.stockOnHand ?? 0) - (level?.stockAllocated ?? 0)),
      };
    });
    return { variantId: variant.id, warehouseStock: Math.max(0, Math.min(warehouseStock, 2 ** 31 - 1)), stores };
  }
}

Reflect.defineMetadata('design:paramtypes', [ProductVariantService, StockLevelService, StockLocationService], StoreAvailabilityResolver);
const method = 'sfStoreAvailability';
const descriptor = Object.getOwnPropertyDescriptor(StoreAvailabilityResolver.prototype, method);
Ctx()(StoreAvailabilityResolver.prototype, method, 0);
Args()(StoreAvailabilityResolver.prototype, method, 1);
Allow(Permission.Public)(StoreAvailabilityResolver.prototype, method, descriptor);
Query()(StoreAvailabilityResolver.prototype, method, descriptor);
Resolver()(StoreAvailabilityResolver);

export class StoreAvailabilityPlugin {}

VendurePlugin({
  imports: [PluginCommonModule],
  configuration: (config) => {
    config.customFields.StockLocation = [...(config.customFields.StockLocation ?? []), ...STORE_FIELDS];
    return config;
  },
  shopApiExtensions: {
    schema: parse(/* GraphQL */ `
      "One day's opening hours of a store (ISO weekday, 1 = Monday; times in the store's time zone)."
      type SfStoreOpeningHours { weekday: Int! open: String! close: String! }
      "A stock location shoppers pick up from, with what the storefront needs to promise a pickup time."
      type SfStore {
        id: ID!
        code: String!
        name: String!
        city: String
        timeZone: String!
        openingHours: [SfStoreOpeningHours!]!
        reserveBy: String!
        readyFrom: String!
        transferCutoff: String!
        transferDays: Int!
      }
      type SfStoreStock {
        store: SfStore!
        "Units on the store's shelf (on hand minus allocated)."
        stockOnHand: Int!
      }
      type SfVariantStoreAvailability {
        variantId: ID!
        "Saleable units in the warehouses (the locations that are not stores): what a transfer can come from."
        warehouseStock: Int!
        stores: [SfStoreStock!]!
      }
      extend type Query {
        "Shelf stock of a variant in each of the channel's stores; null when the channel does not sell the variant."
        sfStoreAvailability(productVariantId: ID!): SfVariantStoreAvailability
      }
    `),
    resolvers: [StoreAvailabilityResolver],
  },
  compatibility: '^3.0.0',
})(StoreAvailabilityPlugin);
