// A real Vendure server for development and tests: in memory (sql.js), on 127.0.0.1, populated at every start
// with the same bicycle catalogue as the kit's LocalCommerceAdapter (src/adapters/local/catalog.ts is compiled with
// esbuild and turned into Vendure's import CSV), the kit's three delivery methods, two test payment methods, the
// demo discount codes, and the demo stores as stock locations with shelf stock (store-availability-plugin.mjs).
//
// Two channels, as real shops configure Vendure (the kit must work with both):
// - the default channel (token `__default_channel__`): EUR, prices entered with VAT (pricesIncludeTax: true),
//   Finnish standard VAT 25.5 % (zone Nordics);
// - the channel `sek` (token `sek`, send it as the `vendure-token` header): SEK, prices entered without VAT
//   (pricesIncludeTax: false, Vendure's own default), Swedish standard VAT 25 % (zone Sweden). Each variant's net
//   price is 8 × the catalogue's EUR cents in öre, so its price with VAT is exactly 10 × (€12.00 -> 120,00 kr);
//   shipping is net too (home 79,90 kr, pickup point 47,90 kr + 25 %), so Vendure answers it in fractions of an
//   öre (99,875 kr), as a default-configured Vendure does.
//
//   npm run backend                 # port 3000 (or $PORT)
//   node backend/server.mjs --port 0  # a free port chosen by the OS
//
// When ready it prints `Vendure Shop API: <url>` and one machine-readable line `SF_VENDURE_READY {json}`.
// It stops cleanly on SIGTERM / SIGINT. Dev and test only: the kit's runtime never imports Vendure.
/* global fetch */
import { Buffer } from 'node:buffer';
import { setTimeout } from 'node:timers';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

process.env.VENDURE_DISABLE_TELEMETRY = 'true';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const {
  bootstrap, ChannelService, Collection, CollectionService, Country, DefaultLogger, Facet, FacetService, DefaultSearchPlugin, Importer, JobQueueService, LanguageCode, LogLevel,
  PaymentMethod, PaymentMethodService, Populator, Product, ProductService, ProductVariant, ProductVariantService, Promotion,
  PromotionService, RequestContext, RequestContextService, ShippingCalculator, ShippingEligibilityChecker,
  ShippingMethodService, StockLevelService, StockLocation, StockLocationService, TaxCategory, TaxRateService, TransactionalConnection, User,
  ZoneService, defaultShippingCalculator, dummyPaymentHandler,
} = await import('@vendure/core');
const { OrderLookupPlugin } = await import('./order-lookup-plugin.mjs');
const { StoreAvailabilityPlugin, WarehouseStockLocationStrategy } = await import('./store-availability-plugin.mjs');
const { InMemoryJobQueueStrategy } = await import('@vendure/core/dist/job-queue/in-memory-job-queue-strategy.js');

/** Reads `--port N` or $PORT; 0 means "ask the OS for a free one". */
function requestedPort() {
  const i = process.argv.indexOf('--port');
  const raw = i >= 0 ? process.argv[i + 1] : process.env.PORT;
  const n = raw === undefined ? 3000 : Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Invalid port "${raw}".`);
  return n;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The local adapter's catalogue as plain data (the TS module compiled on the fly). */
async function loadCatalog() {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(root, 'src/adapters/local/catalog.ts')],
    bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const csvField = (value) => `"${String(value ?? '').replace(/"/g, '""')}"`;

/** Vendure's product import CSV: one row per variant, the product's fields on its first row only. */
function productsCsv(catalog) {
  const parents = new Map(catalog.CATEGORY_SEED.map((c) => [c.id, c.parent]));
  const path = (id) => (id ? [...path(parents.get(id)), id] : []);
  const header = ['name', 'slug', 'description', 'assets', 'facets', 'optionGroups', 'optionValues', 'sku', 'price',
    'taxCategory', 'stockOnHand', 'trackInventory', 'variantAssets', 'variantFacets'];
  const rows = [header.join(',')];
  // The same variant naming as buildCatalog(), so SKUs match between the two backends.
  const { products } = catalog.buildCatalog(() => '');
  for (const seed of catalog.PRODUCT_SEED) {
    const product = products.find((p) => p.id === seed.id);
    product.variants.forEach((variant, i) => {
      const first = i === 0;
      rows.push([
        first ? seed.name : '',
        first ? seed.id : '', // the slug is the kit's product id, so both adapters answer to the same ids
        first ? seed.description : '',
        '',
        first ? [`brand:${seed.brand}`, ...path(seed.category).map((c) => `category:${c}`)].join('|') : '',
        first && seed.option ? seed.option.name : '',
        seed.option ? variant.name : '',
        variant.sku,
        (seed.price / 100).toFixed(2),
        'Standard VAT',
        seed.stock[i] ?? 0,
        'true',
        '',
        // The variant's option as a facet too (Size:L, Colour:Green), so listings can filter and count by it.
        seed.option ? `${seed.option.name}:${variant.name}` : '',
      ].map(csvField).join(','));
    });
  }
  return rows.join('\n');
}

/** Home and pickup-point delivery are free from an order value (VAT and discounts included), as in the local shop. */
const freeFromCalculator = new ShippingCalculator({
  code: 'sf-free-from',
  description: [{ languageCode: LanguageCode.en, value: 'Flat rate, free from an order value (VAT included)' }],
  args: {
    price: { type: 'int' },
    freeFrom: { type: 'int' },
    taxRate: { type: 'float' },
  },
  // The price is entered as the channel enters prices: with VAT in the EUR channel, without in the SEK one.
  calculate: (ctx, order, args) => ({
    price: args.freeFrom > 0 && order.subTotalWithTax >= args.freeFrom ? 0 : args.price,
    priceIncludesTax: ctx.channel.pricesIncludeTax,
    taxRate: args.taxRate,
  }),
});

/** Each channel's shipping methods are offered only for orders in its currency. */
const currencyChecker = new ShippingEligibilityChecker({
  code: 'sf-currency',
  description: [{ languageCode: LanguageCode.en, value: 'Orders in one currency' }],
  args: { currency: { type: 'string' } },
  check: (_ctx, order, args) => order.currencyCode === args.currency,
});

/** Stock levels as numbers ("7") instead of IN_STOCK / LOW_STOCK, so the kit can say "Only 2 left". */
class NumericStockDisplayStrategy {
  getStockLevel(_ctx, _variant, saleableStockLevel) {
    return String(Math.max(0, saleableStockLevel));
  }
}

const port = requestedPort() || (await freePort());
/** The SEK channel's token (the `vendure-token` header), its VAT rate and its net shipping prices in öre. */
const SEK_CHANNEL_TOKEN = 'sek';
const SEK_VAT_RATE = 25;
const SEK_SHIPPING_NET = { home: 7990, 'pickup-point': 4790, store: 0 };
const config = {
  apiOptions: {
    hostname: '127.0.0.1',
    port,
    shopApiPath: 'shop-api',
    adminApiPath: 'admin-api',
    // The storefront runs on another origin: it reads the session token from this header and sends it back as a bearer token.
    cors: { origin: true, credentials: true, exposedHeaders: ['vendure-auth-token'] },
  },
  authOptions: {
    tokenMethod: ['bearer', 'cookie'],
    requireVerification: false,
    cookieOptions: { secret: 'storefront-elements-dev-only' },
    superadminCredentials: { identifier: 'superadmin', password: 'superadmin' },
  },
  dbConnectionOptions: { type: 'sqljs', synchronize: true, autoSave: false, logging: false },
  paymentOptions: { paymentMethodHandlers: [dummyPaymentHandler] },
  shippingOptions: { shippingCalculators: [defaultShippingCalculator, freeFromCalculator], shippingEligibilityCheckers: [currencyChecker] },
  // Online orders sell the warehouse's stock; the stores' shelves are for pickup (store-availability-plugin.mjs).
  catalogOptions: { stockDisplayStrategy: new NumericStockDisplayStrategy(), stockLocationStrategy: new WarehouseStockLocationStrategy() },
  // Collections and the search index are built by jobs at start: poll often so the server is ready sooner.
  jobQueueOptions: { jobQueueStrategy: new InMemoryJobQueueStrategy({ pollInterval: 25, concurrency: 1 }) },
  // indexStockStatus: the index knows which variants are in stock, for the listings' "in stock" facet.
  plugins: [DefaultSearchPlugin.init({ bufferUpdates: false, indexStockStatus: true }), OrderLookupPlugin, StoreAvailabilityPlugin],
  logger: new DefaultLogger({ level: process.env.VENDURE_LOG === 'verbose' ? LogLevel.Info : LogLevel.Error }),
};

const started = Date.now();
const app = await bootstrap(config);
// Without a worker process the in-memory job queue runs here; search stays empty until it runs.
await app.get(JobQueueService).start();

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`Vendure: stopping (${signal}).`);
  const force = setTimeout(() => process.exit(0), 5000);
  force.unref();
  try {
    await app.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

const catalog = await loadCatalog();
const SHOP = catalog.DELIVERY_METHODS;

const initialData = {
  defaultLanguage: LanguageCode.en,
  defaultZone: 'Nordics',
  countries: [
    { code: 'FI', name: 'Finland', zone: 'Nordics' },
    { code: 'SE', name: 'Sweden', zone: 'Nordics' },
    { code: 'AX', name: 'Åland Islands', zone: 'Nordics' },
    { code: 'EE', name: 'Estonia', zone: 'Nordics' },
  ],
  taxRates: [{ name: 'Standard VAT', percentage: catalog.VAT_RATE }],
  shippingMethods: [],
  paymentMethods: [],
  collections: catalog.CATEGORY_SEED.map((c) => ({
    name: c.name,
    slug: c.id, // collection slugs are the kit's category ids
    ...(c.parent ? { parentName: catalog.CATEGORY_SEED.find((p) => p.id === c.parent).name } : {}),
    filters: [{ code: 'facet-value-filter', args: { facetValueNames: [`category:${c.id}`], containsAny: false } }],
    inheritFilters: false,
  })),
};

const populator = app.get(Populator);
await populator.populateInitialData(initialData);

const superadmin = await app.get(TransactionalConnection).rawConnection.getRepository(User)
  .findOne({ where: { identifier: 'superadmin' } });
const channelService = app.get(ChannelService);
const channel = await channelService.getDefaultChannel();
// Nordic prices are quoted with VAT: the catalogue's cents are VAT-included EUR.
await channelService.update(RequestContext.empty(), {
  id: channel.id, pricesIncludeTax: true, defaultCurrencyCode: 'EUR', availableCurrencyCodes: ['EUR'],
});
const adminCtx = await app.get(RequestContextService).create({
  apiType: 'admin', user: superadmin, languageCode: LanguageCode.en, channelOrToken: await channelService.getDefaultChannel(),
});

const imported = await new Promise((resolve, reject) => {
  let last;
  app.get(Importer).parseAndImport(productsCsv(catalog), adminCtx, false)
    .subscribe({ next: (p) => (last = p), error: reject, complete: () => resolve(last) });
});
if (imported?.errors?.length) throw new Error(`Product import failed:\n${imported.errors.join('\n')}`);

// The demo stores (Kamppi, Tampere, Turku) as stock locations with the local adapter's hours and shelf stock: the
// default location stays the warehouse (the catalogue's stock), each store's shelf holds `share` of it (or `stock`).
const stockLocations = app.get(StockLocationService);
const stockLevels = app.get(StockLevelService);
const kitVariants = new Map(catalog.buildCatalog(() => '').products.flatMap((p) => p.variants).map((v) => [v.sku, v]));
const seededVariants = await app.get(TransactionalConnection).rawConnection.getRepository(ProductVariant).find();
for (const store of catalog.STORES) {
  const location = await stockLocations.create(adminCtx, {
    name: store.name,
    description: `${store.name} store, ${store.city ?? ''}`.trim(),
    customFields: {
      sfStoreCode: store.id, sfCity: store.city ?? null, sfTimeZone: store.timeZone,
      sfOpeningHours: JSON.stringify(store.openingHours), sfReserveBy: store.reserveBy, sfReadyFrom: store.readyFrom,
      sfTransferCutoff: store.transfer.cutoff, sfTransferDays: store.transfer.transitDays,
    },
  });
  for (const v of seededVariants) {
    const kit = kitVariants.get(v.sku);
    if (!kit) continue;
    const shelf = store.stock?.[kit.id] ?? Math.floor(Math.max(0, kit.stock) * (store.share ?? 0));
    if (shelf > 0) await stockLevels.updateStockOnHandForLocation(adminCtx, v.id, location.id, shelf);
  }
}

// The kit's delivery methods, with the shipping method code equal to the kit's delivery method id.
const shippingMethods = app.get(ShippingMethodService);
for (const m of SHOP) {
  await shippingMethods.create(adminCtx, {
    code: m.id,
    fulfillmentHandler: 'manual-fulfillment',
    checker: { code: currencyChecker.code, arguments: [{ name: 'currency', value: 'EUR' }] },
    calculator: {
      code: freeFromCalculator.code,
      arguments: [
        { name: 'price', value: String(m.price.amount) },
        { name: 'freeFrom', value: String(m.freeFrom?.amount ?? 0) },
        { name: 'taxRate', value: String(catalog.VAT_RATE) },
      ],
    },
    translations: [{ languageCode: LanguageCode.en, name: m.name, description: m.carrier }],
  });
}

// Test payment methods: the dummy handler settles at once.
const paymentMethods = app.get(PaymentMethodService);
for (const p of catalog.PAYMENT_METHODS) {
  await paymentMethods.create(adminCtx, {
    code: p.id,
    enabled: true,
    handler: { code: dummyPaymentHandler.code, arguments: [{ name: 'automaticSettle', value: 'true' }] },
    translations: [{ languageCode: LanguageCode.en, name: p.name, description: '' }],
  });
}

// The demo discount codes: WELCOME10 (10 %), RIDE20 (€20 off from €100), SUMMER2025 (expired).
const promotions = app.get(PromotionService);
for (const rule of catalog.DISCOUNT_RULES) {
  const result = await promotions.createPromotion(adminCtx, {
    enabled: true,
    couponCode: rule.code,
    ...(rule.expired ? { startsAt: new Date('2025-06-01T00:00:00Z'), endsAt: new Date('2025-08-31T21:00:00Z') } : {}),
    conditions: rule.minSubtotal
      ? [{ code: 'minimum_order_amount', arguments: [{ name: 'amount', value: String(rule.minSubtotal) }, { name: 'taxInclusive', value: 'true' }] }]
      : [],
    actions: [rule.kind === 'percent'
      ? { code: 'order_percentage_discount', arguments: [{ name: 'discount', value: String(rule.value) }] }
      : { code: 'order_fixed_discount', arguments: [{ name: 'discount', value: String(rule.value) }] }],
    translations: [{ languageCode: LanguageCode.en, name: rule.description, description: '' }],
  });
  if (result.errorCode) throw new Error(`Promotion ${rule.code}: ${result.message}`);
}

await populator.populateCollections(initialData);

// ---------- the SEK channel: net prices, Swedish VAT ----------
const db = app.get(TransactionalConnection).rawConnection;
const ids = async (entity) => (await db.getRepository(entity).find()).map((e) => e.id);
const zones = app.get(ZoneService);
const sweden = await zones.create(adminCtx, {
  name: 'Sweden', memberIds: (await db.getRepository(Country).find({ where: { code: 'SE' } })).map((c) => c.id),
});
const [standardVat] = await db.getRepository(TaxCategory).find();
await app.get(TaxRateService).create(adminCtx, { name: 'Standard VAT SE', value: SEK_VAT_RATE, enabled: true, categoryId: standardVat.id, zoneId: sweden.id });
const sekChannel = await channelService.create(adminCtx, {
  code: 'sek', token: SEK_CHANNEL_TOKEN, defaultLanguageCode: LanguageCode.en, pricesIncludeTax: false,
  defaultCurrencyCode: 'SEK', availableCurrencyCodes: ['SEK'], defaultTaxZoneId: sweden.id, defaultShippingZoneId: sweden.id,
});
if (sekChannel.errorCode) throw new Error(`SEK channel: ${sekChannel.message}`);
const into = { channelId: sekChannel.id };
await app.get(StockLocationService).assignStockLocationsToChannel(adminCtx, { ...into, stockLocationIds: await ids(StockLocation) });
await app.get(FacetService).assignFacetsToChannel(adminCtx, { ...into, facetIds: await ids(Facet) });
await app.get(ProductService).assignProductsToChannel(adminCtx, { ...into, productIds: await ids(Product), priceFactor: 1 });
const variantService = app.get(ProductVariantService);
const variants = await db.getRepository(ProductVariant).find({ relations: ['productVariantPrices'] });
for (const v of variants) {
  const eur = v.productVariantPrices.find((p) => p.currencyCode === 'EUR' && p.channelId === channel.id);
  await variantService.createOrUpdateProductVariantPrice(adminCtx, v.id, eur.price * 8, sekChannel.id, 'SEK');
}
await app.get(CollectionService).assignCollectionsToChannel(adminCtx, {
  ...into, collectionIds: (await db.getRepository(Collection).find({ where: { isRoot: false } })).map((c) => c.id),
});
await app.get(PaymentMethodService).assignPaymentMethodsToChannel(adminCtx, { ...into, paymentMethodIds: await ids(PaymentMethod) });
await promotions.assignPromotionsToChannel(adminCtx, { ...into, promotionIds: await ids(Promotion) });
const sekCtx = await app.get(RequestContextService).create({
  apiType: 'admin', user: superadmin, languageCode: LanguageCode.en, channelOrToken: SEK_CHANNEL_TOKEN,
});
for (const m of SHOP) {
  // Created in the SEK channel it is also assigned to the default one, where the currency check hides it.
  await shippingMethods.create(sekCtx, {
    code: m.id,
    fulfillmentHandler: 'manual-fulfillment',
    checker: { code: currencyChecker.code, arguments: [{ name: 'currency', value: 'SEK' }] },
    calculator: {
      code: freeFromCalculator.code,
      arguments: [
        { name: 'price', value: String(SEK_SHIPPING_NET[m.id] ?? 0) },
        { name: 'freeFrom', value: String((m.freeFrom?.amount ?? 0) * 10) },
        { name: 'taxRate', value: String(SEK_VAT_RATE) },
      ],
    },
    translations: [{ languageCode: LanguageCode.en, name: m.name, description: m.carrier }],
  });
}
// populateCollections asked for a reindex: wait until search sees every product in every collection, so the first
// storefront request (or test) finds the whole catalogue.
const shopApi = `http://127.0.0.1:${port}/shop-api`;
const adminApi = `http://127.0.0.1:${port}/admin-api`;
const expected = Object.fromEntries(catalog.CATEGORY_SEED.map((c) => [c.id, 0]));
for (const p of catalog.PRODUCT_SEED) {
  for (let id = p.category; id; id = catalog.CATEGORY_SEED.find((c) => c.id === id).parent) expected[id] += 1;
}
const alias = (id) => `c_${id.replace(/-/g, '_')}`;
const readiness = `{ all: search(input: { groupByProduct: true, take: 1 }) { totalItems } ${Object.keys(expected)
  .map((id) => `${alias(id)}: search(input: { collectionSlug: "${id}", groupByProduct: true, take: 1 }) { totalItems }`).join(' ')} }`;
const deadline = Date.now() + 90_000;
for (const token of [undefined, SEK_CHANNEL_TOKEN]) {
  for (;;) {
    const res = await fetch(shopApi, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { 'vendure-token': token } : {}) },
      body: JSON.stringify({ query: readiness }),
    });
    const { data } = await res.json();
    const ready = data?.all.totalItems === catalog.PRODUCT_SEED.length
      && Object.entries(expected).every(([id, n]) => data[alias(id)].totalItems === n);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`Vendure search index (channel ${token ?? 'default'}) not ready: ${JSON.stringify(data)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

console.log(`Vendure Shop API: ${shopApi}  (Admin API: ${adminApi}, superadmin/superadmin; ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`SF_VENDURE_READY ${JSON.stringify({ shopApi, adminApi, port, channels: { eur: channel.token, sek: SEK_CHANNEL_TOKEN } })}`);
