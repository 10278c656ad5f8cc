/**
 * The ClickHouse store, for shops past one machine. It speaks ClickHouse's HTTP interface with plain `fetch`
 * (no client library): the HTTP interface of 18.16 (Debian's) and of current servers take the same
 * `INSERT ... FORMAT JSONEachRow` and `... FORMAT JSON`, while client libraries send settings old servers refuse.
 */
import { CLICKHOUSE_DDL, COLUMNS, TABLE, type EventStore, type StoredEvent } from './store.js';

export interface ClickHouseOptions {
  /** e.g. `http://127.0.0.1:8123`. */
  url: string;
  database?: string;
  user?: string;
  password?: string;
}

/** Connects, creates the table when missing, and returns the store. */
export async function createClickHouseStore(options: ClickHouseOptions): Promise<EventStore> {
  const base = new URL(options.url);
  if (options.database) base.searchParams.set('database', options.database);
  const headers: Record<string, string> = { 'x-clickhouse-user': options.user ?? 'default' };
  if (options.password) headers['x-clickhouse-key'] = options.password;

  const post = async (body: string, query?: string): Promise<string> => {
    const url = new URL(base);
    if (query) url.searchParams.set('query', query);
    const res = await fetch(url, { method: 'POST', body, headers });
    const text = await res.text();
    if (!res.ok) throw new Error(`ClickHouse ${res.status}: ${text.slice(0, 300)}`);
    return text;
  };

  await post(CLICKHOUSE_DDL);
  const quote = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

  return {
    engine: 'clickhouse',
    async insert(rows: readonly StoredEvent[]) {
      if (rows.length === 0) return { inserted: 0 };
      // Known ids are skipped here so the answer counts duplicates; ReplacingMergeTree + FINAL cover any race.
      const known = new Set(
        (await post(`SELECT event_id FROM ${TABLE} WHERE event_id IN (${rows.map((r) => quote(r.event_id)).join(',')}) FORMAT TSV`))
          .split('\n').filter(Boolean),
      );
      const fresh = rows.filter((r) => !known.has(r.event_id));
      if (fresh.length > 0) {
        const body = fresh.map((r) => JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, r[c]])))).join('\n');
        await post(body, `INSERT INTO ${TABLE} (${COLUMNS.join(',')}) FORMAT JSONEachRow`);
      }
      return { inserted: fresh.length };
    },
    async query<T>(sql: string) {
      const out = JSON.parse(await post(`${sql} FORMAT JSON`)) as { data: T[] };
      return out.data;
    },
    async close() {},
  };
}
