import type { TelemetryService } from './types.js';

/** The Core Web Vitals the kit measures. */
export type VitalName = 'LCP' | 'INP' | 'CLS' | 'FCP' | 'TTFB';

export interface WebVitalsOptions {
  /** Which metrics to measure; default all five. */
  metrics?: readonly VitalName[];
  /** Report every change (e.g. each CLS increase) instead of the final values only; for debugging and the live log. */
  reportAllChanges?: boolean;
  /** Names the element of an INP, CLS or LCP attribution; default `kitTarget` (pierces the kit's shadow DOM). */
  generateTarget?: (node: Node | null) => string | undefined;
  /** INP: interactions shorter than this (ms) are not considered. web-vitals' default is 40. */
  durationThreshold?: number;
}

/** The parts of a web-vitals (attribution build) metric that the kit reports. */
export interface VitalMetric {
  name: VitalName;
  value: number;
  rating: 'good' | 'needs-improvement' | 'poor';
  delta: number;
  id: string;
  navigationType: string;
  /** web-vitals' attribution; the kit reads `interactionTarget` (INP), `largestShiftTarget`/`largestShiftEntry` (CLS), `target` (LCP). */
  attribution?: object;
}

interface TargetAttribution {
  interactionTarget?: string;
  largestShiftTarget?: string;
  target?: string;
  largestShiftEntry?: { startTime: number; value: number };
}

const isCustomElement = (el: Element) => el.localName.includes('-');

/** How an element is named inside its shadow root: its nearest `[part]`, else its `#id`, else its tag. */
function nameInRoot(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const part = e.getAttribute('part')?.trim();
    if (part) return /^[\w-]+$/.test(part) ? `[part=${part}]` : `[part="${part.replace(/"/g, '\\"')}"]`;
  }
  return el.id ? `#${CSS.escape(el.id)}` : el.localName;
}

/**
 * A selector that names a node through shadow roots, outermost first, joined by ` >> `: each custom-element host
 * by its tag, the node inside its root by its nearest `[part]`, else its id, else its tag. A click on the checkout
 * button inside `<sf-cart-drawer>` reads `sf-cart-drawer >> [part=checkout-button]`. Returns undefined for a node
 * that is neither inside a shadow root nor a custom element (web-vitals' own selector suits those).
 */
export function shadowTarget(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  const segments: string[] = [];
  if (!el && node.parentNode instanceof ShadowRoot) el = node.parentNode.host;
  else if (!el) return undefined;
  let isNode = node instanceof Element || node.parentElement !== null;
  while (el) {
    const root = el.getRootNode();
    if (!isNode && isCustomElement(el)) segments.unshift(el.localName);
    else if (root instanceof ShadowRoot) segments.unshift(nameInRoot(el));
    else if (isNode && isCustomElement(el)) segments.unshift(el.localName);
    else if (isNode) return undefined;
    else segments.unshift(el.id ? `#${CSS.escape(el.id)}` : el.localName);
    if (!(root instanceof ShadowRoot)) break;
    el = root.host;
    isNode = false;
  }
  return segments.join(' >> ') || undefined;
}

/*
 * Event timing entries name the event's target as seen from the document: for a click inside a shadow root that is
 * the outermost host. While vitals are measured, the real (innermost) target of each recent interaction is kept per
 * retargeted node, so the INP target can name the part that was clicked.
 */
const deepTargets = new WeakMap<EventTarget, Element>();
let trackingDeepTargets = false;

function trackDeepTargets(): void {
  if (trackingDeepTargets || typeof document === 'undefined') return;
  trackingDeepTargets = true;
  const remember = (e: Event) => {
    const deep = e.composedPath()[0];
    if (e.target && deep instanceof Element && deep !== e.target) deepTargets.set(e.target, deep);
  };
  for (const type of ['pointerdown', 'pointerup', 'click', 'keydown', 'keyup']) {
    document.addEventListener(type, remember, { capture: true, passive: true });
  }
}

/**
 * The default `generateTarget`: the innermost node of the latest interaction with `node` (when it is a shadow host),
 * named by `shadowTarget`.
 */
export function kitTarget(node: Node | null): string | undefined {
  const deep = node ? deepTargets.get(node) : undefined;
  return shadowTarget(deep?.isConnected ? deep : node);
}

/** The deepest element at a viewport point, looking into open shadow roots. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = (el.shadowRoot as ShadowRoot & { elementFromPoint(x: number, y: number): Element | null }).elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

const shiftKey = (entry: { startTime: number; value: number }) => `${entry.startTime}:${entry.value}`;

/*
 * Layout-shift sources inside shadow roots have a null node, so web-vitals cannot name them. Each shift is therefore
 * also named when it happens, by hit-testing the centre of its largest source's new box through open shadow roots.
 */
const shiftTargets = new Map<string, string>();
let observingShifts = false;

function observeShiftTargets(generateTarget: (node: Node | null) => string | undefined): void {
  if (observingShifts || typeof PerformanceObserver === 'undefined') return;
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) return;
  observingShifts = true;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) {
      if (entry.hadRecentInput || entry.sources.length === 0) continue;
      const area = (s: LayoutShiftAttribution) => s.currentRect.width * s.currentRect.height;
      const source = entry.sources.reduce((a, b) => (area(b) > area(a) ? b : a));
      const r = source.currentRect;
      const target = source.node
        ? generateTarget(source.node)
        : shadowTarget(deepElementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      if (!target) continue;
      shiftTargets.set(shiftKey(entry), target);
      // Keep the memory of a long-lived page small: CLS only ever needs its largest shift.
      if (shiftTargets.size > 100) shiftTargets.delete(shiftTargets.keys().next().value!);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Turns web-vitals reports into `web_vitals` events: `{ name, value, rating, delta, id, navigationType, target? }`.
 * A report with the same id and value as one already sent is dropped (web-vitals repeats a final value when the
 * page is hidden again); reports after a back/forward-cache restore carry new ids and are kept.
 */
export function vitalsReporter(telemetry: TelemetryService): (metric: VitalMetric) => void {
  const seen = new Set<string>();
  return (metric) => {
    const key = `${metric.id}\u0000${metric.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    const a = metric.attribution as TargetAttribution | undefined;
    const shift = a?.largestShiftEntry;
    const target = a?.interactionTarget || a?.largestShiftTarget || (shift && shiftTargets.get(shiftKey(shift))) || a?.target;
    telemetry.track('web_vitals', {
      name: metric.name,
      value: metric.value,
      rating: metric.rating,
      delta: metric.delta,
      id: metric.id,
      navigationType: metric.navigationType,
      ...(target ? { target } : {}),
    });
  };
}

const measured = new WeakSet<TelemetryService>();

/**
 * Measures LCP, INP, CLS, FCP and TTFB with web-vitals' attribution build, loaded on first call (shops that do not
 * measure never download it), and reports each as a `web_vitals` event through `telemetry`. Calling it again for
 * the same service does nothing.
 */
export async function measureWebVitals(telemetry: TelemetryService, options: WebVitalsOptions = {}): Promise<void> {
  if (measured.has(telemetry)) return;
  measured.add(telemetry);
  const generateTarget = options.generateTarget ?? kitTarget;
  if (generateTarget === kitTarget) trackDeepTargets();
  const wanted = new Set<VitalName>(options.metrics ?? ['LCP', 'INP', 'CLS', 'FCP', 'TTFB']);
  if (wanted.has('CLS')) observeShiftTargets(generateTarget);
  const { onLCP, onINP, onCLS, onFCP, onTTFB } = await import('web-vitals/attribution');
  const report = vitalsReporter(telemetry);
  const opts = {
    ...(options.reportAllChanges ? { reportAllChanges: true } : {}),
    generateTarget,
  };
  if (wanted.has('LCP')) onLCP(report, opts);
  if (wanted.has('INP')) {
    onINP(report, options.durationThreshold !== undefined ? { ...opts, durationThreshold: options.durationThreshold } : opts);
  }
  if (wanted.has('CLS')) onCLS(report, opts);
  if (wanted.has('FCP')) onFCP(report, opts);
  if (wanted.has('TTFB')) onTTFB(report, opts);
}
