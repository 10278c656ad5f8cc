/**
 * Bench page: `<sf-checkout>` over a cart of `?lines=N` lines. `window.bench.armStep(step)` measures the next click
 * until the checkout shows `step` and has painted it.
 */
import { scriptStart } from './start.js';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-checkout.js';
import { benchAdapter, seedCart } from './bench-adapter.js';
import { afterNextPaint, armInput } from './measure.js';

const params = new URLSearchParams(location.search);
const lines = Number(params.get('lines') ?? 10);
const key = `sf-bench-checkout-${Math.random().toString(36).slice(2, 8)}`;
sessionStorage.clear();

const shop = document.querySelector('sf-shop')!;
const checkout = document.querySelector('sf-checkout')!;
const adapter = benchAdapter({ storageKey: key, copies: Math.ceil(lines / 94) + 1 });
seedCart(adapter, lines);
shop.adapter = adapter;

const ready = (async () => {
  while (!checkout.shadowRoot?.querySelector('#f-email')) await new Promise((r) => requestAnimationFrame(r));
  await checkout.updateComplete;
  const painted = await afterNextPaint();
  return { fromNavigation: painted, fromScript: painted - scriptStart };
})();

const bench = {
  ready,
  armStep: (step: string) =>
    armInput(async () => {
      // Continue submits the form after the click's handlers (its default action), in the click's own task: the
      // step changes then. Waiting for a later task here would let the browser paint the new step first (Chromium
      // renders before other tasks after input) and measure the frame after it. Wait for the checkout's render
      // instead, seen by a MutationObserver in the same task.
      if (checkout.step !== step) {
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (checkout.step !== step) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(checkout.shadowRoot!, { subtree: true, childList: true, characterData: true });
        });
      }
      await checkout.updateComplete;
      const steps = checkout.shadowRoot?.querySelector('sf-checkout-steps') as (HTMLElement & { updateComplete?: Promise<boolean> }) | null;
      await steps?.updateComplete;
      if (checkout.step !== step) throw new Error(`checkout is on ${checkout.step}, not ${step}`);
    }),
};

(window as unknown as { bench: typeof bench }).bench = bench;
