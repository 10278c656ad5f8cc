/// <reference types="node" />
/**
 * Synthetic shoppers through the kit's own telemetry and beacon sink into a collector, with a known true effect
 * per variation, so the report can be checked against the truth. Seeded: the same options give the same events.
 */
import { PassThrough } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { money } from '../../core/money.js';
import { ga4Value } from '../../services/telemetry/ga4.js';
import { beaconSink } from '../../services/telemetry/sinks.js';
import { createTelemetry, experimentContext } from '../../services/telemetry/telemetry.js';

export interface SimulationOptions {
  /** Where batches go: a fetch (e.g. `handlerFetch(collector.handler)` or the global one for a running collector). */
  fetch: typeof fetch;
  url?: string;
  shoppers?: number;
  seed?: number;
  experimentId?: string;
  /** Variation ids and their true relative effect on purchase rate; default control '0' and '1' at +3 %. */
  variations?: readonly { id: string; purchaseEffect: number }[];
  /** Control's purchase rate among exposed shoppers; default 0.1. */
  baseConversion?: number;
  /** Add-to-cart rate (no variation changes it); default 0.3. */
  addToCartRate?: number;
  /** First shopper's start, ms since the epoch. */
  start?: number;
}

export interface SimulationResult {
  shoppers: number;
  events: number;
  batches: number;
  /** Answers that were not 202. */
  failures: { status: number; body: string }[];
}

/** mulberry32: a small, fast, seedable PRNG. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fetch that hands each request to a node:http style handler in this process (no socket). */
export function handlerFetch(handler: (req: IncomingMessage, res: ServerResponse) => void, remoteAddress = '127.0.0.1'): typeof fetch {
  return ((input: string | URL | Request, init?: RequestInit) =>
    new Promise<Response>((resolve) => {
      const body = typeof init?.body === 'string' ? init.body : '';
      const req = Object.assign(new PassThrough(), {
        method: init?.method ?? 'GET',
        url: String(input),
        headers: { 'content-type': 'text/plain;charset=UTF-8', 'content-length': String(Buffer.byteLength(body)) },
        socket: { remoteAddress },
      }) as unknown as IncomingMessage & PassThrough;
      let status = 200;
      let headers: Record<string, string> = {};
      const res: { headersSent: boolean; writeHead(s: number, h?: Record<string, string>): unknown; end(text?: string): void } = {
        headersSent: false,
        writeHead(s, h = {}) {
          status = s;
          headers = h;
          res.headersSent = true;
          return res;
        },
        end(text?: string) {
          resolve(new Response(text ?? null, { status, headers }));
        },
      };
      handler(req, res as unknown as ServerResponse);
      req.end(body);
    })) as typeof fetch;
}

/** Runs the simulation and resolves when every batch has been answered. */
export async function simulate(options: SimulationOptions): Promise<SimulationResult> {
  const shoppers = options.shoppers ?? 10_000;
  const random = rng(options.seed ?? 1);
  const experimentId = options.experimentId ?? 'cta-color-test';
  const variations = options.variations ?? [{ id: '0', purchaseEffect: 0 }, { id: '1', purchaseEffect: 0.03 }];
  const base = options.baseConversion ?? 0.1;
  const atcRate = options.addToCartRate ?? 0.3;
  const url = options.url ?? 'http://127.0.0.1/collect';
  const start = options.start ?? Date.UTC(2026, 2, 2, 8);
  const result: SimulationResult = { shoppers, events: 0, batches: 0, failures: [] };
  let inFlight: Promise<void>[] = [];

  const post = ((input: string | URL | Request, init?: RequestInit) => {
    result.batches++;
    result.events += (JSON.parse(String(init?.body ?? '{"events":[]}')) as { events: unknown[] }).events.length;
    const p = options.fetch(input, init).then(async (res) => {
      if (res.status !== 202) result.failures.push({ status: res.status, body: await res.text() });
      return res;
    });
    inFlight.push(p.then(() => undefined));
    return p;
  }) as typeof fetch;

  // Log-normal draws for the vitals, around realistic medians.
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const logNormal = (median: number, sigma: number) => median * Math.exp(sigma * normal());

  for (let i = 0; i < shoppers; i++) {
    let clock = start + i * 1_000;
    const assignments: Record<string, string> = {};
    const anonymousId = `sim-${options.seed ?? 1}-${i}`;
    const sink = beaconSink(url, { maxBatch: 20, maxWaitMs: 0, fetch: post });
    const telemetry = createTelemetry({
      sinks: [sink],
      context: experimentContext({ getAssignments: () => assignments, anonymousId }),
      now: () => (clock += 1_000 + Math.floor(random() * 20_000)),
      history: 0,
    });
    const variation = variations[Math.min(variations.length - 1, Math.floor(random() * variations.length))]!;
    const price = money(1990 + 1000 * Math.floor(random() * 8));
    const item = { item_id: `p-${Math.floor(random() * 40)}`, item_name: 'Simulated product', price: ga4Value(price), quantity: 1 };
    // A returning shopper who bought before seeing the variation: that order must not count.
    if (random() < 0.03) {
      telemetry.track('purchase', { transaction_id: `pre-${i}`, value: ga4Value(price), tax: 0, shipping: 0, currency: 'EUR', items: [item] });
    }
    telemetry.track('view_item', { currency: 'EUR', value: ga4Value(price), items: [item] });
    assignments[experimentId] = variation.id;
    telemetry.track('experiment_viewed', { experiment_id: experimentId, variation_id: variation.id });
    telemetry.track('web_vitals', { name: 'LCP', value: logNormal(1800, 0.4), delta: 0, rating: 'good', id: `v1-${i}-lcp` });
    telemetry.track('web_vitals', { name: 'CLS', value: logNormal(0.03, 0.8), delta: 0, rating: 'good', id: `v1-${i}-cls` });
    const added = random() < atcRate;
    if (added) telemetry.track('add_to_cart', { currency: 'EUR', value: ga4Value(price), items: [item] });
    // P(purchase) = base * (1 + effect) overall, reached only through the cart.
    if (added && random() < (base * (1 + variation.purchaseEffect)) / atcRate) {
      const quantity = 1 + Math.floor(random() * 3);
      const value = ga4Value(money(price.amount * quantity + 590));
      telemetry.track('purchase', { transaction_id: `T-${i}`, value, tax: 0, shipping: 5.9, currency: 'EUR', items: [{ ...item, quantity }] });
    }
    telemetry.track('web_vitals', { name: 'INP', value: logNormal(120, 0.5), delta: 0, rating: 'good', id: `v1-${i}-inp` });
    sink.flush?.();
    telemetry.dispose();
    if (inFlight.length >= 256) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  }
  await Promise.all(inFlight);
  return result;
}
