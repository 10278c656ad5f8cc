/**
 * Pure helpers for store navigation: finding a category's path in the tree, deciding which link is the current
 * page, flattening the tree, collapsing a breadcrumb trail, moving an active index with the keyboard, and building
 * a search URL. No DOM: these run in Node as well as the browser.
 */

/**
 * A node of a navigation tree. The commerce `Category` fits this shape; hand-made menus build it from links.
 * A node without `href` is a heading that only groups its children.
 */
export interface NavItem {
  id: string;
  name: string;
  href?: string;
  children: readonly NavItem[];
}

/** One step of a breadcrumb trail. The last step is the current page; `href` may be absent for it. */
export interface Crumb {
  label: string;
  href?: string;
}

/** A node of the flattened tree, in document (depth-first) order. */
export interface FlatNavItem {
  item: NavItem;
  depth: number;
  /** Ids from the root down to the node's parent. */
  ancestors: readonly string[];
}

/** The nodes from a root down to the first node (depth-first) that satisfies `match`; empty when none does. */
export function findPath(tree: readonly NavItem[], match: (item: NavItem) => boolean): NavItem[] {
  for (const item of tree) {
    if (match(item)) return [item];
    const below = findPath(item.children, match);
    if (below.length > 0) return [item, ...below];
  }
  return [];
}

/** The nodes from a root down to the category with this id; empty when the tree has no such category. */
export function pathToCategory(tree: readonly NavItem[], id: string): NavItem[] {
  return id ? findPath(tree, (item) => item.id === id) : [];
}

/** Every node of the tree, depth-first, with its depth and ancestors. */
export function flattenTree(tree: readonly NavItem[], depth = 0, ancestors: readonly string[] = []): FlatNavItem[] {
  return tree.flatMap((item) => [
    { item, depth, ancestors },
    ...flattenTree(item.children, depth + 1, [...ancestors, item.id]),
  ]);
}

/**
 * Normalises an href for comparison: resolved against `base` (so `/bikes`, `bikes/` and
 * `https://shop.example/bikes` match on that origin), trailing slashes of the path ignored. Hash routes
 * (`#/category/bikes`) compare by their hash.
 */
export function normaliseHref(href: string, base = 'https://shop.invalid/'): string {
  const trimmed = href.trim();
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return trimmed;
  }
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const hash = url.hash.length > 1 ? url.hash.replace(/\/+$/, '') : '';
  return `${url.origin}${path}${url.search}${hash}`;
}

/**
 * Whether `item` is the page `current` names. `current` is a category id or an href; an href matches after
 * {@link normaliseHref} with the same `base`.
 */
export function isCurrentItem(item: NavItem, current: string | undefined | null, base?: string): boolean {
  if (!current) return false;
  if (item.id === current) return true;
  if (!item.href) return false;
  return normaliseHref(item.href, base) === normaliseHref(current, base);
}

/** The path from a root to the current page's node; empty when no node is current. */
export function currentPath(tree: readonly NavItem[], current: string | undefined | null, base?: string): NavItem[] {
  return current ? findPath(tree, (item) => isCurrentItem(item, current, base)) : [];
}

/**
 * The breadcrumb trail for a category: its ancestors and itself, each linking to its page. With `currentLabel`
 * (a product page) the product is appended as the current page and the category stays a link.
 * An unknown category gives just the `currentLabel` step, or nothing.
 */
export function breadcrumbTrail(tree: readonly NavItem[], categoryId: string, currentLabel?: string): Crumb[] {
  const crumbs: Crumb[] = pathToCategory(tree, categoryId).map((item) =>
    item.href ? { label: item.name, href: item.href } : { label: item.name },
  );
  if (currentLabel) crumbs.push({ label: currentLabel });
  return crumbs;
}

/**
 * The middle of a trail of `length` steps that may collapse, keeping `head` steps at the start and `tail` at the
 * end; `null` when collapsing would hide nothing. `end` is exclusive.
 */
export function collapsibleRange(length: number, head = 1, tail = 2): { start: number; end: number } | null {
  const start = Math.max(0, head);
  const end = length - Math.max(0, tail);
  return end - start >= 1 ? { start, end } : null;
}

/** A keyboard movement within a list of items. */
export type Move = 'next' | 'previous' | 'first' | 'last';

/**
 * The index after a movement in a list of `length` items. `index` -1 means "none active": `next` goes to the
 * first item and `previous` to the last. With `wrap`, moving past an end continues at the other end.
 * Returns -1 for an empty list.
 */
export function moveIndex(index: number, length: number, move: Move, wrap = true): number {
  if (length <= 0) return -1;
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return length - 1;
    case 'next':
      if (index < 0) return 0;
      return index >= length - 1 ? (wrap ? 0 : length - 1) : index + 1;
    case 'previous':
      if (index < 0) return length - 1;
      return index <= 0 ? (wrap ? length - 1 : 0) : index - 1;
  }
}

/**
 * The URL of a search results page: `action` with `q` set to the query, keeping any parameters or hash route
 * `action` already has (`/search` → `/search?q=gravel+bike`, `#/search` → `#/search?q=gravel+bike`).
 */
export function searchUrl(action: string, text: string, param = 'q'): string {
  const query = new URLSearchParams({ [param]: text.trim() }).toString();
  const hashAt = action.indexOf('#');
  // A hash route carries its own query after the hash, so that the router (not the server) reads it.
  if (hashAt >= 0) {
    const route = action.slice(hashAt);
    return `${action.slice(0, hashAt)}${route}${route.includes('?') ? '&' : '?'}${query}`;
  }
  return `${action}${action.includes('?') ? '&' : '?'}${query}`;
}

/** Most items a navigation shows on one level: a menu longer than this is a backend bug, not a menu. */
export const NAV_MAX_PER_LEVEL = 60;
/** Deepest level a navigation shows. */
export const NAV_MAX_DEPTH = 6;

const capped = new WeakMap<readonly NavItem[], readonly NavItem[]>();

/**
 * The tree cut to `NAV_MAX_PER_LEVEL` items per level and `NAV_MAX_DEPTH` levels, so a category tree of
 * thousands (a backend ignoring any limit) renders a usable menu. The same input gives the same output object.
 */
export function capNavTree(tree: readonly NavItem[], depth = 0): readonly NavItem[] {
  const known = capped.get(tree);
  if (known) return known;
  const items = tree.length > NAV_MAX_PER_LEVEL ? tree.slice(0, NAV_MAX_PER_LEVEL) : tree;
  let changed = items !== tree;
  const out = items.map((item) => {
    const children = depth + 1 >= NAV_MAX_DEPTH ? [] : capNavTree(item.children, depth + 1);
    if (children === item.children) return item;
    changed = true;
    return { ...item, children };
  });
  const result = changed ? out : tree;
  capped.set(tree, result);
  return result;
}
