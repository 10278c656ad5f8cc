import type { FeedbackKind } from '../../core/model.js';
import { SfEvent } from './sf-event.js';

/**
 * Fired by `<sf-feedback>` when the shopper chooses "Not now"; the question stays away until `until`, or for good in
 * its context (`until` null) when the element asks once per context (`scope="context"`).
 */
export class SfFeedbackDismissEvent extends SfEvent {
  static readonly eventName = 'sf-feedback-dismiss';
  constructor(readonly kind: FeedbackKind, /** When the question may be asked again. */ readonly until: Date | null) {
    super(SfFeedbackDismissEvent.eventName);
  }
}
