import { SfEvent } from './sf-event.js';

/** Asks the checkout to go to a step the shopper already completed (fired by `<sf-checkout-steps>`). */
export class SfCheckoutStepRequestEvent extends SfEvent {
  static readonly eventName = 'sf-checkout-step-request';
  constructor(/** The id of the requested step. */ readonly step: string) {
    super(SfCheckoutStepRequestEvent.eventName);
  }
}
