import { CommerceError, type CommerceErrorCode } from '../../core/errors.js';
import type { SafeStorage } from '../../core/storage.js';

/** The header Vendure uses for the session token (request: as a bearer token; response: a new or renewed token). */
const AUTH_HEADER = 'vendure-auth-token';

export interface VendureClientOptions {
  shopApiUrl: string;
  channelToken?: string;
  storage: SafeStorage;
  /** Storage key of the session token. */
  tokenKey: string;
  /** Per request, in ms. */
  timeoutMs: number;
  /** Extra attempts for queries after a network failure, timeout or 5xx. Mutations are never repeated. */
  retries: number;
  fetch: typeof fetch;
}

export interface RequestInit {
  /** Mutations are sent once: a lost response may mean the change happened. */
  mutation?: boolean;
  signal?: AbortSignal | undefined;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Top-level GraphQL error codes (not ErrorResult unions) mapped to the kit's codes. */
const TOP_LEVEL: Readonly<Record<string, CommerceErrorCode>> = {
  ENTITY_NOT_FOUND: 'not-found',
  FORBIDDEN: 'not-found',
  USER_INPUT_ERROR: 'invalid-input',
  BAD_USER_INPUT: 'invalid-input',
  GRAPHQL_VALIDATION_FAILED: 'malformed-response',
  GRAPHQL_PARSE_FAILED: 'malformed-response',
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A minimal GraphQL-over-fetch client for Vendure's Shop API: keeps the session token in first-party storage and
 * sends it back as a bearer token, applies a timeout per request, retries queries (never mutations) after network
 * failures, and turns transport and top-level GraphQL failures into `CommerceError`s.
 */
export class VendureClient {
  readonly #o: VendureClientOptions;

  constructor(options: VendureClientOptions) {
    this.#o = options;
  }

  /** Forgets the session (a new anonymous session, and so a new cart, starts with the next request). */
  resetSession(): void {
    this.#o.storage.remove(this.#o.tokenKey);
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}, init: RequestInit = {}): Promise<T> {
    const attempts = init.mutation ? 1 : 1 + this.#o.retries;
    let last: CommerceError | undefined;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      if (attempt > 0) await sleep(150 * 2 ** (attempt - 1));
      try {
        return await this.#once<T>(query, variables, init.signal);
      } catch (e) {
        const error = e instanceof CommerceError ? e : new CommerceError('unknown', String(e), { cause: e });
        // The caller gave up, or the failure is not transient: do not try again.
        if (init.signal?.aborted || !error.retryable) throw error;
        last = error;
      }
    }
    throw last ?? new CommerceError('unknown', 'Request failed.');
  }

  async #once<T>(query: string, variables: Record<string, unknown>, signal: AbortSignal | undefined): Promise<T> {
    if (signal?.aborted) throw new CommerceError('timeout', 'The request was aborted.', { cause: signal.reason });
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#o.timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const token = this.#o.storage.get(this.#o.tokenKey);
    if (token) headers.authorization = `Bearer ${token}`;
    if (this.#o.channelToken) headers['vendure-token'] = this.#o.channelToken;
    try {
      let response: Response;
      try {
        response = await this.#o.fetch(this.#o.shopApiUrl, {
          method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: controller.signal,
        });
      } catch (e) {
        if (timedOut) throw new CommerceError('timeout', `Vendure did not answer within ${this.#o.timeoutMs} ms.`, { cause: e });
        if (signal?.aborted) throw new CommerceError('timeout', 'The request was aborted.', { cause: e });
        throw new CommerceError('network', `Vendure could not be reached: ${String(e)}`, { cause: e });
      }
      const renewed = response.headers.get(AUTH_HEADER);
      if (renewed) this.#o.storage.set(this.#o.tokenKey, renewed);
      let body: GraphQLResponse<T>;
      try {
        body = (await response.json()) as GraphQLResponse<T>;
      } catch (e) {
        if (timedOut) throw new CommerceError('timeout', `Vendure did not answer within ${this.#o.timeoutMs} ms.`, { cause: e });
        if (response.status >= 500 || response.status === 429) {
          throw new CommerceError('network', `Vendure answered HTTP ${response.status}.`, { cause: e });
        }
        throw new CommerceError('malformed-response', `Vendure answered HTTP ${response.status} without JSON.`, { cause: e });
      }
      const first = body.errors?.[0];
      if (first) {
        const code = first.extensions?.code ?? '';
        const mapped = TOP_LEVEL[code] ?? (response.status >= 500 ? 'network' : 'unknown');
        throw new CommerceError(mapped, `Vendure: ${first.message} (${code || `HTTP ${response.status}`})`, {
          retryable: mapped === 'network' || (mapped === 'unknown' && response.status >= 500),
        });
      }
      if (!response.ok) {
        throw new CommerceError(response.status >= 500 || response.status === 429 ? 'network' : 'unknown', `Vendure answered HTTP ${response.status}.`);
      }
      if (!body.data || typeof body.data !== 'object') throw new CommerceError('malformed-response', 'Vendure answered without data.');
      return body.data;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}
