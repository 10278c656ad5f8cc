/**
 * The published event schema, written once: the collector validates against it and the README's "Event schema"
 * table is generated from it (`eventSchemaMarkdown()`; test/node/collector.test.mjs keeps the two equal).
 */
import type { TelemetryEvent } from '../../services/telemetry/types.js';

export type FieldType = 'string' | 'number' | 'items' | 'object';

export interface FieldSpec {
  name: string;
  type: FieldType;
  required: boolean;
  /** Allowed values of a string field. */
  values?: readonly string[];
  /** A short note for the README table. */
  note?: string;
}

export interface EventSpec {
  name: string;
  params: readonly FieldSpec[];
  sentBy: string;
}

const str = (name: string, required = true, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, type: 'string', required, ...extra });
const num = (name: string, required = true, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, type: 'number', required, ...extra });
const items = (required = true): FieldSpec => ({ name: 'items', type: 'items', required });
const money = [str('currency'), num('value')];

/** Every event the kit sends, with its parameters. */
export const EVENT_SCHEMA: readonly EventSpec[] = [
  {
    name: 'view_item_list',
    params: [str('item_list_id', true, { note: 'the category, then sort= and facet=values; a recommendation strategy' }), str('item_list_name', false), items()],
    sentBy: 'sf-product-list, sf-recommendations',
  },
  { name: 'select_item', params: [str('item_list_id', false), str('item_list_name', false), items()], sentBy: 'sf-product-card (in sf-product-list), sf-search, sf-recommendations' },
  { name: 'search', params: [str('search_term')], sentBy: 'sf-search' },
  { name: 'view_item', params: [...money, items()], sentBy: 'sf-product-detail, once per product shown' },
  { name: 'add_to_cart', params: [...money, items(), str('item_list_id', false, { note: 'the list it came from' })], sentBy: 'cart elements', },
  { name: 'remove_from_cart', params: [...money, items()], sentBy: 'cart elements' },
  { name: 'view_cart', params: [...money, items()], sentBy: 'cart, drawer, checkout' },
  { name: 'begin_checkout', params: [...money, items()], sentBy: 'cart, drawer, checkout' },
  { name: 'add_shipping_info', params: [...money, items(), str('shipping_tier')], sentBy: 'checkout' },
  { name: 'add_payment_info', params: [...money, items(), str('payment_type')], sentBy: 'checkout' },
  {
    name: 'purchase',
    params: [str('transaction_id'), num('value', true, { note: 'major units' }), num('tax'), num('shipping'), str('currency'), items()],
    sentBy: 'checkout',
  },
  { name: 'experiment_viewed', params: [str('experiment_id'), str('variation_id')], sentBy: 'experiments' },
  {
    name: 'delivery_promise_result',
    params: [
      str('transaction_id'),
      str('method', true, { values: ['home', 'pickup-point', 'store'] }),
      str('delivery_method_id'),
      str('carrier', false),
      str('promised_earliest', true, { note: 'YYYY-MM-DD' }),
      str('promised_latest', true, { note: 'YYYY-MM-DD' }),
      str('promised_ready_from', false, { note: 'HH:MM' }),
      str('actual_at', true, { note: 'ISO 8601' }),
      str('actual_date', true, { note: 'YYYY-MM-DD' }),
      str('outcome', true, { values: ['on-time', 'early', 'late'] }),
      num('days_late'),
      num('days_early'),
    ],
    sentBy: 'sf-order-status, once per order',
  },
  {
    name: 'feedback_submitted',
    params: [str('kind', true, { values: ['nps', 'csat', 'ces'] }), num('score'), num('comment_length'), str('context', false)],
    sentBy: 'sf-feedback',
  },
  {
    name: 'web_vitals',
    params: [
      str('name', true, { values: ['LCP', 'INP', 'CLS', 'FCP', 'TTFB'] }),
      num('value', true, { note: 'ms; CLS unitless' }),
      num('delta'),
      str('rating', true, { values: ['good', 'needs-improvement', 'poor'] }),
      str('id'),
      str('navigationType', false),
      str('target', false),
    ],
    sentBy: 'measureWebVitals',
  },
];

/** Fields of one GA4 item. */
export const ITEM_FIELDS: readonly FieldSpec[] = [
  str('item_id'), str('item_name'), str('item_variant', false), str('item_brand', false),
  num('price', false, { note: 'VAT incl.; absent on list views' }), num('quantity', false), num('index', false),
];

/** Bounds that keep one event small and the store clean. */
export const LIMITS = {
  maxString: 512,
  maxItems: 200,
  maxExperiments: 50,
  /** Events from before 2020 or more than a day ahead of the collector's clock are refused as bad clocks. */
  minTimestamp: Date.UTC(2020, 0, 1),
  maxFutureMs: 24 * 3600 * 1000,
} as const;

const SPECS = new Map(EVENT_SCHEMA.map((s) => [s.name, s]));
const ID = /^[A-Za-z0-9_-]{8,64}$/;

/** One reason an event was refused: the field (a dotted path inside the event) and why. */
export interface FieldError {
  field: string;
  reason: string;
}

/** An event that passed validation, with its id (the sender's, or one derived from its content). */
export type ValidEvent = TelemetryEvent & { id: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkField(spec: FieldSpec, value: unknown, path: string, errors: FieldError[]): void {
  if (value === undefined || value === null) {
    if (spec.required) errors.push({ field: path, reason: `required ${spec.type} is missing` });
    return;
  }
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') errors.push({ field: path, reason: `expected a string, got ${describeType(value)}` });
      else if (value.length > LIMITS.maxString) errors.push({ field: path, reason: `longer than ${LIMITS.maxString} characters` });
      else if (spec.values && !spec.values.includes(value)) errors.push({ field: path, reason: `must be one of ${spec.values.join(', ')}` });
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) errors.push({ field: path, reason: `expected a finite number, got ${describeType(value)}` });
      return;
    case 'object':
      if (!isObject(value)) errors.push({ field: path, reason: `expected an object, got ${describeType(value)}` });
      return;
    case 'items':
      if (!Array.isArray(value)) {
        errors.push({ field: path, reason: `expected an array of items, got ${describeType(value)}` });
        return;
      }
      if (value.length > LIMITS.maxItems) {
        errors.push({ field: path, reason: `more than ${LIMITS.maxItems} items` });
        return;
      }
      value.forEach((item, i) => {
        if (!isObject(item)) errors.push({ field: `${path}[${i}]`, reason: `expected an item object, got ${describeType(item)}` });
        else for (const f of ITEM_FIELDS) checkField(f, item[f.name], `${path}[${i}].${f.name}`, errors);
      });
  }
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

/** FNV-1a 64-bit of a string, as 16 hex digits: a stable id for events from kits older than event ids. */
export function contentId(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return `c${h.toString(16).padStart(16, '0')}`;
}

/**
 * Checks one event as the beacon sink sends it (`{ id?, name, params, context, timestamp }`). Returns the event
 * (with an id: a missing one is derived from the content, so a retried copy still matches) or every field error.
 */
export function validateEvent(raw: unknown, now = Date.now()): { event?: ValidEvent; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!isObject(raw)) return { errors: [{ field: '', reason: `expected an event object, got ${describeType(raw)}` }] };
  const { id, name, params, context, timestamp } = raw;
  if (typeof name !== 'string') return { errors: [{ field: 'name', reason: `expected a string, got ${describeType(name)}` }] };
  const spec = SPECS.get(name);
  if (!spec) return { errors: [{ field: 'name', reason: `unknown event "${name.slice(0, 64)}" (not in the event schema)` }] };
  if (id !== undefined && (typeof id !== 'string' || !ID.test(id))) {
    errors.push({ field: 'id', reason: 'expected 8-64 characters of A-Z, a-z, 0-9, _ or -' });
  }
  if (typeof timestamp !== 'number' || !Number.isFinite(timestamp)) {
    errors.push({ field: 'timestamp', reason: `expected milliseconds since the epoch, got ${describeType(timestamp)}` });
  } else if (timestamp < LIMITS.minTimestamp || timestamp > now + LIMITS.maxFutureMs) {
    errors.push({ field: 'timestamp', reason: 'outside 2020-01-01 .. one day from now (a wrong clock)' });
  }
  if (!isObject(params)) errors.push({ field: 'params', reason: `expected an object, got ${describeType(params)}` });
  else for (const f of spec.params) checkField(f, params[f.name], `params.${f.name}`, errors);
  if (!isObject(context)) errors.push({ field: 'context', reason: `expected an object, got ${describeType(context)}` });
  else {
    const { experiments, anonymous_id: anonymousId } = context;
    if (!isObject(experiments)) errors.push({ field: 'context.experiments', reason: `expected an object, got ${describeType(experiments)}` });
    else {
      const keys = Object.keys(experiments);
      if (keys.length > LIMITS.maxExperiments) errors.push({ field: 'context.experiments', reason: `more than ${LIMITS.maxExperiments} experiments` });
      for (const k of keys) {
        if (typeof experiments[k] !== 'string' || k.length > LIMITS.maxString) {
          errors.push({ field: `context.experiments.${k.slice(0, 64)}`, reason: 'expected a variation id string' });
        }
      }
    }
    if (anonymousId !== undefined && (typeof anonymousId !== 'string' || anonymousId.length === 0 || anonymousId.length > 128)) {
      errors.push({ field: 'context.anonymous_id', reason: 'expected a string of 1-128 characters' });
    }
  }
  if (errors.length > 0) return { errors };
  const event = raw as unknown as TelemetryEvent;
  return {
    event: { ...event, id: typeof id === 'string' ? id : contentId(JSON.stringify([name, timestamp, context, params])) },
    errors,
  };
}

const cell = (f: FieldSpec) =>
  `${f.name}${f.required ? '' : '?'} (${f.values ? f.values.map((v) => `'${v}'`).join('\\|') : f.type === 'items' ? 'Item[]' : f.type}${f.note ? `; ${f.note}` : ''})`;

/** The README's event schema table, generated from `EVENT_SCHEMA`. */
export function eventSchemaMarkdown(): string {
  const rows = [
    '| event | params (type; ? = optional) | sent by |',
    '|---|---|---|',
    ...EVENT_SCHEMA.map((s) => `| \`${s.name}\` | ${s.params.map(cell).join(', ')} | ${s.sentBy} |`),
    `| *Item* | ${ITEM_FIELDS.map(cell).join(', ')} | |`,
    '| *every event* | id? (string, 8-64 of `A-Za-z0-9_-`; the beacon sink sets a random one, the collector derives one from the content when missing), timestamp (number, ms since the epoch), context.experiments (Record<string,string>, always), context.anonymous_id? (string) | |',
  ];
  return rows.join('\n');
}
