import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-store-availability.js';
import '../../src/define/sf-variant-picker.js';
import type { SfStoreAvailability } from '../../src/elements/sf-store-availability/sf-store-availability.js';
import type { SfVariantPicker } from '../../src/elements/sf-variant-picker/sf-variant-picker.js';
import { ManualClock } from '../../src/core/clock.js';
import type { CommerceAdapter } from '../../src/core/adapter.js';
import { describeStorePickup } from '../../src/messages/describe-delivery.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
// Wednesday 2.12.2026 10:00 in Helsinki: before the stores' 15:00 reserve and the warehouse's 14:00 cut-off.
const WEDNESDAY_MORNING = new Date('2026-12-02T08:00:00Z');
// The same day 16:00: both cut-offs have passed.
const WEDNESDAY_AFTERNOON = new Date('2026-12-02T14:00:00Z');

async function render(variantId: string | undefined, { at = WEDNESDAY_MORNING, locale = 'en', adapter }: { at?: Date; locale?: string; adapter?: CommerceAdapter } = {}) {
  const clock = new ManualClock(at);
  const shop = await fixture(html`<sf-shop .adapter=${adapter ?? testAdapter({ clock })} locale=${locale}>
    <sf-store-availability .clock=${clock} variant-id=${variantId ?? ''}></sf-store-availability>
  </sf-shop>`);
  const el = shop.querySelector('sf-store-availability') as SfStoreAvailability;
  return { el, clock, shop };
}

const lines = (el: SfStoreAvailability) => [...el.shadowRoot!.querySelectorAll('[part=store]')].map((li) => plain(li.textContent));
const loaded = async (el: SfStoreAvailability) => {
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[part=store]').length > 0 && !el.shadowRoot!.querySelector('[aria-busy=true]'), 'stores listed');
  return lines(el);
};

describe('<sf-store-availability>', () => {
  it('says per store whether it is on the shelf or comes from the warehouse, and when to pick it up (axe-clean)', async () => {
    const { el } = await render('aurora-road-54-cm');
    expect(await loaded(el)).to.deep.equal([
      'In stock at Kamppi: pick up today after 17:00.',
      'In stock at Tampere: pick up today after 17:00.',
      'Order by 14:00, pick up Fri 4.12. after 16:00 at Turku.',
    ]);
    expect(plain(el.shadowRoot!.querySelector('[part=heading]')?.textContent)).to.equal('Pick up in store');
    await expectNoAxeViolations(el);
  });

  it('offers a transfer for tomorrow where the shelf is empty, and nothing where nothing can come', async () => {
    const { el } = await render('aurora-road-50-cm');
    expect((await loaded(el))[1]).to.equal('Order by 14:00, pick up tomorrow after 17:00 at Tampere.');
    const sold = await render('lock-folding-default');
    expect(await loaded(sold.el)).to.deep.equal(['Not available at Kamppi.', 'Not available at Tampere.', 'Not available at Turku.']);
    await expectNoAxeViolations(sold.el);
  });

  it('after the cut-offs: the shelf is ready tomorrow, a transfer no longer offers today\'s "Order by"', async () => {
    const { el } = await render('aurora-road-50-cm', { at: WEDNESDAY_AFTERNOON });
    const [kamppi, tampere] = await loaded(el);
    expect(kamppi).to.equal('In stock at Kamppi: pick up tomorrow after 17:00.');
    expect(tampere).to.equal('Pick up Fri 4.12. after 17:00 at Tampere.');
  });

  it('asks again when the "Order by" time passes while the page is open', async () => {
    const { el, clock } = await render('aurora-road-50-cm', { at: new Date('2026-12-02T11:59:00Z') });
    expect((await loaded(el))[1]).to.equal('Order by 14:00, pick up tomorrow after 17:00 at Tampere.');
    clock.advance(2 * 60_000);
    await waitUntil(() => lines(el)[1] === 'Pick up Fri 4.12. after 17:00 at Tampere.', 'reworded after the cut-off');
  });

  it('speaks Finnish and Swedish', async () => {
    const fi = await render('aurora-road-50-cm', { locale: 'fi' });
    expect(await loaded(fi.el)).to.deep.equal([
      'Myymälässä Kamppi varastossa: nouda tänään klo 17 jälkeen.',
      'Tilaa viimeistään klo 14, nouda huomenna klo 17 jälkeen myymälästä Tampere.',
      'Tilaa viimeistään klo 14, nouda pe 4.12. klo 16 jälkeen myymälästä Turku.',
    ]);
    const sv = await render('aurora-road-50-cm', { locale: 'sv' });
    expect((await loaded(sv.el))[1]).to.equal('Beställ senast kl. 14, hämta i morgon efter kl. 17 i butiken Tampere.');
  });

  it('follows the variant a picker chooses, by keyboard', async () => {
    const clock = new ManualClock(WEDNESDAY_MORNING);
    const adapter = testAdapter({ clock });
    const product = await adapter.getProduct('aurora-road');
    const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en">
      <sf-variant-picker .clock=${clock} .product=${product}><sf-store-availability .clock=${clock}></sf-store-availability></sf-variant-picker>
    </sf-shop>`);
    const picker = shop.querySelector('sf-variant-picker') as SfVariantPicker;
    const el = shop.querySelector('sf-store-availability') as SfStoreAvailability;
    expect(await loaded(el)).to.include('Order by 14:00, pick up tomorrow after 17:00 at Tampere.');
    expect(el.variantId).to.equal('aurora-road-50-cm');
    picker.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.variantId === 'aurora-road-54-cm', 'picker drove the variant');
    await waitUntil(() => lines(el)[1] === 'In stock at Tampere: pick up today after 17:00.', 'reloaded');
  });

  it('renders nothing for an adapter without stores, and an error with a retry when the call fails', async () => {
    const plainAdapter = testAdapter();
    const bare: CommerceAdapter = Object.assign(Object.create(plainAdapter) as CommerceAdapter, { getStoreAvailability: undefined });
    const none = await render('aurora-road-54-cm', { adapter: bare });
    await none.el.updateComplete;
    expect(none.el.shadowRoot!.textContent!.trim()).to.equal('');
    const failing = testAdapter({ faults: { fail: ['getStoreAvailability'] } });
    const { el } = await render('aurora-road-54-cm', { adapter: failing });
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'error shown');
    failing.faults = {};
    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(await loaded(el)).to.have.length(3);
  });

  it('words a pickup the same way outside the element (core + messages)', () => {
    const text = describeStorePickup(
      { storeId: 'x', storeName: 'Kamppi', stock: 2, pickup: { date: '2026-12-02', readyFrom: '17:00' } },
      { now: WEDNESDAY_MORNING, locale: 'en', timeZone: 'Europe/Helsinki' },
    );
    expect(text).to.equal('In stock at Kamppi: pick up today after 17:00');
  });
});
