/**
 * The statistics of the results report, as GrowthBook's engine (gbstats) computes them for its default settings:
 * - frequentist: relative uplift (mean_b - mean_a) / mean_a, its variance by the delta method
 *   (gbstats utils.frequentist_variance -> variance_of_ratios with no covariance), a two-sided Welch t-test with
 *   Welch-Satterthwaite degrees of freedom (frequentist/tests.py TwoSidedTTest);
 * - Bayesian: the same effect moments with gbstats' default improper flat prior (EffectBayesianABTest), so the
 *   posterior is normal(uplift, se) and chance to win is P(effect > 0) = 1 - Phi(0; uplift, se);
 * - proportions use variance p(1 - p), means the sample variance with n - 1 (models/statistics.py).
 */

/** n units and the sum and sum of squares of their values (a proportion: values 0/1, so sumSquares = sum). */
export interface SampleStats {
  n: number;
  sum: number;
  sumSquares: number;
  /** True for a 0/1 metric: its variance is p(1 - p), as gbstats' ProportionStatistic. */
  proportion?: boolean;
}

export const mean = (s: SampleStats): number => (s.n === 0 ? 0 : s.sum / s.n);

export function variance(s: SampleStats): number {
  if (s.proportion) {
    const p = mean(s);
    return p * (1 - p);
  }
  if (s.n <= 1) return 0;
  return (s.sumSquares - (s.sum * s.sum) / s.n) / (s.n - 1);
}

export const proportion = (n: number, conversions: number): SampleStats => ({ n, sum: conversions, sumSquares: conversions, proportion: true });

// ---- distributions ----

/** The complementary error function. */
export function erfc(x: number): number {
  // Numerical Recipes' erfccheb (Chebyshev), accurate to about 1.2e-16 relative in double.
  const cof = [
    -1.3026537197817094, 6.419697923564902e-1, 1.9476473204185836e-2, -9.561514786808631e-3, -9.46595344482036e-4,
    3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5, -1.624290004647e-6, 1.30365583558e-6,
    1.5626441722e-8, -8.5238095915e-8, 6.529054439e-9, 5.059343495e-9, -9.91364156e-10, -2.27365122e-10,
    9.6467911e-11, 2.394038e-12, -6.886027e-12, 8.94487e-13, 3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15,
    -1.523e-15, -9.4e-17, 1.21e-16, -2.8e-17,
  ];
  const z = Math.abs(x);
  const t = 2 / (2 + z);
  const ty = 4 * t - 2;
  let d = 0;
  let dd = 0;
  for (let j = cof.length - 1; j > 0; j--) {
    const tmp = d;
    d = ty * d - dd + cof[j]!;
    dd = tmp;
  }
  const r = t * Math.exp(-z * z + 0.5 * (cof[0]! + ty * d) - dd);
  return x >= 0 ? r : 2 - r;
}

/** The standard normal CDF. */
export const normalCdf = (x: number, mu = 0, sigma = 1): number => 0.5 * erfc(-(x - mu) / (sigma * Math.SQRT2));

/** The standard normal quantile (Acklam's algorithm, refined by one Halley step). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  let x: number;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - lo) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
      (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9).
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = g[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += g[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (Numerical Recipes betacf, modified Lentz). */
function betacf(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betacf(a, b, x)) / a : 1 - (front * betacf(b, a, 1 - x)) / b;
}

/** Student's t CDF with `dof` degrees of freedom (any positive real, as Welch's are). */
export function studentTCdf(t: number, dof: number): number {
  if (!Number.isFinite(dof) || dof > 1e7) return normalCdf(t);
  const tail = 0.5 * incompleteBeta(dof / (dof + t * t), dof / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Student's t quantile, by bisection on the CDF (monotone; 200 halvings reach double precision). */
export function studentTQuantile(p: number, dof: number): number {
  if (!Number.isFinite(dof) || dof > 1e7) return normalQuantile(p);
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, dof) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Regularized upper incomplete gamma Q(a, x) (Numerical Recipes gser / gcf). */
export function upperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const gln = logGamma(a);
  if (x < a + 1) {
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let n = 0; n < 10_000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-16) break;
    }
    return 1 - sum * Math.exp(-x + a * Math.log(x) - gln);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - gln) * h;
}

/** P(X >= x) for a chi-square variable with k degrees of freedom. */
export const chiSquareSurvival = (x: number, k: number): number => upperGamma(k / 2, x / 2);

// ---- tests ----

export interface Comparison {
  /** Relative uplift of the variation over control, (mean_b - mean_a) / |mean_a|. */
  uplift: number;
  /** Its standard error by the delta method. */
  se: number;
  /** Welch-Satterthwaite degrees of freedom. */
  dof: number;
  /** Two-sided p-value of the t-test. */
  pValue: number;
  /** 95 % (1 - alpha) confidence interval of the relative uplift. */
  ci: [number, number];
  /** Bayesian chance to beat control under gbstats' default flat prior. */
  chanceToWin: number;
  /** Why no comparison could be made (zero variance, empty or zero control), as gbstats' default output. */
  error?: string;
}

/**
 * Compares variation `b` with control `a` as gbstats does with default settings (relative difference, alpha 0.05,
 * two-sided frequentist t-test; Bayesian flat prior).
 */
export function compare(a: SampleStats, b: SampleStats, alpha = 0.05): Comparison {
  const va = variance(a);
  const vb = variance(b);
  const ma = mean(a);
  const mb = mean(b);
  const none = (error: string): Comparison => ({ uplift: 0, se: 0, dof: 0, pValue: 1, ci: [0, 0], chanceToWin: 0.5, error });
  if (a.n < 2 || b.n < 2) return none('too few units');
  if (ma === 0) return none('control mean is zero');
  // variance_of_ratios(mean_b, var_b / n_b, mean_a, var_a / n_a, 0)
  const varRel = vb / b.n / (ma * ma) + ((va / a.n) * mb * mb) / ma ** 4;
  if (va <= 0 || vb <= 0 || varRel <= 0) return none('zero variance');
  const uplift = (mb - ma) / Math.abs(ma);
  const se = Math.sqrt(varRel);
  const dof = (vb / b.n + va / a.n) ** 2 / ((vb * vb) / (b.n * b.n * (b.n - 1)) + (va * va) / (a.n * a.n * (a.n - 1)));
  const tStat = uplift / se;
  const pValue = 2 * (1 - studentTCdf(Math.abs(tStat), dof));
  const half = studentTQuantile(1 - alpha / 2, dof) * se;
  const chanceToWin = 1 - normalCdf(0, uplift, se);
  return { uplift, se, dof, pValue, ci: [uplift - half, uplift + half], chanceToWin };
}

export interface SrmResult {
  chiSquare: number;
  pValue: number;
  /** True when p < threshold (0.001, GrowthBook's default). */
  mismatch: boolean;
}

/** Sample-ratio mismatch: Pearson's chi-square of the observed counts against the expected weights. */
export function sampleRatioMismatch(counts: readonly number[], weights?: readonly number[], threshold = 0.001): SrmResult {
  const total = counts.reduce((s, c) => s + c, 0);
  const w = weights ?? counts.map(() => 1);
  const wTotal = w.reduce((s, x) => s + x, 0);
  let chiSquare = 0;
  counts.forEach((c, i) => {
    const expected = (total * w[i]!) / wTotal;
    if (expected > 0) chiSquare += (c - expected) ** 2 / expected;
  });
  const pValue = counts.length < 2 || total === 0 ? 1 : chiSquareSurvival(chiSquare, counts.length - 1);
  return { chiSquare, pValue, mismatch: pValue < threshold };
}
