import { plural } from '../catalog.js';

/** English words of telemetry (the shape the other languages follow). */
const messages = {
  label: 'Telemetry events',
  clear: 'Clear log',
  empty: 'No events yet. They appear here as the shop reports them.',
  count: (n: number) => `${n} ${plural('en', n, { one: 'event', other: 'events' })} logged`,
  countShown: (n: number, shown: number) => `${n} ${plural('en', n, { one: 'event', other: 'events' })} logged, latest ${shown} shown`,
  experiments: 'Experiments',
  details: 'Details',
  noService: 'No telemetry service connected.',
  notWatchable: 'This telemetry service cannot be watched. Create it with createTelemetry().',
  'rating.good': 'good',
  'rating.needs-improvement': 'needs improvement',
  'rating.poor': 'poor',
};

export default messages;
