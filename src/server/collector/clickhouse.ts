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

  /** Writes rows; returns how many of each group member's rows were new. */
  const write = async (group: readonly (readonly StoredEvent[])[]): Promise<number[]> => {
    const all = group.flat();
    // Known ids are skipped here so the answer counts duplicates; ReplacingMergeTree + FINAL cover any race.
    const known = new Set(
      (await post(`SELECT event_id FROM ${TABLE} WHERE event_id IN (${all.map((r) => quote(r.event_id)).join(',')}) FORMAT TSV`))
        .split('\n').filter(Boolean),
    );
    const counts = group.map((rows) => {
      let n = 0;
      for (const r of rows) {
        if (known.has(r.event_id)) continue;
        known.add(r.event_id);
        fresh.push(r);
        n++;
      }
      return n;
    });
    if (fresh.length > 0) {
      const body = fresh.map((r) => JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, r[c]])))).join('\n');
      fresh = [];
      await post(body, `INSERT INTO ${TABLE} (${COLUMNS.join(',')}) FORMAT JSONEachRow`);
    }
    return counts;
  };
  let fresh: StoredEvent[] = [];

  // Group commit, one insert at a time: ClickHouse wants few large inserts, and a burst of parallel requests
  // exhausts sockets.
  let pending: { rows: readonly StoredEvent[]; resolve: (n: number) => void; reject: (e: unknown) => void }[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    while (pending.length > 0) {
      const group = pending;
      pending = [];
      try {
        const counts = await write(group.map((g) => g.rows));
        group.forEach((g, i) => g.resolve(counts[i]!));
      } catch (e) {
        fresh = [];
        for (const g of group) g.reject(e);
      }
    }
    writing = false;
  };

  return {
    engine: 'clickhouse',
    insert(rows: readonly StoredEvent[]) {
      if (rows.length === 0) return Promise.resolve({ inserted: 0 });
      return new Promise<number>((resolve, reject) => {
        pending.push({ rows, resolve, reject });
        if (!writing) void drain();
      }).then((inserted) => ({ inserted }));
    },
    async query<T>(sql: string) {
      const out = JSON.parse(await post(`${sql} FORMAT JSON`)) as { data: T[] };
      return out.data;
    },
    async close() {},
  };
}
