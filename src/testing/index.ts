/**
 * `storefront-elements/testing`: the adapter conformance suite, the same checks the kit's own adapters pass, so a
 * shop proves its own `CommerceAdapter` before the elements meet it. No test framework is forced on you: register
 * the checks with mocha (@web/test-runner), node:test or anything with `describe` and `it`, or run the list yourself.
 *
 * With node:test, hand it that module's `describe` and `it`:
 * `describeAdapterContract('MyAdapter', () => ({ adapter, countOrders, loseNextResponse }), { describe, it })`.
 * Under mocha (@web/test-runner) its globals are used. The README's "Connect your backend" has a whole file.
 */
import { adapterContract, type ContractOptions, type ContractSubject } from './adapter-contract.js';

export {
  adapterContract, EURO_PRICING,
  type ContractCheck, type ContractOptions, type ContractPart, type ContractPricing, type ContractSubject, type LossyOperation,
} from './adapter-contract.js';
export {
  ContractAssertionError, rejection, equal, deepEqual, ok, hasProperties, includesAll, excludesAll, sameMembers, oneOf,
  matches, above, below, atLeast, isDeepEqual,
} from './assert.js';

/** A test function as mocha and node:test both have it: `it(name, fn)` and `it.skip(name, fn)`. */
export interface TestFunction {
  (name: string, fn: () => Promise<void>): unknown;
  skip(name: string, fn: () => Promise<void>): unknown;
}

/** The runner's `describe` and `it`; mocha's globals when left out. */
export interface TestHooks {
  describe(name: string, fn: () => void): unknown;
  it: TestFunction;
}

/**
 * Registers the contract as tests: one `describe` per area inside `CommerceAdapter contract: <name>`, one `it` per
 * check, `it.skip` for the parts in `options.pending` (listed, so nobody mistakes them for passing). With mocha the
 * per-test timeout is `options.timeout` (plus a second, so the suite's own, clearer timeout message wins).
 */
export function describeAdapterContract(
  name: string,
  makeSubject: () => ContractSubject | Promise<ContractSubject>,
  options: ContractOptions & Partial<TestHooks> = {},
): void {
  const globals = globalThis as Partial<TestHooks>;
  const describe = options.describe ?? globals.describe;
  const it = options.it ?? globals.it;
  if (typeof describe !== 'function' || typeof it !== 'function' || typeof it.skip !== 'function') {
    throw new TypeError('describeAdapterContract: pass your runner\'s { describe, it } (node:test), or run it under mocha; or register adapterContract() checks yourself.');
  }
  const checks = adapterContract(makeSubject, options);
  describe(`CommerceAdapter contract: ${name}`, () => {
    for (const group of [...new Set(checks.map((c) => c.group))]) {
      describe(group, () => {
        for (const check of checks.filter((c) => c.group === group)) {
          if (check.pending) {
            it.skip(`${check.name} (pending: ${check.pending})`, check.run);
            continue;
          }
          const test = it(check.name, check.run) as { timeout?: unknown } | undefined;
          if (options.timeout && typeof test?.timeout === 'function') (test.timeout as (ms: number) => unknown).call(test, options.timeout + 1000);
        }
      });
    }
  });
}
