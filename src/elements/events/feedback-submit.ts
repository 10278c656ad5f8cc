import type { FeedbackSubmission } from '../../core/feedback.js';
import { SfEvent } from './sf-event.js';

/**
 * Fired by `<sf-feedback>` when the shopper sends an answer. The answer is already kept for the backend (and retried
 * if the backend fails), so listeners need not send it themselves.
 */
export class SfFeedbackSubmitEvent extends SfEvent {
  static readonly eventName = 'sf-feedback-submit';
  constructor(/** The answer as sent, with its submission id. */ readonly answer: FeedbackSubmission) {
    super(SfFeedbackSubmitEvent.eventName);
  }
}
