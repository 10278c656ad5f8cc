import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Locale } from '../../../src/core/locale.js';
import { isThemeName } from '../../themes.js';
import { defineStorefront, type BackendMode } from './app.js';
import { forcedFromGlobals } from './globals.js';

interface Args {
  telemetryOpen: boolean;
}

/**
 * The whole purchase on kit elements: browse, product page, mini cart, cart, checkout, confirmation. Every page is a
 * hash route, so the browser's Back button works. The toolbar switches language, theme, backend (normal, slow,
 * failing) and forces each experiment's variation.
 */
const meta: Meta<Args> = {
  title: 'Pages/Storefront',
  args: { telemetryOpen: true },
  argTypes: { telemetryOpen: { control: 'boolean', description: 'Open the live telemetry panel' } },
  parameters: { layout: 'fullscreen', docs: { disable: true } },
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {
  render: (args, { globals }) => {
    defineStorefront();
    return html`<demo-storefront
    locale=${(globals['locale'] as Locale | undefined) ?? 'en'}
    backend=${(globals['backend'] as BackendMode | undefined) ?? 'normal'}
    theme=${isThemeName(globals['theme']) ? globals['theme'] : 'kit'}
    storage-key="sf-story-storefront"
    .forcedVariations=${forcedFromGlobals(globals)}
    ?telemetry-open=${args.telemetryOpen}
  ></demo-storefront>`;
  },
};
