import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline machines: telemetry would stall on DNS, and version checks would reach the network.
  core: { disableTelemetry: true },
  async viteFinal(vite) {
    vite.optimizeDeps ??= {};
    // Without this Vite pre-bundles a second copy of Lit's directive helpers ("Multiple versions of Lit loaded").
    vite.optimizeDeps.include = [...(vite.optimizeDeps.include ?? []), 'lit/directive-helpers.js'];
    // Never inline assets as data: URLs: the kit refuses data: image URLs from shop data, by design.
    vite.build ??= {};
    vite.build.assetsInlineLimit = 0;
    return vite;
  },
};

export default config;
