/**
 * Half-sine template and matched filtering: numpy's correlate(…, 'same') for parity, a circular matched filter
 * for our parsers (its circular-shift null is exact, see null-model.ts), and a windowed normalised correlation.
 */
import type { Series } from './numeric';

/** Unit-norm half-sine of width w = max(3, width): h[n] = sin(π n/(w−1)), q = h / (‖h‖₂ + 1e-8) (spec §0.1). */
export function halfSineTemplate(width: number): Float64Array {
  const w = Math.max(3, Math.floor(width));
  const q = new Float64Array(w);
  let ss = 0;
  for (let n = 0; n < w; n++) {
    q[n] = Math.sin((Math.PI * n) / (w - 1));
    ss += q[n] * q[n];
  }
  const norm = Math.sqrt(ss) + 1e-8;
  for (let n = 0; n < w; n++) q[n] /= norm;
  return q;
}

/**
 * np.correlate(a, v, 'same'): c[j] = Σ_n a[j − ⌊M/2⌋ + n]·v[n], zero outside [0, N). When N < M numpy returns
 * length M, the reverse of correlate(v, a, 'same'); that case is reproduced too.
 */
export function correlateSame(a: Series, v: Series): Float64Array {
  const N = a.length;
  const M = v.length;
  if (N < M) return correlateSame(v, a).reverse();
  const out = new Float64Array(N);
  const off = Math.floor(M / 2);
  for (let j = 0; j < N; j++) {
    let s = 0;
    const nLo = Math.max(0, off - j);
    const nHi = Math.min(M, N - j + off);
    for (let n = nLo; n < nHi; n++) s += a[j - off + n] * v[n];
    out[j] = s;
  }
  return out;
}

/**
 * Circular matched filter: c[j] = Σ_n x[(j − ⌊w/2⌋ + n) mod T]·q[n]. With a symmetric unit template, c[j] is the
 * least-squares amplitude·‖bump‖ of a template centred at j. Circularity makes MF(roll(x, s))[t] = MF(x)[t − s].
 */
export function matchedFilter(x: Series, q: Series, out = new Float64Array(x.length)): Float64Array {
  const T = x.length;
  const w = q.length;
  const h = Math.floor(w / 2);
  if (T === 0) return out;
  if (w <= T) {
    for (let j = 0; j < T; j++) {
      let s = 0;
      let i = j - h;
      if (i >= 0 && i + w <= T) {
        for (let n = 0; n < w; n++) s += x[i + n] * q[n];
      } else {
        for (let n = 0; n < w; n++, i++) s += x[((i % T) + T) % T] * q[n];
      }
      out[j] = s;
    }
    return out;
  }
  // Template longer than the trace: the circular window wraps several times; compute it literally.
  for (let j = 0; j < T; j++) {
    let s = 0;
    for (let n = 0; n < w; n++) s += x[(((j - h + n) % T) + T) % T] * q[n];
    out[j] = s;
  }
  return out;
}

/**
 * Normalised cross-correlation: Pearson's r between the circular window centred at j and the template, in [−1, 1].
 */
export function normalizedCrossCorrelation(x: Series, q: Series): Float64Array {
  const T = x.length;
  const w = q.length;
  const h = Math.floor(w / 2);
  let qm = 0;
  for (let n = 0; n < w; n++) qm += q[n];
  qm /= w;
  let qss = 0;
  for (let n = 0; n < w; n++) qss += (q[n] - qm) * (q[n] - qm);
  const out = new Float64Array(T);
  for (let j = 0; j < T; j++) {
    let sx = 0;
    let sxx = 0;
    let sxq = 0;
    for (let n = 0; n < w; n++) {
      const v = x[(((j - h + n) % T) + T) % T];
      sx += v;
      sxx += v * v;
      sxq += v * (q[n] - qm);
    }
    const vx = sxx - (sx * sx) / w;
    out[j] = sxq / (Math.sqrt(Math.max(0, vx) * qss) + 1e-12);
  }
  return out;
}

interface PhaseTable {
  readonly cos: Float64Array;
  readonly sin: Float64Array;
}
const phaseCache = new Map<string, PhaseTable>();
// Most callers reuse one (T, w): a one-entry memo skips building the map key on the hot path.
let lastPhase: { len: number; theta: number; table: PhaseTable } | null = null;

function phases(len: number, theta: number): PhaseTable {
  if (lastPhase && lastPhase.len === len && lastPhase.theta === theta) return lastPhase.table;
  const key = `${len}:${theta}`;
  const hit = phaseCache.get(key);
  if (hit) {
    lastPhase = { len, theta, table: hit };
    return hit;
  }
  const c = new Float64Array(len);
  const s = new Float64Array(len);
  for (let v = 0; v < len; v++) {
    c[v] = Math.cos(theta * v);
    s[v] = Math.sin(theta * v);
  }
  if (phaseCache.size > 64) phaseCache.clear();
  const p = { cos: c, sin: s };
  phaseCache.set(key, p);
  lastPhase = { len, theta, table: p };
  return p;
}

/**
 * The circular matched filter with the unit half-sine of width w, in O(T) instead of O(T·w): since
 * sin(θ(v−j)) = Im(e^{iθv}·e^{−iθj}), each window sum is a difference of two complex prefix sums.
 * Equal to matchedFilter(x, halfSineTemplate(w)) up to rounding (~1e-13 relative to Σ|x|).
 */
export function halfSineMatchedFilter(x: Series, width: number, out = new Float64Array(x.length)): Float64Array {
  const T = x.length;
  const w = Math.max(3, Math.floor(width));
  if (w > T) return matchedFilter(x, halfSineTemplate(w), out);
  const h = Math.floor(w / 2);
  const theta = Math.PI / (w - 1);
  let ss = 0;
  for (let n = 0; n < w; n++) ss += Math.sin(theta * n) ** 2;
  const inv = 1 / (Math.sqrt(ss) + 1e-8);
  const len = T + w - 1;
  const ph = phases(len + 1, theta);
  const cos = ph.cos;
  const sin = ph.sin;
  if (scratchA.length < len + 1) {
    scratchA = new Float64Array(2 * (len + 1));
    scratchB = new Float64Array(2 * (len + 1));
  }
  const pa = scratchA;
  const pb = scratchB;
  // Prefix sums over the circularly extended trace y[v] = x[(v − h) mod T], v = 0..len−1.
  pa[0] = 0;
  pb[0] = 0;
  let sa = 0;
  let sb = 0;
  for (let v = 0; v < len; v++) {
    let i = v - h;
    if (i < 0) i += T;
    else if (i >= T) i -= T;
    const y = x[i];
    sa += y * cos[v];
    sb += y * sin[v];
    pa[v + 1] = sa;
    pb[v + 1] = sb;
  }
  for (let j = 0; j < T; j++) {
    const A = pa[j + w] - pa[j];
    const B = pb[j + w] - pb[j];
    out[j] = (B * cos[j] - A * sin[j]) * inv;
  }
  return out;
}

// Reused prefix-sum buffers (single-threaded JS: no call can interleave with another).
let scratchA = new Float64Array(0);
let scratchB = new Float64Array(0);
