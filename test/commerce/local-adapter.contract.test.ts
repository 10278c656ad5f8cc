import { describeAdapterContract } from '../../src/testing/index.js';
import { testAdapter } from '../helpers/shop.js';

// The embedded backend against the shared adapter contract (the same suite runs against a live Vendure server).
describeAdapterContract('LocalCommerceAdapter', () => {
  const adapter = testAdapter();
  return {
    adapter,
    loseNextResponse: (operation) => {
      adapter.faults = { loseResponse: [operation] };
      // Only the next call loses its response.
      const call = adapter[operation].bind(adapter) as (...args: unknown[]) => Promise<unknown>;
      (adapter as unknown as Record<string, unknown>)[operation] = (...args: unknown[]) => {
        (adapter as unknown as Record<string, unknown>)[operation] = call;
        return call(...args).finally(() => (adapter.faults = {}));
      };
    },
    countOrders: (lastName) => Promise.resolve(adapter.orders().filter((o) => o.shippingAddress.name.endsWith(` ${lastName}`)).length),
    dispose: () => adapter.dispose(),
  };
});
