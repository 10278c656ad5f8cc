import { expect } from '@open-wc/testing';
import {
  findVariant, initialVariant, optionValueStatus, productOptions, restockDispatchDate, selectOption, variantAvailability,
} from '../../src/core/variants.js';
import { twoOptionBike as bike } from '../fixtures/two-option-bike.js';

const byId = (id: string) => bike.variants.find((v) => v.id === id)!;

describe('variant matrix', () => {
  it('lists each option once with its values in the order the variants give them', () => {
    expect(productOptions(bike)).to.deep.equal([
      { name: 'Frame', values: ['54 cm', '56 cm', '58 cm'] },
      { name: 'Colour', values: ['Blue', 'Red'] },
    ]);
  });

  it('tells in stock, restocked later and sold out for good apart', () => {
    expect(variantAvailability(byId('tunturi-54-blue'))).to.equal('in-stock');
    expect(variantAvailability(byId('tunturi-56-blue'))).to.equal('backorder');
    expect(variantAvailability(byId('tunturi-58-blue'))).to.equal('sold-out');
  });

  it('marks a combination that does not exist as unavailable instead of dropping the value', () => {
    const blue54 = { Frame: '54 cm', Colour: 'Blue' };
    expect(optionValueStatus(bike, blue54, 'Colour', 'Red')).to.equal('unavailable');
    expect(optionValueStatus(bike, blue54, 'Frame', '56 cm')).to.equal('backorder');
    expect(optionValueStatus(bike, blue54, 'Frame', '58 cm')).to.equal('sold-out');
    expect(optionValueStatus(bike, { Frame: '58 cm', Colour: 'Red' }, 'Frame', '54 cm')).to.equal('unavailable');
  });

  it('finds the exact combination, or the closest one that can be bought when it does not exist', () => {
    expect(findVariant(bike, { Frame: '56 cm', Colour: 'Red' })?.id).to.equal('tunturi-56-red');
    expect(findVariant(bike, { Frame: '54 cm', Colour: 'Red' })).to.equal(undefined);
    // 54 cm comes only in blue: choosing it from 58 cm / Red switches the colour.
    expect(selectOption(bike, { Frame: '58 cm', Colour: 'Red' }, 'Frame', '54 cm')?.id).to.equal('tunturi-54-blue');
    // Red from 54 cm / Blue: no 54 cm red, so the red that can be bought soonest.
    expect(selectOption(bike, { Frame: '54 cm', Colour: 'Blue' }, 'Colour', 'Red')?.id).to.equal('tunturi-56-red');
  });

  it('opens on the linked variant, else the first in stock', () => {
    expect(initialVariant(bike, 'tunturi-58-red')?.id).to.equal('tunturi-58-red');
    expect(initialVariant(bike, 'no-such')?.id).to.equal('tunturi-54-blue');
    expect(initialVariant({ ...bike, variants: bike.variants.slice(1, 2) })?.id).to.equal('tunturi-56-blue');
  });

  it('dates a restock by the warehouse calendar: five dispatch days from Wednesday morning ship Wednesday next week', () => {
    const calendar = { now: new Date('2026-12-02T08:00:00Z'), timeZone: 'Europe/Helsinki', cutoff: '14:00' };
    expect(restockDispatchDate(byId('tunturi-56-blue'), calendar)).to.equal('2026-12-09');
    // After the cut-off the count starts a day later.
    expect(restockDispatchDate(byId('tunturi-56-blue'), { ...calendar, now: new Date('2026-12-02T13:00:00Z') })).to.equal('2026-12-10');
    expect(restockDispatchDate(byId('tunturi-58-blue'), calendar)).to.equal(undefined);
    expect(restockDispatchDate(byId('tunturi-54-blue'), calendar)).to.equal(undefined);
  });
});
