/**
 * Stage-10 parser: common-mode removal → residual energy → smoothing → circular matched filter (unit half-sine)
 * → per-channel null → dual gate (absolute: z ≥ zAbs against the channel's own null; relative: score ≥ rel·best)
 * → order by peak time. Unlike the original it can, and on noise does, return an empty result (= abstain).
 */
import { argmax, oddAtLeast } from './numeric';
import {
  type NullMode,
  type NullModel,
  type NullStat,
  type NullSummary,
  nullFromModel,
  nullShifts,
  permutationNullValues,
  shiftNullValues,
  summarizeNull,
} from './null-model';
import { movingAverage } from './smoothing';
import { halfSineMatchedFilter, halfSineTemplate } from './template';
import { assertTraceSet } from './trace-set';
import type { ChannelReport, ParseResult, TraceSet } from './types';

/** How the shared (common-mode) component across channels is estimated. */
export type CommonMode = 'mean' | 'median' | 'min' | 'none';

/** Stage-10 settings; every width is in samples, so pick them for your T (see `defaultStage10Config`). */
export interface Stage10Config {
  /** Half-sine template width (odd; about 1.5× the expected well FWHM). */
  readonly templateWidth: number;
  /** Centred moving-average window applied to the residual before filtering (1 disables). */
  readonly smoothWindow: number;
  /**
   * Common-mode estimate subtracted at each t (only when K ≥ 2): the cross-channel mean (the original), the
   * median (robust when fewer than half the channels are active at once), the minimum (the evidence every channel
   * shares; keeps a weak well that coincides with a strong one elsewhere), or none.
   */
  readonly commonMode: CommonMode;
  /** Keep only the positive part of the residual ("residual energy"). */
  readonly rectify: boolean;
  /** Absolute gate: z = (score − null location) / null scale must reach this. */
  readonly zAbs: number;
  /** Relative gate: score must reach rel × the best channel's score. */
  readonly rel: number;
  /** Per-call null: number of draws. */
  readonly nullShifts: number;
  /** Smallest circular shift the null may use (so the peak cannot reappear at its own time). */
  readonly minShift: number;
  readonly nullMode: NullMode;
  readonly nullStat: NullStat;
  /** Quantile level reported (and, with `quantileGate`, enforced) from the null. */
  readonly nullLevel: number;
  /** Also require score ≥ the null's nullLevel quantile. */
  readonly quantileGate: boolean;
  /** Seed of the null's shift/permutation draws (the whole parse is a pure function of input and config). */
  readonly seed: number;
}

/** Stage-10 per-channel evidence: the shared report plus the null it was judged against. */
export interface Stage10ChannelReport extends ChannelReport {
  readonly nullMean: number;
  readonly nullSd: number;
  readonly nullQuantile: number;
}

/** Stage-10 output: the shared ParseResult with the richer per-channel report. */
export interface Stage10Result extends ParseResult {
  readonly perChannel: Readonly<Record<string, Stage10ChannelReport>>;
}

/**
 * Defaults scaled to T. For T = 720 (the benchmark): templateWidth 109, smoothWindow 9, min common mode,
 * zAbs 10, rel 0.1, 256 shifts ≥ 109 samples, mean/std null. For T = 128: templateWidth 19, smoothWindow 3,
 * minShift 19. zAbs 10 is not a Gaussian 10σ: the template spans 15% of T, so the shift null holds only ~6
 * independent values and z has t-like tails (white noise at T = 720: 99.9% of channels stay below z ≈ 10).
 */
export function defaultStage10Config(T: number): Stage10Config {
  // Pure in T and hit on every parse: built once per T (frozen, callers spread it into their own config).
  let c = stage10Defaults.get(T);
  if (c === undefined) {
    c = Object.freeze(buildStage10Defaults(T));
    stage10Defaults.set(T, c);
  }
  return c;
}

const stage10Defaults = new Map<number, Stage10Config>();

function buildStage10Defaults(T: number): Stage10Config {
  const templateWidth = oddAtLeast(Math.max(3, 0.15 * T));
  return {
    templateWidth,
    smoothWindow: oddAtLeast(T / 80),
    commonMode: 'min',
    rectify: true,
    zAbs: 10,
    rel: 0.1,
    nullShifts: 256,
    minShift: templateWidth,
    nullMode: 'shift',
    nullStat: 'moment',
    nullLevel: 0.99,
    quantileGate: false,
    seed: 0,
  };
}

/** Filtered per-channel signals: the residual that was filtered and the matched-filter output. */
export interface Stage10Front {
  readonly template: Float64Array;
  readonly residual: readonly Float64Array[];
  readonly mf: readonly Float64Array[];
}

/** Runs the signal path (common mode, residual, smoothing, matched filter) without any gate. */
export function stage10Front(traces: TraceSet, cfg: Stage10Config): Stage10Front {
  const { T, data } = traces;
  const K = data.length;
  const q = halfSineTemplate(cfg.templateWidth);
  const smooth = data.map((x) => movingAverage(x, cfg.smoothWindow));
  const mode = K >= 2 ? cfg.commonMode : 'none';
  const cm = mode === 'none' ? null : commonModeOf(smooth, T, mode);
  const residual: Float64Array[] = [];
  const mf: Float64Array[] = [];
  for (const y of smooth) {
    if (cm !== null) for (let t = 0; t < T; t++) y[t] -= cm[t];
    if (cfg.rectify) for (let t = 0; t < T; t++) if (y[t] < 0) y[t] = 0;
    residual.push(y);
    mf.push(halfSineMatchedFilter(y, cfg.templateWidth));
  }
  return { template: q, residual, mf };
}

/** The common-mode series of already-smoothed channels (zeros for 'none'). */
export function commonModeOf(channels: readonly ArrayLike<number>[], T: number, mode: CommonMode): Float64Array {
  const cm = new Float64Array(T);
  const K = channels.length;
  if (mode === 'none' || K === 0) return cm;
  if (mode === 'mean') {
    for (const x of channels) for (let t = 0; t < T; t++) cm[t] += x[t];
    for (let t = 0; t < T; t++) cm[t] /= K;
    return cm;
  }
  if (mode === 'min') {
    cm.fill(Infinity);
    for (const x of channels) for (let t = 0; t < T; t++) if (x[t] < cm[t]) cm[t] = x[t];
    return cm;
  }
  const col = new Float64Array(K);
  for (let t = 0; t < T; t++) {
    for (let k = 0; k < K; k++) col[k] = channels[k][t];
    col.sort();
    cm[t] = K % 2 === 1 ? col[(K - 1) / 2] : 0.5 * (col[K / 2 - 1] + col[K / 2]);
  }
  return cm;
}

/** Parses one TraceSet with the Stage-10 dual-gate detector; an empty keep means abstain. */
export function parseStage10(traces: TraceSet, config: Partial<Stage10Config> = {}, nullModel?: NullModel): Stage10Result {
  assertTraceSet(traces);
  const cfg: Stage10Config = { ...defaultStage10Config(traces.T), ...config };
  return gateStage10(traces, cfg, stage10Front(traces, cfg), nullModel);
}

/** Applies the null and the two gates to a computed front end. */
export function gateStage10(traces: TraceSet, cfg: Stage10Config, front: Stage10Front, nullModel?: NullModel): Stage10Result {
  const K = traces.data.length;
  const peaks = new Int32Array(K);
  const scores = new Float64Array(K);
  const nulls: NullSummary[] = [];
  const shifts = cfg.nullMode === 'shift' && !nullModel ? nullShifts(traces.T, cfg.nullShifts, cfg.minShift, cfg.seed) : undefined;
  // Only the per-call shift null needs the scratch buffer.
  const scratch = nullModel ? new Float64Array(0) : new Float64Array(cfg.nullShifts);
  for (let k = 0; k < K; k++) {
    const mf = front.mf[k];
    const t = argmax(mf);
    peaks[k] = t;
    scores[k] = mf[t];
    if (nullModel) nulls.push(nullFromModel(nullModel, traces.names[k], k));
    else if (shifts) nulls.push(summarizeNull(shiftNullValues(mf, t, shifts, scratch), cfg.nullStat, cfg.nullLevel));
    else nulls.push(summarizeNull(permutationNullValues(front.residual[k], front.template, cfg.nullShifts, cfg.seed + k), cfg.nullStat, cfg.nullLevel));
  }
  let best = -Infinity;
  for (let k = 0; k < K; k++) if (scores[k] > best) best = scores[k];
  const perChannel: Record<string, Stage10ChannelReport> = {};
  const keepIdx: number[] = [];
  for (let k = 0; k < K; k++) {
    const nu = nulls[k];
    const z = zOf(scores[k], nu);
    const passedAbs = z >= cfg.zAbs && (!cfg.quantileGate || scores[k] >= nu.quantile);
    const passedRel = best > 0 && scores[k] >= cfg.rel * best;
    perChannel[traces.names[k]] = { peak: peaks[k], score: scores[k], z, passedAbs, passedRel, nullMean: nu.mean, nullSd: nu.sd, nullQuantile: nu.quantile };
    if (passedAbs && passedRel) keepIdx.push(k);
  }
  return { keep: keepIdx.map((k) => traces.names[k]), order: orderByPeak(keepIdx, peaks).map((k) => traces.names[k]), perChannel };
}

/** |z| cap: keeps reports finite (JSON has no Infinity) when a null has zero spread. */
export const Z_MAX = 1e6;

/** z of a score against a null, clamped to ±Z_MAX; a zero-spread null gives ±Z_MAX if the score differs, else 0. */
export function zOf(score: number, nu: NullSummary): number {
  const d = score - nu.mean;
  if (nu.sd > 0) return Math.max(-Z_MAX, Math.min(Z_MAX, d / nu.sd));
  const tol = 1e-12 * Math.max(1, Math.abs(nu.mean), Math.abs(score));
  return d > tol ? Z_MAX : d < -tol ? -Z_MAX : 0;
}

/** Channel indices sorted by peak time, ties broken by channel index. */
export function orderByPeak(idx: readonly number[], peaks: ArrayLike<number>): number[] {
  return [...idx].sort((a, b) => peaks[a] - peaks[b] || a - b);
}
