/**
 * `storefront-elements/server`: what a shop's own server (node:http, Express, Astro, Eleventy…) calls to render
 * the kit's pages. `decideExperiments` decides GrowthBook experiments for one request, by the shopper's
 * anonymous-id cookie and consent, and returns the snapshot part `<sf-experiments>` adopts in the browser, the
 * `Set-Cookie` header and the assignments. Runs in Node (GrowthBook's SDK, loaded on demand); no DOM, no Lit.
 */
export {
  decideExperiments, anonymousIdCookie,
  type DecideExperimentsOptions, type FeaturesSourceInput, type ServerConsent, type ServerExperimentsDecision,
} from '../services/experiments/server-decide.js';
export {
  ANONYMOUS_ID_COOKIE, ANONYMOUS_ID_PATTERN, validateExperimentsSnapshot,
  type ExperimentsSnapshot, type ServerDecisionReason, type ServerFeatureDecision,
} from '../core/experiment-decisions.js';
export { readCookie } from '../core/cookies.js';
