/** The feature keys kit elements read, with the values they accept (see the README). */
export const KIT_FEATURES = {
  /** The primary CTA's colour: `green` | `red` | `blue` | `black`, any CSS colour, or `{ background, text }`. */
  ctaColor: 'sf-cta-color',
  /** The primary CTA's label message key: `add-to-cart` | `buy-now` | `add-to-bag`. */
  ctaLabel: 'sf-cta-label',
  /** Show (true) or hide (false) the free-shipping meter. */
  freeShippingMeter: 'sf-free-shipping-meter',
  /** Countdown "order within 2 h 10 min" (true) or the delivery date only (false). */
  deliveryCountdown: 'sf-delivery-countdown',
  /**
   * Personalisation itself as an experiment: which strategy every `<sf-recommendations>` uses
   * (`complete-the-look` | `because-you-viewed` | `popular-in-category`), or `off` to show none.
   */
  recommendations: 'sf-recommendations',
} as const;
