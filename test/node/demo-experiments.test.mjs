/* global window, document, getComputedStyle, requestAnimationFrame, customElements, localStorage, sessionStorage, fetch -- fetch is Node 20's; the others run in Chromium (page functions) */
// Experiments decided on the server, on the reference server (demo/server.mjs): the variant is in the first HTML
// (without JavaScript too), the anonymous-id cookie is set only as far as consent allows and with the right
// flags, pages vary on Cookie and are private when they carry an assignment; in Chromium the variant of the first
// HTML is the one shown in every frame through hydration (no flip, no invisible reserved frame), whether
// GrowthBook in the browser is unreachable, hanging or has other features, and experiment_viewed is recorded
// once, in the browser. Needs the build (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { kitElementsSettled, watchProblems, useDemoServer } from '../helpers/demo-page.mjs';

const { decideExperiments } = await import('../../dist/server/index.js');
const FEATURES = JSON.parse(readFileSync('src/services/experiments/demo-features.json', 'utf8'));
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const RED = 'rgb(183, 28, 28)';
const GREEN = 'rgb(27, 94, 32)';
const PRODUCT = '/p/aurora-road';

const demo = useDemoServer();

/** An anonymous id whose assignment is `color` / `label` (variation ids), found by asking the same SDK. */
async function idWith(color, label) {
  for (let i = 0; i < 500; i++) {
    const id = `shopper-${String(i).padStart(4, '0')}`;
    const d = await decideExperiments({ cookie: `sf-anonymous-id=${id}`, consent: 'all', features: FEATURES });
    if (d.assignments['cta-color-test'] === color && d.assignments['cta-label-test'] === label) return id;
  }
  throw new Error('no such id');
}

const get = (path, cookie, headers = {}) => fetch(demo.server.url + path, { headers: { ...(cookie ? { cookie } : {}), ...headers } });

/** The experiments part of a page's snapshot. */
function experimentsOf(html) {
  const json = /<script type="application\/json" id="sf-snapshot">(.*?)<\/script>/s.exec(html)[1];
  return JSON.parse(json).experiments;
}

test('the first HTML has the assigned variant: red CTA, "Buy now", for a shopper bucketed so', async () => {
  const id = await idWith('1', '1');
  const html = await (await get(PRODUCT, `sf-consent=all; sf-anonymous-id=${id}`)).text();
  assert.match(html, /<sf-add-to-cart[^>]*style="--sf-cta-background: #b71c1c; --sf-cta-color: #ffffff"/);
  assert.match(html, /<!--lit-part-->Buy now<!--\/lit-part-->/);
  assert.doesNotMatch(html, /sf-experiment-reserved/, 'nothing reserved invisibly');
  const part = experimentsOf(html);
  assert.equal(part.anonymousId, id);
  assert.deepEqual(
    [part.features['sf-cta-color'].value, part.features['sf-cta-color'].variationId, part.features['sf-cta-label'].value],
    ['red', '1', 'buy-now'],
  );
  // The control shopper gets the control in the HTML.
  const control = await idWith('0', '0');
  const controlHtml = await (await get(PRODUCT, `sf-consent=all; sf-anonymous-id=${control}`)).text();
  assert.match(controlHtml, /<sf-add-to-cart[^>]*style="--sf-cta-background: #1b5e20/);
  assert.match(controlHtml, /<!--lit-part-->Add to cart<!--\/lit-part-->/);
});

test('without JavaScript the variant is what the shopper sees', async () => {
  const id = await idWith('1', '1');
  const context = await demo.browser.newContext({ javaScriptEnabled: false });
  await context.addCookies([
    { name: 'sf-consent', value: 'all', url: demo.server.url }, { name: 'sf-anonymous-id', value: id, url: demo.server.url },
  ]);
  const page = await context.newPage();
  try {
    await page.goto(demo.server.url + PRODUCT);
    const button = page.locator('sf-product-detail sf-add-to-cart').getByRole('button', { name: /Buy now/ });
    assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), RED);
  } finally {
    await context.close();
  }
});

test('the cookie: set with consent (all: a year; functional: the session), with its flags; never without', async () => {
  const all = await get('/', 'sf-consent=all');
  const cookie = all.headers.get('set-cookie');
  assert.match(cookie, /^sf-anonymous-id=[A-Za-z0-9-]{36}; Path=\/; SameSite=Lax; Max-Age=31536000$/);
  assert.doesNotMatch(cookie, /HttpOnly/i, 'the browser reads it (see README)');
  assert.equal(all.headers.get('cache-control'), 'private, no-store', 'a response that sets the id is never cached');
  assert.match(all.headers.get('vary'), /cookie/i);
  const id = /^sf-anonymous-id=([^;]+)/.exec(cookie)[1];
  assert.equal(experimentsOf(await all.text()).anonymousId, id, 'the page carries the id it set');

  // Over https (behind a proxy that says so): Secure.
  const https = await get('/', 'sf-consent=all', { 'x-forwarded-proto': 'https' });
  assert.match(https.headers.get('set-cookie'), /; Secure$/);

  // The same cookie back: the same assignment, nothing set again, private.
  const again = await get('/', `sf-consent=all; sf-anonymous-id=${id}`);
  assert.equal(again.headers.get('set-cookie'), null);
  assert.equal(again.headers.get('cache-control'), 'private, max-age=60');
  assert.equal(experimentsOf(await again.text()).anonymousId, id);

  const functional = await get('/', 'sf-consent=functional');
  assert.match(functional.headers.get('set-cookie'), /^sf-anonymous-id=[A-Za-z0-9-]{36}; Path=\/; SameSite=Lax$/, 'a session cookie');

  // No consent: no cookie, control, and a page that is the same for every such request.
  const none = await get(PRODUCT);
  assert.equal(none.headers.get('set-cookie'), null);
  assert.equal(none.headers.get('cache-control'), 'public, max-age=60');
  assert.match(none.headers.get('vary'), /cookie/i, 'a shared cache keeps it apart from pages for cookies');
  const noneHtml = await none.text();
  const part = experimentsOf(noneHtml);
  assert.equal(part.reason, 'no-consent');
  assert.equal(part.anonymousId, undefined);
  assert.ok(Object.values(part.features).every((f) => f.exposable === false));
  assert.match(noneHtml, /<!--lit-part-->Add to cart<!--\/lit-part-->/);

  // Consent withdrawn: the id kept before is deleted.
  const withdrawn = await get('/', `sf-consent=none; sf-anonymous-id=${id}`);
  assert.equal(withdrawn.headers.get('set-cookie'), 'sf-anonymous-id=; Path=/; SameSite=Lax; Max-Age=0');
  assert.equal(experimentsOf(await withdrawn.text()).anonymousId, undefined);
});

test('a hostile cookie is not used: a new id is set, nothing of it reaches the page', async () => {
  const hostile = '"><script>alert(1)</script>';
  const res = await get('/', `sf-consent=all; sf-anonymous-id=${encodeURIComponent(hostile)}`);
  assert.match(res.headers.get('set-cookie'), /^sf-anonymous-id=[A-Za-z0-9-]{36};/);
  const html = await res.text();
  assert.ok(!html.includes('alert(1)'));
});

/**
 * Watches every frame from the first one: each visible CTA's host, background and label as painted, whether the
 * page is hydrated yet, and whether any kit content is held invisible (the reserved frame). Installed before the
 * page's HTML is parsed. Entries: `server|sf-add-to-cart|rgb(…)|Buy now` (`|reserved` appended when held).
 */
function watchFrames() {
  const seen = [];
  window.__frames = seen;
  const ctas = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        for (const cta of el.shadowRoot.querySelectorAll('.cta')) if (cta.checkVisibility()) out.push([el.localName, cta]);
        ctas(el.shadowRoot, out);
      }
    }
    return out;
  };
  const reserved = (root) => [...root.querySelectorAll('*')].some((el) =>
    el.classList.contains('sf-experiment-reserved') || (el.shadowRoot && reserved(el.shadowRoot)));
  const frame = () => {
    const phase = customElements.get('sf-add-to-cart') ? 'hydrated' : 'server';
    const held = reserved(document) ? '|reserved' : '';
    for (const [host, cta] of ctas(document)) {
      const label = (cta.querySelector('[data-shown="true"]') ?? cta).textContent.trim();
      seen.push(`${phase}|${host}|${getComputedStyle(cta).backgroundColor}|${label}${held}`);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function hydrated(page) {
  await page.waitForFunction(() => !!customElements.get('sf-add-to-cart') && !!window.sfDemo, undefined, { timeout: 15_000 });
  await kitElementsSettled(page);
}

async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

/** Features GrowthBook in the browser would get if the API changed: everyone in green and "add to bag". */
const CHANGED = {
  features: {
    'sf-cta-color': { defaultValue: 'blue', rules: [{ ...FEATURES.features['sf-cta-color'].rules[0], weights: [1, 0] }] },
    'sf-cta-label': { defaultValue: 'add-to-bag' },
  },
};

const BROWSER_GROWTHBOOK = {
  unreachable: (route) => route.abort('connectionrefused'),
  hanging: () => {},
  changed: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(CHANGED) }),
};

for (const [name, answer] of Object.entries(BROWSER_GROWTHBOOK)) {
  test(`Chromium, GrowthBook in the browser ${name}: the server's variant in every frame, experiment_viewed once`, { timeout: 60_000 }, async () => {
    const id = await idWith('1', '1');
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([
      { name: 'sf-consent', value: 'all', url: demo.server.url }, { name: 'sf-anonymous-id', value: id, url: demo.server.url },
    ]);
    const page = await context.newPage();
    // The browser's GrowthBook failing or timing out says so once; nothing else may be logged.
    const problems = watchProblems(page, { ignore: /experiment features did not arrive|could not load features|Failed to load resource/ });
    await page.addInitScript(watchFrames);
    let asked = 0;
    await page.route('**/growthbook/api/features/**', (route) => {
      asked += 1;
      return answer(route);
    });
    // The kit's script waits until a frame of the server's HTML has been watched.
    let release;
    const gate = new Promise((r) => { release = r; });
    await page.route('**/js/client.js', async (route) => {
      await gate;
      await route.continue();
    });
    try {
      await page.goto(demo.server.url + PRODUCT, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__frames.some((f) => f.startsWith('server|sf-add-to-cart')));
      release();
      await hydrated(page);
      const detailButton = page.locator('sf-product-detail sf-add-to-cart').getByRole('button', { name: /Buy now/ });
      await page.waitForFunction(() => window.sfDemo.events.some((e) => e.name === 'experiment_viewed'));
      assert.equal(await detailButton.evaluate((b) => getComputedStyle(b).backgroundColor), RED, 'after hydration');
      // Every feature on the page was decided on the server: GrowthBook in the browser was not even loaded.
      assert.equal(asked, 0);
      assert.equal(await page.evaluate(() => document.querySelector('sf-experiments').getAttribute('data-sf-experiments-source')), 'server');
      // Now something asks for a feature the server left undecided: GrowthBook in the browser starts, and whatever
      // it answers (or not) changes nothing already shown.
      const asking = page.waitForRequest((r) => r.url().includes('/growthbook/api/features/'));
      await page.evaluate(() => document.querySelector('sf-experiments').experiments.load());
      await asking;
      // Settled: features arrived, failed, or the 150 ms budget ran out.
      await page.waitForFunction(() => document.querySelector('sf-experiments').experiments.ready);
      assert.equal(asked, 1);

      // A second CTA shows the same experiment later (the drawer's checkout button): still one exposure each.
      await detailButton.click();
      await page.waitForFunction(() => document.querySelector('sf-cart-button')?.shadowRoot?.textContent.includes('1'));
      await page.locator('sf-cart-button').getByRole('button').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ state: 'visible' });
      await page.waitForFunction(() => document.querySelector('sf-cart-drawer').shadowRoot.querySelector('dialog').open);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

      const distinct = [...new Set(await page.evaluate(() => window.__frames))];
      // Every frame, before and after hydration: the add-to-cart CTA red with "Buy now", the drawer's checkout CTA
      // red once it is open; nothing reserved, no other colour or label.
      assert.deepEqual(distinct, [
        `server|sf-add-to-cart|${RED}|Buy now`,
        `hydrated|sf-add-to-cart|${RED}|Buy now`,
        `hydrated|sf-cart-drawer|${RED}|Go to checkout`,
      ]);

      const viewed = await page.evaluate(() => window.sfDemo.events.filter((e) => e.name === 'experiment_viewed').map((e) => e.params));
      assert.deepEqual(viewed.sort((a, b) => a.experiment_id.localeCompare(b.experiment_id)), [
        { experiment_id: 'cta-color-test', variation_id: '1' },
        { experiment_id: 'cta-label-test', variation_id: '1' },
      ]);
      const anonymous = await page.evaluate(() => document.querySelector('sf-experiments').experiments.anonymousId);
      assert.equal(anonymous, id, 'the browser uses the server\'s id');
      assert.deepEqual(problems, []);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });
}

test('Chromium, no consent: control in every frame, no cookie stored, nothing recorded', { timeout: 60_000 }, async () => {
  const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchFrames);
  // GrowthBook in the browser would put everyone in red, "Buy now".
  const everyoneRed = {
    features: {
      'sf-cta-color': { defaultValue: 'green', rules: [{ ...FEATURES.features['sf-cta-color'].rules[0], weights: [0, 1] }] },
      'sf-cta-label': { defaultValue: 'add-to-cart', rules: [{ ...FEATURES.features['sf-cta-label'].rules[0], weights: [0, 1] }] },
    },
  };
  await page.route('**/growthbook/api/features/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(everyoneRed) }));
  try {
    await page.goto(demo.server.url + PRODUCT, { waitUntil: 'commit' });
    await hydrated(page);
    // GrowthBook in the browser has its say (asked for as if a feature were left undecided).
    await page.evaluate(() => document.querySelector('sf-experiments').experiments.load());
    await page.waitForFunction(() => document.querySelector('sf-experiments')?.getAttribute('data-sf-experiments-source') === 'network');
    const distinct = [...new Set(await page.evaluate(() => window.__frames))].map((f) => f.replace(/^\w+\|/, ''));
    assert.deepEqual([...new Set(distinct)], [`sf-add-to-cart|${GREEN}|Add to cart`]);
    assert.deepEqual((await context.cookies()).filter((c) => c.name === 'sf-anonymous-id'), []);
    // Nor anything of the kind in the browser's storage, though GrowthBook in the browser ran.
    const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
    assert.deepEqual(stored.filter((k) => /anonymous|sticky/i.test(k)), []);
    const viewed = await page.evaluate(() => window.sfDemo.events.filter((e) => e.name === 'experiment_viewed'));
    assert.deepEqual(viewed, []);
  } finally {
    await context.close();
  }
});
