import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/sf-delivery-promise.js';
import { ManualClock } from '../src/core/clock.js';
import type { Locale } from '../src/core/locale.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  /** ISO instant; empty for the live clock. */
  now: string;
  cutoff: string;
  transitDays: string;
  kind: 'home' | 'pickup-point' | 'store';
  readyFrom: string;
  deliveryDays: string;
  placeName: string;
  holidays: string;
  countdown: boolean;
  tense: 'offer' | 'order';
  available: number;
  restockDays: number;
  quantity: number;
}

/** The story's clock, stopped at `now`; undefined (the live clock) when `now` is empty. */
const clockAt = (now: string) => (now ? new ManualClock(new Date(now)) : undefined);

const meta: Meta<Args> = {
  title: 'Delivery/sf-delivery-promise',
  component: 'sf-delivery-promise',
  args: {
    now: '2026-11-25T11:50:00+02:00',
    cutoff: '14:00',
    transitDays: '1-2',
    kind: 'home',
    readyFrom: '',
    deliveryDays: '1,2,3,4,5',
    placeName: '',
    holidays: 'FI',
    countdown: true,
    tense: 'offer',
    available: 10,
    restockDays: 5,
    quantity: 1,
  },
  argTypes: {
    now: { control: 'text', description: 'A fixed moment (ISO 8601); empty for the live clock.' },
    kind: { control: 'inline-radio', options: ['home', 'pickup-point', 'store'] },
    tense: { control: 'inline-radio', options: ['offer', 'order'] },
    transitDays: { control: 'text', description: '`1` or a range `1-2`.' },
    available: { control: { type: 'number', min: 0 } },
    restockDays: { control: { type: 'number', min: 0 } },
    quantity: { control: { type: 'number', min: 1 } },
  },
  parameters: {
    docs: {
      description: {
        component: 'Every story pins its clock with `.clock = new ManualClock(now)` (Europe/Helsinki), except **Live clock**. Change the language in the toolbar.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const badge = (args: Args, locale: Locale) => html`<sf-delivery-promise
  locale=${locale}
  .clock=${clockAt(args.now)}
  cutoff=${args.cutoff}
  transit-days=${args.transitDays}
  kind=${args.kind}
  ready-from=${args.readyFrom || nothing}
  delivery-days=${args.deliveryDays}
  place-name=${args.placeName || nothing}
  holidays=${args.holidays}
  tense=${args.tense}
  quantity=${args.quantity}
  .stock=${{ available: args.available, restockDays: args.restockDays }}
  ?no-countdown=${!args.countdown}
  style="max-width: 32rem"
></sf-delivery-promise>`;

const render: Story['render'] = (args, { globals }) => badge(args, globals.locale as Locale);

/** Wednesday 11:50: a countdown to the 14:00 cut-off, arrival Thursday or Friday. */
export const Countdown: Story = { render };

/** 23.12.2026 at 13:00: it still ships today, but Christmas Eve, Christmas Day, Boxing Day and Sunday pass before it arrives. */
export const DayBeforeChristmas: Story = {
  args: { now: '2026-12-23T13:00:00+02:00' },
  render,
};

/** Friday 27.11.2026 at 15:30, after the cut-off: no countdown to Monday, just the honest dispatch day. */
export const FridayAfterCutoff: Story = {
  args: { now: '2026-11-27T15:30:00+02:00' },
  render,
};

/** Thursday 18.6.2026: the pickup point is open on Saturdays, but not on Midsummer Eve or Midsummer Day. */
export const Midsummer: Story = {
  args: {
    now: '2026-06-18T12:30:00+03:00', kind: 'pickup-point', transitDays: '1', readyFrom: '17:00',
    deliveryDays: '1,2,3,4,5,6', placeName: 'K-Market Kamppi',
  },
  render,
};

/** Ordering more than the 2 in stock adds 5 restock days. */
export const ShortStock: Story = {
  args: { available: 2, quantity: 3 },
  render,
};

/** The order confirmation's wording. */
export const OrderConfirmation: Story = {
  args: { tense: 'order', kind: 'pickup-point', transitDays: '1', readyFrom: '17:00', deliveryDays: '1,2,3,4,5,6', placeName: 'K-Market Kamppi' },
  render,
};

/** The real clock: the countdown moves once a minute, on the minute. */
export const LiveClock: Story = {
  args: { now: '' },
  render,
};

/** Every delivery method of the embedded shop, each with its own promise and price, as the checkout lists them. */
export const AllMethods: Story = {
  args: { now: '2026-11-27T13:00:00+02:00' },
  render: (args, { globals }) => inShop(storyAdapter('delivery-all'), globals.locale as Locale, html`<sf-delivery-promise
    all-methods .clock=${clockAt(args.now)} style="max-width: 32rem"></sf-delivery-promise>`),
};

/** The backend answers after three seconds: placeholders hold the list's space. */
export const AllMethodsSlowBackend: Story = {
  render: (args, { globals }) => inShop(storyAdapter('delivery-slow', { latencyMs: 3000 }), globals.locale as Locale, html`<sf-delivery-promise
    all-methods .clock=${clockAt(args.now)} style="max-width: 32rem"></sf-delivery-promise>`),
};

/** The backend fails: an explained error with a retry. */
export const AllMethodsFailingBackend: Story = {
  render: (args, { globals }) => inShop(storyAdapter('delivery-fail', { fail: ['getDeliveryMethods'] }), globals.locale as Locale, html`<sf-delivery-promise
    all-methods .clock=${clockAt(args.now)} style="max-width: 32rem"></sf-delivery-promise>`),
};

/** A cut-off of 25:00 is refused: the badge renders nothing and logs one warning in the console. */
export const InvalidConfiguration: Story = {
  args: { cutoff: '25:00' },
  render: (args, { globals }) => html`<p>Above this line: nothing, and one console warning.</p>${badge(args, globals.locale as Locale)}`,
};
