import { SfEvent } from './sf-event.js';
/** Asks the checkout to go to a step the shopper already completed (fired by `<sf-checkout-steps>`). */
export class SfCheckoutStepRequestEvent extends SfEvent {
  static readonly eventName = 'sf-checkout-step-request';
  /** The id of the requested step. */
  readonly step: string;
  constructor(step: string) {
    super(SfCheckoutStepRequestEvent.eventName);
    this.step = step;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-checkout-step-request': SfCheckoutStepRequestEvent;
  }
}
