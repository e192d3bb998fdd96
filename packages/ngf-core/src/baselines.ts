/**
 * Faithful ports of the original's two parsers, kept as baselines and parity targets (ngf-spec §1.2, §1.4):
 * `seedParityParse` = ngeodesic `geodesic_parse_report` (relative gate only, never empty) and
 * `stockParse` = `stock_parse`. Both reproduce numpy semantics: MA_reflect, correlate 'same', first argmax.
 */
import { argmax, pearson } from './numeric';
import { parityShifts } from './parity-shifts';
import { movingAverageReflectParity } from './smoothing';
import { correlateSame, halfSineTemplate } from './template';
import { assertTraceSet } from './trace-set';
import type { ChannelReport, ParseResult, TraceSet } from './types';

/** Settings of the original parsers: MA window σ and template width (defaults 9 and 160). */
export interface BaselineConfig {
  readonly sigma: number;
  readonly protoWidth: number;
  /** Null shifts for seedParityParse; default: the original's numpy table for this T. */
  readonly shifts?: ArrayLike<number>;
}

/** Per-channel debug of the seed-parity parser (geodesic_parse_report_conf's fields). */
export interface SeedParityChannelReport extends ChannelReport {
  readonly zRes: number;
  readonly zRaw: number;
  readonly zCm: number;
}

/** seedParityParse output. */
export interface SeedParityResult extends ParseResult {
  readonly perChannel: Readonly<Record<string, SeedParityChannelReport>>;
}

const BASELINE_DEFAULTS: BaselineConfig = { sigma: 9, protoWidth: 160 };

/** ρ(s, t): Pearson r of s[a:b) with q[0:b−a), a = max(0, t−⌊w/2⌋), b = min(T, t+⌊w/2⌋); 0 if b−a < 3. */
function localRho(s: Float64Array, q: Float64Array, t: number, shift: number, win: Float64Array): number {
  const T = s.length;
  const half = Math.floor(q.length / 2);
  const a = Math.max(0, t - half);
  const b = Math.min(T, t + half);
  const n = b - a;
  if (n < 3) return 0;
  // roll(s, shift)[i] = s[(i − shift) mod T]
  for (let i = 0; i < n; i++) win[i] = s[(((a + i - shift) % T) + T) % T];
  return pearson(win, q, n);
}

/** Z(s, t) = (ρ(s, t) − μ₀)/(σ₀ + 1e-8), μ₀/σ₀ (population) over ρ of the circularly shifted s at the same t. */
function nullZ(s: Float64Array, q: Float64Array, t: number, shifts: ArrayLike<number>, win: Float64Array): number {
  const rho = localRho(s, q, t, 0, win);
  const n = shifts.length;
  let m = 0;
  const vals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    vals[i] = localRho(s, q, t, shifts[i], win);
    m += vals[i];
  }
  m /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (vals[i] - m) * (vals[i] - m);
  return (rho - m) / (Math.sqrt(v / n) + 1e-8);
}

/** Stable order of kept indices by peak time (Python's sorted is stable; ties keep input order). */
function orderKept(keep: number[], peaks: ArrayLike<number>): number[] {
  return [...keep].sort((a, b) => peaks[a] - peaks[b] || a - b);
}

/**
 * Port of the original Stage-10 `geodesic_parse_report`: score = z_res + 0.4·z_raw − 0.3·max(0, z_cm),
 * keep score ≥ 0.5·(best + 1e-12), else the argmax. It cannot abstain: `keep` is never empty.
 */
export function seedParityParse(traces: TraceSet, config: Partial<BaselineConfig> = {}): SeedParityResult {
  assertTraceSet(traces);
  const cfg = { ...BASELINE_DEFAULTS, ...config };
  const { T, data, names } = traces;
  const K = data.length;
  const q = halfSineTemplate(cfg.protoWidth);
  const shifts = cfg.shifts ?? parityShifts(T);
  const m = new Float64Array(T);
  for (const x of data) for (let t = 0; t < T; t++) m[t] += x[t];
  for (let t = 0; t < T; t++) m[t] /= K;
  const win = new Float64Array(q.length + 1);
  const M = movingAverageReflectParity(m, cfg.sigma);
  const peaks = new Int32Array(K);
  const zRes = new Float64Array(K);
  const zRaw = new Float64Array(K);
  const r = new Float64Array(T);
  for (let k = 0; k < K; k++) {
    const x = data[k];
    for (let t = 0; t < T; t++) r[t] = Math.max(0, x[t] - m[t]);
    const R = movingAverageReflectParity(r, cfg.sigma);
    const S = movingAverageReflectParity(x, cfg.sigma);
    peaks[k] = argmax(correlateSame(R, q));
    zRes[k] = nullZ(R, q, peaks[k], shifts, win);
    zRaw[k] = nullZ(S, q, peaks[k], shifts, win);
  }
  const zCm = nullZ(M, q, peaks[0], shifts, win);
  const scores = new Float64Array(K);
  for (let k = 0; k < K; k++) scores[k] = zRes[k] + 0.4 * zRaw[k] - 0.3 * Math.max(0, zCm);
  const best = Math.max(...scores);
  const thr = 0.5 * (best + 1e-12);
  let keep: number[] = [];
  for (let k = 0; k < K; k++) if (scores[k] >= thr) keep.push(k);
  if (keep.length === 0) keep = [argmax(scores)];
  const perChannel: Record<string, SeedParityChannelReport> = {};
  for (let k = 0; k < K; k++) {
    perChannel[names[k]] = { peak: peaks[k], score: scores[k], z: zRes[k], passedAbs: true, passedRel: scores[k] >= thr, zRes: zRes[k], zRaw: zRaw[k], zCm };
  }
  return { keep: keep.map((k) => names[k]), order: orderKept(keep, peaks).map((k) => names[k]), perChannel };
}

/**
 * Port of the original `stock_parse`: raw matched-filter peak of MA_reflect(x, σ) (unnormalised), keep
 * score ≥ 0.6·(best + 1e-12), else the argmax; order by peak. Never empty.
 */
export function stockParse(traces: TraceSet, config: Partial<BaselineConfig> = {}): ParseResult {
  assertTraceSet(traces);
  const cfg = { ...BASELINE_DEFAULTS, ...config };
  const { data, names } = traces;
  const K = data.length;
  const q = halfSineTemplate(cfg.protoWidth);
  const peaks = new Int32Array(K);
  const scores = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    const c = correlateSame(movingAverageReflectParity(data[k], cfg.sigma), q);
    peaks[k] = argmax(c);
    scores[k] = c[peaks[k]];
  }
  const best = Math.max(...scores);
  const thr = 0.6 * (best + 1e-12);
  let keep: number[] = [];
  for (let k = 0; k < K; k++) if (scores[k] >= thr) keep.push(k);
  if (keep.length === 0) keep = [argmax(scores)];
  const perChannel: Record<string, ChannelReport> = {};
  for (let k = 0; k < K; k++) perChannel[names[k]] = { peak: peaks[k], score: scores[k], z: NaN, passedAbs: true, passedRel: scores[k] >= thr };
  return { keep: keep.map((k) => names[k]), order: orderKept(keep, peaks).map((k) => names[k]), perChannel };
}
