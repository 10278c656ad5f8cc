import { expect } from '@open-wc/testing';
import { CommerceError, isCommerceError, toCommerceError } from '../../src/core/errors.js';
import type * as Errors from '../../src/core/errors.js';

type ErrorsModule = typeof Errors;

describe('CommerceError across copies of the kit', () => {
  // A second instance of the module, as when a page loads the bundled kit and an adapter built on its own.
  let other: ErrorsModule;
  before(async () => {
    other = (await import(`../../src/core/errors.ts?copy=${Date.now()}`)) as ErrorsModule;
    expect(other.CommerceError, 'a separate copy of the class').to.not.equal(CommerceError);
  });

  it('recognises an error thrown by another copy, and keeps its code instead of calling it unknown', () => {
    const foreign = new other.CommerceError('network', 'Vendure could not be reached.');
    expect(isCommerceError(foreign)).to.equal(true);
    expect(foreign instanceof CommerceError, 'instanceof works across copies too').to.equal(true);
    const kept = toCommerceError(foreign);
    expect(kept).to.equal(foreign);
    expect(kept.code).to.equal('network');
    expect(other.isCommerceError(new CommerceError('out-of-stock', 'No stock.', { available: 2 }))).to.equal(true);
  });

  it('is not fooled by lookalikes: a plain Error with a code, or an unknown code', () => {
    const lookalike = Object.assign(new Error('x'), { code: 'network', name: 'CommerceError' });
    expect(isCommerceError(lookalike)).to.equal(false);
    expect(toCommerceError(lookalike).code).to.equal('unknown');
    const branded = new CommerceError('network', 'x');
    (branded as unknown as { code: string }).code = 'made-up';
    expect(isCommerceError(branded)).to.equal(false);
    expect(isCommerceError(null)).to.equal(false);
  });
});
