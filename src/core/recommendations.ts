import type { Product } from './model.js';

/**
 * Recommendation strategies, ranked in the browser from the shopper's own history (never sent anywhere):
 * - `complete-the-look`: what goes with the product (or cart) in view: the backend's related products, without
 *   more of the same kind (no second bike beside the bike);
 * - `because-you-viewed`: what relates to the products viewed most recently;
 * - `popular-in-category`: the backend's own order of a category (its relevance), for the category in view or
 *   the one viewed most.
 */
export type RecommendationStrategy = 'complete-the-look' | 'because-you-viewed' | 'popular-in-category';
export const RECOMMENDATION_STRATEGIES: readonly RecommendationStrategy[] = ['complete-the-look', 'because-you-viewed', 'popular-in-category'];

export const isRecommendationStrategy = (v: unknown): v is RecommendationStrategy =>
  typeof v === 'string' && (RECOMMENDATION_STRATEGIES as readonly string[]).includes(v);

/** What the ranking knows about the shopper: ids only, newest first. */
export interface RecommendationContext {
  viewedIds: readonly string[];
  /** Most viewed first. */
  categoriesViewed: readonly string[];
  purchasedIds: readonly string[];
}

export interface RankInput {
  strategy: RecommendationStrategy;
  /** Candidates in the backend's order (related products, or a category listing). */
  candidates: readonly Product[];
  /** The products in view (the product page's product, or the cart's): never recommended. */
  anchors: readonly Product[];
  /** Products in the cart: never recommended. */
  cartProductIds: readonly string[];
  history: RecommendationContext;
  limit: number;
}

const leaf = (p: Product): string | undefined => p.categoryIds[p.categoryIds.length - 1];
const inStock = (p: Product): boolean => p.variants.some((v) => v.stock > 0 || (v.restockDays ?? 0) > 0);

/**
 * The candidates worth showing, best first, at most `limit`. Deterministic: the same input always gives the same
 * list (ties keep the backend's order). Never includes an anchor, a product in the cart or one already bought.
 */
export function rankRecommendations(input: RankInput): Product[] {
  const excluded = new Set([...input.anchors.map((p) => p.id), ...input.cartProductIds, ...input.history.purchasedIds]);
  const anchorLeaves = new Set(input.anchors.map(leaf).filter((c): c is string => !!c));
  const viewedCategories = input.history.categoriesViewed;
  const viewed = input.history.viewedIds;
  const seen = new Set<string>();
  const scored: { product: Product; score: number; index: number }[] = [];
  input.candidates.forEach((product, index) => {
    if (excluded.has(product.id) || seen.has(product.id) || !inStock(product)) return;
    seen.add(product.id);
    // More of the same kind does not complete a look: no second bike beside the bike.
    if (input.strategy === 'complete-the-look' && anchorLeaves.has(leaf(product) ?? '')) return;
    let score = 0;
    if (input.strategy !== 'popular-in-category') {
      // Fits what they looked at: a category they viewed counts more the more they viewed it.
      for (const c of product.categoryIds) {
        const rank = viewedCategories.indexOf(c);
        if (rank >= 0) score += Math.max(1, 5 - rank);
      }
      // A product they looked at themselves, more so when recently.
      const v = viewed.indexOf(product.id);
      if (v >= 0) score += Math.max(1, 4 - v);
    }
    scored.push({ product, score, index });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, Math.max(0, Math.floor(input.limit))).map((s) => s.product);
}
