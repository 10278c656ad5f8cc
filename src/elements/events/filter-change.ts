import type { ListFilters } from '../../core/listing.js';
import { SfEvent } from './sf-event.js';

/** Fired by `<sf-filter-panel>` when the shopper chooses or clears a facet value; `filters` is the new choice. */
export class SfFilterChangeEvent extends SfEvent {
  static readonly eventName = 'sf-filter-change';
  constructor(readonly filters: ListFilters) {
    super(SfFilterChangeEvent.eventName);
  }
}
