/* global window, document -- runs in the browser */
// Hydrates the server's page before any element is defined: the top-level template's property bindings
// (.snapshot, .product, .adapter) reach the elements first, so each element's own hydration renders exactly the
// server's HTML. Imported by client.mjs after the hydrate support and before the define modules.
import { hydrate } from '@lit-labs/ssr-client';
// From the snapshot module itself, not the core entry: that one registers every language's words (for Node).
import { parseSnapshot } from '../dist/core/snapshot.js';
import { LocalCommerceAdapter } from '../dist/adapters/local/index.js';
import { createTelemetry } from '../dist/services/telemetry/telemetry.js';
import { dataLayerSink } from '../dist/services/telemetry/sinks.js';
import { page } from './page.mjs';

const read = (id) => JSON.parse(document.getElementById(id)?.textContent ?? 'null');
const state = read('demo-page');
const snapshot = parseSnapshot(document.getElementById('sf-snapshot')?.textContent ?? '').snapshot;
// The embedded backend in the browser: the same catalogue as the server's, the cart in the first-party cookie the
// server reads and writes too (a cart added to without JavaScript is the one shown here), orders in this
// browser's storage.
// Every adapter call is listed in window.sfDemo.calls: what hydration asked the backend for (nothing the page had).
const calls = [];
// Telemetry to GTM's dataLayer, and kept in window.sfDemo.events for a look (the tests count experiment_viewed there).
const events = [];
window.sfDemo = { calls, events };
const telemetry = createTelemetry({ sinks: [dataLayerSink(), (e) => events.push(e)] });
const local = new LocalCommerceAdapter({ imageBase: '/images', storageKey: 'sf-demo', cartCookie: { name: 'sf_cart' } });
const adapter = new Proxy(local, {
  get(target, key) {
    const value = Reflect.get(target, key, target);
    if (typeof value !== 'function') return value;
    return (...args) => {
      calls.push(String(key));
      return value.apply(target, args);
    };
  },
});
const app = document.getElementById('app');
hydrate(page(state.route, { ...state.data, snapshot, telemetry }, adapter), app);
