import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-delivery-promise.js';
import type { SfDeliveryPromise } from '../../src/elements/sf-delivery-promise/sf-delivery-promise.js';
import { ManualClock } from '../../src/core/clock.js';
import type { SfDeliverySettingsInvalidEvent } from '../../src/elements/events/index.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter } from '../helpers/shop.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const part = (el: SfDeliveryPromise, name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`);
const text = (el: SfDeliveryPromise, name = 'promise') => plain(part(el, name)?.textContent);
const live = (el: SfDeliveryPromise) => plain(el.shadowRoot!.querySelector('[role=status]')?.textContent);

// Wed 25.11.2026 11:50 in Helsinki (UTC+2): 2 h 10 min before a 14:00 cut-off.
const WED_1150 = '2026-11-25T09:50:00Z';

async function inShop(adapter: LocalCommerceAdapter, locale: string, content: ReturnType<typeof html>) {
  const shop = await fixture(html`<sf-shop .adapter=${adapter} locale=${locale}>${content}</sf-shop>`);
  return shop.querySelector('sf-delivery-promise') as SfDeliveryPromise;
}

/** Collects the sf-delivery-settings-invalid events fired anywhere on the page while `body` runs. */
async function collecting(events: SfDeliverySettingsInvalidEvent[], body: () => Promise<void>): Promise<void> {
  const listener = (e: SfDeliverySettingsInvalidEvent) => events.push(e);
  document.addEventListener('sf-delivery-settings-invalid', listener);
  try {
    await body();
  } finally {
    document.removeEventListener('sf-delivery-settings-invalid', listener);
  }
}

/** Captures console.warn while `body` runs. */
async function warnings(body: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('<sf-delivery-promise> hand-made badge with a fixed clock', () => {
  it('shows the countdown and the arrival day, with the countdown emphasised', async () => {
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" cutoff="14:00" transit-days="1" now=${WED_1150}></sf-delivery-promise>`);
    expect(text(el)).to.equal('Order within 2 h 10 min and it ships today. Arrives tomorrow.');
    expect(text(el, 'countdown')).to.equal('2 h 10 min');
    expect(el.matches(':state(countdown)')).to.equal(true);
    expect(live(el)).to.equal('');
    await expectNoAxeViolations(el);
  });

  it('speaks Finnish and Swedish, following the shop locale at run time', async () => {
    const el = await inShop(testAdapter(), 'fi', html`<sf-delivery-promise cutoff="14:00" transit-days="1" .now=${new Date(WED_1150)}></sf-delivery-promise>`);
    expect(text(el)).to.equal('Tilaa 2 t 10 min kuluessa, niin lähetämme tänään. Perillä huomenna.');
    await expectNoAxeViolations(el);
    el.closest('sf-shop')!.locale = 'sv';
    await waitUntil(() => text(el).startsWith('Beställ'));
    expect(text(el)).to.equal('Beställ inom 2 h 10 min så skickar vi i dag. Levereras i morgon.');
    // A language change is not a new promise: nothing is announced.
    expect(live(el)).to.equal('');
    await expectNoAxeViolations(el);
  });

  it('a pickup point names the time and place', async () => {
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="fi" kind="pickup-point" cutoff="14:00" transit-days="1"
      ready-from="17:00" delivery-days="1,2,3,4,5,6" place-name="K-Market Kamppi" now=${WED_1150}></sf-delivery-promise>`);
    expect(text(el, 'arrival')).to.equal('Noudettavissa huomenna klo 17 jälkeen noutopisteestä K-Market Kamppi.');
    // `placeName=` in another element's Lit template arrives as the attribute `placename`.
    el.setAttribute('placename', 'Pakettiautomaatti Kamppi');
    await el.updateComplete;
    expect(text(el, 'arrival')).to.contain('noutopisteestä Pakettiautomaatti Kamppi');
  });

  it('Christmas: a day before Christmas Eve it still ships today and arrives after the holidays', async () => {
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" cutoff="14:00" transit-days="1-2" now="2026-12-23T11:00:00Z"></sf-delivery-promise>`);
    expect(text(el)).to.equal('Order within 1 h and it ships today. Arrives Mon 28.12.–Tue 29.12.');
    await expectNoAxeViolations(el);
    // Without the Finnish calendar the same badge would promise Christmas Eve.
    el.holidays = [];
    await el.updateComplete;
    expect(text(el, 'arrival')).to.equal('Arrives Thu 24.12.–Fri 25.12.');
  });

  it('Midsummer: Saturday pickup skips Midsummer Eve and Day', async () => {
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="sv" kind="pickup-point" cutoff="14:00" transit-days="1"
      ready-from="17:00" delivery-days="1,2,3,4,5,6" now="2026-06-18T10:00:00Z"></sf-delivery-promise>`);
    expect(text(el)).to.equal('Beställ inom 1 h så skickar vi i dag. Kan hämtas mån 22.6. efter kl. 17.');
  });

  it('a Friday afternoon after the cut-off names Monday, without a countdown', async () => {
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" cutoff="14:00" transit-days="1" now="2026-11-27T13:00:00Z"></sf-delivery-promise>`);
    expect(text(el)).to.equal('Ships Mon 30.11. Arrives Tue 1.12.');
    expect(part(el, 'countdown')).to.equal(null);
    expect(el.matches(':state(countdown)')).to.equal(false);
    await expectNoAxeViolations(el);
  });

  it('short stock moves the date, and the change is announced', async () => {
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" cutoff="14:00" transit-days="1" now=${WED_1150}
      .stock=${{ available: 2, restockDays: 3 }} quantity="2"></sf-delivery-promise>`);
    expect(text(el, 'arrival')).to.equal('Arrives tomorrow.');
    el.quantity = 3;
    await el.updateComplete;
    expect(text(el)).to.equal('Order within 2 h 10 min and it ships Mon 30.11. Arrives Tue 1.12.');
    expect(live(el)).to.equal('Delivery estimate updated: Order within 2 h 10 min and it ships Mon 30.11. Arrives Tue 1.12.');
    await expectNoAxeViolations(el);
  });

  it('can leave out the countdown (attribute or property)', async () => {
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" no-countdown cutoff="14:00" transit-days="1" now=${WED_1150}></sf-delivery-promise>`);
    expect(text(el, 'dispatch')).to.equal('Order by 14:00 and it ships today.');
    el.countdown = true;
    await el.updateComplete;
    expect(text(el, 'dispatch')).to.equal('Order within 2 h 10 min and it ships today.');
  });

  it('the order tense for a confirmation page', async () => {
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" tense="order" kind="pickup-point" cutoff="14:00" transit-days="1"
      ready-from="17:00" place-name="K-Market Kamppi" now=${WED_1150}></sf-delivery-promise>`);
    expect(text(el)).to.equal('Your order is on its way; pick it up tomorrow after 17:00 at K-Market Kamppi.');
  });
});

describe('<sf-delivery-promise> keeps its geometry while the countdown runs', () => {
  for (const locale of ['en', 'fi', 'sv']) {
    it(`the words after the countdown stay put and the lines stay the same, every minute and past the cut-off (${locale})`, async () => {
      // A narrow card's width, where the sentence wraps.
      const box = await fixture<HTMLElement>(html`<div style="inline-size: 15rem">
        <sf-delivery-promise locale=${locale} cutoff="14:00" transit-days="1-2"></sf-delivery-promise>
      </div>`);
      const el = box.querySelector('sf-delivery-promise') as SfDeliveryPromise;
      // Wednesday 25.11.2026 02:00:30 in Helsinki: 12 h before the cut-off, then every minute until just past it.
      const start = Date.parse('2026-11-25T00:00:30Z');
      const clock = new ManualClock(start);
      el.clock = clock;
      await el.updateComplete;
      const after = () => {
        // Where the words after the countdown begin: the text node after [part=countdown].
        let next = part(el, 'countdown')?.nextSibling ?? null;
        while (next && !(next.nodeType === Node.TEXT_NODE && next.textContent!.trim())) next = next.nextSibling;
        if (!next) return null;
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        return Math.round(range.getBoundingClientRect().left);
      };
      const height = Math.round(el.getBoundingClientRect().height);
      const firstAfter = after();
      expect(firstAfter).to.not.equal(null);
      const seen = new Set<string>();
      for (let m = 1; m <= 12 * 60 + 2; m += 1) {
        clock.set(start + m * 60_000);
        await el.updateComplete;
        seen.add(text(el, 'countdown'));
        const x = after();
        if (x !== null) expect(x, `words after "${text(el, 'countdown')}"`).to.equal(firstAfter);
        expect(Math.round(el.getBoundingClientRect().height), `height at "${text(el)}"`).to.equal(height);
      }
      expect(seen.size, 'every countdown text').to.be.greaterThan(700);
      expect(part(el, 'countdown'), 'past the cut-off').to.equal(null);
      // What keeps the lines is hidden from everyone; the promise is the shorter one.
      expect(text(el)).to.match(/^(Ships|Lähtee|Skickas) /);
      expect(el.shadowRoot!.querySelector('.sizer')?.getAttribute('aria-hidden')).to.equal('true');
      await expectNoAxeViolations(el);
    });
  }
});

describe('<sf-delivery-promise> on a running clock', () => {
  it('updates once a minute on the minute, not every second, and never announces the minutes', async () => {
    const clock = new ManualClock(new Date('2026-11-25T09:50:30Z')); // 11:50:30 local
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" cutoff="14:00" transit-days="1" .clock=${clock}></sf-delivery-promise>`);
    expect(text(el, 'countdown')).to.equal('2 h 10 min');
    let renders = 0;
    el.addController({ hostUpdated: () => { renders += 1; } });
    for (let s = 0; s < 29; s += 1) {
      clock.advance(1000);
      await el.updateComplete;
    }
    expect(renders, 'no update within the minute').to.equal(0);
    clock.advance(1000); // 11:51:00
    await el.updateComplete;
    expect(renders).to.equal(1);
    expect(text(el, 'countdown')).to.equal('2 h 9 min');
    clock.set(new Date('2026-11-25T11:59:00Z')); // 13:59
    await el.updateComplete;
    expect(text(el, 'countdown')).to.equal('1 min');
    expect(live(el), 'the countdown itself is never announced').to.equal('');
  });

  it('recomputes when the cut-off passes and announces the new date once', async () => {
    const clock = new ManualClock(new Date('2026-11-25T11:58:00Z')); // 13:58 local
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="fi" cutoff="14:00" transit-days="1" .clock=${clock}></sf-delivery-promise>`);
    expect(text(el)).to.equal('Tilaa 2 min kuluessa, niin lähetämme tänään. Perillä huomenna.');
    clock.advance(2 * 60_000); // 14:00: the cut-off
    await el.updateComplete;
    expect(text(el)).to.equal('Lähtee huomenna. Perillä pe 27.11.');
    expect(live(el)).to.equal('Toimitusarvio päivittyi: Lähtee huomenna. Perillä pe 27.11.');
    await expectNoAxeViolations(el);
    clock.advance(10 * 60_000);
    await el.updateComplete;
    expect(live(el), 'the announcement stays as it was').to.equal('Toimitusarvio päivittyi: Lähtee huomenna. Perillä pe 27.11.');
  });

  it('recomputes when the fixed `now` moves past the cut-off', async () => {
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="sv" cutoff="14:00" transit-days="1" now="2026-12-23T11:59:00Z"></sf-delivery-promise>`);
    expect(text(el, 'dispatch')).to.equal('Beställ inom 1 min så skickar vi i dag.');
    el.now = new Date('2026-12-23T12:00:00Z');
    await el.updateComplete;
    expect(text(el)).to.equal('Skickas mån 28.12. Levereras tis 29.12.');
    expect(live(el)).to.equal('Leveransberäkningen uppdaterades: Skickas mån 28.12. Levereras tis 29.12.');
  });

  it('stops its timer when removed from the page', async () => {
    const clock = new ManualClock(new Date(WED_1150));
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise cutoff="14:00" transit-days="1" .clock=${clock}></sf-delivery-promise>`);
    expect(clock.pending).to.equal(1);
    el.remove();
    expect(clock.pending).to.equal(0);
  });
});

describe('<sf-delivery-promise> space and failure', () => {
  it('reserves its lines: no layout shift when it first computes or its text changes length', async () => {
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" style="width: 40rem"></sf-delivery-promise>`);
    const empty = el.getBoundingClientRect().height;
    expect(empty).to.be.greaterThan(30);
    el.cutoff = '14:00';
    el.transitDays = 1;
    el.now = new Date(WED_1150);
    await el.updateComplete;
    expect(text(el)).to.contain('Order within');
    expect(el.getBoundingClientRect().height).to.equal(empty);
    el.now = new Date('2026-11-27T13:00:00Z');
    await el.updateComplete;
    expect(text(el)).to.equal('Ships Mon 30.11. Arrives Tue 1.12.');
    expect(el.getBoundingClientRect().height).to.equal(empty);
  });

  it('an invalid configuration shows the fallback without dates, warns once, fires one event and throws nothing', async () => {
    let el!: SfDeliveryPromise;
    const events: SfDeliverySettingsInvalidEvent[] = [];
    const seen = await warnings(() => collecting(events, async () => {
      el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" cutoff="25:00" transit-days="1" now=${WED_1150}></sf-delivery-promise>`);
      el.quantity = 2;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    }));
    expect(seen).to.have.length(1);
    expect(seen[0]).to.match(/sf-delivery-promise.*cutoff:/);
    expect(events.map((e) => [e.field, e.target === el, e.bubbles && e.composed])).to.deep.equal([['cutoff', true, true]]);
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.matches(':state(invalid)')).to.equal(true);
    expect(text(el)).to.equal('Delivered in about 1–2 working days.');
    await expectNoAxeViolations(el);
    // Fixed, it shows the promise.
    el.cutoff = '14:00';
    await el.updateComplete;
    expect(el.matches(':state(invalid)')).to.equal(false);
    expect(text(el)).to.contain('Order within');
  });

  it('an unknown time zone or a malformed holiday list shows the fallback in fi, sv and en, never nothing', async () => {
    const events: SfDeliverySettingsInvalidEvent[] = [];
    const els: SfDeliveryPromise[] = [];
    const seen = await warnings(() => collecting(events, async () => {
      els.push(await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="fi" cutoff="14:00" transit-days="1-2" time-zone="Europe/Atlantis" now=${WED_1150}></sf-delivery-promise>`));
      els.push(await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="sv" cutoff="14:00" transit-days="1" kind="pickup-point" holidays="FI,2026-13-45" now=${WED_1150}></sf-delivery-promise>`));
      const bad = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" cutoff="14:00" transit-days="2" now=${WED_1150}></sf-delivery-promise>`);
      bad.holidays = { calendar: 'FI', extra: 'not a list' } as never;
      await bad.updateComplete;
      els.push(bad);
      // With the days unusable too, it still says something.
      els.push(await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" cutoff="14:00" transit-days="soon" now=${WED_1150}></sf-delivery-promise>`));
    }));
    expect(els.map((el) => text(el))).to.deep.equal([
      'Toimitus noin 1–3 arkipäivässä.',
      'Kan hämtas inom cirka 1–2 vardagar.',
      'Delivered in about 2–3 working days.',
      'The delivery time is confirmed at checkout.',
    ]);
    expect(els.every((el) => el.matches(':state(invalid)') && el.getBoundingClientRect().height > 0)).to.equal(true);
    expect(events.map((e) => e.field)).to.deep.equal(['timeZone', 'holidays.extra', 'holidays.extra', 'transitDays']);
    expect(seen).to.have.length(4);
    for (const el of els) await expectNoAxeViolations(el);
  });

  it('an unknown time zone or a malformed transit is reported by name', async () => {
    const seen = await warnings(async () => {
      await fixture(html`<sf-delivery-promise cutoff="14:00" transit-days="1" time-zone="Europe/Atlantis" now=${WED_1150}></sf-delivery-promise>`);
      await fixture(html`<sf-delivery-promise cutoff="14:00" transit-days="soon" now=${WED_1150}></sf-delivery-promise>`);
      await fixture(html`<sf-delivery-promise cutoff="14:00" transit-days="1" kind="drone" now=${WED_1150}></sf-delivery-promise>`);
    });
    expect(seen.map((s) => /: ([a-zA-Z]+):/.exec(s)?.[1])).to.deep.equal(['timeZone', 'transitDays', 'kind']);
  });
});

describe('<sf-delivery-promise all-methods> from the local adapter', () => {
  it('lists every delivery method with its price and own promise', async () => {
    const el = await inShop(testAdapter(), 'fi', html`<sf-delivery-promise all-methods now=${WED_1150}></sf-delivery-promise>`);
    // The reserved placeholders share the part: wait until loading is over.
    await waitUntil(() => part(el, 'methods') && !el.matches(':state(loading)'), 'the methods load');
    const items = [...el.shadowRoot!.querySelectorAll('[part=method]')];
    expect(items.map((li) => plain(li.querySelector('[part=method-name]')?.textContent))).to.deep.equal([
      'Home delivery', 'Pickup point', 'Click & collect in store',
    ]);
    expect(items.map((li) => plain(li.querySelector('[part=price]')?.textContent))).to.deep.equal(['9,90 €', '5,90 €', 'Maksuton']);
    expect(items.map((li) => plain(li.querySelector('[part=promise]')?.textContent))).to.deep.equal([
      'Tilaa 2 t 10 min kuluessa, niin lähetämme tänään. Perillä to 26.11.–pe 27.11.',
      'Tilaa 2 t 10 min kuluessa, niin lähetämme tänään. Noudettavissa huomenna klo 17 jälkeen.',
      'Tilaa 4 t 10 min kuluessa, niin lähetämme tänään. Noudettavissa tänään klo 18 jälkeen.',
    ]);
    expect(part(el, 'methods')!.getAttribute('aria-label')).to.equal('Toimitustavat');
    await expectNoAxeViolations(el);
  });

  it('on Friday after 14:00 the store still promises today, home delivery Monday', async () => {
    const el = await inShop(testAdapter(), 'en', html`<sf-delivery-promise all-methods now="2026-11-27T13:00:00Z"></sf-delivery-promise>`);
    // The reserved placeholders share the part: wait until loading is over.
    await waitUntil(() => part(el, 'methods') && !el.matches(':state(loading)'), 'the methods load');
    const promises = [...el.shadowRoot!.querySelectorAll('[part=method] [part=promise]')].map((p) => plain(p.textContent));
    expect(promises).to.deep.equal([
      'Ships Mon 30.11. Arrives Tue 1.12.–Wed 2.12.',
      'Ships Mon 30.11. Ready for pickup Tue 1.12. after 17:00.',
      'Order within 1 h and it ships today. Ready for pickup today after 18:00.',
    ]);
  });

  it('one method by id, with the adapter’s parameters', async () => {
    const el = await inShop(testAdapter(), 'en', html`<sf-delivery-promise method-id="pickup-point" place-name="K-Market Kamppi" now=${WED_1150}></sf-delivery-promise>`);
    await waitUntil(() => text(el).length > 0, 'the method loads');
    expect(text(el)).to.equal('Order within 2 h 10 min and it ships today. Ready for pickup tomorrow after 17:00 at K-Market Kamppi.');
  });

  it('a method object set as a property (as the checkout does)', async () => {
    const adapter = testAdapter();
    const [home] = await adapter.getDeliveryMethods();
    const el = await fixture<SfDeliveryPromise>(html`<sf-delivery-promise locale="en" .method=${home} now=${WED_1150}></sf-delivery-promise>`);
    expect(text(el)).to.equal('Order within 2 h 10 min and it ships today. Arrives Thu 26.11.–Fri 27.11.');
  });

  it('explains a failing backend and recovers with a keyboard retry', async () => {
    const adapter = testAdapter({ faults: { fail: ['getDeliveryMethods'] } });
    let el!: SfDeliveryPromise;
    const seen = await warnings(async () => {
      el = await inShop(adapter, 'en', html`<sf-delivery-promise all-methods now=${WED_1150}></sf-delivery-promise>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'the error shows');
    });
    expect(seen).to.have.length(1);
    expect(plain(el.shadowRoot!.querySelector('[role=alert]')!.textContent)).to.contain('We could not reach the shop');
    await expectNoAxeViolations(el);
    adapter.faults = {};
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'methods'), 'the retry lists the methods');
    expect(el.shadowRoot!.querySelectorAll('[part=method]')).to.have.length(3);
  });

  it('reserves space for the list while it loads', async () => {
    const adapter = testAdapter({ faults: { latencyMs: 200 } });
    const el = await inShop(adapter, 'en', html`<sf-delivery-promise all-methods now=${WED_1150} style="width: 40rem"></sf-delivery-promise>`);
    expect(el.matches(':state(loading)')).to.equal(true);
    const loading = el.getBoundingClientRect().height;
    // The reserved placeholders share the part: wait until loading is over.
    await waitUntil(() => part(el, 'methods') && !el.matches(':state(loading)'), 'the methods load');
    expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 1);
  });
});
