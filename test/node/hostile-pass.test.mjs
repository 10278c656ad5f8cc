// The hostile pass from outside, as an attacker-minded tester runs it: the *built* package (dist/, as a shop loads it)
// on a storefront page where every string a backend, an experiment payload, a shopper and a page author can hand the
// kit is a payload (test/hardening/xss-corpus.ts), answers come malformed and malformed objects are set straight on
// properties; served from a real local HTTP server, once under the strict CSP with Trusted Types and once with no
// CSP at all. It counts what got through, and each count must be 0:
//   executed     payloads that ran (they set window.__xss or call alert/confirm/prompt/print)
//   scriptUrls   javascript:, vbscript: or non-image data: URLs in any href/src/srcset/action/formaction/xlink:href,
//                through every shadow root (and the search's submit target)
//   pageErrors   uncaught errors and rejections, console errors (a resource that failed to load excepted)
//   crashed      kit elements whose shadow root renders nothing or that threw from a property setter
//   injections   elements a payload brought into the DOM (script, iframe, style, inline handlers, data-injected…)
//   offSite      requests or navigations to another origin (they are blocked and counted)
import { test, before, after } from 'node:test';
/* global window, document, location, customElements, Node, requestAnimationFrame -- page functions run in Chromium */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, readFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../helpers/chromium.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dist = join(root, 'dist');

// The kit's strict policy (test/hardening/csp-server.mjs), plus data: images: the demo catalogue inlines its images.
const STRICT_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
  "require-trusted-types-for 'script'", 'trusted-types lit-html',
].join('; ');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml' };
const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile pass</title>' +
  '<script type="module" src="/app.js"></script></head><body></body></html>';
const SHOPPER = [
  '<img src=x onerror="window.__xss=\'typed\'">',
  '"><svg onload=window.__xss=\'typed-svg\'>',
  "javascript:window.__xss='typed-url'",
  '<b data-injected>typed</b>',
];

let appDir;
let server;
let origin;
let browser;

before(async () => {
  // Piped, so a failed build says why in the test's error.
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe' });
  appDir = mkdtempSync(join(tmpdir(), 'sf-hostile-pass-'));
  await build({
    absWorkingDir: root,
    entryPoints: { app: join(root, 'test/hardening/pages/hostile-pass-app.ts') },
    bundle: true, format: 'esm', target: 'es2022', outdir: appDir, logLevel: 'error',
    tsconfig: join(root, 'tsconfig.json'),
  });
  // Only the page, its script, dist/ and the manifest are served; anything else is a 404.
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (url.pathname === '/') {
      const csp = url.searchParams.get('csp') === 'strict' ? { 'Content-Security-Policy': STRICT_CSP } : {};
      res.writeHead(200, { ...headers, ...csp, 'Content-Type': TYPES['.html'] }).end(PAGE);
      return;
    }
    const path = decodeURIComponent(url.pathname);
    const file = path === '/app.js' ? join(appDir, 'app.js')
      : path === '/custom-elements.json' ? join(root, 'custom-elements.json')
        : path.startsWith('/dist/') ? normalize(join(root, path)) : '';
    if (!file || !(file === join(appDir, 'app.js') || file.startsWith(dist + sep) || file.endsWith('custom-elements.json'))
      || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(() => r(undefined)) : r(undefined)));
  if (appDir) rmSync(appDir, { recursive: true, force: true });
});

/** Installed before any page script: the canary payloads set, and dialogs that only record. */
function canary() {
  const hits = [];
  Object.defineProperty(window, '__hits', { value: hits });
  Object.defineProperty(window, '__xss', { get: () => hits.at(-1), set: (v) => { hits.push(`__xss=${String(v)}`); } });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    Object.defineProperty(window, name, { value: (m) => void hits.push(`${name}(${String(m)})`) });
  }
}

/** Everything the page shows, through every shadow root: what got through. Runs in the page. */
async function scan() {
  const elements = [];
  const blank = [];
  const renders = (el) => !!el.shadowRoot && ([...el.shadowRoot.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE)
    || (el.shadowRoot.textContent ?? '').trim() !== '');
  const visit = (node) => {
    for (const el of node.querySelectorAll('*')) {
      elements.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background'];
  const liveScheme = (raw, image) => {
    // Browsers drop these inside a scheme; what is left is what they would run.
    // eslint-disable-next-line no-control-regex
    const cleaned = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
    let protocol = '';
    try {
      protocol = new URL(raw, location.href).protocol;
    } catch { /* unparseable: not a live URL */ }
    if (/^(javascript|vbscript|livescript):/.test(cleaned) || ['javascript:', 'vbscript:'].includes(protocol)) return true;
    const data = /^data:/.test(cleaned) || protocol === 'data:';
    return data && !(image && /^data:image\//.test(cleaned));
  };
  const scriptUrls = [];
  const injections = [];
  const crashed = [];
  const describe = (el) => {
    const host = el.getRootNode()?.host;
    return `${host ? `<${host.localName}> ` : ''}<${el.localName}>`;
  };
  for (const el of elements) {
    const tag = el.localName;
    for (const attr of el.getAttributeNames()) {
      const raw = el.getAttribute(attr) ?? '';
      if (attr.startsWith('on')) injections.push(`${describe(el)} ${attr}="${raw.slice(0, 40)}"`);
      if (attr === 'data-injected') injections.push(`${describe(el)} data-injected`);
      // A kit element's own attributes (the page author's `href`, `action`…) are inert: only rendered URLs count.
      if (URL_ATTRIBUTES.includes(attr) && !tag.includes('-')) {
        const image = tag === 'img' || tag === 'source';
        const urls = attr === 'srcset' ? raw.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '') : [raw];
        for (const url of urls) if (liveScheme(url, image)) scriptUrls.push(`${describe(el)} ${attr}="${JSON.stringify(url).slice(1, 60)}"`);
      }
    }
    const inHead = el.parentNode === document.head;
    if (['iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'math', 'mglyph', 'animate', 'marquee', 'x'].includes(tag)) injections.push(describe(el));
    if ((tag === 'script' || tag === 'meta') && !inHead) injections.push(describe(el));
    if (tag === 'script' && inHead && el.getAttribute('src') !== '/app.js') injections.push(`${describe(el)} added to the head`);
    if (tag === 'style' || (tag === 'link' && el.getAttribute('rel') === 'stylesheet')) injections.push(`${describe(el)} (CSS from data)`);
    if (tag.startsWith('sf-') && customElements.get(tag) && !renders(el)) blank.push(el);
  }
  // A blank element is a crash unless the element is blank with its defaults too (an order confirmation without an
  // order, a promise without a method): that is its documented empty state.
  const defaults = document.createElement('div');
  defaults.hidden = true;
  document.body.append(defaults);
  const blankByDefault = new Map();
  for (const tag of new Set(blank.map((el) => el.localName))) {
    const fresh = document.createElement(tag);
    defaults.append(fresh);
    await fresh.updateComplete;
    blankByDefault.set(tag, !renders(fresh));
  }
  defaults.remove();
  for (const el of blank) if (!blankByDefault.get(el.localName)) crashed.push(`${describe(el)} renders nothing`);
  for (const href of window.__hostile.submitted) {
    if (href !== undefined && liveScheme(href, false)) scriptUrls.push(`search submit -> ${href}`);
    if (href !== undefined && new URL(href, location.href).origin !== location.origin) scriptUrls.push(`search submit leaves the shop: ${href}`);
  }
  crashed.push(...window.__setterErrors);
  return { executed: [...window.__hits], scriptUrls, injections, crashed, elements: elements.filter((e) => e.localName.startsWith('sf-')).length };
}

/** Waits until the backend has answered everything asked and no element is updating, twice a frame apart. */
async function settled(page) {
  // A ticking countdown or a polling order status updates now and then: idle once, then once more after two frames
  // (whatever started in between has been asked for by then).
  for (let i = 0; i < 2; i += 1) {
    await page.waitForFunction(() => window.__hostile?.idle() === true, undefined, { timeout: 20000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
}

/** The shopper's part, typed for real: a search, an add to cart, a discount code, the checkout, the feedback. */
async function shop(page, steps) {
  const search = page.locator('header sf-search input');
  await search.fill(SHOPPER[0]);
  await search.press('Enter');
  await page.waitForFunction(() => window.__hostile.submitted.length > 0);
  steps.push('searched');

  await page.locator('main > sf-product-card sf-add-to-cart button').first().click();
  const code = page.locator('aside sf-cart input#code');
  await code.waitFor();
  steps.push('added to cart');
  await code.fill(SHOPPER[1]);
  await code.press('Enter');
  await page.locator('aside sf-cart #code-error').filter({ hasText: /\S/ }).waitFor();
  steps.push('discount refused');

  await page.locator('main sf-quantity input').fill(SHOPPER[2]);
  await page.locator('main sf-quantity input').press('Tab');

  const checkout = page.locator('main > sf-checkout');
  await checkout.locator('#f-email').waitFor();
  await checkout.locator('#f-email').fill(SHOPPER[3]);
  await checkout.locator('#f-phone').fill(SHOPPER[0]);
  await checkout.locator('button[type=submit]').click();
  await checkout.locator('#f-email[aria-invalid=true]').waitFor();
  steps.push('contact refused');
  await checkout.locator('#f-email').fill('aino@example.fi');
  await checkout.locator('#f-phone').fill('040 123 4567');
  await checkout.locator('button[type=submit]').click();
  await checkout.locator('#f-name').waitFor();
  await checkout.locator('#f-name').fill(SHOPPER[0]);
  await checkout.locator('#f-street').fill(SHOPPER[1]);
  await checkout.locator('#f-postalCode').fill('00100');
  await checkout.locator('#f-city').fill(SHOPPER[2]);
  await checkout.locator('#m-home').check();
  await checkout.locator('button[type=submit]').click();
  await checkout.locator('#pm-card').check();
  await checkout.locator('#f-cardNumber').fill('4242 4242 4242 4242');
  await checkout.locator('#f-cardExpiry').fill('12/30');
  await checkout.locator('#f-cardCvc').fill('123');
  await checkout.locator('button[type=submit]').click();
  await checkout.locator('[part=place-order]').click();
  await page.waitForFunction(() => window.__hostile.ordered() !== undefined, undefined, { timeout: 15000 });
  steps.push('ordered');

  const feedback = page.locator('main > sf-feedback');
  await feedback.locator('input[name=score]').first().check();
  await feedback.locator('textarea').fill(SHOPPER[1]);
  await feedback.locator('[part=submit]').click();
  steps.push('feedback sent');
}

/** One page load of the pass; resolves to the counts and their details. */
async function pass({ csp, mode, offset }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const offSite = [];
  const pageErrors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https?:|^wss?:/.test(url) && new URL(url).origin !== origin) {
      offSite.push(`${route.request().resourceType()} ${url}`);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  await context.addInitScript(canary);
  const page = await context.newPage();
  // With where it was thrown: the bundle is minified, but the chunk and column find the code.
  page.on('pageerror', (e) => pageErrors.push(`uncaught ${(e.stack ?? String(e)).split('\n').slice(0, 3).join(' ').slice(0, 400)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) pageErrors.push(`console.error ${m.text().slice(0, 300)}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(origin)) offSite.push(`navigated to ${frame.url()}`);
  });
  const steps = [];
  try {
    const response = await page.goto(`${origin}/?csp=${csp}&mode=${mode}&offset=${offset}`);
    assert.equal(response.headers()['content-security-policy'], csp === 'strict' ? STRICT_CSP : undefined);
    await settled(page);
    if (mode === 'hostile') {
      await shop(page, steps).catch(async (e) => {
        const checkout = await page.locator('main > sf-checkout').evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 600)).catch(() => '');
        throw new Error(`the shopper got stuck after: ${steps.join(', ') || 'nothing'}; checkout shows "${checkout}"; ${e.message}`, { cause: e });
      });
    }
    const authored = await page.evaluate(() => window.__hostile.authorPass());
    assert.ok(authored >= 20, `the author pass made every element (${authored})`);
    await settled(page);
    const found = await page.evaluate(scan);
    return { ...found, pageErrors, offSite, steps };
  } catch (e) {
    // A page that left for another site (or died) cannot be scanned: say what was seen until then.
    throw new Error(`${e.message}\n  off-site: ${offSite.join(' | ') || 'none'}\n  page errors: ${pageErrors.join(' | ') || 'none'}`, { cause: e });
  } finally {
    await context.close();
  }
}

const ZERO = { executed: [], scriptUrls: [], pageErrors: [], crashed: [], injections: [], offSite: [] };
const RUNS = [
  { mode: 'hostile', offset: 0 }, { mode: 'hostile', offset: 1 }, { mode: 'hostile', offset: 2 }, { mode: 'hostile', offset: 3 },
  { mode: 'malformed', offset: 0 },
];

for (const csp of ['strict', 'none']) {
  for (const run of RUNS) {
    test(`${csp === 'strict' ? 'strict CSP + Trusted Types' : 'no CSP'}, ${run.mode} data, payload offset ${run.offset}: nothing gets through`, { timeout: 120_000 }, async () => {
      const result = await pass({ csp, ...run });
      const counts = Object.fromEntries(Object.keys(ZERO).map((k) => [k, result[k].length]));
      console.log(`# ${csp} ${run.mode} ${run.offset}: ${result.elements} kit elements, shopper: ${result.steps.join(', ') || '-'}; ${JSON.stringify(counts)}`);
      if (run.mode === 'hostile') assert.deepEqual(result.steps, ['searched', 'added to cart', 'discount refused', 'contact refused', 'ordered', 'feedback sent']);
      assert.deepEqual(Object.fromEntries(Object.keys(ZERO).map((k) => [k, result[k]])), ZERO);
    });
  }
}
