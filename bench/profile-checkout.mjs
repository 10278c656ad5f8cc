// `node bench/profile-checkout.mjs`: where the checkout's contact → delivery step (100-line cart) spends its time. A CPU
// profile of N steps (self and inclusive time by function, unminified build) and a devtools trace of TN steps
// (bench/.tmp/checkout-trace.json: open it in Chrome's Performance panel). Env: N, TN, TOP, TRACE=0, MINIFY=1.
// Profiles contact→delivery on the bench checkout page (100 lines): CPU profile (self time by function) + trace
// counters (Layout/UpdateLayoutTree/Paint counts and durations inside the click task).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
if (process.argv[2]) process.chdir(process.argv[2]);
const { esbuildPageOptions, serve, launch, openPage } = await import(join(process.cwd(), 'bench/browser.mjs'));
mkdirSync(join(process.cwd(), 'bench/.tmp'), { recursive: true });
const SITE = join(process.cwd(), 'bench/.tmp/profile-site');
mkdirSync(SITE, { recursive: true });
const minify = process.env.MINIFY === '1';
await build({ ...esbuildPageOptions, minify, keepNames: !minify, entryPoints: ['bench/pages/checkout.ts'], outdir: SITE });
copyFileSync('bench/pages/checkout.html', join(SITE, 'checkout.html'));
const server = await serve({ '/': SITE });
const browser = await launch();
const { page, context } = await openPage(browser, `${server.origin}/checkout.html?lines=100`);
await page.evaluate(() => globalThis.bench.ready);
await page.locator('sf-checkout #f-email').fill('bench@example.fi');
await page.locator('sf-checkout #f-phone').fill('040 123 4567');
const cont = page.locator('sf-checkout form .actions button[type="submit"]');
const back = page.locator('sf-checkout sf-checkout-steps li button').first();
const client = await context.newCDPSession(page);
const boxOf = async (l) => { const b = await l.boundingBox(); return [b.x + b.width / 2, b.y + b.height / 2]; };
const cb = await boxOf(cont);
const clickCont = () => page.mouse.click(...cb);
let bb;
const clickBack = async () => { bb ??= await boxOf(back); return page.mouse.click(...bb); };
const N = Number(process.env.N ?? 20);
async function round() {
  await page.evaluate(() => { globalThis.__sample = globalThis.bench.armStep('delivery'); });
  await clickCont();
  const f = await page.evaluate(() => globalThis.__sample);
  await page.evaluate(() => { globalThis.__sample = globalThis.bench.armStep('contact'); });
  await clickBack();
  await page.evaluate(() => globalThis.__sample);
  return f;
}
for (let i = 0; i < 3; i++) await round();
// Only the forward step in the profile: start before Continue, stop after its sample.
await client.send('Profiler.enable');
await client.send('Profiler.setSamplingInterval', { interval: 50 });
const agg = new Map();
const incl = new Map();
let total = 0;
const samples = [];
for (let i = 0; i < N; i++) {
  await page.evaluate(() => { globalThis.__sample = globalThis.bench.armStep('delivery'); });
  await client.send('Profiler.start');
  await clickCont();
  const f = await page.evaluate(() => globalThis.__sample);
  const { profile } = await client.send('Profiler.stop');
  samples.push(f);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let k = 0; k < profile.samples.length; k++) {
    const d = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let id = profile.samples[k]; id !== undefined; id = parent.get(id)) {
      const cf = byId.get(id).callFrame;
      const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + d);
    }
  }
  const dt = profile.timeDeltas;
  for (let k = 0; k < profile.samples.length; k++) {
    const n = byId.get(profile.samples[k]);
    const cf = n.callFrame;
    const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
    const d = (dt[k + 1] ?? 0) / 1000;
    agg.set(key, (agg.get(key) ?? 0) + d);
    if (!['(idle)', '(program)'].some((x) => key.startsWith(x))) total += d;
  }
  await page.evaluate(() => { globalThis.__sample = globalThis.bench.armStep('contact'); });
  await clickBack();
  await page.evaluate(() => globalThis.__sample);
}
const med = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log('frame median', med(samples.map((s) => s.frame)).toFixed(1), 'updated median', med(samples.map((s) => s.updated)).toFixed(1));
console.log('non-idle sampled ms per step', (total / N).toFixed(2));
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log((v / N).toFixed(3).padStart(8), k);

console.log('--- inclusive');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log((v / N).toFixed(3).padStart(8), k);
// Trace: one forward step with devtools.timeline.
if (process.env.TRACE !== '0') {
  const events = [];
  client.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => client.once('Tracing.tracingComplete', r));
  const traces = [];
  for (let i = 0; i < Number(process.env.TN ?? 5); i++) {
    await page.evaluate(() => { globalThis.__sample = globalThis.bench.armStep('delivery'); });
    if (i === 0) await client.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute', transferMode: 'ReportEvents' });
    await clickCont();
    traces.push(await page.evaluate(() => globalThis.__sample));
    await page.evaluate(() => { globalThis.__sample = globalThis.bench.armStep('contact'); });
    await clickBack();
    await page.evaluate(() => globalThis.__sample);
  }
  await client.send('Tracing.end');
  await done;
  writeFileSync(process.env.TRACE_OUT ?? 'bench/.tmp/checkout-trace.json', JSON.stringify({ traceEvents: events }));
  const by = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    if (!['Layout', 'UpdateLayoutTree', 'Paint', 'FunctionCall', 'EventDispatch', 'RunMicrotasks', 'ParseHTML', 'HitTest', 'PrePaint', 'Layerize', 'Commit', 'TimerFire', 'FireAnimationFrame', 'RecalculateStyles', 'UpdateLayerTree'].includes(e.name)) continue;
    const x = by.get(e.name) ?? { n: 0, ms: 0 };
    x.n++; x.ms += e.dur / 1000; by.set(e.name, x);
  }
  console.log(`trace of ${process.env.TN ?? 5} forward+back rounds (counts, ms):`);
  for (const [k, v] of [...by].sort((a, b) => b[1].ms - a[1].ms)) console.log(`  ${k}: n=${v.n} ${v.ms.toFixed(1)} ms`);
}
await context.close();
await browser.close();
await server.close();
