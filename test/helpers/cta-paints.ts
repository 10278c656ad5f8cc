import type { SfAddToCart } from '../../src/elements/sf-add-to-cart/sf-add-to-cart.js';

/** One render of an `<sf-add-to-cart>`: whether its button was held invisible for an experiment, and its colour. */
export interface CtaPaint {
  reserved: boolean;
  background: string;
}

/**
 * Records every render of every `<sf-add-to-cart>` on the page (it must be defined): what a shopper would have seen
 * of its button in each frame. Empty the returned list (`paints.length = 0`) between cases.
 */
export function recordCtaPaints(): CtaPaint[] {
  const paints: CtaPaint[] = [];
  const proto = customElements.get('sf-add-to-cart')!.prototype as unknown as { updated(changed: unknown): void };
  const updated = proto.updated;
  proto.updated = function (this: SfAddToCart, changed: unknown) {
    updated.call(this, changed);
    const button = this.shadowRoot!.querySelector('[part=button]');
    if (button) paints.push({ reserved: !!this.shadowRoot!.querySelector('.sf-experiment-reserved'), background: getComputedStyle(button).backgroundColor });
  };
  return paints;
}
