import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html } from 'lit';
import type { FeatureApiResponse } from '@growthbook/growthbook';
import '../src/define/sf-shop.js';
import '../src/define/sf-experiments.js';
import '../src/define/sf-cart.js';
import '../src/define/sf-delivery-promise.js';
import { define } from '../src/elements/base/define.js';
import { SfElement } from '../src/elements/base/sf-element.js';
import { ctaStyles } from '../src/elements/base/styles.js';
import { cartMessages } from '../src/messages/cart.js';
import type { Locale } from '../src/core/locale.js';
import { CtaController } from '../src/elements/controllers/cta-controller.js';
import demoFeatures from '../src/services/experiments/demo-features.json';
import { inShop, storyAdapter } from './shop.js';
import type { LocalCommerceAdapter } from '../src/adapters/local/local-adapter.js';

/**
 * A plain primary CTA wired like the kit's CTA elements will be (ctaStyles + CtaController), so the stories show
 * both variants of the demo experiments before the real elements take the controller.
 */
class SfStoryCta extends SfElement {
  static override styles = [SfElement.styles, ctaStyles, css`:host { display: inline-block; }`];
  readonly cta = new CtaController(this);
  protected override render() {
    return this.cta.reserve(html`<button class="cta" type="button">${cartMessages[this.effectiveLocale][`cta.${this.cta.labelKey}`]}</button>`);
  }
}
define('sf-story-cta', SfStoryCta);

type Choice = 'assigned' | 'control' | 'variant';

interface Args {
  colorTest: Choice;
  labelTest: Choice;
  timeoutMs: number;
}

const meta: Meta<Args> = {
  title: 'Experiments/sf-experiments',
  component: 'sf-experiments',
  args: { colorTest: 'assigned', labelTest: 'assigned', timeoutMs: 150 },
  argTypes: {
    colorTest: {
      control: 'inline-radio',
      options: ['assigned', 'control', 'variant'],
      description: 'cta-color-test: the shopper\'s own bucket, or forced green (control) / red (variant)',
    },
    labelTest: {
      control: 'inline-radio',
      options: ['assigned', 'control', 'variant'],
      description: 'cta-label-test: the shopper\'s own bucket, or forced "Add to cart" (control) / "Buy now" (variant)',
    },
    timeoutMs: { control: { type: 'number', min: 0, step: 50 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Args (or the `ctaVariation` toolbar global, when the preview declares one) as GrowthBook forcedVariations. */
function forced(args: Args, globals: Record<string, unknown>): Record<string, number> {
  const pick = (choice: Choice) => (choice === 'control' ? 0 : choice === 'variant' ? 1 : undefined);
  const toolbar = globals['ctaVariation'] as Choice | undefined;
  const result: Record<string, number> = {};
  const color = pick(toolbar && toolbar !== 'assigned' ? toolbar : args.colorTest);
  const label = pick(args.labelTest);
  if (color !== undefined) result['cta-color-test'] = color;
  if (label !== undefined) result['cta-label-test'] = label;
  return result;
}

function experiments(key: string, payload: FeatureApiResponse, extra: Partial<{ apiHost: string; clientKey: string }> = {}): Story['render'] {
  return (args, { globals }) =>
    inShop(
      storyAdapter(`experiments-${key}`),
      globals['locale'] as Locale,
      html`<sf-experiments
        .payload=${payload}
        .forcedVariations=${forced(args, globals)}
        timeout-ms=${args.timeoutMs}
        api-host=${extra.apiHost ?? ''}
        client-key=${extra.clientKey ?? ''}
      >
        <sf-story-cta></sf-story-cta>
      </sf-experiments>`,
      // A shopper who agreed to experiments: without consent every experiment shows its control (as on the server).
      'all',
    );
}

const demo = demoFeatures as FeatureApiResponse;

/** The demo payload: this browser's anonymous id decides the colour and the label (50/50 each). */
export const Assigned: Story = { render: experiments('assigned', demo) };

/** cta-color-test forced to the control: the kit's green. */
export const ColorControl: Story = { args: { colorTest: 'control', labelTest: 'control' }, render: experiments('control', demo) };

/** cta-color-test forced to the variant: red, still at WCAG AA with white text. */
export const ColorVariant: Story = { args: { colorTest: 'variant', labelTest: 'control' }, render: experiments('variant', demo) };

/** cta-label-test forced to the variant: "Buy now". */
export const LabelVariant: Story = { args: { colorTest: 'control', labelTest: 'variant' }, render: experiments('label', demo) };

const yellow: FeatureApiResponse = {
  features: {
    ...demo.features,
    'sf-cta-color': {
      defaultValue: 'green',
      rules: [{ ...demo.features!['sf-cta-color']!.rules![0]!, variations: ['green', '#ffeb3b'] }],
    },
  },
};

/** A variant that fails WCAG AA (white on yellow): the CTA keeps the theme and the console says why. */
export const ContrastFallback: Story = { args: { colorTest: 'variant' }, render: experiments('contrast', yellow) };

/** The GrowthBook API cannot be reached: within the budget the inline payload is used, with one warning. */
export const ApiUnavailable: Story = {
  args: { colorTest: 'variant' },
  render: experiments('api-down', demo, { apiHost: 'http://127.0.0.1:9', clientKey: 'sdk-storybook' }),
};

/** A payload that sets one boolean kit feature for everyone (a feature value, no experiment: nothing is exposed). */
const flag = (feature: string, value: boolean) => ({ features: { [feature]: { defaultValue: value } } }) as FeatureApiResponse;

function flagged(key: string, feature: string, value: boolean, content: () => unknown): Story {
  return {
    // Seeded before the shop reads the cart (loaders run before render): a line, so the cart has a meter.
    loaders: [
      async () => {
        const adapter = storyAdapter(`experiments-${key}`);
        if ((await adapter.getCart()).lines.length === 0) await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
        return { adapter };
      },
    ],
    render: (_args, { globals, loaded }) =>
      inShop(loaded['adapter'] as LocalCommerceAdapter, globals['locale'] as Locale,
        html`<sf-experiments .payload=${flag(feature, value)}>${content()}</sf-experiments>`),
  };
}

/** `sf-free-shipping-meter: true` (the default): the cart shows how much more gives free delivery. */
export const FreeShippingMeterShown: Story = flagged('meter-on', 'sf-free-shipping-meter', true, () => html`<sf-cart></sf-cart>`);

/** `sf-free-shipping-meter: false`: the cart (and the drawer) leave the meter out. */
export const FreeShippingMeterHidden: Story = flagged('meter-off', 'sf-free-shipping-meter', false, () => html`<sf-cart></sf-cart>`);

/** `sf-delivery-countdown: true` (the default): "Order within 2 h 10 min and it ships today". */
export const DeliveryCountdown: Story = flagged('countdown-on', 'sf-delivery-countdown', true,
  () => html`<sf-delivery-promise cutoff="14:00" transit-days="1" now="2026-11-25T09:50:00Z"></sf-delivery-promise>`);

/** `sf-delivery-countdown: false`: the same promise with the cut-off time only. */
export const DeliveryDateOnly: Story = flagged('countdown-off', 'sf-delivery-countdown', false,
  () => html`<sf-delivery-promise cutoff="14:00" transit-days="1" now="2026-11-25T09:50:00Z"></sf-delivery-promise>`);

/**
 * Decided on the server (`decideExperiments` from `storefront-elements/server`): the shop's snapshot carries the
 * decision, so the CTA is red with "Buy now" from its first render, nothing is held back while GrowthBook loads,
 * and GrowthBook in the browser is never asked (`data-sf-experiments-source="server"`).
 */
export const DecidedOnServer: Story = {
  render: (_args, { globals }) => {
    const decided = (experimentKey: string, value: string) => ({ value, experimentKey, variationId: '1', variationIndex: 1, exposable: true });
    const snapshot = {
      version: 1,
      experiments: {
        reason: 'decided',
        anonymousId: 'story-shopper-0001',
        features: { 'sf-cta-color': decided('cta-color-test', 'red'), 'sf-cta-label': decided('cta-label-test', 'buy-now') },
      },
    };
    return html`<sf-shop .adapter=${storyAdapter('experiments-server')} locale=${globals['locale'] as Locale} consent="all" .snapshot=${snapshot}>
      <sf-experiments><sf-story-cta></sf-story-cta></sf-experiments>
    </sf-shop>`;
  },
};
