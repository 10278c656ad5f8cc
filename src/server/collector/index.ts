/**
 * `storefront-elements/collector`: receives the beacon sink's batches, stores them in DuckDB (embedded default) or
 * ClickHouse, and reports experiments. Node only; `@duckdb/node-api` is an optional peer dependency loaded when
 * `createDuckDbStore` is called. Never bundled into the browser build.
 */
export { createCollector, type Collector, type CollectorAnswer, type CollectorOptions, type Rejection } from './collector.js';
export { EVENT_SCHEMA, ITEM_FIELDS, LIMITS, eventSchemaMarkdown, validateEvent, contentId, type EventSpec, type FieldError, type FieldSpec, type ValidEvent } from './schema.js';
export { CLICKHOUSE_DDL, DUCKDB_DDL, TABLE, toRow, type EventStore, type StoredEvent } from './store.js';
export { createDuckDbStore } from './duckdb.js';
export { createClickHouseStore, type ClickHouseOptions } from './clickhouse.js';
export { fillDates, growthbookQueries, type Engine, type GrowthBookQueries } from './growthbook-sql.js';
export * from './stats.js';
export { experimentReport, renderHtml, renderTable, verdict, type ExperimentReport, type ReportOptions, type VariationResult } from './report.js';
export { handlerFetch, simulate, type SimulationOptions, type SimulationResult } from './simulate.js';
