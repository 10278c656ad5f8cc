import type { CommerceAdapter } from '../../src/core/adapter.js';
import { CommerceError } from '../../src/core/errors.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { testAdapter } from '../helpers/shop.js';
import { XSS_TEXT, XSS_URLS } from './xss-corpus.js';

/** Text fields of shop data a shopper reads; every one of them is replaced by a payload. */
const TEXT_KEYS = new Set(['name', 'variantName', 'description', 'brand', 'carrier', 'street', 'city', 'openingHours', 'alt']);
/** URL fields; replaced by URL payloads. */
const URL_KEYS = new Set(['src', 'href']);

export interface Hostile {
  /** The poisoning adapter, to hand to `<sf-shop>`. */
  adapter: CommerceAdapter;
  /** The honest backend underneath (faults, orders, stock). */
  local: LocalCommerceAdapter;
  /** Shifts which payloads land where, so repeated renders cover the whole corpus. */
  offset: number;
  /** Every message of an error the backend threw, as the backend phrased it. */
  readonly thrown: string[];
}

/** A marker in every hostile error message, so a test can tell the raw message was never shown. */
export const RAW_MARKER = 'RAW-BACKEND-MESSAGE';

/**
 * The embedded backend, with every text field it returns replaced by an XSS payload, every URL by a `javascript:`
 * or `data:` URL, every discount code and description poisoned, and every error message hostile. Ids stay
 * intact so the shop still works.
 */
export function hostileAdapter(local: LocalCommerceAdapter = testAdapter(), texts = XSS_TEXT, urls = XSS_URLS): Hostile {
  const state: Hostile = { adapter: undefined as unknown as CommerceAdapter, local, offset: 0, thrown: [] };
  const poison = (value: unknown): unknown => {
    let n = state.offset;
    let u = state.offset;
    const walk = (v: unknown, parentKey = ''): unknown => {
      if (Array.isArray(v)) return v.map((x) => walk(x, parentKey));
      if (typeof v !== 'object' || v === null) return v;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (typeof x === 'string' && (TEXT_KEYS.has(k) || (parentKey === 'discounts' && k === 'code'))) {
          out[k] = texts[n++ % texts.length];
        } else if (typeof x === 'string' && URL_KEYS.has(k)) {
          out[k] = urls[u++ % urls.length];
        } else if (k === 'options' && typeof x === 'object' && x) {
          out[k] = Object.fromEntries(Object.keys(x).map((o) => [o, texts[n++ % texts.length]]));
        } else {
          out[k] = walk(x, k);
        }
      }
      return out;
    };
    return walk(value);
  };
  const hostileError = (e: unknown): never => {
    const code = e instanceof CommerceError ? e.code : 'unknown';
    const message = `${RAW_MARKER} ${texts[state.thrown.length % texts.length]}`;
    state.thrown.push(message);
    throw new CommerceError(code, message, {
      ...(e instanceof CommerceError && e.field ? { field: e.field } : {}),
      ...(e instanceof CommerceError && e.available !== undefined ? { available: e.available } : {}),
      ...(e instanceof CommerceError ? { retryable: e.retryable } : {}),
    });
  };
  state.adapter = new Proxy(local, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'constructor') return value;
      if (prop === 'subscribe') {
        return (listener: (c: unknown) => void) => local.subscribe((c) => listener(poison(c)));
      }
      return (...args: unknown[]) => {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (e) {
          return Promise.reject(e).catch(hostileError);
        }
        return result instanceof Promise ? result.then(poison, hostileError) : result;
      };
    },
  }) as unknown as CommerceAdapter;
  return state;
}

/**
 * Everything rendered under `root`, through every open shadow root (and slotted light DOM), as a flat list.
 */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  return out;
}

/** Markup that an injection left behind: script elements, inline handlers, script or data URLs (but images), embeds. */
export function injectedMarkup(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of allElements(root)) {
    const tag = el.localName;
    if (['script', 'iframe', 'object', 'embed', 'base', 'meta'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'style' && !el.closest('template')) found.push('<style> element from data');
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) found.push(`<${tag} ${attr}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data'].includes(attr)) {
        const raw = el.getAttribute(attr) ?? '';
        // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme
        const cleaned = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
        let protocol: string;
        try {
          protocol = new URL(raw, location.href).protocol;
        } catch {
          protocol = '';
        }
        // An image cannot run script, SVG included: `data:image/*` is allowed as an <img> source (bundlers inline images).
        const inlineImage = tag === 'img' && (attr === 'src' || attr === 'srcset') && /^data:image\//.test(cleaned);
        if (!inlineImage && (/^(javascript|data|vbscript):/.test(cleaned) || ['javascript:', 'data:', 'vbscript:'].includes(protocol))) {
          found.push(`<${tag} ${attr}="${raw.slice(0, 40)}">`);
        }
      }
    }
  }
  return found;
}

/** All text a shopper could read under `root`, through shadow roots. */
export function renderedText(root: ParentNode): string {
  return allElements(root).map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).join(' ');
}

/** Records alert/confirm/prompt/print calls instead of opening dialogs; call `restore()` after the test. */
export function trapDialogs() {
  const calls: string[] = [];
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };
  window.alert = (m?: unknown) => void calls.push(`alert ${String(m)}`);
  window.confirm = (m?: string) => (calls.push(`confirm ${String(m)}`), false);
  window.prompt = (m?: string) => (calls.push(`prompt ${String(m)}`), null);
  window.print = () => void calls.push('print');
  const w = window as unknown as Record<string, unknown>;
  delete w['__xss'];
  return {
    calls,
    /** Globals payloads would set. */
    injected: () => w['__xss'],
    restore() {
      Object.assign(window, originals);
    },
  };
}
