import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-filter-panel.js';
import type { SfFilterPanel } from '../../src/elements/sf-filter-panel/sf-filter-panel.js';
import type { Facet } from '../../src/core/listing.js';
import type { SfFilterChangeEvent } from '../../src/elements/events/index.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';

const facets: Facet[] = [
  { id: 'brand', kind: 'brand', values: [{ value: 'Pohjola', label: 'Pohjola', count: 4 }, { value: 'Tuisku', label: 'Tuisku', count: 0 }] },
  { id: 'price', kind: 'price', values: [{ value: '10000-50000', count: 2 }, { value: '100000-', count: 5 }] },
];

describe('<sf-filter-panel>', () => {
  it('on a phone opens as a modal dialog from the keyboard, filters with Space, and Escape returns focus', async () => {
    const panel = await fixture<SfFilterPanel>(html`<sf-filter-panel layout="dialog" locale="fi" .facets=${facets}></sf-filter-panel>`);
    const toggle = panel.shadowRoot!.querySelector('[part=toggle]') as HTMLButtonElement;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = panel.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const labels = [...dialog.querySelectorAll('label')].map((l) => l.textContent!.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim());
    expect(labels).to.deep.equal(['Pohjola (4)', 'Tuisku (0)', '100,00 € – 500,00 € (2)', '1 000,00 € ja yli (5)']);
    // A value no product would match is disabled, not hidden.
    expect(dialog.querySelectorAll('input')[1]!.disabled).to.equal(true);
    await expectNoAxeViolations(panel);
    dialog.querySelector('input')!.focus();
    const change = oneEvent(panel, 'sf-filter-change');
    await sendKeys({ press: 'Space' });
    expect(((await change) as unknown as SfFilterChangeEvent).filters).to.deep.equal({ brand: ['Pohjola'] });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape closes');
    expect(panel.shadowRoot!.activeElement).to.equal(toggle);
    expect(toggle.textContent!.trim().replace(/\s+/g, ' ')).to.equal('Suodattimet (1)');
  });

  it('on a desktop is a labelled group of facet fieldsets', async () => {
    const panel = await fixture<SfFilterPanel>(html`<sf-filter-panel layout="sidebar" locale="en" .facets=${facets}></sf-filter-panel>`);
    expect(panel.shadowRoot!.querySelector('[role=group]')?.getAttribute('aria-label')).to.equal('Filters');
    expect([...panel.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent)).to.deep.equal(['Brand', 'Price']);
    await expectNoAxeViolations(panel);
  });
});
