import { describeAdapterContract } from './adapter-contract.js';
import { lossyFetch, placedOrders, SEK_PRICING, sekAdapter, vendureAdapter } from './vendure-adapter-helpers.js';

// The live Vendure server (started by test/run.mjs) against the shared adapter contract, on both of its channels:
// the default one (EUR, prices with VAT) and the SEK one (prices without VAT, as Vendure configures itself).
describeAdapterContract('VendureCommerceAdapter (live Vendure, EUR channel, prices with VAT)', () => {
  const lossy = lossyFetch();
  return {
    adapter: vendureAdapter({ fetch: lossy.fetch }),
    // The payment is the step that places the order: lose its response.
    loseNextResponse: () => lossy.loseNext('SfPay'),
    countOrders: async (lastName) => (await placedOrders(lastName)).length,
  };
}, { timeout: 20000 });

describeAdapterContract('VendureCommerceAdapter (live Vendure, SEK channel, prices without VAT)', () => {
  const lossy = lossyFetch();
  return {
    adapter: sekAdapter({ fetch: lossy.fetch }),
    loseNextResponse: () => lossy.loseNext('SfPay'),
    countOrders: async (lastName) => (await placedOrders(lastName)).length,
  };
}, { timeout: 20000, pricing: SEK_PRICING });
