/** The demo experiments the Storybook toolbar can force, and the toolbar globals that force them. */
export const DEMO_EXPERIMENTS = [
  { key: 'cta-color-test', global: 'ctaVariation', title: 'CTA colour test', control: 'Green (control)', variant: 'Red' },
  { key: 'cta-label-test', global: 'ctaLabelVariation', title: 'CTA label test', control: 'Add to cart (control)', variant: 'Buy now' },
] as const;

export type VariationChoice = 'assigned' | 'control' | 'variant';

/** GrowthBook `forcedVariations` from the toolbar globals: 'control' is variation 0, 'variant' is 1. */
export function forcedFromGlobals(globals: Record<string, unknown>): Record<string, number> {
  const forced: Record<string, number> = {};
  for (const e of DEMO_EXPERIMENTS) {
    const choice = globals[e.global];
    if (choice === 'control') forced[e.key] = 0;
    else if (choice === 'variant') forced[e.key] = 1;
  }
  return forced;
}
