// Every entry meant for Node, imported as an app would: the model and rules, the adapters, the testing suite.
import { formatMoney, money, promiseDelivery, CommerceError } from 'storefront-elements/core';
import { LocalCommerceAdapter } from 'storefront-elements/local';
import { VendureCommerceAdapter } from 'storefront-elements/vendure';
import { adapterContract, describeAdapterContract } from 'storefront-elements/testing';
// Meant for browsers, and safe to import anywhere (a shared entry file, a server render): in Node it does nothing.
import { discover } from 'storefront-elements/autoloader';

await discover();

console.log(JSON.stringify({
  money: formatMoney(money(14900), 'en'),
  promiseDelivery: typeof promiseDelivery,
  error: typeof CommerceError,
  local: typeof LocalCommerceAdapter,
  vendure: typeof VendureCommerceAdapter,
  testing: typeof describeAdapterContract,
  autoloader: typeof discover,
  checks: adapterContract(() => { throw new Error('not run'); }).length,
}));
