// A small stand-in for @lit-labs/ssr's `render()` + `collectResultSync()`, for tests only.
//
// @lit-labs/ssr is not installed in this repository (only @lit-labs/ssr-dom-shim, which lit's Node build uses), so
// the Node SSR test drives kit elements through the same server lifecycle as @lit-labs/ssr 4.x's
// LitElementRenderer, with `litSsrCallConnectedCallback` on (what context on the server needs):
//   new Ctor() -> attributes (attributeToProperty) and property bindings -> enableUpdating made a no-op ->
//   connectedCallback() -> willUpdate(changedProperties) -> ReactiveElement.prototype.update (reflection only) ->
//   <style> + render() into a declarative shadow root; light children follow, their event parent being the element
//   (so `context-request` events reach <sf-shop>, as the shim's event path does under @lit-labs/ssr).
// It emits plain HTML with declarative shadow DOM but no hydration markers (<!--lit-part-->): it proves that elements
// render on the server and what they render, not that @lit-labs/ssr-client can hydrate the output.
//
// Import this module only after the elements' define modules are loaded in the same process (same lit instance).
import { LitElement, ReactiveElement, nothing, noChange } from 'lit';
import { _$LE } from 'lit-element/private-ssr-support.js';

const { attributeToProperty, changedProperties } = _$LE;

// As @lit-labs/ssr does: the real createRenderRoot adopts styles through document APIs.
LitElement.prototype.createRenderRoot = function createRenderRoot() {
  return this.shadowRoot ?? this.attachShadow(this.constructor.shadowRootOptions);
};

const PART = { ATTRIBUTE: 1, CHILD: 2, PROPERTY: 3, BOOLEAN: 4, EVENT: 5, ELEMENT: 6 };
const RAW_TEXT = new Set(['style', 'script', 'textarea', 'title']);

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Resolves directive results (repeat, live, guard, styleMap …) the way @lit-labs/ssr does: `render()` only. */
function resolve(value, type, name, strings) {
  let v = value;
  while (v && typeof v === 'object' && v._$litDirective$) {
    const Ctor = v._$litDirective$;
    // As in lit, `strings` is undefined for a binding that is the whole attribute value.
    const directive = new Ctor({ type, name, strings, tagName: '' });
    v = directive.render(...v.values);
  }
  return v;
}

function renderChild(value, ctx) {
  const v = resolve(value, PART.CHILD);
  if (v === nothing || v === noChange || v == null) return '';
  if (typeof v === 'object' && v._$litType$ !== undefined) return renderTemplate(v, ctx);
  if (typeof v === 'object' && typeof v[Symbol.iterator] === 'function') {
    let out = '';
    for (const item of v) out += renderChild(item, ctx);
    return out;
  }
  return escapeText(String(v));
}

/** Renders one element through the server lifecycle; returns its opening tag and declarative shadow root. */
function renderCustomElement(tag, Ctor, attrs, props, ctx) {
  const el = new Ctor();
  const parent = ctx.parents.at(-1) ?? ctx.host;
  if (parent) el.__eventTargetParent = parent;
  if (ctx.host) el.__host = ctx.host;
  for (const [name, value] of attrs) {
    el.setAttribute(name, value);
    attributeToProperty(el, name, value);
  }
  for (const [name, value] of props) el[name] = value;
  el.enableUpdating = () => {};
  el.connectedCallback();
  const changed = changedProperties(el);
  el.willUpdate(changed);
  ReactiveElement.prototype.update.call(el, changed);
  ctx.onElement?.(el);
  const attrText = el.attributes.map(({ name, value }) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`)).join('');
  const styles = (Ctor.elementStyles ?? []).map((s) => s.cssText).join('');
  const shadowCtx = { parents: [], open: [], host: el, onElement: ctx.onElement };
  const shadow = renderChild(el.render(), shadowCtx);
  return { el, html: `<${tag}${attrText}><template shadowrootmode="open">${styles ? `<style>${styles}</style>` : ''}${shadow}</template>` };
}

function finishTag(tag, attrs, props, ctx) {
  const Ctor = tag.includes('-') ? globalThis.customElements.get(tag) : undefined;
  if (Ctor && Ctor._$litElement$) {
    const { el, html } = renderCustomElement(tag, Ctor, attrs, props, ctx);
    ctx.parents.push(el);
    ctx.open.push(tag);
    return html;
  }
  return `<${tag}${attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('')}>`;
}

/** Turns an attribute's pieces (static text and bound values) into what the element sees. */
function bindAttr(name, pieces, attrs, props) {
  const prefix = name[0];
  const bare = name.slice(1);
  const single = pieces.length === 1 && typeof pieces[0] === 'object';
  if (prefix === '@') return;
  if (prefix === '.') {
    props.push([bare, resolve(single ? pieces[0].value : pieces.map((p) => (typeof p === 'string' ? p : p.value)).join(''), PART.PROPERTY, bare)]);
    return;
  }
  if (prefix === '?') {
    if (resolve(pieces.find((p) => typeof p === 'object')?.value, PART.BOOLEAN, bare)) attrs.push([bare, '']);
    return;
  }
  let text = '';
  const strings = single ? undefined : pieces.filter((p) => typeof p === 'string');
  for (const p of pieces) {
    if (typeof p === 'string') {
      text += p;
      continue;
    }
    const v = resolve(p.value, PART.ATTRIBUTE, name, strings);
    if (v === nothing) return;
    if (v === noChange) continue;
    text += v == null ? '' : String(v);
  }
  attrs.push([name, text]);
}

function renderTemplate(result, ctx) {
  const { strings, values } = result;
  let out = '';
  let state = 'text';
  let tag = '';
  let attrs = [];
  let props = [];
  let attrName = '';
  let pieces = [];
  let quote = '';
  let raw = '';
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    let j = 0;
    while (j < s.length) {
      const c = s[j];
      switch (state) {
        case 'text':
          if (s.startsWith('<!--', j)) {
            state = 'comment';
            j += 4;
            continue;
          }
          if (c === '<' && s[j + 1] === '/') {
            const end = s.indexOf('>', j);
            const name = s.slice(j + 2, end).trim().toLowerCase();
            out += `</${name}>`;
            if (ctx.open.at(-1) === name) {
              ctx.open.pop();
              ctx.parents.pop();
            }
            j = end + 1;
            continue;
          }
          if (c === '<' && /[a-zA-Z]/.test(s[j + 1] ?? '')) {
            const m = /^<([a-zA-Z][^\s/>]*)/.exec(s.slice(j));
            tag = m[1].toLowerCase();
            attrs = [];
            props = [];
            state = 'tag';
            j += m[0].length;
            continue;
          }
          out += c;
          j++;
          continue;
        case 'comment': {
          const end = s.indexOf('-->', j);
          if (end < 0) {
            j = s.length;
            continue;
          }
          state = 'text';
          j = end + 3;
          continue;
        }
        case 'raw': {
          const end = s.toLowerCase().indexOf(`</${raw}`, j);
          if (end < 0) {
            out += s.slice(j);
            j = s.length;
            continue;
          }
          out += s.slice(j, end);
          state = 'text';
          j = end;
          continue;
        }
        case 'tag':
          if (/\s/.test(c)) {
            j++;
            continue;
          }
          if (c === '>' || (c === '/' && s[j + 1] === '>')) {
            out += finishTag(tag, attrs, props, ctx);
            if (c === '/') j++;
            j++;
            if (RAW_TEXT.has(tag)) {
              raw = tag;
              state = 'raw';
            } else state = 'text';
            continue;
          }
          {
            const m = /^[^\s=>/]+/.exec(s.slice(j));
            attrName = m ? m[0] : c;
            j += attrName.length;
            if (s[j] === '=') {
              j++;
              pieces = [];
              if (s[j] === '"' || s[j] === "'") {
                quote = s[j];
                j++;
                state = 'quoted';
              } else if (j >= s.length) {
                state = 'unquoted-binding';
              } else {
                const u = /^[^\s>]*/.exec(s.slice(j))[0];
                bindAttr(attrName, [u], attrs, props);
                j += u.length;
              }
            } else if (!/^[.?@]/.test(attrName)) {
              attrs.push([attrName, '']);
            }
          }
          continue;
        case 'quoted': {
          const end = s.indexOf(quote, j);
          if (end < 0) {
            pieces.push(s.slice(j));
            j = s.length;
            continue;
          }
          pieces.push(s.slice(j, end));
          bindAttr(attrName, pieces.filter((p) => p !== ''), attrs, props);
          state = 'tag';
          j = end + 1;
          continue;
        }
        default:
          throw new Error(`ssr-render: unexpected text in state ${state}: ${s.slice(j, j + 40)}`);
      }
    }
    if (i === values.length) break;
    const value = values[i];
    if (state === 'text') out += renderChild(value, ctx);
    else if (state === 'quoted') pieces.push({ value });
    else if (state === 'unquoted-binding') {
      bindAttr(attrName, [{ value }], attrs, props);
      state = 'tag';
    } else if (state === 'tag') {
      // An element binding (`${ref(…)}`): nothing to render on the server.
    } else if (state !== 'comment' && state !== 'raw') {
      throw new Error(`ssr-render: binding in state ${state}`);
    }
  }
  return out;
}

/**
 * Renders a lit template (a page: `html\`<sf-shop …><sf-product-card .product=${p}></sf-product-card></sf-shop>\``)
 * to HTML with declarative shadow roots. `onElement` sees every element instance after its server lifecycle.
 */
export function renderToString(template, { onElement } = {}) {
  return renderChild(template, { parents: [], open: [], host: undefined, onElement });
}

/** The visible text of rendered HTML, shadow roots included, styles and tags left out: what a shopper reads. */
export function visibleText(htmlText) {
  return htmlText
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
