// The same suite against a deliberately broken adapter: an unknown product rejects with the backend's own Error
// instead of a CommerceError (the elements could only say "Something went wrong"). The run must fail, naming the check.
/* global crypto -- Node's Web Crypto global (Node 19+) */
import { describe, it } from 'node:test';
import { describeAdapterContract } from 'storefront-elements/testing';
import { LocalCommerceAdapter } from 'storefront-elements/local';

class LeakyAdapter extends LocalCommerceAdapter {
  async getProduct(id, options) {
    if (id === 'no-such-product') throw new Error('HTTP 404 from /products/no-such-product');
    return super.getProduct(id, options);
  }
}

describeAdapterContract('LeakyAdapter', () => {
  const adapter = new LeakyAdapter({ storageKey: `broken-${crypto.randomUUID()}`, crossTab: false });
  return {
    adapter,
    countOrders: async (lastName) => adapter.orders().filter((o) => o.shippingAddress.name.endsWith(` ${lastName}`)).length,
    loseNextResponse: (operation) => {
      adapter.faults = { loseResponse: [operation] };
      const call = adapter[operation].bind(adapter);
      adapter[operation] = (...args) => {
        adapter[operation] = call;
        return call(...args).finally(() => (adapter.faults = {}));
      };
    },
  };
}, { describe, it });
