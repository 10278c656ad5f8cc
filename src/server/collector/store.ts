/**
 * One schema for both engines: the flat columns GrowthBook's queries and the report read, plus the raw params and
 * context as JSON text (neither DuckDB's nor ClickHouse 18.16's JSON types are needed to keep them).
 */
import type { ValidEvent } from './schema.js';

/** A stored event: one row of `sf_events`. */
export interface StoredEvent {
  event_id: string;
  name: string;
  /** When the event fired (the shopper's clock), ms since the epoch. */
  timestamp_ms: number;
  /** When the collector received it, ms since the epoch. */
  received_ms: number;
  anonymous_id: string;
  /** `experiment_viewed` only. */
  experiment_id: string;
  variation_id: string;
  /** `purchase` / cart events: value in major units; `web_vitals`: the metric's value. */
  value: number | null;
  currency: string;
  transaction_id: string;
  /** `web_vitals` only: LCP, INP, CLS, FCP or TTFB. */
  metric: string;
  experiments: string;
  params: string;
  context: string;
}

/** Where the collector writes. `insert` skips events whose id is already stored and says how many were new. */
export interface EventStore {
  readonly engine: 'duckdb' | 'clickhouse';
  insert(events: readonly StoredEvent[]): Promise<{ inserted: number }>;
  /** Runs a read query and returns its rows as plain objects. */
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

export const TABLE = 'sf_events';

const s = (v: unknown) => (typeof v === 'string' ? v : '');

/** Flattens a validated event into a row. */
export function toRow(event: ValidEvent, receivedMs: number): StoredEvent {
  const p = event.params;
  const vital = event.name === 'web_vitals';
  const value = typeof p['value'] === 'number' ? p['value'] : null;
  return {
    event_id: event.id,
    name: event.name,
    timestamp_ms: Math.round(event.timestamp),
    received_ms: receivedMs,
    anonymous_id: s(event.context.anonymous_id),
    experiment_id: event.name === 'experiment_viewed' ? s(p['experiment_id']) : '',
    variation_id: event.name === 'experiment_viewed' ? s(p['variation_id']) : '',
    value,
    currency: s(p['currency']),
    transaction_id: s(p['transaction_id']),
    metric: vital ? s(p['name']) : '',
    experiments: JSON.stringify(event.context.experiments ?? {}),
    params: JSON.stringify(p),
    context: JSON.stringify(event.context),
  };
}

/** DuckDB: the primary key refuses a second copy of an event; inserts say `ON CONFLICT DO NOTHING`. */
export const DUCKDB_DDL = `CREATE TABLE IF NOT EXISTS ${TABLE} (
  event_id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  timestamp_ms BIGINT NOT NULL,
  received_ms BIGINT NOT NULL,
  event_time TIMESTAMP GENERATED ALWAYS AS (make_timestamp(timestamp_ms * 1000)) VIRTUAL,
  anonymous_id VARCHAR NOT NULL,
  experiment_id VARCHAR NOT NULL,
  variation_id VARCHAR NOT NULL,
  value DOUBLE,
  currency VARCHAR NOT NULL,
  transaction_id VARCHAR NOT NULL,
  metric VARCHAR NOT NULL,
  experiments VARCHAR NOT NULL,
  params VARCHAR NOT NULL,
  context VARCHAR NOT NULL
)`;

/**
 * ClickHouse (18.16 and later): ReplacingMergeTree keyed by event id folds retried copies at merge time; queries
 * read `FINAL` so copies not merged yet never count twice. DateTime has second precision there, so the exact
 * millisecond stays in `timestamp_ms` for ordering.
 */
export const CLICKHOUSE_DDL = `CREATE TABLE IF NOT EXISTS ${TABLE} (
  event_id String,
  name String,
  timestamp_ms Int64,
  received_ms Int64,
  event_time DateTime MATERIALIZED toDateTime(intDiv(timestamp_ms, 1000)),
  event_date Date MATERIALIZED toDate(intDiv(timestamp_ms, 1000)),
  anonymous_id String,
  experiment_id String,
  variation_id String,
  value Nullable(Float64),
  currency String,
  transaction_id String,
  metric String,
  experiments String,
  params String,
  context String
) ENGINE = ReplacingMergeTree(received_ms) PARTITION BY toYYYYMM(event_date) ORDER BY (event_id)`;

/** The columns in insert order. */
export const COLUMNS: readonly (keyof StoredEvent)[] = [
  'event_id', 'name', 'timestamp_ms', 'received_ms', 'anonymous_id', 'experiment_id', 'variation_id', 'value',
  'currency', 'transaction_id', 'metric', 'experiments', 'params', 'context',
];
