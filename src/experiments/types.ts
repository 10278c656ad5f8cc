/**
 * What kit elements use to read experiment-driven features. Implemented over GrowthBook in src/experiments; elements
 * never import the SDK. `getFeatureValue` never throws and returns `defaultValue` when nothing is known.
 */
export interface ExperimentsService {
  getFeatureValue<T>(key: string, defaultValue: T): T;
}
