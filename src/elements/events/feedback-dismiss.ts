import type { FeedbackKind } from '../../core/model.js';
import { SfEvent } from './sf-event.js';

/** Fired by `<sf-feedback>` when the shopper chooses "Not now"; the question stays away until `until`. */
export class SfFeedbackDismissEvent extends SfEvent {
  static readonly eventName = 'sf-feedback-dismiss';
  readonly kind: FeedbackKind;
  /** When the question may be asked again. */
  readonly until: Date;
  constructor(kind: FeedbackKind, until: Date) {
    super(SfFeedbackDismissEvent.eventName);
    this.kind = kind;
    this.until = until;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-feedback-dismiss': SfFeedbackDismissEvent;
  }
}
