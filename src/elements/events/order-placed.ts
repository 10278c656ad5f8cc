import type { Order } from '../../core/model.js';
import { SfEvent } from './sf-event.js';

/** Fired by `<sf-checkout>` once the backend confirmed the order (exactly once per order). */
export class SfOrderPlacedEvent extends SfEvent {
  static readonly eventName = 'sf-order-placed';
  constructor(readonly order: Order) {
    super(SfOrderPlacedEvent.eventName);
  }
}
