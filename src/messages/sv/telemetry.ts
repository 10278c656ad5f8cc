import { plural } from '../catalog.js';
import { type TelemetryMessages } from '../telemetry.js';

/** Swedish words of telemetry. */
export default {
  label: 'Telemetrihändelser',
  clear: 'Töm loggen',
  empty: 'Inga händelser än. De visas här när butiken rapporterar dem.',
  count: (n: number) => `${n} ${plural('sv', n, { one: 'händelse loggad', other: 'händelser loggade' })}`,
  countShown: (n: number, shown: number) => `${n} ${plural('sv', n, { one: 'händelse loggad', other: 'händelser loggade' })}, de senaste ${shown} visas`,
  experiments: 'Experiment',
  details: 'Detaljer',
  noService: 'Ingen telemetritjänst är ansluten.',
  notWatchable: 'Den här telemetritjänsten kan inte följas. Skapa den med createTelemetry().',
  'rating.good': 'bra',
  'rating.needs-improvement': 'behöver förbättras',
  'rating.poor': 'dålig',
} satisfies TelemetryMessages;
