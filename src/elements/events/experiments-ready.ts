import type { FeaturesSource } from '../../services/experiments/types.js';
import { SfEvent } from './sf-event.js';

/**
 * Fired by `<sf-experiments>` when its features are settled: known, or the time budget spent. From then on every
 * feature's value is final for this page view. `source` says where the features came from (`inline`, `network`,
 * `cache`, `instance`, `fallback`, `timeout`, `error` or `none`).
 */
export class SfExperimentsReadyEvent extends SfEvent {
  static readonly eventName = 'sf-experiments-ready';
  constructor(readonly source: FeaturesSource) {
    super(SfExperimentsReadyEvent.eventName);
  }
}
