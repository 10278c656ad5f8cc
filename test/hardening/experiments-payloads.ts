// Experiment payloads that try to do more than decide features. Shared by experiments-payload.test.ts (Chromium,
// no CSP) and test/node/experiments-csp.test.mjs (the same under a strict CSP with Trusted Types).
import type { FeatureApiResponse } from '@growthbook/growthbook';

export const MARK = 'rgb(1, 2, 3)';

/**
 * A payload whose features are harmless but whose experiments try to change the page: a visual experiment with
 * JavaScript, CSS and a DOM mutation, one with only CSS and a DOM mutation, and a URL redirect. Everyone is in the
 * changing variation (weights 0/1). The redirect stays on this page (a fragment), so a failure cannot unload the
 * test runner.
 */
export function hostilePayload(pageUrl: string): FeatureApiResponse {
  const everywhere = [{ type: 'regex' as const, include: true, pattern: '.*' }];
  const bucket = { hashAttribute: 'id', weights: [0, 1], coverage: 1 };
  return {
    features: {
      'cta-label': { defaultValue: 'add', rules: [{ force: 'buy' }] },
      'free-shipping-meter': { defaultValue: false, rules: [{ force: true }] },
    },
    experiments: [
      {
        key: 'visual-js', changeId: 'visual-js', ...bucket, urlPatterns: everywhere,
        variations: [{}, {
          js: 'window.__gbJs = 1;',
          css: `#gb-target { color: ${MARK}; }`,
          domMutations: [{ selector: '#gb-target', action: 'set', attribute: 'html', value: 'changed by js experiment' }],
        }],
      },
      {
        key: 'visual-css', changeId: 'visual-css', ...bucket, urlPatterns: everywhere,
        variations: [{}, {
          css: `#gb-other { color: ${MARK}; }`,
          domMutations: [{ selector: '#gb-other', action: 'set', attribute: 'html', value: 'changed by css experiment' }],
        }],
      },
      {
        key: 'redirect', changeId: 'redirect', ...bucket,
        // Targets this page without a fragment, so the redirect target itself is not targeted (GrowthBook skips that).
        urlPatterns: [{ type: 'regex', include: true, pattern: '^[^#]*$' }],
        variations: [{}, { urlRedirect: `${pageUrl}#gb-redirected` }],
      },
    ],
  } as unknown as FeatureApiResponse;
}

/** A payload with features and one experiment that redirects everyone to `target` (another site, in the CSP test). */
export function redirectPayload(target: string): FeatureApiResponse {
  const { features } = hostilePayload('');
  return {
    features,
    experiments: [{
      key: 'redirect-away', changeId: 'redirect-away', hashAttribute: 'id', weights: [0, 1], coverage: 1,
      // This page only: GrowthBook skips a redirect whose target its own patterns target too.
      urlPatterns: [{ type: 'regex', include: true, pattern: `^${location.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/` }],
      variations: [{}, { urlRedirect: target }],
    }],
  } as unknown as FeatureApiResponse;
}
