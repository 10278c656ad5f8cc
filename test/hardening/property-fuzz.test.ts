import { expect } from '@open-wc/testing';
import type { PropertyDeclaration } from 'lit';
import '../../src/define/index.js';
import { testAdapter } from '../helpers/shop.js';

/**
 * Malformed values set straight on every public property of every element src/define/index.ts registers, as a
 * page with a bug (or a hostile payload) would. Whatever the value, the element must not throw (no window error,
 * no unhandled rejection, no rejected update), must still render something (when it does with its defaults),
 * and for a value it refuses must say so once in the console, naming the element and the property.
 */

const cyclic: Record<string, unknown> = { id: 'cyclic', name: 'cyclic', slug: 'cyclic', href: '/c' };
cyclic['self'] = cyclic;
cyclic['children'] = [cyclic];
cyclic['variants'] = [cyclic];
cyclic['items'] = [cyclic];

const VALUES: readonly [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['42', 42],
  ['a word', 'not-valid'],
  ['true', true],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['-1', -1],
  ['1e308', 1e308],
  ['-1e308', -1e308],
  ['a cyclic object', cyclic],
  ['a 100 000 character string', 'x'.repeat(100_000)],
  ['an array of non-objects', [1, 'two', null, undefined, NaN]],
  ['an empty object', {}],
  ['an object missing fields', { id: 'p1', name: 'Half a thing' }],
  ['a function', () => 1],
];

/** Values also set before the element is connected. */
const BEFORE_CONNECT = new Set(['null', 'a word', 'NaN', 'a cyclic object', 'an empty object', 'an array of non-objects']);

/** Values no number property may keep: the element must refuse them (warn) and fall back. */
const BAD_NUMBERS = new Set(['NaN', 'Infinity', '-Infinity', 'a word', 'a cyclic object', 'an array of non-objects', 'an empty object', 'an object missing fields', 'a function', 'true']);
/** Values no object property set from script (data, services) may keep, whatever its type. */
const BAD_OBJECTS = new Set(['42', 'true', 'NaN', 'Infinity', 'a cyclic object', 'an array of non-objects', 'an empty object', 'an object missing fields']);
/** An empty GrowthBook payload or feature map is valid (no features), and so are unknown keys in it. */
const VALID_ANYWAY: Record<string, readonly string[]> = {
  payload: ['an empty object', 'an object missing fields', 'a cyclic object'],
  features: ['an empty object'],
  filters: ['an empty object'],
  // A map of swatch colours by option value: any map of strings is one.
  swatches: ['an empty object', 'an object missing fields'],
  // Hidden form fields by name (sf-quantity's no-JavaScript forms): any map of well-named strings is one.
  formFields: ['an empty object', 'an object missing fields'],
};

/** Every tag src/define/index.ts registers (the first test checks the two lists agree). */
const TAGS = [
  'sf-shop', 'sf-product-card', 'sf-product-list', 'sf-feedback', 'sf-telemetry-log', 'sf-delivery-promise',
  'sf-quantity', 'sf-add-to-cart', 'sf-cart-button', 'sf-cart-drawer', 'sf-cart', 'sf-experiments',
  'sf-checkout-steps', 'sf-order-confirmation', 'sf-order-status', 'sf-checkout', 'sf-nav', 'sf-breadcrumbs',
  'sf-search', 'sf-skip-link', 'sf-variant-picker', 'sf-filter-panel', 'sf-product-gallery', 'sf-store-availability',
  'sf-product-detail', 'sf-recently-viewed', 'sf-recommendations', 'sf-welcome-back',
] as const;

/** The tags src/define/index.ts registers, read from the module itself so a new element is fuzzed too. */
async function registeredTags(): Promise<string[]> {
  const source = await (await fetch(new URL('../../src/define/index.ts', import.meta.url))).text();
  // The dev server may hand back the module transformed (quotes, query strings): match the specifier alone.
  return [...new Set([...source.matchAll(/['"]\.\/(sf-[a-z-]+)\.(?:js|ts)\b/g)].map((m) => m[1]!))];
}

type Ctor = CustomElementConstructor & { elementProperties: Map<PropertyKey, PropertyDeclaration> };

function publicProperties(tag: string): [string, PropertyDeclaration][] {
  const ctor = customElements.get(tag) as Ctor | undefined;
  if (!ctor) throw new Error(`${tag} is not registered`);
  return [...ctor.elementProperties]
    .filter(([name, decl]) => typeof name === 'string' && !decl.state && !name.startsWith('_'))
    .map(([name, decl]) => [name as string, decl]);
}

function expectsWarning(name: string, decl: PropertyDeclaration, initial: unknown, label: string): boolean {
  if (VALID_ANYWAY[name]?.includes(label)) return false;
  if (decl.type === Number) return BAD_NUMBERS.has(label);
  if (decl.attribute === false && typeof initial !== 'string' && typeof initial !== 'function') return BAD_OBJECTS.has(label);
  return false;
}

function rendersSomething(el: HTMLElement): boolean {
  const root = el.shadowRoot;
  return !!root && (root.querySelector('*') !== null || (root.textContent ?? '').trim() !== '');
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('property fuzz: every element survives any value on any property', () => {
  let errors: string[] = [];
  let warnings: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error?.stack ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  const warn = console.warn;

  beforeEach(() => {
    errors = [];
    warnings = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
  });

  it('reads the registered tags and their properties', async () => {
    const tags = await registeredTags();
    expect(tags.length, tags.join()).to.be.greaterThan(15);
    // A new element is fuzzed only once it is listed here: fail until it is.
    expect([...tags].sort()).to.deep.equal([...TAGS].sort());
    for (const tag of tags) expect(publicProperties(tag).length, tag).to.be.greaterThan(0);
  });

  // One test per tag, so a failure names the element; the tag list is fixed when the suite is defined.
  for (const tag of TAGS) {
    it(`<${tag}>`, async function () {
      this.timeout(120_000);
      expect(await registeredTags()).to.include(tag);
      const failures: string[] = [];
      const shop = document.createElement('sf-shop') as HTMLElement & { adapter: unknown };
      shop.adapter = testAdapter();
      document.body.append(shop);
      try {
        // An element that renders nothing with its defaults (no order, no items yet) may render nothing for a refused
        // value too: that is its empty state. One that renders something must not go blank.
        const blank = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
        (tag === 'sf-shop' ? document.body : shop).append(blank);
        await blank.updateComplete;
        await nextTask();
        const rendersByDefault = rendersSomething(blank);
        blank.remove();
        for (const [name, decl] of publicProperties(tag)) {
          // Set on a connected element, and (a few kinds of value) before connecting it, as a page building elements
          // with createElement does: connecting already runs code that reads what was set.
          for (const [label, value, beforeConnect] of [
            ...VALUES.map(([l, v]) => [l, v, false] as const),
            ...VALUES.filter(([l]) => BEFORE_CONNECT.has(l)).map(([l, v]) => [l, v, true] as const),
          ]) {
            const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };
            const initial = el[name];
            const before = errors.length;
            warnings = [];
            try {
              if (beforeConnect) el[name] = value;
              (tag === 'sf-shop' ? document.body : shop).append(el);
              if (!beforeConnect) el[name] = value;
              await el.updateComplete;
              await nextTask();
              await el.updateComplete;
            } catch (e) {
              errors.push(String((e as Error)?.stack ?? e));
            }
            const what = `${name} = ${label}${beforeConnect ? ' (set before connecting)' : ''}`;
            if (errors.length > before) failures.push(`${what}: threw ${errors.slice(before).join(' | ').slice(0, 300)}`);
            if (rendersByDefault && !rendersSomething(el)) failures.push(`${what}: rendered nothing`);
            if (expectsWarning(name, decl, initial, label)) {
              const named = warnings.filter((w) => w.includes(`<${tag}>`) && w.includes(name));
              if (named.length === 0) failures.push(`${what}: no console warning naming <${tag}> and ${name}`);
              else if (named.length > 1 && new Set(named).size < named.length) failures.push(`${what}: warned ${named.length} times: ${named.join(' / ')}`);
            }
            el.remove();
          }
        }
      } finally {
        shop.remove();
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});
