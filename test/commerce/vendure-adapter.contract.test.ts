import { describeAdapterContract, type LossyOperation } from '../../src/testing/index.js';
import { lossyFetch, placedOrders, SEK_PRICING, sekAdapter, vendureAdapter } from './vendure-adapter-helpers.js';

/** The GraphQL operation that does each write's work: for placeOrder the payment, the step that places the order. */
const OPERATION: Record<LossyOperation, string> = { placeOrder: 'SfPay', addLine: 'SfAdd', setQuantity: 'SfAdjust' };

// The live Vendure server (started by test/run.mjs) against the shared adapter contract, on both of its channels:
// the default one (EUR, prices with VAT) and the SEK one (prices without VAT, as Vendure configures itself).
describeAdapterContract('VendureCommerceAdapter (live Vendure, EUR channel, prices with VAT)', () => {
  const lossy = lossyFetch();
  return {
    adapter: vendureAdapter({ fetch: lossy.fetch }),
    loseNextResponse: (operation) => lossy.loseNext(OPERATION[operation]),
    countOrders: async (lastName) => (await placedOrders(lastName)).length,
  };
}, { timeout: 20000 });

describeAdapterContract('VendureCommerceAdapter (live Vendure, SEK channel, prices without VAT)', () => {
  const lossy = lossyFetch();
  return {
    adapter: sekAdapter({ fetch: lossy.fetch }),
    loseNextResponse: (operation) => lossy.loseNext(OPERATION[operation]),
    countOrders: async (lastName) => (await placedOrders(lastName)).length,
  };
}, { timeout: 20000, pricing: SEK_PRICING });
