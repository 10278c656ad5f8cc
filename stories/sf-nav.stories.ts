import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define/sf-shop.js';
import '../src/define/sf-nav.js';
import type { Locale } from '../src/core/locale.js';
import { inShop, storyAdapter } from './shop.js';

interface Args {
  current: string;
  arrowKeys: boolean;
  breakpoint: number;
  mobile: boolean;
  label: string;
}

const meta: Meta<Args> = {
  title: 'Navigation/sf-nav',
  component: 'sf-nav',
  args: { current: '', arrowKeys: false, breakpoint: 768, mobile: false, label: '' },
  argTypes: {
    current: { control: 'select', options: ['', 'bikes', 'road-bikes', 'helmets', 'jackets', 'locks', '#/category/shoes'] },
    breakpoint: { control: { type: 'number', min: 0, step: 16 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

const nav = (args: Args, content: TemplateResult | string = '') => html`<sf-nav
  current=${args.current}
  ?arrow-keys=${args.arrowKeys}
  breakpoint=${args.breakpoint}
  ?mobile=${args.mobile}
  label=${args.label || ''}
>${content}</sf-nav>`;

/** A page-like frame: the nav, and some content for the panels to cover. */
const frame = (width: string, content: TemplateResult) => html`<div style="width: ${width}; max-width: 100%; border: 1px dashed #d0d7de">
  ${content}
  <main style="padding: 1rem"><h1 style="margin: 0">Pyöräkauppa</h1><p>Page content below the navigation.</p></main>
</div>`;

/** Desktop: the embedded shop's category tree as disclosure buttons with mega-menu panels. */
export const Desktop: Story = {
  render: (args, { globals }) => inShop(storyAdapter('nav'), globals.locale as Locale, frame('1100px', nav(args))),
};

/** The current page (Road bikes) is marked with aria-current="page"; its top-level button is underlined. */
export const CurrentPage: Story = {
  args: { current: 'road-bikes' },
  render: Desktop.render!,
};

/** The APG's optional arrow keys: Left/Right/Home/End between top-level items, Down into an open panel. */
export const ArrowKeys: Story = {
  args: { arrowKeys: true },
  render: Desktop.render!,
};

/** Mobile: a 360 px wide container (the breakpoint is the element's own width), menu button and drawer dialog. */
export const Mobile: Story = {
  args: { current: 'jackets' },
  render: (args, { globals }) => inShop(storyAdapter('nav-mobile'), globals.locale as Locale, frame('360px', nav(args))),
};

/** The drawer forced with the `mobile` attribute at any width. */
export const ForcedMobile: Story = {
  args: { mobile: true },
  render: Desktop.render!,
};

/** A hand-made menu from light-DOM links (no adapter needed). */
export const HandMade: Story = {
  args: { current: '/service/repair', label: 'Shop' },
  render: (args, { globals }) => inShop(storyAdapter('nav-hand'), globals.locale as Locale, frame('1100px', nav(args, html`
    <ul>
      <li><a href="/new">New arrivals</a></li>
      <li><a href="/bikes">Bikes</a>
        <ul>
          <li><a href="/bikes/road">Road</a></li>
          <li><a href="/bikes/gravel">Gravel</a></li>
        </ul>
      </li>
      <li>Service
        <ul>
          <li><a href="/service/repair">Repairs</a></li>
          <li><a href="/service/fitting">Bike fitting</a></li>
        </ul>
      </li>
    </ul>`))),
};

/** The hand-made menu in a narrow container. */
export const HandMadeMobile: Story = {
  args: HandMade.args!,
  render: (args, { globals }) => inShop(storyAdapter('nav-hand-m'), globals.locale as Locale, frame('360px', nav(args, html`
    <ul>
      <li><a href="/new">New arrivals</a></li>
      <li>Service
        <ul>
          <li><a href="/service/repair">Repairs</a></li>
          <li><a href="/service/fitting">Bike fitting</a></li>
        </ul>
      </li>
    </ul>`))),
};

/** The category tree takes two seconds: the bar keeps its height, so nothing below moves. */
export const SlowBackend: Story = {
  render: (args, { globals }) => inShop(storyAdapter('nav-slow', { latencyMs: 2000 }), globals.locale as Locale, frame('1100px', nav(args))),
};

/** The category tree fails: an explained error with a retry, inside the same landmark. */
export const FailingBackend: Story = {
  render: (args, { globals }) => inShop(storyAdapter('nav-fail', { fail: ['getCategoryTree'] }), globals.locale as Locale, frame('1100px', nav(args))),
};
