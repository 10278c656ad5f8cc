// Lighthouse 12.8.2 through its Node API on a locally served page: performance and accessibility scores, LCP, TBT,
// CLS, and every accessibility audit that failed. Lighthouse's defaults: mobile form factor, simulated throttling.
import { CHROME_FLAGS, CHROME_PATH } from './browser.mjs';

export async function runLighthouse(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', ...CHROME_FLAGS] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result.lhr;
    const audit = (id) => lhr.audits[id];
    const failedA11y = lhr.categories.accessibility.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'informative')
      .map((a) => ({
        id: a.id,
        title: a.title,
        items: (a.details?.items ?? []).slice(0, 5).map((i) => i.node?.selector ?? i.node?.snippet ?? ''),
      }));
    return {
      status: 'ok',
      url,
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
      tbtMs: Math.round(audit('total-blocking-time').numericValue),
      cls: +audit('cumulative-layout-shift').numericValue.toFixed(4),
      fcpMs: Math.round(audit('first-contentful-paint').numericValue),
      failedAccessibilityAudits: failedA11y,
      runWarnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}
