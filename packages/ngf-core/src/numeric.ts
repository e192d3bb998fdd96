/**
 * Numerical primitives with numpy semantics (ngf-spec §0): population std, type-7 quantile, median of the two
 * middle values, first-maximum argmax, np.roll circular shift, z-score with a 1e-8 guard.
 */

/** A read-only numeric sequence: typed arrays and plain arrays both qualify. */
export type Series = ArrayLike<number>;

/** Arithmetic mean (0 for an empty series). */
export function mean(x: Series): number {
  const n = x.length;
  if (n === 0) return 0;
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i];
  return s / n;
}

/** Population standard deviation (ddof = 0), or ddof = 1 when asked. */
export function std(x: Series, ddof = 0): number {
  const n = x.length;
  if (n - ddof <= 0) return 0;
  const m = mean(x);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - m;
    s += d * d;
  }
  return Math.sqrt(s / (n - ddof));
}

/** z(x) = (x − mean) / (std + 1e-8), as numpy code in the original does it. */
export function zscore(x: Series): Float64Array {
  const m = mean(x);
  const sd = std(x) + 1e-8;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = (x[i] - m) / sd;
  return out;
}

/** Index of the first maximum (np.argmax); −1 for an empty series. */
export function argmax(x: Series): number {
  let best = -1;
  let bv = -Infinity;
  for (let i = 0; i < x.length; i++) {
    if (x[i] > bv || best < 0) {
      bv = x[i];
      best = i;
    }
  }
  return best;
}

/** Quantile with numpy's default linear interpolation (Hyndman–Fan type 7) of an ascending-sorted series. */
export function quantileSorted(sorted: Series, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (p <= 0) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const frac = h - lo;
  return lo + 1 < n ? sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

/** Quantile (type 7) of an unsorted series; copies before sorting. */
export function quantile(x: Series, p: number): number {
  return quantileSorted(Float64Array.from(x).sort(), p);
}

/** Median: the middle value, or the mean of the two middle values. */
export function median(x: Series): number {
  return quantile(x, 0.5);
}

/** np.roll(x, k): out[(i + k) mod N] = x[i]. */
export function circularShift(x: Series, k: number): Float64Array {
  const n = x.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const s = ((k % n) + n) % n;
  for (let i = 0; i < n; i++) out[(i + s) % n] = x[i];
  return out;
}

/** Pearson correlation of a[0..n) and b[0..n) with a 1e-8 guard in the denominator. */
export function pearson(a: Series, b: Series, n = Math.min(a.length, b.length)): number {
  if (n <= 0) return 0;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i] - ma;
    const db = b[i] - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / (Math.sqrt(saa) * Math.sqrt(sbb) + 1e-8);
}

/** k-th smallest value (0-based) of `a`, found in place by quickselect (reorders `a`; O(n) expected). */
export function selectKth(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    // Median-of-three pivot keeps sorted or constant input from degrading.
    const mid = (lo + hi) >> 1;
    const pv = median3(a[lo], a[mid], a[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pv) i++;
      while (a[j] > pv) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

function median3(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}

/** Median of a scratch array (reordered in place): the mean of the two middle values when n is even. */
function medianInPlace(a: Float64Array): number {
  const n = a.length;
  if (n === 0) return NaN;
  const hi = selectKth(a, n >> 1);
  if (n % 2 === 1) return hi;
  // After selection every value left of n/2 is ≤ hi; the lower middle is their maximum.
  let lo = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (a[i] > lo) lo = a[i];
  return 0.5 * (lo + hi);
}

/** Robust location/scale: median and MAD scaled by 1.4826 (σ for Gaussian data). O(n) by quickselect. */
export function medianMad(x: Series): { median: number; mad: number } {
  return medianMadInPlace(Float64Array.from(x));
}

/** `medianMad` of a scratch array the caller gives up (it is reordered and overwritten): saves a copy. */
export function medianMadInPlace(a: Float64Array): { median: number; mad: number } {
  const med = medianInPlace(a);
  for (let i = 0; i < a.length; i++) a[i] = Math.abs(a[i] - med);
  return { median: med, mad: 1.4826 * medianInPlace(a) };
}

/** Smallest odd integer ≥ n (and ≥ 1): centred windows need an odd width. */
export function oddAtLeast(n: number): number {
  const r = Math.max(1, Math.round(n));
  return r % 2 === 1 ? r : r + 1;
}
