/**
 * In-page timing used by every bench page. Two methods, both starting at the input event's own timestamp:
 *  - Event Timing: the `PerformanceEventTiming` entries (durationThreshold 16, the API's minimum) of the
 *    interaction; the browser measures input to the next paint. Below 16 ms no entry is reported at all, so a
 *    missing entry means "under 16 ms" (the API rounds durations to 8 ms).
 *  - Frame after update: input timestamp to the end of the first frame after the element's `updateComplete`
 *    (requestAnimationFrame, then a message posted from inside it, which runs after that frame's paint).
 */

interface EventEntry {
  name: string;
  startTime: number;
  duration: number;
  interactionId: number;
}

const events: EventEntry[] = [];
if (PerformanceObserver.supportedEntryTypes.includes('event')) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      events.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: (e as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0 });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** Resolves after the next frame has been painted. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** Resolves in the next task (after the input's default action, e.g. a form submit, has run). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Waits for `frames` painted frames (lets observers and late work settle between runs). */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await afterNextPaint();
}

export interface Sample {
  /** Input timestamp to the first painted frame after the update, in ms. */
  frame: number;
  /** Input timestamp to the end of the update (handlers and Lit renders done; style, layout and paint still to come). */
  updated: number;
  /** Longest Event Timing duration of the interaction's events, or null when under the 16 ms threshold. */
  eventTiming: number | null;
}

/**
 * Arms a measurement of the next input of `type` (default `click`) on the page: `done()` resolves once `settled()`
 * (awaited after the input's handlers ran) and the next frame are through.
 */
export function armInput(settled: () => Promise<unknown>, type = 'click'): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`no ${type} within 10 s`)), 10_000);
    // Bubble phase on window: runs after every handler inside the shadow roots, when the update is requested.
    addEventListener(
      type,
      (e) => {
        const t0 = e.timeStamp;
        void (async () => {
          await settled();
          const tUpdated = performance.now();
          const t1 = await afterNextPaint();
          clearTimeout(timeout);
          // Event Timing entries are delivered after the paint they measure: give them two frames.
          await frames(2);
          const mine = events.filter((x) => x.startTime >= t0 - 50 && x.startTime <= t1);
          resolve({
            frame: t1 - t0,
            updated: tUpdated - t0,
            eventTiming: mine.length ? Math.max(...mine.map((x) => x.duration)) : null,
          });
        })().catch((error: unknown) => {
          clearTimeout(timeout);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      },
      { once: true },
    );
  });
}

/**
 * Measures from the next input of `type` until `visible()` holds (checked on every DOM change under `root`), then
 * to the next paint.
 */
export function armUntil(root: Node, visible: () => boolean, type = 'click'): Promise<Sample> {
  return armInput(
    () =>
      new Promise<void>((resolve) => {
        if (visible()) return resolve();
        const observer = new MutationObserver(() => {
          if (!visible()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
    type,
  );
}

/** The first element matching `selector` through open shadow roots, in document order. */
export function deepQuery<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const found = deepQuery<T>(selector, el.shadowRoot);
      if (found) return found;
    }
  }
  return null;
}
