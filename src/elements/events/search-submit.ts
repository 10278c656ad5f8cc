import { SfEvent } from './sf-event.js';

/**
 * Fired by `<sf-search>` when the shopper submits the query (Enter with no active suggestion, or the search button).
 * Cancellable: with an `action`, the page navigates to `${action}?q=<text>` unless the event is cancelled.
 */
export class SfSearchSubmitEvent extends SfEvent {
  static readonly eventName = 'sf-search-submit';
  constructor(
    readonly text: string,
    /** The results page URL the element navigates to, when it has an `action`. */
    readonly href: string | undefined,
  ) {
    super(SfSearchSubmitEvent.eventName, { cancelable: true });
  }
}
