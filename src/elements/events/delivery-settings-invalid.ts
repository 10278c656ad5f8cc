import { SfEvent } from './sf-event.js';

/**
 * Fired by `<sf-delivery-promise>` when its settings cannot give a promise (an unknown time zone, a malformed
 * holiday list, a cut-off such as '25:00', …): the badge then shows its plain fallback text. Fired once per distinct
 * problem, alongside the one console warning, so a page can report a misconfigured shop.
 */
export class SfDeliverySettingsInvalidEvent extends SfEvent {
  static readonly eventName = 'sf-delivery-settings-invalid';
  constructor(
    /** The setting at fault, as the delivery engine names it (`timeZone`, `holidays`, `cutoff`, …). */
    readonly field: string,
    /** What is wrong with it, for developers (English). */
    readonly reason: string,
  ) {
    super(SfDeliverySettingsInvalidEvent.eventName);
  }
}
