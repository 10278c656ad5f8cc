import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options?: RunOptions): Promise<AxeResults> };
  }
}

/** Runs axe-core on `root` (shadow roots included) and fails with each violation's rule, impact and targets. */
export async function expectNoAxeViolations(root: Element | Document = document, options: RunOptions = {}): Promise<void> {
  const results = await window.axe.run(root, { resultTypes: ['violations'], ...options });
  if (results.violations.length > 0) {
    const report = results.violations
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n  ')}`)
      .join('\n');
    throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
  }
}
