import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import '../src/define/index.js';
import { applyTheme, isThemeName, themes } from '../stories/themes.js';
import { DEMO_EXPERIMENTS } from '../stories/pages/storefront/globals.js';

setCustomElementsManifest(manifest);

/** Every story sits on the chosen theme: kit tokens set on a wrapper, inherited through shadow roots. */
const withTheme: Decorator = (story, { globals }) => {
  const theme = isThemeName(globals['theme']) ? globals['theme'] : 'kit';
  return html`<div class="sf-story-theme" ${ref((el) => el instanceof HTMLElement && applyTheme(el, theme))}>${story()}</div>`;
};

/** One toolbar per demo experiment: the shopper's own bucket, or a forced variation (GrowthBook forcedVariations). */
const experimentToolbars = Object.fromEntries(
  DEMO_EXPERIMENTS.map((e) => [
    e.global,
    {
      description: `${e.title} (${e.key}): force a variation`,
      toolbar: {
        title: e.title,
        icon: 'beaker',
        items: [
          { value: 'assigned', title: `${e.title}: as assigned` },
          { value: 'control', title: `${e.title}: ${e.control}` },
          { value: 'variant', title: `${e.title}: ${e.variant}` },
        ],
        dynamicTitle: true,
      },
    },
  ]),
);

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    locale: {
      description: 'Shop language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'fi', title: 'Suomi' },
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme made only of kit tokens (--sf-color-*, --sf-space-*, --sf-radius-*, --sf-font-*, --sf-cta-*)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.title })),
        dynamicTitle: true,
      },
    },
    backend: {
      description: 'How the demo backend behaves (the Pages/Storefront story)',
      toolbar: {
        title: 'Backend',
        icon: 'database',
        items: [
          { value: 'normal', title: 'Backend: normal' },
          { value: 'slow', title: 'Backend: slow (1.5 s per call)' },
          { value: 'failing', title: 'Backend: failing' },
          // Needs a Vendure server: `npm run backend` (Shop API on http://127.0.0.1:3000/shop-api).
          { value: 'vendure', title: 'Backend: Vendure (npm run backend)' },
          // The same server's SEK channel: prices without VAT, Swedish VAT, amounts in kronor.
          { value: 'vendure-sek', title: 'Backend: Vendure, SEK channel (npm run backend)' },
        ],
        dynamicTitle: true,
      },
    },
    ...experimentToolbars,
  },
  initialGlobals: {
    locale: 'en',
    theme: 'kit',
    backend: 'normal',
    ...Object.fromEntries(DEMO_EXPERIMENTS.map((e) => [e.global, 'assigned'])),
  },
  parameters: {
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Pages', '*'] } },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
