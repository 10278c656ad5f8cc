/**
 * The storefront demo as a standalone page: bundle this file (e.g. esbuild) next to index.html. Options come from
 * the URL query: `?locale=fi&backend=slow&theme=fjord&cta-color-test=1&images=./images&storage=my-key`.
 */
import { toLocale } from '../../../src/core/locale.js';
import { loadMessages } from '../../../src/messages/locales/load.js';
import { isThemeName } from '../../themes.js';
import { mountStorefront, type BackendMode } from './app.js';
import { DEMO_EXPERIMENTS } from './globals.js';

const query = new URLSearchParams(location.search);
const backend = query.get('backend');
const forced: Record<string, number> = {};
for (const e of DEMO_EXPERIMENTS) {
  const v = query.get(e.key);
  if (v === '0' || v === '1') forced[e.key] = Number(v);
}
const root = document.getElementById('app');
if (root) {
  const theme = query.get('theme');
  const images = query.get('images');
  const vendure = query.get('vendure');
  const vendureChannel = query.get('vendure-channel');
  const locale = toLocale(query.get('locale') ?? document.documentElement.lang);
  document.documentElement.lang = locale;
  // The page's own words (the demo reads the kit's catalogues directly) are loaded per language since the split.
  await loadMessages(locale);
  mountStorefront(root, {
    locale,
    backend: (['normal', 'slow', 'failing', 'vendure'] as const).includes(backend as BackendMode) ? (backend as BackendMode) : 'normal',
    forcedVariations: forced,
    ...(isThemeName(theme) ? { theme } : {}),
    storageKey: query.get('storage') ?? 'sf-demo',
    ...(images ? { imageBase: images } : {}),
    ...(vendure ? { vendureShopApi: vendure } : {}),
    ...(vendureChannel ? { vendureChannel } : {}),
    telemetryOpen: query.get('telemetry') === 'open',
  });
}
