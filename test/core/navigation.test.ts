import '../../src/messages/locales/all.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  breadcrumbTrail, collapsibleRange, currentPath, findPath, flattenTree, isCurrentItem, moveIndex, normaliseHref,
  pathToCategory, searchUrl, capNavTree, NAV_MAX_PER_LEVEL, NAV_MAX_DEPTH, type NavItem,
} from '../../src/core/navigation.js';
import { navMessages } from '../../src/messages/nav.js';

const tree: NavItem[] = [
  {
    id: 'bikes', name: 'Bikes', href: '#/category/bikes', children: [
      { id: 'road-bikes', name: 'Road bikes', href: '#/category/road-bikes', children: [] },
      { id: 'gravel-bikes', name: 'Gravel bikes', href: '#/category/gravel-bikes', children: [
        { id: 'bikepacking', name: 'Bikepacking', href: '/gravel/bikepacking/', children: [] },
      ] },
    ],
  },
  { id: 'service', name: 'Service', children: [{ id: 'repair', name: 'Repairs', href: '/service/repair', children: [] }] },
  { id: 'outlet', name: 'Outlet', href: 'https://shop.example/outlet', children: [] },
];

const names = (items: readonly NavItem[]) => items.map((i) => i.name);

describe('navigation tree helpers', () => {
  it('finds the path from the root to a category, or nothing for an unknown id', () => {
    expect(names(pathToCategory(tree, 'bikepacking'))).to.deep.equal(['Bikes', 'Gravel bikes', 'Bikepacking']);
    expect(names(pathToCategory(tree, 'outlet'))).to.deep.equal(['Outlet']);
    expect(pathToCategory(tree, 'nope')).to.deep.equal([]);
    expect(pathToCategory(tree, '')).to.deep.equal([]);
    expect(names(findPath(tree, (i) => i.name === 'Repairs'))).to.deep.equal(['Service', 'Repairs']);
  });

  it('flattens depth-first with depth and ancestors', () => {
    const flat = flattenTree(tree);
    expect(flat.map((f) => f.item.id)).to.deep.equal(['bikes', 'road-bikes', 'gravel-bikes', 'bikepacking', 'service', 'repair', 'outlet']);
    const deep = flat.find((f) => f.item.id === 'bikepacking')!;
    expect(deep.depth).to.equal(2);
    expect(deep.ancestors).to.deep.equal(['bikes', 'gravel-bikes']);
  });

  it('matches the current page by id or by href, ignoring trailing slashes and resolving relative URLs', () => {
    const gravel = tree[0]!.children[1]!;
    const bikepacking = gravel.children[0]!;
    expect(isCurrentItem(gravel, 'gravel-bikes')).to.equal(true);
    expect(isCurrentItem(gravel, '#/category/gravel-bikes/')).to.equal(true);
    expect(isCurrentItem(gravel, '#/category/gravel')).to.equal(false);
    expect(isCurrentItem(bikepacking, '/gravel/bikepacking')).to.equal(true);
    expect(isCurrentItem(bikepacking, 'https://shop.example/gravel/bikepacking', 'https://shop.example/')).to.equal(true);
    expect(isCurrentItem(bikepacking, 'https://other.example/gravel/bikepacking', 'https://shop.example/')).to.equal(false);
    expect(isCurrentItem(tree[1]!, '')).to.equal(false);
    expect(names(currentPath(tree, '/service/repair'))).to.deep.equal(['Service', 'Repairs']);
    expect(currentPath(tree, undefined)).to.deep.equal([]);
  });

  it('keeps query strings and hash routes distinct when normalising', () => {
    expect(normaliseHref('/search?q=a')).to.not.equal(normaliseHref('/search?q=b'));
    expect(normaliseHref('#/category/a')).to.not.equal(normaliseHref('#/category/b'));
    expect(normaliseHref('/')).to.equal(normaliseHref('https://shop.invalid/'));
  });

  it('builds a breadcrumb trail for a category, and for a product in it', () => {
    expect(breadcrumbTrail(tree, 'gravel-bikes')).to.deep.equal([
      { label: 'Bikes', href: '#/category/bikes' },
      { label: 'Gravel bikes', href: '#/category/gravel-bikes' },
    ]);
    expect(breadcrumbTrail(tree, 'road-bikes', 'Aurora Road 105')).to.deep.equal([
      { label: 'Bikes', href: '#/category/bikes' },
      { label: 'Road bikes', href: '#/category/road-bikes' },
      { label: 'Aurora Road 105' },
    ]);
    expect(breadcrumbTrail(tree, 'repair')[0]).to.deep.equal({ label: 'Service' });
    expect(breadcrumbTrail(tree, 'unknown', 'A product')).to.deep.equal([{ label: 'A product' }]);
  });

  it('collapses only a middle that hides at least one step', () => {
    expect(collapsibleRange(3)).to.equal(null);
    expect(collapsibleRange(4)).to.deep.equal({ start: 1, end: 2 });
    expect(collapsibleRange(6)).to.deep.equal({ start: 1, end: 4 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), (length, head, tail) => {
        const range = collapsibleRange(length, head, tail);
        if (range === null) return length - head - tail < 1;
        // The first `head` and last `tail` steps always stay visible.
        return range.start === head && range.end === length - tail && range.end > range.start;
      }),
    );
  });

  it('moves an active index with wrapping or clamping, and from "none"', () => {
    expect(moveIndex(-1, 5, 'next')).to.equal(0);
    expect(moveIndex(-1, 5, 'previous')).to.equal(4);
    expect(moveIndex(4, 5, 'next')).to.equal(0);
    expect(moveIndex(0, 5, 'previous')).to.equal(4);
    expect(moveIndex(4, 5, 'next', false)).to.equal(4);
    expect(moveIndex(0, 5, 'previous', false)).to.equal(0);
    expect(moveIndex(2, 5, 'first')).to.equal(0);
    expect(moveIndex(2, 5, 'last')).to.equal(4);
    expect(moveIndex(0, 0, 'next')).to.equal(-1);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: -1, max: 39 }), fc.constantFrom('next', 'previous', 'first', 'last' as const), fc.boolean(), (length, raw, move, wrap) => {
        const index = Math.min(raw, length - 1);
        const next = moveIndex(index, length, move, wrap);
        return next >= 0 && next < length;
      }),
    );
  });

  it('builds search URLs for paths, existing queries and hash routes, encoding the text', () => {
    expect(searchUrl('/search', ' gravel bike ')).to.equal('/search?q=gravel+bike');
    expect(searchUrl('/search?lang=fi', 'kypärä')).to.equal('/search?lang=fi&q=kyp%C3%A4r%C3%A4');
    expect(searchUrl('#/search', 'a&b')).to.equal('#/search?q=a%26b');
    expect(searchUrl('/shop#/search', 'x')).to.equal('/shop#/search?q=x');
  });

  it('has messages in all three languages, with plural result counts', () => {
    expect(navMessages.en.resultCount(1)).to.equal('1 result');
    expect(navMessages.en.resultCount(5)).to.equal('5 results');
    expect(navMessages.fi.resultCount(1)).to.equal('1 tulos');
    expect(navMessages.fi.resultCount(5)).to.equal('5 tulosta');
    expect(navMessages.sv.resultCount(5)).to.equal('5 resultat');
    expect(navMessages.fi.mainNav).to.equal('Päävalikko');
    expect(navMessages.sv.mainNav).to.equal('Huvudmeny');
  });

  it('caps a runaway tree per level and in depth, and leaves a normal tree as it is', () => {
    expect(capNavTree(tree)).to.equal(tree);
    const wide: NavItem[] = Array.from({ length: 2000 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, children: [] }));
    expect(capNavTree(wide)).to.have.length(NAV_MAX_PER_LEVEL);
    let deep: NavItem = { id: 'leaf', name: 'Leaf', children: [] };
    for (let i = 0; i < 20; i += 1) deep = { id: `d${i}`, name: `D${i}`, children: [deep] };
    let levels = 0;
    for (let level = capNavTree([deep]); level.length > 0; level = level[0]!.children) levels += 1;
    expect(levels).to.equal(NAV_MAX_DEPTH);
  });
});
