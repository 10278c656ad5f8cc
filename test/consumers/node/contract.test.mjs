// A shop's adapter test as the README shows it, run with `node --test` against the packed package: the embedded
// LocalCommerceAdapter stands in for the shop's own adapter (the contract needs the demo catalogue, which it has).
/* global crypto -- Node's Web Crypto global (Node 19+) */
// #region readme
import { describe, it } from 'node:test';
import { describeAdapterContract } from 'storefront-elements/testing';
import { LocalCommerceAdapter } from 'storefront-elements/local'; // your adapter instead

describeAdapterContract('LocalCommerceAdapter', () => {
  // A fresh adapter (its own cart) for every check.
  const adapter = new LocalCommerceAdapter({ storageKey: `contract-${crypto.randomUUID()}`, crossTab: false });
  return {
    adapter,
    // How many orders the backend holds for the unique last name a check ordered with.
    countOrders: async (lastName) =>
      adapter.orders().filter((order) => order.shippingAddress.name.endsWith(` ${lastName}`)).length,
    // The next call of `operation` (placeOrder, addLine, setQuantity) does its work, then its answer is lost
    // (a real backend: drop one fetch response).
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
// #endregion
