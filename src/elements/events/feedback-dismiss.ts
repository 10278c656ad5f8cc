import type { FeedbackKind } from '../../core/model.js';
import { SfEvent } from './sf-event.js';

/** Fired by `<sf-feedback>` when the shopper chooses "Not now"; the question stays away until `until`. */
export class SfFeedbackDismissEvent extends SfEvent {
  static readonly eventName = 'sf-feedback-dismiss';
  constructor(readonly kind: FeedbackKind, /** When the question may be asked again. */ readonly until: Date) {
    super(SfFeedbackDismissEvent.eventName);
  }
}
