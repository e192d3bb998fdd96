/**
 * Null model of the matched-filter score. Per call: the score at the channel's peak time under N seeded circular
 * shifts (|shift| ≥ minShift, so the peak itself cannot come back) or under N random permutations. Offline: per-
 * channel statistics calibrated once (`calibrateNull`) and passed in, so a caller skips the per-call draws.
 *
 * Because the matched filter is circular, MF(roll(y, s))[t] = MF(y)[t − s]: the shift null is read straight off
 * the channel's own filter output, O(N) per channel, and is exact (not an approximation).
 */
import { createRng } from './rng';
import { type Series, mean, medianMad, selectKth, std } from './numeric';

/** Which null the per-call model draws. */
export type NullMode = 'shift' | 'permute';
/** How the null's location/scale is estimated: median/MAD (robust to a second well; std when MAD is 0) or mean/std. */
export type NullStat = 'robust' | 'moment';

/** Per-channel null statistics calibrated offline; index k matches channel k (or `names`, when given). */
export interface NullModel {
  readonly mean: Float64Array;
  readonly sd: Float64Array;
  /** Upper quantile of the null score at `level`, per channel (optional). */
  readonly quantile?: Float64Array;
  readonly level?: number;
  /** Channel names the statistics belong to; when present they are matched by name, not position. */
  readonly names?: readonly string[];
}

/** One channel's null summary as used by a gate. */
export interface NullSummary {
  readonly mean: number;
  readonly sd: number;
  /** The level-quantile of the null values (NaN when the model has none). */
  readonly quantile: number;
}

const shiftCache = new Map<string, Int32Array>();

/** A read-only list of shift amounts (cached tables are shared, so they are never handed out as mutable). */
export type ShiftTable = ArrayLike<number>;
// One-entry memo in front of the map: repeated calls with the same arguments skip building the key.
let lastShifts: { T: number; n: number; lo: number; seed: number; table: Int32Array } | null = null;

/**
 * The N seeded circular-shift amounts in [minShift, T − minShift], drawn from `createRng(seed)` (cached per
 * argument tuple: pure function of its arguments). minShift is lowered to ⌊T/4⌋ when T is too short.
 */
export function nullShifts(T: number, n: number, minShift: number, seed: number): ShiftTable {
  const lo = Math.max(1, Math.min(minShift, Math.floor(T / 4)));
  if (lastShifts && lastShifts.T === T && lastShifts.n === n && lastShifts.lo === lo && lastShifts.seed === seed) return lastShifts.table;
  const key = `${T}:${n}:${lo}:${seed}`;
  const hit = shiftCache.get(key);
  if (hit) {
    lastShifts = { T, n, lo, seed, table: hit };
    return hit;
  }
  const span = Math.max(1, T - 2 * lo + 1);
  const rng = createRng(seed);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + rng.int(span);
  if (shiftCache.size > 256) shiftCache.clear();
  shiftCache.set(key, out);
  lastShifts = { T, n, lo, seed, table: out };
  return out;
}

/** Location/scale/quantile (type 7) of a list of null values; O(n) (quickselect), `values` is left untouched. */
export function summarizeNull(values: Float64Array, stat: NullStat, level: number): NullSummary {
  const n = values.length;
  if (n === 0) return { mean: NaN, sd: NaN, quantile: NaN };
  const scratch = Float64Array.from(values);
  const h = (n - 1) * Math.min(1, Math.max(0, level));
  const lo = Math.floor(h);
  const qLo = selectKth(scratch, lo);
  let q = qLo;
  if (lo + 1 < n && h > lo) {
    // After selection everything right of lo is ≥ qLo; the next order statistic is their minimum.
    let next = Infinity;
    for (let i = lo + 1; i < n; i++) if (scratch[i] < next) next = scratch[i];
    q = qLo + (h - lo) * (next - qLo);
  }
  if (stat === 'robust') {
    const { median, mad } = medianMad(values);
    // A null that is constant on over half its draws (sparse traces) has MAD 0; fall back to the std then.
    return { mean: median, sd: mad > 0 ? mad : std(values), quantile: q };
  }
  return { mean: mean(values), sd: std(values), quantile: q };
}

/** Circular-shift null values at time t: MF(roll(y, s))[t] = mf[(t − s) mod T] for each shift s. */
export function shiftNullValues(mf: Series, t: number, shifts: ShiftTable, out = new Float64Array(shifts.length)): Float64Array {
  const T = mf.length;
  for (let i = 0; i < shifts.length; i++) out[i] = mf[(((t - shifts[i]) % T) + T) % T];
  return out;
}

/**
 * Permutation null values: the template's dot product with w samples of y drawn without replacement, N times
 * (a white-noise null: it ignores autocorrelation, so it is more liberal than the shift null on smoothed data).
 */
export function permutationNullValues(y: Series, q: Series, n: number, seed: number): Float64Array {
  const T = y.length;
  const w = Math.min(q.length, T);
  const rng = createRng(seed);
  const idx = new Int32Array(T);
  const out = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    for (let i = 0; i < T; i++) idx[i] = i;
    let s = 0;
    for (let i = 0; i < w; i++) {
      const j = i + rng.int(T - i);
      const tmp = idx[i];
      idx[i] = idx[j];
      idx[j] = tmp;
      s += y[idx[i]] * q[i];
    }
    out[d] = s;
  }
  return out;
}

/** Reads channel k's statistics from a supplied model, matching by name when the model names its channels. */
export function nullFromModel(model: NullModel, name: string, k: number): NullSummary {
  const idx = model.names ? model.names.indexOf(name) : k;
  if (idx < 0 || idx >= model.mean.length || idx >= model.sd.length) {
    throw new RangeError(`NullModel has no statistics for channel "${name}"`);
  }
  return { mean: model.mean[idx], sd: model.sd[idx], quantile: model.quantile ? model.quantile[idx] : NaN };
}
