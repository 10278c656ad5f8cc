/**
 * The results report: per variation the exposed users, purchase conversion, add-to-cart rate, revenue per user,
 * relative uplift against control with a 95 % interval and chance to beat control (as GrowthBook computes them,
 * see stats.ts), a sample-ratio-mismatch check and the web-vitals guardrails (p75 of LCP, INP, CLS).
 *
 * Users count from their first exposure; only purchases and add-to-carts at or after it count. A user exposed to
 * more than one variation is left out (and counted), as GrowthBook does.
 */
import { compare, mean, proportion, sampleRatioMismatch, type Comparison, type SampleStats, type SrmResult } from './stats.js';
import { TABLE, type EventStore } from './store.js';

export interface VariationResult {
  variation: string;
  users: number;
  purchasers: number;
  addToCarts: number;
  revenue: number;
  conversionRate: number;
  addToCartRate: number;
  revenuePerUser: number;
  /** Against control; undefined for control itself. */
  conversion?: Comparison;
  addToCart?: Comparison;
  revenuePer?: Comparison;
  /** p75 of each vital (LCP, INP in ms; CLS unitless) over the variation's events after exposure. */
  vitals: Record<string, { p75: number; n: number }>;
}

export interface ExperimentReport {
  experimentId: string;
  control: string;
  variations: VariationResult[];
  srm: SrmResult;
  /** Users left out for having seen more than one variation. */
  multipleExposures: number;
  generatedAt: string;
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Per-variation sums, DuckDB. */
function duckdbSql(experimentId: string) {
  const x = `x AS (SELECT anonymous_id, min(timestamp_ms) AS first_ms, min(variation_id) AS variation_id, count(DISTINCT variation_id) AS nvar
    FROM ${TABLE} WHERE name = 'experiment_viewed' AND experiment_id = ${quote(experimentId)} AND anonymous_id != '' GROUP BY anonymous_id)`;
  return {
    totals: `WITH ${x},
      o AS (SELECT anonymous_id, transaction_id, min(timestamp_ms) AS ts, max(value) AS value FROM ${TABLE} WHERE name = 'purchase' AND anonymous_id != '' GROUP BY anonymous_id, transaction_id),
      ou AS (SELECT x.anonymous_id, sum(o.value) AS revenue FROM x JOIN o ON o.anonymous_id = x.anonymous_id AND o.ts >= x.first_ms GROUP BY x.anonymous_id),
      au AS (SELECT DISTINCT x.anonymous_id FROM x JOIN ${TABLE} e ON e.anonymous_id = x.anonymous_id AND e.name = 'add_to_cart' AND e.timestamp_ms >= x.first_ms)
      SELECT x.variation_id AS variation, CAST(count(*) AS DOUBLE) AS users, CAST(count(ou.anonymous_id) AS DOUBLE) AS purchasers,
        CAST(coalesce(sum(ou.revenue), 0) AS DOUBLE) AS revenue, CAST(coalesce(sum(ou.revenue * ou.revenue), 0) AS DOUBLE) AS revenue_sq,
        CAST(count(au.anonymous_id) AS DOUBLE) AS atc
      FROM x LEFT JOIN ou ON ou.anonymous_id = x.anonymous_id LEFT JOIN au ON au.anonymous_id = x.anonymous_id
      WHERE x.nvar = 1 GROUP BY x.variation_id ORDER BY x.variation_id`,
    multiple: `WITH ${x} SELECT CAST(count(*) AS DOUBLE) AS n FROM x WHERE nvar > 1`,
    vitals: `WITH ${x}
      SELECT x.variation_id AS variation, e.metric AS metric, CAST(quantile_cont(e.value, 0.75) AS DOUBLE) AS p75, CAST(count(*) AS DOUBLE) AS n
      FROM x JOIN ${TABLE} e ON e.anonymous_id = x.anonymous_id AND e.name = 'web_vitals' AND e.timestamp_ms >= x.first_ms
      WHERE x.nvar = 1 AND e.metric IN ('LCP', 'INP', 'CLS') GROUP BY x.variation_id, e.metric`,
  };
}

/**
 * Per-variation sums, ClickHouse 18.16: no CTEs and equality-only joins, so the "after first exposure" rules are
 * conditional aggregates over `ALL LEFT JOIN ... USING`; `FINAL` folds retried copies.
 */
function clickhouseSql(experimentId: string) {
  const x = `(SELECT anonymous_id, min(timestamp_ms) AS first_ms, min(variation_id) AS v, uniqExact(variation_id) AS nv
    FROM ${TABLE} FINAL WHERE name = 'experiment_viewed' AND experiment_id = ${quote(experimentId)} AND anonymous_id != '' GROUP BY anonymous_id)`;
  const perUser = `(SELECT anonymous_id, any(v) AS var_id, any(nv) AS nvar,
        sumIf(value, name = 'purchase' AND ts >= first_ms) AS rev,
        countIf(name = 'purchase' AND ts >= first_ms) AS orders,
        countIf(name = 'add_to_cart' AND ts >= first_ms) AS atcs
      FROM ${x} ALL LEFT JOIN (
        SELECT anonymous_id, name, min(timestamp_ms) AS ts, max(ifNull(value, 0)) AS value FROM ${TABLE} FINAL
        WHERE name IN ('purchase', 'add_to_cart') AND anonymous_id != ''
        GROUP BY anonymous_id, name, if(name = 'purchase', transaction_id, event_id)
      ) USING (anonymous_id) GROUP BY anonymous_id)`;
  return {
    totals: `SELECT var_id AS variation, toFloat64(count()) AS users, toFloat64(countIf(orders > 0)) AS purchasers,
        toFloat64(sum(rev)) AS revenue, toFloat64(sum(rev * rev)) AS revenue_sq, toFloat64(countIf(atcs > 0)) AS atc
      FROM ${perUser} WHERE nvar = 1 GROUP BY var_id ORDER BY var_id`,
    multiple: `SELECT toFloat64(count()) AS n FROM ${x} WHERE nv > 1`,
    vitals: `SELECT v AS variation, metric, toFloat64(quantileExactWeighted(0.75)(value, 1)) AS p75, toFloat64(count()) AS n
      FROM ${x} ALL INNER JOIN (
        SELECT anonymous_id, metric, timestamp_ms, ifNull(value, 0) AS value FROM ${TABLE} FINAL
        WHERE name = 'web_vitals' AND metric IN ('LCP', 'INP', 'CLS')
      ) USING (anonymous_id) WHERE nv = 1 AND timestamp_ms >= first_ms GROUP BY v, metric`,
  };
}

export interface ReportOptions {
  /** The control variation id; default the lowest ("0", GrowthBook's first variation). */
  control?: string;
  /** Expected traffic weights by variation id, for the SRM check; default equal. */
  weights?: Record<string, number>;
}

/** Reads the store and computes the report of one experiment. */
export async function experimentReport(store: EventStore, experimentId: string, options: ReportOptions = {}): Promise<ExperimentReport> {
  const sql = store.engine === 'clickhouse' ? clickhouseSql(experimentId) : duckdbSql(experimentId);
  type Totals = { variation: string; users: number; purchasers: number; revenue: number; revenue_sq: number; atc: number };
  const [totals, multiple, vitals] = await Promise.all([
    store.query<Totals>(sql.totals),
    store.query<{ n: number }>(sql.multiple),
    store.query<{ variation: string; metric: string; p75: number; n: number }>(sql.vitals),
  ]);
  const num = (v: unknown) => Number(v ?? 0);
  const rows = totals.map((r) => ({ ...r, users: num(r.users), purchasers: num(r.purchasers), revenue: num(r.revenue), revenue_sq: num(r.revenue_sq), atc: num(r.atc) }));
  const control = options.control ?? rows[0]?.variation ?? '0';
  const base = rows.find((r) => r.variation === control);
  const stat = (r: (typeof rows)[number]) => ({
    conversion: proportion(r.users, r.purchasers),
    atc: proportion(r.users, r.atc),
    revenue: { n: r.users, sum: r.revenue, sumSquares: r.revenue_sq } satisfies SampleStats,
  });
  const variations: VariationResult[] = rows.map((r) => {
    const s = stat(r);
    const result: VariationResult = {
      variation: r.variation,
      users: r.users,
      purchasers: r.purchasers,
      addToCarts: r.atc,
      revenue: r.revenue,
      conversionRate: mean(s.conversion),
      addToCartRate: mean(s.atc),
      revenuePerUser: mean(s.revenue),
      vitals: {},
    };
    if (base && r.variation !== control) {
      const b = stat(base);
      result.conversion = compare(b.conversion, s.conversion);
      result.addToCart = compare(b.atc, s.atc);
      result.revenuePer = compare(b.revenue, s.revenue);
    }
    for (const v of vitals.filter((v) => v.variation === r.variation)) result.vitals[v.metric] = { p75: num(v.p75), n: num(v.n) };
    return result;
  });
  const weights = options.weights ? variations.map((v) => options.weights![v.variation] ?? 0) : undefined;
  return {
    experimentId,
    control,
    variations,
    srm: sampleRatioMismatch(variations.map((v) => v.users), weights),
    multipleExposures: num(multiple[0]?.n),
    generatedAt: new Date().toISOString(),
  };
}

// ---- rendering ----

const pct = (x: number, digits = 2) => `${(x * 100).toFixed(digits)} %`;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
const interval = (c?: Comparison) => (!c ? 'control' : c.error ? `n/a (${c.error})` : `${signed(c.uplift)} [${signed(c.ci[0])}, ${signed(c.ci[1])}]`);
const chance = (c?: Comparison) => (!c || c.error ? '' : pct(c.chanceToWin, 1));
const vital = (v: VariationResult, name: string) => {
  const x = v.vitals[name];
  if (!x) return '-';
  return name === 'CLS' ? x.p75.toFixed(3) : `${Math.round(x.p75)} ms`;
};

/** A verdict in words for one comparison: GrowthBook's default thresholds (95 % / 5 % chance to win). */
export function verdict(c?: Comparison): 'control' | 'winner' | 'loser' | 'no difference yet' {
  if (!c) return 'control';
  if (c.error) return 'no difference yet';
  if (c.ci[0] > 0 && c.chanceToWin >= 0.95) return 'winner';
  if (c.ci[1] < 0 && c.chanceToWin <= 0.05) return 'loser';
  return 'no difference yet';
}

/** The report as a plain-text table for a terminal. */
export function renderTable(report: ExperimentReport): string {
  const head = ['variation', 'users', 'conversion', 'uplift [95 % CI]', 'chance to win', 'add to cart', 'uplift [95 % CI]', 'revenue/user', 'uplift [95 % CI]', 'chance to win', 'LCP p75', 'INP p75', 'CLS p75', 'verdict'];
  const rows = report.variations.map((v) => [
    v.variation + (v.variation === report.control ? ' (control)' : ''),
    String(v.users),
    pct(v.conversionRate),
    interval(v.conversion),
    chance(v.conversion),
    pct(v.addToCartRate),
    interval(v.addToCart),
    `€${v.revenuePerUser.toFixed(2)}`,
    interval(v.revenuePer),
    chance(v.revenuePer),
    vital(v, 'LCP'),
    vital(v, 'INP'),
    vital(v, 'CLS'),
    verdict(v.conversion),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const srm = report.srm.mismatch
    ? `SAMPLE RATIO MISMATCH: chi-square ${report.srm.chiSquare.toFixed(2)}, p = ${report.srm.pValue.toExponential(2)} < 0.001. Do not trust these results; find why assignment or exposure differs.`
    : `Sample ratio: ok (chi-square ${report.srm.chiSquare.toFixed(2)}, p = ${report.srm.pValue.toFixed(3)})`;
  return [
    `Experiment ${report.experimentId}`,
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    srm,
    report.multipleExposures > 0 ? `${report.multipleExposures} users saw more than one variation and are left out.` : '',
    'Uplift is relative to control; the interval is a two-sided 95 % t interval (delta method), chance to win is Bayesian with a flat prior, as GrowthBook computes them.',
  ].filter((l, i, all) => l !== '' || i < all.length - 1).join('\n');
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Inline SVG: each variation's conversion uplift with its 95 % interval, around a zero line. */
function upliftChart(report: ExperimentReport): string {
  const rows = report.variations.filter((v) => v.conversion && !v.conversion.error);
  const width = 640;
  const rowH = 36;
  const height = 40 + rows.length * rowH;
  const extent = Math.max(0.01, ...rows.flatMap((v) => [Math.abs(v.conversion!.ci[0]), Math.abs(v.conversion!.ci[1])])) * 1.15;
  const x = (u: number) => 160 + ((u + extent) / (2 * extent)) * (width - 180);
  const bars = rows.map((v, i) => {
    const c = v.conversion!;
    const y = 30 + i * rowH;
    const colour = verdict(c) === 'winner' ? '#1a7f37' : verdict(c) === 'loser' ? '#b42318' : '#555';
    return `<text x="150" y="${y + 5}" text-anchor="end">${esc(v.variation)}</text>` +
      `<line x1="${x(c.ci[0]).toFixed(1)}" x2="${x(c.ci[1]).toFixed(1)}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="8" stroke-linecap="round"/>` +
      `<circle cx="${x(c.uplift).toFixed(1)}" cy="${y}" r="6" fill="#fff" stroke="${colour}" stroke-width="3"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Relative conversion uplift with 95 % intervals">` +
    `<line x1="${x(0).toFixed(1)}" x2="${x(0).toFixed(1)}" y1="10" y2="${height - 10}" stroke="#999" stroke-dasharray="4 3"/>` +
    `<text x="${x(0).toFixed(1)}" y="${height - 2}" text-anchor="middle" font-size="11">0 %</text>` +
    `<text x="${x(-extent).toFixed(1)}" y="${height - 2}" font-size="11">${esc(signed(-extent))}</text>` +
    `<text x="${x(extent).toFixed(1)}" y="${height - 2}" text-anchor="end" font-size="11">${esc(signed(extent))}</text>` +
    bars.join('') + '</svg>';
}

/** A self-contained HTML page (no external assets; every value escaped). */
export function renderHtml(report: ExperimentReport): string {
  const cells = (v: VariationResult) => [
    v.variation + (v.variation === report.control ? ' (control)' : ''), String(v.users), pct(v.conversionRate), interval(v.conversion),
    chance(v.conversion), pct(v.addToCartRate), interval(v.addToCart), `€${v.revenuePerUser.toFixed(2)}`, interval(v.revenuePer),
    chance(v.revenuePer), vital(v, 'LCP'), vital(v, 'INP'), vital(v, 'CLS'), verdict(v.conversion),
  ];
  const head = ['Variation', 'Users', 'Conversion', 'Uplift [95 % CI]', 'Chance to win', 'Add to cart', 'Uplift [95 % CI]', 'Revenue / user', 'Uplift [95 % CI]', 'Chance to win', 'LCP p75', 'INP p75', 'CLS p75', 'Verdict'];
  const srm = report.srm.mismatch
    ? `<p class="srm" role="alert"><strong>Sample ratio mismatch</strong> (chi-square ${report.srm.chiSquare.toFixed(2)}, p = ${esc(report.srm.pValue.toExponential(2))}): do not trust these results.</p>`
    : `<p>Sample ratio: ok (p = ${report.srm.pValue.toFixed(3)}).</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Experiment ${esc(report.experimentId)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse;margin:1rem 0}
th,td{padding:.35rem .6rem;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap}th:first-child,td:first-child{text-align:left}
.srm{background:#fde8e7;border:2px solid #b42318;padding:.6rem}svg text{font:13px system-ui,sans-serif}</style></head>
<body><h1>Experiment ${esc(report.experimentId)}</h1>
${srm}
<h2>Purchase conversion: relative uplift against control</h2>
${upliftChart(report)}
<table><caption>Per variation; users counted from their first exposure</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${report.variations.map((v) => `<tr>${cells(v).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${report.multipleExposures > 0 ? `<p>${report.multipleExposures} users saw more than one variation and are left out.</p>` : ''}
<p>Uplift is relative to control with a two-sided 95 % t interval (delta method); chance to win is Bayesian with a flat prior, as GrowthBook computes them. Generated ${esc(report.generatedAt)}.</p>
</body></html>
`;
}
