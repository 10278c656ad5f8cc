// `node bench/profile-listing.mjs [--runs=N] [--keep-names]`: where the listing bench's time goes. Opens
// bench/pages/listing.html like the bench does, records a Chrome trace (and a V8 CPU profile) over N measured
// filter changes (500 → the Pohjola brand) and prints, for the measured windows only: the main thread's CPU time per
// change (thread time, which unlike wall time does not grow while the thread waits for a core on a shared machine),
// its self CPU time by kind (script, style, layout, paint, …) and the JS functions the CPU profile saw most (its
// samples are wall-clock). Writes bench/.tmp/listing-trace.json and listing.cpuprofile (open them in DevTools).
// Not part of `npm run bench`: a tool for working on that row. `--keep-names` bundles without minifying so functions
// keep their names (a little slower than the bench's build); `--site=DIR [--query=?x]` profiles a page built
// elsewhere, to compare two versions in the same conditions.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { esbuildPageOptions, launch, openPage, serve, stats } from './browser.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 10);
const keepNames = args.includes('--keep-names');
// --trace-only: no V8 CPU profile (its sampling slows native DOM calls a lot: use this for CPU-time comparisons).
const traceOnly = args.includes('--trace-only');
// --site=DIR: a listing page built elsewhere (to compare two versions in the same conditions); --query=?x for its URL.
const prebuilt = args.find((a) => a.startsWith('--site='))?.slice(7);
const query = args.find((a) => a.startsWith('--query='))?.slice(8) ?? '';
const SITE = resolve(prebuilt ?? 'bench/.tmp/profile-site');

if (!prebuilt) {
  mkdirSync(join(SITE, 'images'), { recursive: true });
  for (const f of readdirSync('src/adapters/local/images')) copyFileSync(`src/adapters/local/images/${f}`, join(SITE, 'images', f));
  await build({ ...esbuildPageOptions, ...(keepNames ? { minify: false, keepNames: true } : {}), entryPoints: ['bench/pages/listing.ts'], outdir: SITE, logLevel: 'error' });
  copyFileSync('bench/pages/listing.html', join(SITE, 'listing.html'));
}

// Trace event names to kinds, first match wins (Blink's names change between versions; these are 156's).
const KINDS = [
  ['gc', /GC|Sweep|Marking|Scavenge/i],
  ['layout', /Layout|InlineNode|LayoutShift|Intersection|ScrollAnchor|performLayout/],
  ['style', /Style|LayoutTree/],
  ['paint', /Paint|Raster|Composit|Commit|Layerize|Decode|PrePaint|Image/],
  ['script', /FunctionCall|v8|V8|Microtask|Timer|AnimationFrame|EventDispatch|CustomElement|EvaluateScript|Compile|ProfileCall/],
  ['loading', /Resource|Fetch|Parse/],
];
const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other';

const server = await serve({ '/': SITE });
const browser = await launch();
try {
  const { page, errors } = await openPage(browser, `${server.origin}/listing.html${query}`);
  await page.waitForFunction(() => 'bench' in globalThis, undefined, { timeout: 60_000 });
  const ready = await page.evaluate(() => globalThis.bench.ready);
  const cdp = await page.context().newCDPSession(page);
  // Warm up as the bench does.
  for (let i = 0; i < 3; i++) await page.evaluate(() => globalThis.bench.run());

  const chunks = [];
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  if (!traceOnly) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'cc', 'gpu', 'toplevel'],
    },
  });
  if (!traceOnly) await cdp.send('Profiler.start');
  const windows = [];
  for (let i = 0; i < RUNS; i++) {
    const w = await page.evaluate(async () => {
      const bench = globalThis.bench;
      await bench.filter([], 500);
      // The window starts at the page's mark of the change (in the trace, at the start of the frame the change is
      // made in) and lasts as long as the change measured itself.
      bench.markNext();
      return { ms: await bench.filter(['Pohjola'], bench.ready.filtered) };
    });
    windows.push(w);
  }
  const profile = traceOnly ? undefined : (await cdp.send('Profiler.stop')).profile;
  await cdp.send('Tracing.end');
  await traced;
  if (errors.length) throw new Error(errors.join('; '));
  if (profile) writeFileSync('bench/.tmp/listing.cpuprofile', JSON.stringify(profile));
  writeFileSync('bench/.tmp/listing-trace.json', JSON.stringify({ traceEvents: chunks }));

  const ms = windows.map((w) => w.ms);
  console.log(`cards: 500 → ${ready.filtered}; ${RUNS} measured filter changes: median ${stats(ms).median} ms (${ms.map((x) => x.toFixed(1)).join(', ')})`);

  // The renderer main thread: the thread that ran FunctionCall events most.
  const counts = new Map();
  for (const e of chunks) if (e.name === 'FunctionCall' || e.name === 'UpdateLayoutTree') counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const events = chunks.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  // Each measured window: from its mark in the trace, for the time the page measured.
  const markEvents = chunks.filter((e) => e.name === 'listing-change');
  const marks = markEvents.map((e) => e.ts);
  // Self thread time by event name (children subtracted), restricted to the measured windows.
  const inWindows = (ts) => windowsTrace.some(([a, b]) => ts >= a && ts < b);
  let windowsTrace = [];
  if (marks.length === RUNS) windowsTrace = marks.map((t, i) => [t, t + ms[i] * 1000]);
  else {
    // No marks: use the whole recording.
    windowsTrace = [[-Infinity, Infinity]];
    console.log('(no window marks found: the whole recording is counted, including the unmeasured reset to 500)');
  }
  // Main-thread CPU time (thread time of top-level tasks) per measured change: unlike wall time it does not grow
  // while the thread waits for a core on a loaded machine.
  const cpu = windowsTrace.map(() => 0);
  let topEnd = -Infinity;
  for (const e of events) {
    if (e.ts < topEnd) continue;
    topEnd = e.ts + e.dur;
    if (typeof e.tdur !== 'number') continue;
    const w = windowsTrace.findIndex(([a, b]) => e.ts >= a && e.ts < b);
    if (w >= 0) cpu[w] += e.tdur / 1000;
    // The change starts inside a task (the page's own script): count that task's thread time after the mark.
    const spanning = windowsTrace.findIndex(([a]) => e.ts < a && e.ts + e.dur > a);
    if (spanning >= 0 && typeof markEvents[spanning]?.tts === 'number') cpu[spanning] += (e.tts + e.tdur - markEvents[spanning].tts) / 1000;
  }
  if (marks.length === RUNS) console.log(`main-thread CPU per change: median ${stats(cpu).median} ms (${cpu.map((x) => x.toFixed(1)).join(', ')})`);
  const stack = [];
  for (const e of events) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= e.tdur ?? 0;
    const node = { name: e.name, end: e.ts + e.dur, self: e.tdur ?? 0, ts: e.ts };
    stack.push(node);
    e.node = node;
  }
  // Per window, then the median over windows (a loaded machine makes means meaningless).
  const perWindow = windowsTrace.map(() => new Map());
  for (const e of events) {
    if (!e.node) continue;
    const w = windowsTrace.findIndex(([a, b]) => e.ts >= a && e.ts < b);
    if (w >= 0) perWindow[w].set(e.node.name, (perWindow[w].get(e.node.name) ?? 0) + e.node.self);
    // An event that spans the window's start: the share of its self time after the start (by wall time).
    const spanning = windowsTrace.findIndex(([a]) => e.ts < a && e.ts + e.dur > a);
    if (spanning >= 0) {
      const share = (e.ts + e.dur - windowsTrace[spanning][0]) / e.dur;
      perWindow[spanning].set(e.node.name, (perWindow[spanning].get(e.node.name) ?? 0) + e.node.self * share);
    }
  }
  const median = (xs) => stats(xs.map((us) => us / 1000)).median;
  const kinds = new Set(KINDS.map(([k]) => k).concat('other'));
  console.log('\nmain thread self CPU time (thread time) per measured change, median over changes (ms):');
  const kindRows = [...kinds].map((k) => [k, median(perWindow.map((m) => [...m].filter(([n]) => kindOf(n) === k).reduce((x, [, us]) => x + us, 0)))]);
  for (const [k, ms] of kindRows.sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(8)} ${ms}`);
  console.log('  by event:');
  const names = new Set(perWindow.flatMap((m) => [...m.keys()]));
  const nameRows = [...names].map((n) => [n, median(perWindow.map((m) => m.get(n) ?? 0))]);
  for (const [n, ms] of nameRows.sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`    ${n.padEnd(48)} ${ms}`);

  if (profile) {
    // CPU profile: self time by function, samples inside the measured windows (same monotonic clock as the trace).
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfUs = new Map();
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i] ?? 0;
      if (!inWindows(t)) continue;
      const n = byId.get(profile.samples[i]);
      const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
      selfUs.set(key, (selfUs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
    console.log('\nJS self time by function (CPU profile samples inside the measured windows, ms per change):');
    for (const [k, us] of [...selfUs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(us / 1000 / windowsTrace.length).toFixed(2).padStart(6)}  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
