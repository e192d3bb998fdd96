/**
 * Smoothers along the time axis. Three moving averages are kept apart on purpose (ngf-spec §0.3): the reflect-
 * padded one every original parser uses, the zero-padded one, and a centred length-preserving one for our parsers.
 */
import type { Series } from './numeric';

/** Reflect index i into [0, n) without repeating the edge sample (numpy 'reflect' pad, period 2(n−1)). */
export function reflectIndex(i: number, n: number): number {
  if (n === 1) return 0;
  const period = 2 * (n - 1);
  let j = ((i % period) + period) % period;
  if (j >= n) j = period - j;
  return j;
}

/**
 * MA_reflect(x, k) with numpy parity: reflect-pad ⌊k/2⌋ each side, 'valid' box convolution.
 * The output has length N + 2⌊k/2⌋ − k + 1: N for odd k, N + 1 for even k (the original's quirk, kept for parity).
 */
export function movingAverageReflectParity(x: Series, k: number): Float64Array {
  const n = x.length;
  if (k <= 1) return Float64Array.from(x);
  const p = Math.floor(k / 2);
  const outLen = n + 2 * p - k + 1;
  const out = new Float64Array(outLen);
  let s = 0;
  for (let i = 0; i < k; i++) s += x[reflectIndex(i - p, n)];
  out[0] = s / k;
  for (let j = 1; j < outLen; j++) {
    s += x[reflectIndex(j - p + k - 1, n)] - x[reflectIndex(j - p - 1, n)];
    out[j] = s / k;
  }
  return out;
}

/** A window of k ≤ 1 (or an empty series) smooths nothing: copy x into out and say so. */
function passThrough(x: Series, k: number, out: Float64Array): boolean {
  if (k > 1 && x.length > 0) return false;
  for (let i = 0; i < x.length; i++) out[i] = x[i];
  return true;
}

/** An even window is widened to the next odd one so it stays centred. */
function oddWidth(k: number): number {
  return k % 2 === 1 ? k : k + 1;
}

/**
 * Centred moving average with reflect padding; always returns length N. An even k is widened to k + 1 so the
 * window stays centred (the alignment fix of ngf-spec §7.1 item 4).
 */
export function movingAverage(x: Series, k: number, out = new Float64Array(x.length)): Float64Array {
  const n = x.length;
  if (passThrough(x, k, out)) return out;
  const kk = oddWidth(k);
  const h = (kk - 1) / 2;
  let s = 0;
  for (let i = -h; i <= h; i++) s += x[reflectIndex(i, n)];
  out[0] = s / kk;
  for (let j = 1; j < n; j++) {
    s += x[reflectIndex(j + h, n)] - x[reflectIndex(j - h - 1, n)];
    out[j] = s / kk;
  }
  return out;
}

/** MA_zero(x, k): zero-padded 'same' box average; edges sag toward 0 (the original's smoothing.py). */
export function movingAverageZero(x: Series, k: number): Float64Array {
  const n = x.length;
  const out = new Float64Array(n);
  if (k <= 1) {
    for (let i = 0; i < n; i++) out[i] = x[i];
    return out;
  }
  const off = Math.floor(k / 2);
  for (let j = 0; j < n; j++) {
    let s = 0;
    const lo = Math.max(0, j - off);
    const hi = Math.min(n - 1, j - off + k - 1);
    for (let i = lo; i <= hi; i++) s += x[i];
    out[j] = s / k;
  }
  return out;
}

/**
 * Bias-corrected EMA (TemporalDenoiser._ema): acc_i = α·x_i + (1−α)·acc_{i−1}, y_i = acc_i / (1 − (1−α)^{i+1}),
 * so y₀ = x₀. Causal, so it lags a peak by about (1−α)/α samples.
 */
export function ema(x: Series, alpha: number, out: Float64Array = new Float64Array(x.length)): Float64Array {
  let acc = 0;
  let w = 0;
  for (let i = 0; i < x.length; i++) {
    acc = alpha * x[i] + (1 - alpha) * acc;
    w = alpha + (1 - alpha) * w;
    out[i] = acc / (w + 1e-12);
  }
  return out;
}

/** Zero-phase EMA: the bias-corrected EMA forward, then backward over the result, so peaks do not move. */
export function emaZeroPhase(x: Series, alpha: number, out: Float64Array = new Float64Array(x.length)): Float64Array {
  const n = x.length;
  // The backward pass reads fwd[i] just before writing out[i], so the forward pass can live in `out`.
  const fwd = ema(x, alpha, out);
  let acc = 0;
  let w = 0;
  for (let i = n - 1; i >= 0; i--) {
    acc = alpha * fwd[i] + (1 - alpha) * acc;
    w = alpha + (1 - alpha) * w;
    out[i] = acc / (w + 1e-12);
  }
  return out;
}

/**
 * Sliding median with reflect padding (TemporalDenoiser._median_filter): k = 1 copies, an even k becomes k + 1.
 */
export function medianFilter(x: Series, k: number, out = new Float64Array(x.length)): Float64Array {
  const n = x.length;
  if (passThrough(x, k, out)) return out;
  const kk = oddWidth(k);
  const h = (kk - 1) / 2;
  const pad = new Float64Array(n + 2 * h);
  for (let i = 0; i < pad.length; i++) pad[i] = x[reflectIndex(i - h, n)];
  if (kk === 3) {
    for (let j = 0; j < n; j++) out[j] = med3(pad[j], pad[j + 1], pad[j + 2]);
    return out;
  }
  if (kk === 5) {
    // median5 = median3(e, max(min(a,b), min(c,d)), min(max(a,b), max(c,d))): branch-free, ~3× faster than sorting.
    for (let j = 0; j < n; j++) {
      const a = pad[j];
      const b = pad[j + 1];
      const c = pad[j + 2];
      const d = pad[j + 3];
      out[j] = med3(pad[j + 4], Math.max(Math.min(a, b), Math.min(c, d)), Math.min(Math.max(a, b), Math.max(c, d)));
    }
    return out;
  }
  const win = new Float64Array(kk);
  for (let j = 0; j < n; j++) {
    // Insertion sort: windows are short (k ≈ 5), where it beats a general sort by a wide margin.
    for (let i = 0; i < kk; i++) {
      const v = pad[j + i];
      let p = i - 1;
      while (p >= 0 && win[p] > v) {
        win[p + 1] = win[p];
        p--;
      }
      win[p + 1] = v;
    }
    out[j] = win[h];
  }
  return out;
}

function med3(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

/** Settings of the hybrid smoother. */
export interface HybridSmoothConfig {
  /** Median window (odd; 1 disables). */
  readonly medianK: number;
  /** EMA weight α in (0, 1]; 1 disables. */
  readonly emaAlpha: number;
  /** z-clamp of the original's phantom_guard before smoothing; null skips it. */
  readonly clampZ: number | null;
}

/** Hybrid denoiser: optional z-clamp, then a median (kills spikes), then a zero-phase EMA (kills jitter). */
export function hybridSmooth(x: Series, cfg: HybridSmoothConfig): Float64Array {
  return hybridSmoothOwned(Float64Array.from(x), cfg);
}

/**
 * `hybridSmooth` of an array the caller gives up: stages that would only copy (median window 1, α = 1) are
 * skipped and the EMA runs in place, so the result may be `x` itself.
 */
export function hybridSmoothOwned(x: Float64Array, cfg: HybridSmoothConfig): Float64Array {
  let y = x;
  if (cfg.clampZ !== null) y = zClamp(y, cfg.clampZ);
  if (cfg.medianK > 1 && y.length > 0) y = medianFilter(y, cfg.medianK);
  return cfg.emaAlpha >= 1 ? y : emaZeroPhase(y, cfg.emaAlpha, y);
}

/** The original's z-score clamp: x ← μ + clip((x−μ)/(σ+1e-8), −z, z)·(σ+1e-8). */
export function zClamp(x: Series, z: number): Float64Array {
  const n = x.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += x[i];
  m /= n || 1;
  let v = 0;
  for (let i = 0; i < n; i++) v += (x[i] - m) * (x[i] - m);
  const sd = Math.sqrt(v / (n || 1)) + 1e-8;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = m + Math.min(z, Math.max(-z, (x[i] - m) / sd)) * sd;
  return out;
}
