/**
 * The bench's backend: the embedded bicycle shop (`LocalCommerceAdapter`) given a larger, synthetic catalogue, so
 * that carts of 10, 100 and 500 lines can hold distinct variants (the real catalogue has 32 products with 94
 * variants).
 *
 * The catalogue is the real one plus `copies` synthetic copies of each real product (id `<product>~<n>`, name
 * `<name> <n>`, every variant in stock 50, same price, images and VAT). A cart of N lines is seeded through the
 * adapter's own `seedCart`, one line per distinct synthetic variant, so it is stored and priced exactly as the
 * embedded backend does.
 */
import { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { demoCatalog } from '../../src/adapters/local/catalog.js';
import type { Product } from '../../src/core/model.js';

export interface BenchAdapterOptions {
  storageKey: string;
  /** Synthetic copies of each real product (0: the real catalogue only). */
  copies?: number;
  imageBase?: string;
  /** Delay of every call, in ms (0: answers in the next microtask, like the embedded backend). */
  latencyMs?: number;
}

export function syntheticProducts(products: readonly Product[], copies: number): Product[] {
  const out: Product[] = [...products];
  for (let n = 1; n <= copies; n++) {
    for (const p of products) {
      out.push({
        ...p,
        id: `${p.id}~${n}`,
        slug: `${p.slug}-${n}`,
        name: `${p.name} ${n}`,
        relatedIds: [],
        variants: p.variants.map((v) => ({ ...v, id: `${v.id}~${n}`, sku: `${v.sku}-${n}`, stock: 50, maxQuantity: 99 })),
      });
    }
  }
  return out;
}

/** The embedded backend over the synthetic catalogue. */
export function benchAdapter(options: BenchAdapterOptions): LocalCommerceAdapter {
  const imageBase = options.imageBase ?? '/images';
  const demo = demoCatalog((n) => `${imageBase}/${n}.svg`);
  return new LocalCommerceAdapter({
    storageKey: options.storageKey,
    crossTab: false,
    catalog: { ...demo, products: syntheticProducts(demo.products, options.copies ?? 0) },
    faults: { latencyMs: options.latencyMs ?? 0 },
  });
}

/** Seeds a cart of `lines` distinct synthetic variants (quantity 1). */
export function seedCart(adapter: LocalCommerceAdapter, lines: number): void {
  const variants = adapter.allProducts().filter((p) => p.id.includes('~')).flatMap((p) => p.variants.map((v) => ({ p, v })));
  if (variants.length < lines) throw new Error(`Only ${variants.length} synthetic variants for ${lines} lines.`);
  adapter.seedCart(variants.slice(0, lines).map(({ p, v }) => ({ productId: p.id, variantId: v.id })));
}
