import type { Category, DeliveryMethod, PaymentMethod, PickupPoint, Product, Variant } from '../../core/model.js';
import type { DiscountRule } from '../../core/cart.js';
import { money, type Money } from '../../core/money.js';
import type { StoreParams } from '../../core/store-availability.js';

/**
 * The embedded demo shop: a Nordic bicycle shop (Pyöräpaja) with about thirty products. Plain data, so that tests,
 * stories and the Vendure seed can share it.
 */

export type ImageName =
  | 'bike-road' | 'bike-city' | 'bike-gravel' | 'bike-e' | 'helmet' | 'jersey' | 'jacket' | 'gloves' | 'shoes'
  | 'light' | 'tyre' | 'chain' | 'lock';

export interface CatalogProductSeed {
  id: string;
  name: string;
  brand: string;
  category: string;
  image: ImageName;
  description: string;
  /** Price in cents, VAT included. */
  price: number;
  compareAt?: number;
  /** Option name and values; one variant per value. */
  option?: { name: string; values: string[] };
  /** Stock per variant (or for the single variant). */
  stock: number[];
  restockDays?: number;
  maxPerOrder?: number;
  related?: string[];
}

export const CATEGORY_SEED: { id: string; name: string; parent?: string }[] = [
  { id: 'bikes', name: 'Bikes' },
  { id: 'road-bikes', name: 'Road bikes', parent: 'bikes' },
  { id: 'city-bikes', name: 'City bikes', parent: 'bikes' },
  { id: 'gravel-bikes', name: 'Gravel bikes', parent: 'bikes' },
  { id: 'e-bikes', name: 'E-bikes', parent: 'bikes' },
  { id: 'helmets', name: 'Helmets' },
  { id: 'clothing', name: 'Clothing' },
  { id: 'jerseys', name: 'Jerseys', parent: 'clothing' },
  { id: 'jackets', name: 'Jackets', parent: 'clothing' },
  { id: 'gloves', name: 'Gloves', parent: 'clothing' },
  { id: 'trousers', name: 'Trousers', parent: 'clothing' },
  { id: 'shoes', name: 'Shoes' },
  { id: 'parts', name: 'Parts & accessories' },
  { id: 'lights', name: 'Lights', parent: 'parts' },
  { id: 'tyres', name: 'Tyres', parent: 'parts' },
  { id: 'drivetrain', name: 'Drivetrain', parent: 'parts' },
  { id: 'locks', name: 'Locks', parent: 'parts' },
];

const SIZES = ['S', 'M', 'L', 'XL'];
const FRAMES = ['50 cm', '54 cm', '56 cm', '58 cm'];
const SHOE_SIZES = ['40', '41', '42', '43', '44', '45'];

export const PRODUCT_SEED: CatalogProductSeed[] = [
  { id: 'aurora-road', name: 'Aurora Road 105', brand: 'Pohjola', category: 'road-bikes', image: 'bike-road', price: 189900, compareAt: 219900, option: { name: 'Frame', values: FRAMES }, stock: [2, 5, 0, 1], restockDays: 5, related: ['trousers-road', 'gloves-summer', 'shoes-road', 'kypara-aero', 'light-set'], description: 'An aluminium endurance road bike with a carbon fork and Shimano 105 gearing, for long Finnish summer evenings.' },
  { id: 'aurora-carbon', name: 'Aurora Carbon Ultegra', brand: 'Pohjola', category: 'road-bikes', image: 'bike-road', price: 349900, option: { name: 'Frame', values: FRAMES }, stock: [1, 0, 2, 0], restockDays: 10, related: ['kypara-aero', 'jersey-pro', 'shoes-road'], description: 'A light carbon road bike with Ultegra Di2 for racing and fast group rides.' },
  { id: 'kaupunki-7', name: 'Kaupunki 7', brand: 'Helsinki Cycles', category: 'city-bikes', image: 'bike-city', price: 64900, option: { name: 'Colour', values: ['Green', 'Black', 'Cream'] }, stock: [12, 8, 0], restockDays: 4, related: ['lock-chain', 'light-set', 'helmet-city'], description: 'A step-through city bike with a seven-speed hub, mudguards, rack and dynamo lights.' },
  { id: 'kaupunki-3', name: 'Kaupunki 3', brand: 'Helsinki Cycles', category: 'city-bikes', image: 'bike-city', price: 44900, option: { name: 'Colour', values: ['Blue', 'Black'] }, stock: [6, 3], related: ['lock-chain', 'helmet-city'], description: 'A simple three-speed city bike with a coaster brake, built for cobblestones.' },
  { id: 'sora-gravel', name: 'Sora GRX', brand: 'Pohjola', category: 'gravel-bikes', image: 'bike-gravel', price: 229900, option: { name: 'Frame', values: FRAMES }, stock: [3, 4, 2, 1], restockDays: 7, related: ['tyre-gravel', 'kypara-trail', 'gloves-winter'], description: 'A gravel bike with clearance for 45 mm tyres, for forest roads from Nuuksio to Lapland.' },
  { id: 'sora-adventure', name: 'Sora Adventure', brand: 'Pohjola', category: 'gravel-bikes', image: 'bike-gravel', price: 169900, option: { name: 'Frame', values: FRAMES }, stock: [0, 0, 0, 0], restockDays: 14, related: ['tyre-gravel', 'light-set'], description: 'A steel touring gravel bike with rack mounts everywhere.' },
  { id: 'sahko-city', name: 'Sähkö City', brand: 'Volt Nord', category: 'e-bikes', image: 'bike-e', price: 279900, option: { name: 'Colour', values: ['Grey', 'White'] }, stock: [4, 2], restockDays: 6, related: ['lock-chain', 'helmet-city', 'light-set'], description: 'A mid-drive electric city bike with a 500 Wh battery and a range of up to 110 km.' },
  { id: 'sahko-cargo', name: 'Sähkö Cargo', brand: 'Volt Nord', category: 'e-bikes', image: 'bike-e', price: 449900, stock: [1], restockDays: 21, maxPerOrder: 1, related: ['lock-chain', 'helmet-city'], description: 'A long-tail electric cargo bike that carries two children or a week of groceries.' },
  { id: 'kypara-aero', name: 'Aero Helmet', brand: 'Tuisku', category: 'helmets', image: 'helmet', price: 14900, option: { name: 'Size', values: ['S', 'M', 'L'] }, stock: [10, 14, 6], related: ['jersey-pro', 'gloves-summer'], description: 'A ventilated aero road helmet with MIPS and a magnetic buckle.' },
  { id: 'helmet-city', name: 'City Helmet', brand: 'Tuisku', category: 'helmets', image: 'helmet', price: 6900, option: { name: 'Size', values: ['S', 'M', 'L'] }, stock: [20, 25, 15], related: ['light-set', 'lock-chain'], description: 'A commuter helmet with a rear LED and a reflective band.' },
  { id: 'kypara-trail', name: 'Trail Helmet', brand: 'Tuisku', category: 'helmets', image: 'helmet', price: 11900, option: { name: 'Size', values: ['M', 'L'] }, stock: [3, 0], restockDays: 5, related: ['gloves-winter'], description: 'An extended-coverage helmet for gravel and trail riding.' },
  { id: 'kids-helmet', name: 'Kids Helmet', brand: 'Tuisku', category: 'helmets', image: 'helmet', price: 3900, stock: [30], description: 'A light helmet for young riders, with an adjustable dial.' },
  { id: 'jersey-pro', name: 'Pro Jersey', brand: 'Revontuli', category: 'jerseys', image: 'jersey', price: 8900, option: { name: 'Size', values: SIZES }, stock: [5, 9, 7, 2], related: ['gloves-summer', 'kypara-aero'], description: 'A close-fitting short-sleeve jersey with three rear pockets.' },
  { id: 'jersey-merino', name: 'Merino Long Sleeve', brand: 'Revontuli', category: 'jerseys', image: 'jersey', price: 11900, option: { name: 'Size', values: SIZES }, stock: [3, 4, 0, 1], restockDays: 8, related: ['jacket-rain', 'gloves-winter'], description: 'A merino wool long-sleeve jersey for cool autumn rides.' },
  { id: 'jersey-kids', name: 'Kids Jersey', brand: 'Revontuli', category: 'jerseys', image: 'jersey', price: 3900, option: { name: 'Size', values: ['122', '134', '146'] }, stock: [6, 6, 6], description: 'A bright jersey for young riders.' },
  { id: 'jacket-rain', name: 'Sade Rain Jacket', brand: 'Revontuli', category: 'jackets', image: 'jacket', price: 15900, option: { name: 'Size', values: SIZES }, stock: [4, 6, 5, 3], related: ['gloves-winter', 'light-set'], description: 'A waterproof, breathable jacket that packs into its own pocket.' },
  { id: 'jacket-winter', name: 'Talvi Winter Jacket', brand: 'Revontuli', category: 'jackets', image: 'jacket', price: 21900, option: { name: 'Size', values: SIZES }, stock: [2, 2, 1, 0], restockDays: 9, related: ['gloves-winter', 'tyre-studded'], description: 'An insulated jacket for winter commuting down to -20 °C.' },
  { id: 'vest-wind', name: 'Wind Vest', brand: 'Revontuli', category: 'jackets', image: 'jacket', price: 6900, option: { name: 'Size', values: SIZES }, stock: [8, 8, 8, 8], description: 'A light windproof vest with reflective details.' },
  { id: 'trousers-road', name: 'Matka Bib Tights', brand: 'Revontuli', category: 'trousers', image: 'jersey', price: 9900, option: { name: 'Size', values: SIZES }, stock: [4, 6, 6, 3], related: ['gloves-summer', 'shoes-road'], description: 'Padded bib tights for long summer rides, with reflective ankles.' },
  { id: 'gloves-summer', name: 'Summer Gloves', brand: 'Tuisku', category: 'gloves', image: 'gloves', price: 2900, option: { name: 'Size', values: SIZES }, stock: [15, 20, 18, 9], description: 'Short-finger gloves with gel padding.' },
  { id: 'gloves-winter', name: 'Winter Lobster Gloves', brand: 'Tuisku', category: 'gloves', image: 'gloves', price: 5900, option: { name: 'Size', values: SIZES }, stock: [4, 0, 6, 2], restockDays: 6, description: 'Three-finger lobster gloves that stay warm at -15 °C.' },
  { id: 'gloves-gravel', name: 'Gravel Gloves', brand: 'Tuisku', category: 'gloves', image: 'gloves', price: 3900, option: { name: 'Size', values: SIZES }, stock: [5, 5, 5, 5], description: 'Full-finger gloves with a touch-screen thumb.' },
  { id: 'shoes-road', name: 'Road Shoes', brand: 'Kiito', category: 'shoes', image: 'shoes', price: 17900, option: { name: 'Size', values: SHOE_SIZES }, stock: [1, 3, 4, 4, 2, 1], restockDays: 7, related: ['jersey-pro'], description: 'Stiff carbon-soled road shoes with a dial closure.' },
  { id: 'shoes-gravel', name: 'Gravel Shoes', brand: 'Kiito', category: 'shoes', image: 'shoes', price: 13900, option: { name: 'Size', values: SHOE_SIZES }, stock: [2, 2, 2, 2, 2, 2], description: 'Walkable two-bolt shoes for gravel and touring.' },
  { id: 'shoes-winter', name: 'Winter Boots', brand: 'Kiito', category: 'shoes', image: 'shoes', price: 22900, option: { name: 'Size', values: SHOE_SIZES }, stock: [0, 1, 1, 0, 1, 0], restockDays: 12, description: 'Insulated, waterproof cycling boots for snow and slush.' },
  { id: 'light-set', name: 'Valo Light Set', brand: 'Kaamos', category: 'lights', image: 'light', price: 4900, stock: [40], description: 'A USB-rechargeable front and rear light set, 400 lumen front.' },
  { id: 'light-pro', name: 'Valo Pro 1200', brand: 'Kaamos', category: 'lights', image: 'light', price: 12900, stock: [7], description: 'A 1200-lumen front light for dark November mornings.' },
  { id: 'tyre-gravel', name: 'Gravel Tyre 700×42', brand: 'Routa', category: 'tyres', image: 'tyre', price: 4500, stock: [24], maxPerOrder: 8, description: 'A tubeless-ready gravel tyre with a fast centre tread.' },
  { id: 'tyre-studded', name: 'Studded Winter Tyre 700×40', brand: 'Routa', category: 'tyres', image: 'tyre', price: 6900, stock: [3], restockDays: 4, maxPerOrder: 4, description: 'A 240-stud winter tyre for icy commutes.' },
  { id: 'chain-11', name: '11-speed Chain', brand: 'Ketju', category: 'drivetrain', image: 'chain', price: 3400, stock: [18], description: 'A nickel-plated 11-speed chain with a quick link.' },
  { id: 'chain-lube', name: 'Winter Chain Lube', brand: 'Ketju', category: 'drivetrain', image: 'chain', price: 1200, stock: [60], maxPerOrder: 10, description: 'A wet lube that survives salted roads.' },
  { id: 'lock-chain', name: 'Lukko Chain Lock', brand: 'Lukko', category: 'locks', image: 'lock', price: 7900, stock: [11], description: 'A hardened 10 mm chain lock, rated for city parking.' },
  { id: 'lock-folding', name: 'Lukko Folding Lock', brand: 'Lukko', category: 'locks', image: 'lock', price: 8900, stock: [0], description: 'A compact folding lock that mounts on the frame.' },
];

/** Finnish general VAT rate, in percent. */
export const VAT_RATE = 25.5;

function slugify(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Builds the catalogue; `imageUrl` turns an image name into a URL the page can load. */
export function buildCatalog(imageUrl: (name: ImageName) => string): { products: Product[]; categories: Category[] } {
  const products = PRODUCT_SEED.map((seed, index): Product => {
    const values = seed.option?.values ?? [''];
    const variants = values.map((value, i): Variant => ({
      id: value ? `${seed.id}-${slugify(value)}` : `${seed.id}-default`,
      sku: `PP-${seed.id.toUpperCase()}${value ? `-${slugify(value).toUpperCase()}` : ''}`,
      name: value,
      options: seed.option && value ? { [seed.option.name]: value } : {},
      price: money(seed.price),
      ...(seed.compareAt ? { compareAtPrice: money(seed.compareAt) } : {}),
      stock: seed.stock[i] ?? 0,
      ...(seed.restockDays ? { restockDays: seed.restockDays } : {}),
      minQuantity: 1,
      maxQuantity: seed.maxPerOrder ?? 99,
      quantityStep: 1,
    }));
    return {
      id: seed.id,
      slug: slugify(seed.name),
      name: seed.name,
      description: seed.description,
      brand: seed.brand,
      categoryIds: categoryPath(seed.category),
      images: [{ src: imageUrl(seed.image), alt: seed.name, width: 400, height: 300 }],
      variants,
      vatRate: VAT_RATE,
      relatedIds: seed.related ?? [],
      // The seed lists products oldest first, a day apart: "newest" shows the end of the list first.
      createdAt: new Date(Date.UTC(2025, 0, 1 + index)).toISOString(),
    };
  });
  return { products, categories: categoryTree() };
}

function categoryPath(id: string): string[] {
  const path: string[] = [];
  let current = CATEGORY_SEED.find((c) => c.id === id);
  while (current) {
    path.unshift(current.id);
    current = current.parent ? CATEGORY_SEED.find((c) => c.id === current!.parent) : undefined;
  }
  return path;
}

function categoryTree(parent?: string): Category[] {
  return CATEGORY_SEED.filter((c) => c.parent === parent).map((c) => ({
    id: c.id,
    name: c.name,
    slug: c.id,
    href: `#/category/${c.id}`,
    children: categoryTree(c.id),
  }));
}

const HELSINKI = 'Europe/Helsinki';

export const DELIVERY_METHODS: DeliveryMethod[] = [
  {
    id: 'home', kind: 'home', name: 'Home delivery', carrier: 'Posti', price: money(990), freeFrom: money(10000),
    promise: { timeZone: HELSINKI, cutoff: '14:00', transitDays: { min: 1, max: 2 }, holidays: 'FI' },
  },
  {
    id: 'pickup-point', kind: 'pickup-point', name: 'Pickup point', carrier: 'Matkahuolto', price: money(590), freeFrom: money(10000),
    promise: { timeZone: HELSINKI, cutoff: '14:00', transitDays: 1, deliveryDays: [1, 2, 3, 4, 5, 6], holidays: 'FI', readyFrom: '17:00' },
  },
  {
    id: 'store', kind: 'store', name: 'Click & collect in store', carrier: 'Pyöräpaja', price: money(0),
    promise: { timeZone: HELSINKI, cutoff: '16:00', transitDays: 0, dispatchDays: [1, 2, 3, 4, 5, 6], deliveryDays: [1, 2, 3, 4, 5, 6], holidays: 'FI', readyFrom: '18:00' },
  },
];

const fiAddress = (street: string, postalCode: string, city: string) => ({ name: '', street, postalCode, city, country: 'FI' });

export const PICKUP_POINTS: PickupPoint[] = [
  { id: 'mh-kamppi', methodId: 'pickup-point', name: 'Matkahuolto Kamppi', address: fiAddress('Urho Kekkosen katu 1', '00100', 'Helsinki'), openingHours: 'Mon-Sat 8-21' },
  { id: 'mh-kallio', methodId: 'pickup-point', name: 'R-kioski Kallio', address: fiAddress('Hämeentie 12', '00530', 'Helsinki'), openingHours: 'Mon-Sun 7-22' },
  { id: 'mh-tapiola', methodId: 'pickup-point', name: 'K-Market Tapiola', address: fiAddress('Tapiontori 3', '02100', 'Espoo'), openingHours: 'Mon-Sun 7-23' },
  { id: 'mh-tampere', methodId: 'pickup-point', name: 'Matkahuolto Tampere', address: fiAddress('Hatanpään valtatie 7', '33100', 'Tampere'), openingHours: 'Mon-Fri 8-20' },
  { id: 'mh-turku', methodId: 'pickup-point', name: 'S-market Turku Hansa', address: fiAddress('Yliopistonkatu 22', '20100', 'Turku'), openingHours: 'Mon-Sun 8-22' },
  { id: 'store-helsinki', methodId: 'store', name: 'Pyöräpaja Helsinki', address: fiAddress('Fredrikinkatu 40', '00100', 'Helsinki'), openingHours: 'Mon-Fri 10-19, Sat 10-16' },
  { id: 'store-tampere', methodId: 'store', name: 'Pyöräpaja Tampere', address: fiAddress('Hämeenkatu 20', '33200', 'Tampere'), openingHours: 'Mon-Fri 10-18, Sat 10-15' },
];

/**
 * One of the shop's stores for `getStoreAvailability`: how it hands out orders, and its shelf stock. A variant's
 * shelf stock is `stock[variantId]` when listed, else `share` of the variant's (warehouse) stock, rounded down.
 */
export interface LocalStore extends StoreParams {
  stock?: Readonly<Record<string, number>>;
  share?: number;
}

const weekdays = (open: string, close: string) => Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), { open, close }]));

/** The demo shop's stores, in Helsinki time: Kamppi keeps half the stock on its shelves, Tampere a quarter, Turku none. */
export const STORES: LocalStore[] = [
  {
    id: 'kamppi', name: 'Kamppi', city: 'Helsinki', timeZone: HELSINKI, share: 0.5,
    openingHours: { ...weekdays('10:00', '20:00'), 6: { open: '10:00', close: '18:00' }, 7: { open: '12:00', close: '18:00' } },
    reserveBy: '15:00', readyFrom: '17:00', transfer: { cutoff: '14:00', transitDays: 1 },
  },
  {
    id: 'tampere', name: 'Tampere', city: 'Tampere', timeZone: HELSINKI, share: 0.25,
    openingHours: { ...weekdays('10:00', '19:00'), 6: { open: '10:00', close: '17:00' } },
    reserveBy: '15:00', readyFrom: '17:00', transfer: { cutoff: '14:00', transitDays: 1 },
  },
  {
    id: 'turku', name: 'Turku', city: 'Turku', timeZone: HELSINKI, share: 0,
    openingHours: { ...weekdays('10:00', '18:00'), 6: { open: '10:00', close: '16:00' } },
    reserveBy: '14:00', readyFrom: '16:00', transfer: { cutoff: '14:00', transitDays: 2 },
  },
];

export const PAYMENT_METHODS: PaymentMethod[] = [
  { id: 'invoice', kind: 'invoice', name: 'Invoice (test)' },
  { id: 'card', kind: 'card', name: 'Card (test)' },
];

export const DISCOUNT_RULES: (DiscountRule & { expired?: boolean })[] = [
  { code: 'WELCOME10', description: '10 % off your first order', kind: 'percent', value: 10 },
  { code: 'RIDE20', description: '€20 off orders over €100', kind: 'fixed', value: 2000, minSubtotal: 10000 },
  { code: 'SUMMER2025', description: 'Summer 2025', kind: 'percent', value: 15, expired: true },
];

export const FREE_SHIPPING_THRESHOLD = money(10000);

/** A discount code the embedded backend knows; an expired one is refused with its own error. */
export type LocalDiscountRule = DiscountRule & { expired?: boolean };

/**
 * What the embedded backend sells, as plain data: products (their variants carry price and stock), the category
 * tree, and how orders are delivered and paid. Give `LocalCommerceAdapter` one through its `catalog` option; parts
 * left out are the demo shop's (`categories` excepted: none), so a list of products alone makes a working shop.
 */
export interface LocalCatalog {
  products: readonly Product[];
  categories?: readonly Category[];
  deliveryMethods?: readonly DeliveryMethod[];
  pickupPoints?: readonly PickupPoint[];
  paymentMethods?: readonly PaymentMethod[];
  discountRules?: readonly LocalDiscountRule[];
  /** Subtotal (after discounts) from which parcel delivery is free; null: never free. */
  freeShippingThreshold?: Money | null;
  /** The shop's stores, for `getStoreAvailability`; the demo's three unless given (`[]`: no stores). */
  stores?: readonly LocalStore[];
}

/** The demo bicycle shop as a complete catalogue; `imageUrl` turns an image name into a URL the page can load. */
export function demoCatalog(imageUrl: (name: ImageName) => string): Required<LocalCatalog> {
  const { products, categories } = buildCatalog(imageUrl);
  return {
    products,
    categories,
    deliveryMethods: DELIVERY_METHODS,
    pickupPoints: PICKUP_POINTS,
    paymentMethods: PAYMENT_METHODS,
    discountRules: DISCOUNT_RULES,
    freeShippingThreshold: FREE_SHIPPING_THRESHOLD,
    stores: STORES,
  };
}
