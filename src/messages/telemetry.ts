import { lazyCatalog } from './catalog.js';
import type enMessages from './en/telemetry.js';

/** The shape of telemetry's words (English is the source; Finnish and Swedish are checked against it). */
export type TelemetryMessages = typeof enMessages;

/** Texts of `<sf-telemetry-log>`. Event and parameter names stay as sent (GA4 names), so they are not translated. */
export const telemetryMessages = lazyCatalog('telemetry');
