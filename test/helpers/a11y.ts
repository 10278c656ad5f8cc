import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options?: RunOptions): Promise<AxeResults> };
  }
}

/** Runs axe-core on `root` (shadow roots included) and fails with each violation's rule, impact and targets. */
export async function expectNoAxeViolations(root: Element | Document = document, options: RunOptions = {}): Promise<void> {
  // label-content-name-mismatch (WCAG 2.5.3, label in name) is tagged experimental in axe and off by default;
  // voice-control users say what they see, so every kit test checks it.
  const rules = { 'label-content-name-mismatch': { enabled: true }, ...options.rules };
  const results = await window.axe.run(root, { resultTypes: ['violations'], ...options, rules });
  if (results.violations.length > 0) {
    const report = results.violations
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n  ')}`)
      .join('\n');
    throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
  }
}
