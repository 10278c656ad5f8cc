/// <reference types="node" />
/**
 * The collector: a plain `(req, res)` handler for node:http or Express that takes the beacon sink's batches
 * (`{"events":[...]}`, text/plain), validates each event against the event schema and stores the good ones.
 *
 * Answers (JSON bodies):
 * - 202 `{ accepted, duplicates, rejected: [{ index, field, reason }] }`: the good events are stored even when others
 *   in the same batch were refused (a retried beacon must never lose what was fine), and duplicates (same event id)
 *   are counted, not stored again.
 * - 422 `{ error: 'no_valid_events', rejected }`: every event of the batch was refused.
 * - 400 `malformed_json` / `bad_batch` / `too_many_events`; 413 `body_too_large`; 405 `method_not_allowed`;
 *   429 `rate_limited` with Retry-After (per client: the batch's anonymous id, else the address);
 *   503 `store_unavailable` with Retry-After (nothing of the batch was stored).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateEvent, type FieldError } from './schema.js';
import { toRow, type EventStore, type StoredEvent } from './store.js';

export interface CollectorOptions {
  store: EventStore;
  /** Largest body accepted, in bytes; default 65 536 (the beacon sink stays under 60 000). */
  maxBodyBytes?: number;
  /** Most events in one batch; default 500. */
  maxEvents?: number;
  /** Requests a client may send at once before being slowed; default 60. */
  rateBurst?: number;
  /** Requests per second a client regains; default 2 (120 a minute, far above a shopper's beacons). */
  ratePerSecond?: number;
  /** `Access-Control-Allow-Origin` on answers, so a keepalive fetch can read them; default `*`. */
  allowOrigin?: string;
  /** Clock, for tests. */
  now?: () => number;
}

/** A rejected event: its index in the batch and the first field at fault (all of them in `errors`). */
export interface Rejection extends FieldError {
  index: number;
  errors?: FieldError[];
}

export interface CollectorAnswer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface Collector {
  /** The request handler for node:http, Express or any framework that passes Node's req/res. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** Takes one body as text, for servers that read bodies themselves (and tests). `client` keys the rate limit. */
  ingest(body: string, client?: string): Promise<CollectorAnswer>;
  readonly store: EventStore;
}

const answer = (status: number, body: Record<string, unknown>, headers?: Record<string, string>): CollectorAnswer =>
  headers ? { status, body, headers } : { status, body };

/** A token bucket per client; old buckets are dropped so memory stays bounded. */
function rateLimiter(burst: number, perSecond: number, now: () => number) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (client: string): number => {
    const t = now();
    let b = buckets.get(client);
    if (!b) {
      if (buckets.size >= 100_000) buckets.delete(buckets.keys().next().value!);
      b = { tokens: burst, at: t };
      buckets.set(client, b);
    } else {
      b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSecond);
      b.at = t;
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    // Seconds until one token is back.
    return Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
  };
}

/** Creates a collector writing to `options.store`. */
export function createCollector(options: CollectorOptions): Collector {
  const store = options.store;
  const maxBodyBytes = options.maxBodyBytes ?? 65_536;
  const maxEvents = options.maxEvents ?? 500;
  const now = options.now ?? (() => Date.now());
  const limited = rateLimiter(options.rateBurst ?? 60, options.ratePerSecond ?? 2, now);
  const cors = { 'access-control-allow-origin': options.allowOrigin ?? '*' };

  const ingest = async (text: string, fallbackClient = 'unknown'): Promise<CollectorAnswer> => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return answer(400, { error: 'malformed_json', reason: e instanceof Error ? e.message.slice(0, 200) : 'not JSON' });
    }
    const events = (parsed as { events?: unknown } | null)?.events;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Array.isArray(events)) {
      return answer(400, { error: 'bad_batch', reason: 'expected {"events":[...]}' });
    }
    if (events.length > maxEvents) return answer(400, { error: 'too_many_events', reason: `at most ${maxEvents} events a batch`, limit: maxEvents });
    const first = events.find((e) => typeof (e as { context?: { anonymous_id?: unknown } })?.context?.anonymous_id === 'string') as
      | { context: { anonymous_id: string } }
      | undefined;
    const client = first ? `anon:${first.context.anonymous_id.slice(0, 128)}` : fallbackClient;
    const wait = limited(client);
    if (wait > 0) return answer(429, { error: 'rate_limited', reason: `too many batches from this client; retry in ${wait} s` }, { 'retry-after': String(wait) });

    const received = now();
    const rejected: Rejection[] = [];
    const rows: StoredEvent[] = [];
    const seen = new Set<string>();
    let duplicates = 0;
    events.forEach((raw, index) => {
      const { event, errors } = validateEvent(raw, received);
      if (!event) {
        rejected.push({ index, ...errors[0]!, ...(errors.length > 1 ? { errors } : {}) });
        return;
      }
      if (seen.has(event.id)) {
        duplicates++;
        return;
      }
      seen.add(event.id);
      rows.push(toRow(event, received));
    });
    if (rows.length === 0 && rejected.length > 0) return answer(422, { error: 'no_valid_events', accepted: 0, duplicates, rejected });
    let inserted: number;
    try {
      inserted = (await store.insert(rows)).inserted;
    } catch (e) {
      return answer(503, { error: 'store_unavailable', reason: e instanceof Error ? e.message.slice(0, 200) : 'store failed' }, { 'retry-after': '5' });
    }
    duplicates += rows.length - inserted;
    return answer(202, { accepted: inserted, duplicates, rejected });
  };

  const send = (res: ServerResponse, a: CollectorAnswer) => {
    if (res.headersSent) return;
    res.writeHead(a.status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors, ...a.headers });
    res.end(JSON.stringify(a.body));
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' });
      res.end();
      return;
    }
    if (req.method !== 'POST') {
      send(res, answer(405, { error: 'method_not_allowed', reason: 'POST a {"events":[...]} batch' }, { allow: 'POST, OPTIONS' }));
      return;
    }
    const tooLarge = () => {
      send(res, answer(413, { error: 'body_too_large', reason: `bodies are limited to ${maxBodyBytes} bytes`, limit: maxBodyBytes }, { connection: 'close' }));
      // Stop reading what is left of a huge body.
      req.destroy();
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      tooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        over = true;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => {
      // A client that went away gets no answer; nothing was stored from its partial body.
    });
    req.on('end', () => {
      if (over) return;
      const client = `addr:${req.socket.remoteAddress ?? 'unknown'}`;
      ingest(Buffer.concat(chunks).toString('utf8'), client).then(
        (a) => send(res, a),
        (e: unknown) => send(res, answer(500, { error: 'internal', reason: e instanceof Error ? e.message.slice(0, 200) : 'failed' })),
      );
    });
  };

  return { handler, ingest, store };
}
