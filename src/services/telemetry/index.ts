export type { TelemetryContext, TelemetryEvent, TelemetryService, TelemetrySink } from './types.js';
export {
  createTelemetry, experimentContext,
  type ExperimentAssignmentsSource, type Telemetry, type TelemetryContextInput, type TelemetryOptions,
} from './telemetry.js';
export {
  beaconSink, consoleSink, randomEventId, dataLayerSink, experimentVariants, splitIntoPayloads, BEACON_MAX_BYTES, GA4_ECOMMERCE_EVENTS,
  type BeaconSinkOptions, type ConsoleSinkOptions, type DataLayerSinkOptions,
} from './sinks.js';
export {
  deepElementFromPoint, kitTarget, measureWebVitals, shadowTarget, vitalsReporter,
  type VitalMetric, type VitalName, type WebVitalsOptions,
} from './vitals.js';
export { cartToGa4, ga4Value, lineToGa4Item, orderToGa4Purchase, productToGa4Item, type Ga4Item } from './ga4.js';
