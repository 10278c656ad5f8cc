import { describeAdapterContract } from './adapter-contract.js';
import { lossyFetch, placedOrders, vendureAdapter } from './vendure-adapter-helpers.js';

// The live Vendure server (started by test/run.mjs) against the shared adapter contract.
describeAdapterContract('VendureCommerceAdapter (live Vendure)', () => {
  const lossy = lossyFetch();
  return {
    adapter: vendureAdapter({ fetch: lossy.fetch }),
    // The payment is the step that places the order: lose its response.
    loseNextResponse: () => lossy.loseNext('SfPay'),
    countOrders: async (lastName) => (await placedOrders(lastName)).length,
  };
}, { timeout: 20000 });
