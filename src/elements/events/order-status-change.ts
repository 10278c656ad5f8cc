import type { OrderStage } from '../../core/model.js';
import type { PromiseOutcome } from '../../core/order-progress.js';
import { SfEvent } from './sf-event.js';

/**
 * Fired by `<sf-order-status>` when the backend reports that the order moved (packed, dispatched, ready for pickup,
 * …) or became late; not for the first load.
 */
export class SfOrderStatusChangeEvent extends SfEvent {
  static readonly eventName = 'sf-order-status-change';
  readonly code: string;
  readonly stage: OrderStage;
  /** On time, early or late, once known. */
  readonly outcome: PromiseOutcome | undefined;
  constructor(code: string, stage: OrderStage, outcome: PromiseOutcome | undefined) {
    super(SfOrderStatusChangeEvent.eventName);
    this.code = code;
    this.stage = stage;
    this.outcome = outcome;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-order-status-change': SfOrderStatusChangeEvent;
  }
}
