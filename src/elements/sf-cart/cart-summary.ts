import { css, html, nothing, type TemplateResult } from 'lit';
import type { Cart } from '../../core/model.js';
import { freeShippingProgress } from '../../core/cart.js';
import { cartMessages } from '../../messages/cart.js';
import type { Locale } from '../../core/locale.js';
import { formatMoney, money, subtractMoney, type Money } from '../../core/money.js';
import { KIT_FEATURES } from '../../services/experiments/features.js';
import { ExperimentController, reserved } from '../controllers/experiment-controller.js';

/** The threshold in effect: the element's own (minor units) when set, else the cart's. */
export function freeShippingThreshold(cart: Cart, override: number | undefined): Money | undefined {
  if (override !== undefined && Number.isSafeInteger(override) && override >= 0) return money(override, cart.currency);
  return cart.freeShippingThreshold;
}

/** The free-delivery meter: "€12.40 more for free delivery", or that it is reached. */
export function renderFreeShipping(cart: Cart, threshold: Money | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!threshold || cart.lines.length === 0) return nothing;
  const t = cartMessages[locale];
  const progress = freeShippingProgress(subtractMoney(cart.subtotal, cart.discountTotal), threshold);
  const text = progress.reached ? t.freeShippingReached : t.freeShippingRemaining(formatMoney(progress.remaining, locale));
  return html`<div part="free-shipping" class="free-shipping">
    <span id="free-shipping-text">${text}</span>
    <meter min="0" max="1" value=${progress.ratio} aria-labelledby="free-shipping-text"></meter>
  </div>`;
}

/**
 * The `sf-free-shipping-meter` experiment (true: show the meter, the default; false: hide it). `shownElement` is
 * where the meter sits (the summary), so that the hidden variation is exposed too, and only once that place is seen.
 */
export function freeShippingMeterFlag(
  host: ConstructorParameters<typeof ExperimentController>[0],
  shownElement: () => Element | null | undefined,
): ExperimentController<boolean> {
  return new ExperimentController<boolean>(host, KIT_FEATURES.freeShippingMeter, true, {
    shownElement,
    validate: (value) => (typeof value === 'boolean' ? undefined : 'expected a boolean'),
  });
}

/**
 * The meter as the experiment decides: shown, hidden, or (until decided) kept invisible in its place. The flag is
 * read only where a meter would show, so a cart without one records no exposure.
 */
export function renderFreeShippingMeter(
  flag: ExperimentController<boolean>,
  cart: Cart,
  threshold: Money | undefined,
  locale: Locale,
): TemplateResult | typeof nothing | unknown {
  const meter = renderFreeShipping(cart, threshold, locale);
  if (meter === nothing) return nothing;
  if (!flag.ready) return reserved(meter);
  return flag.value ? meter : nothing;
}

/** Styles of the free-delivery meter and the totals list. */
export const summaryStyles = css`
  .free-shipping {
    display: flex;
    flex-direction: column;
    gap: var(--_sf-space-1);
    font-size: 0.875rem;
  }
  meter {
    inline-size: 100%;
    block-size: 0.5rem;
  }
  .totals {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_sf-space-1) var(--_sf-space-3);
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .totals dt {
    margin: 0;
  }
  .totals dd {
    margin: 0;
    text-align: end;
  }
  .totals[aria-busy='true'] dd {
    opacity: 0.6;
  }
  .totals .grand {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .totals .vat {
    grid-column: 1 / -1;
    font-size: 0.875rem;
    color: var(--_sf-color-text-muted);
    text-align: end;
  }
`;
