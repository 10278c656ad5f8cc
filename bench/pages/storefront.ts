/**
 * Bench page: the storefront demo (`<demo-storefront>` from stories/pages/storefront) mounted alone, bundled like
 * its standalone page. `window.bench.ready` resolves when the first product cards are painted.
 */
import { scriptStart } from './start.js';
import { mountStorefront } from '../../stories/pages/storefront/app.js';
import { afterNextPaint, deepQuery } from './measure.js';

const key = new URLSearchParams(location.search).get('key') ?? `sf-bench-demo-${Math.random().toString(36).slice(2, 8)}`;
mountStorefront(document.getElementById('root')!, { imageBase: '/images', storageKey: key, locale: 'en' });

const ready = (async () => {
  // The listing is on screen when a product card has rendered its product's name.
  for (;;) {
    const card = deepQuery<HTMLElement & { product?: unknown; updateComplete?: Promise<boolean> }>('sf-product-card');
    if (card?.product) {
      await card.updateComplete;
      break;
    }
    await new Promise((r) => requestAnimationFrame(r));
  }
  const painted = await afterNextPaint();
  return { fromNavigation: painted, fromScript: painted - scriptStart };
})();

(window as unknown as { bench: unknown }).bench = { ready };
