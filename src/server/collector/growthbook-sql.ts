/**
 * The SQL a growth team pastes into GrowthBook's data source, for either store. GrowthBook replaces
 * `{{startDate}}` / `{{endDate}}` ('YYYY-MM-DD HH:mm:ss'); the identifier type is `anonymous_id` (the id the kit
 * buckets by). ClickHouse reads `FINAL` so retried copies not yet merged never count twice.
 */
import { TABLE } from './store.js';

export type Engine = 'duckdb' | 'clickhouse';

export interface GrowthBookQueries {
  /** Experiment assignment query: anonymous_id, timestamp, experiment_id, variation_id. */
  exposure: string;
  /** Metric SQL, one row per event: anonymous_id, timestamp (and value for the non-binomial ones). */
  metrics: {
    /** Binomial: shoppers who purchased. One row per order (a re-sent confirmation counts once). */
    purchase_conversion: string;
    /** Revenue per user (count/sum metric, value = order value in major units, VAT incl.). */
    revenue_per_user: string;
    /** Binomial: shoppers who added to cart. */
    add_to_cart_rate: string;
    /** Guardrails, quantile metrics (event-level, p75; lower is better): LCP and INP in ms, CLS unitless. */
    lcp_p75: string;
    inp_p75: string;
    cls_p75: string;
  };
}

const window = "event_time >= '{{startDate}}' AND event_time <= '{{endDate}}'";

/** The queries for `engine`. */
export function growthbookQueries(engine: Engine): GrowthBookQueries {
  const from = engine === 'clickhouse' ? `${TABLE} FINAL` : TABLE;
  const vital = (metric: string) =>
    `SELECT anonymous_id, event_time AS timestamp, value\nFROM ${from}\nWHERE name = 'web_vitals' AND metric = '${metric}' AND anonymous_id != ''\n  AND ${window}`;
  const orders = `SELECT anonymous_id, min(event_time) AS timestamp, max(value) AS value\nFROM ${from}\nWHERE name = 'purchase' AND anonymous_id != ''\n  AND ${window}\nGROUP BY anonymous_id, transaction_id`;
  return {
    exposure: `SELECT anonymous_id, event_time AS timestamp, experiment_id, variation_id\nFROM ${from}\nWHERE name = 'experiment_viewed' AND anonymous_id != ''\n  AND ${window}`,
    metrics: {
      purchase_conversion: orders,
      revenue_per_user: orders,
      add_to_cart_rate: `SELECT anonymous_id, event_time AS timestamp\nFROM ${from}\nWHERE name = 'add_to_cart' AND anonymous_id != ''\n  AND ${window}`,
      lcp_p75: vital('LCP'),
      inp_p75: vital('INP'),
      cls_p75: vital('CLS'),
    },
  };
}

/** Fills GrowthBook's date placeholders, as GrowthBook does before running a query. */
export function fillDates(sql: string, start: Date, end: Date): string {
  const fmt = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');
  return sql.replaceAll('{{startDate}}', fmt(start)).replaceAll('{{endDate}}', fmt(end));
}
