import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
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
 * failing, Vendure in EUR or SEK) and forces each experiment's variation.
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
    // `vendure-sek` is the Vendure backend on the dev server's SEK channel.
    const backend = (globals['backend'] as BackendMode | 'vendure-sek' | undefined) ?? 'normal';
    return html`<demo-storefront
    locale=${(globals['locale'] as Locale | undefined) ?? 'en'}
    backend=${backend === 'vendure-sek' ? 'vendure' : backend}
    vendure-channel=${ifDefined(backend === 'vendure-sek' ? 'sek' : undefined)}
    theme=${isThemeName(globals['theme']) ? globals['theme'] : 'kit'}
    storage-key="sf-story-storefront"
    .forcedVariations=${forcedFromGlobals(globals)}
    ?telemetry-open=${args.telemetryOpen}
  ></demo-storefront>`;
  },
};
