/**
 * The embedded default store: one DuckDB file (or `:memory:`). `@duckdb/node-api` is an optional peer dependency of
 * the collector entry, loaded only when this store is created, so neither the browser bundle nor a ClickHouse-only
 * collector needs its native binary.
 */
import { COLUMNS, DUCKDB_DDL, TABLE, type EventStore, type StoredEvent } from './store.js';


type DuckValue = string | number | bigint | boolean | null;
interface Appender {
  appendVarchar(v: string): void;
  appendDouble(v: number): void;
  appendNull(): void;
  endRow(): void;
  flushSync(): void;
  closeSync(): void;
}
interface Connection {
  run(sql: string, values?: DuckValue[]): Promise<{ rowsChanged: number }>;
  runAndReadAll(sql: string, values?: DuckValue[]): Promise<{ getRowObjectsJson(): unknown[]; getRows(): unknown[][] }>;
  createAppender(table: string): Promise<Appender>;
  closeSync(): void;
}

const NUMERIC = new Set<keyof StoredEvent>(['timestamp_ms', 'received_ms', 'value']);
const STAGE = `${TABLE}_stage`;

/**
 * Opens (or creates) the store at `path` (default `:memory:`). Batches that arrive while one is being written are
 * written together (group commit): appended to a staging table (DuckDB's appender; a statement per batch costs
 * milliseconds) and moved in one `INSERT ... ON CONFLICT DO NOTHING RETURNING`, which says which ids were new.
 */
export async function createDuckDbStore(path = ':memory:'): Promise<EventStore> {
  const { DuckDBInstance } = (await import('@duckdb/node-api')) as unknown as {
    DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<Connection>; closeSync(): void }> };
  };
  const instance = await DuckDBInstance.create(path);
  const db = await instance.connect();
  await db.run(DUCKDB_DDL);
  await db.run(`CREATE TEMP TABLE ${STAGE} (${COLUMNS.map((c) => `${c} ${NUMERIC.has(c) ? 'DOUBLE' : 'VARCHAR'}`).join(', ')})`);

  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  };

  /** Writes rows (ids unique among them); returns the ids that were new. */
  const write = async (rows: readonly StoredEvent[]): Promise<Set<string>> => {
    const appender = await db.createAppender(STAGE);
    try {
      for (const row of rows) {
        for (const c of COLUMNS) {
          const v = row[c];
          if (v === null) appender.appendNull();
          else if (typeof v === 'number') appender.appendDouble(v);
          else appender.appendVarchar(v);
        }
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    const casts = COLUMNS.map((c) => (c === 'value' ? c : NUMERIC.has(c) ? `CAST(${c} AS BIGINT)` : c)).join(', ');
    try {
      const result = await db.runAndReadAll(
        `INSERT INTO ${TABLE} (${COLUMNS.join(', ')}) SELECT ${casts} FROM ${STAGE} ON CONFLICT DO NOTHING RETURNING event_id`,
      );
      return new Set(result.getRows().map((r) => String(r[0])));
    } finally {
      await db.run(`DELETE FROM ${STAGE}`);
    }
  };

  // Group commit: callers waiting while a write runs go into the next one together.
  let pending: { rows: readonly StoredEvent[]; resolve: (n: number) => void; reject: (e: unknown) => void }[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    while (pending.length > 0) {
      const group = pending;
      pending = [];
      // The first copy of an id in the group is the one written; later copies are duplicates of their batch.
      const firstOf = new Map<string, number>();
      const rows: StoredEvent[] = [];
      group.forEach((g, i) => {
        for (const r of g.rows) {
          if (!firstOf.has(r.event_id)) {
            firstOf.set(r.event_id, i);
            rows.push(r);
          }
        }
      });
      try {
        const fresh = await serial(() => write(rows));
        const counts = group.map(() => 0);
        for (const id of fresh) counts[firstOf.get(id)!]!++;
        group.forEach((g, i) => g.resolve(counts[i]!));
      } catch (e) {
        for (const g of group) g.reject(e);
      }
    }
    writing = false;
  };

  return {
    engine: 'duckdb',
    insert(rows) {
      if (rows.length === 0) return Promise.resolve({ inserted: 0 });
      return new Promise<number>((resolve, reject) => {
        pending.push({ rows, resolve, reject });
        if (!writing) void drain();
      }).then((inserted) => ({ inserted }));
    },
    async query<T>(sql: string) {
      const reader = await serial(() => db.runAndReadAll(sql));
      return reader.getRowObjectsJson() as T[];
    },
    async close() {
      await serial(async () => undefined);
      db.closeSync();
      instance.closeSync();
    },
  };
}
