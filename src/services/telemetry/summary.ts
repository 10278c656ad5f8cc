import type { TelemetryEvent } from './types.js';

/** One `key: value` pair of an event's summary line. */
export type SummaryPair = readonly [key: string, value: string];

const KEY_PARAMS = [
  'transaction_id', 'item_list_id', 'shipping_tier', 'payment_type', 'experiment_id', 'variation_id', 'kind', 'score',
];

const scalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * The few parameters worth showing at a glance in the live log: for `web_vitals` the value (ms, or unitless for
 * CLS) and target; for commerce events value, item count and identifiers; otherwise the first few scalar params.
 */
export function summarizeEvent(event: TelemetryEvent, max = 5): SummaryPair[] {
  const p = event.params;
  if (event.name === 'web_vitals') {
    const value = typeof p['value'] === 'number' ? p['value'] : Number.NaN;
    const shown = p['name'] === 'CLS' ? value.toFixed(3) : `${Math.round(value)} ms`;
    return [['value', shown], ...(scalar(p['target']) ? [['target', String(p['target'])] as const] : [])];
  }
  const pairs: SummaryPair[] = [];
  if (typeof p['value'] === 'number') pairs.push(['value', `${p['value']}${scalar(p['currency']) ? ` ${String(p['currency'])}` : ''}`]);
  if (Array.isArray(p['items'])) pairs.push(['items', String(p['items'].length)]);
  for (const key of KEY_PARAMS) if (scalar(p[key])) pairs.push([key, String(p[key])]);
  if (pairs.length === 0) {
    for (const [key, v] of Object.entries(p)) if (scalar(v)) pairs.push([key, String(v)]);
  }
  return pairs.slice(0, max);
}
