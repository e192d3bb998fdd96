/**
 * Stage-11: warp → denoise → detect → prior → phantom guard → confidence gates.
 * - Warp: subtract the common mode and whiten each channel by its noise scale (robust, from first differences),
 *   so scores are in noise units and channels with different noise levels compare fairly.
 * - Denoise: hybrid median + zero-phase EMA along time (the original's TemporalDenoiser idea, made lag-free).
 * - Detect: the Stage-10 null and dual gate on the denoised residuals.
 * - Prior (optional): a PCA-whitened density model of true vs phantom detections fitted on training traces.
 * - Phantom guard: a kept channel must be re-detected in ≥ guardMinVotes of guardRuns re-runs with seeded
 *   jitter noise and re-seeded nulls.
 */
import { type Stage10ChannelReport, type Stage10Config, defaultStage10Config, gateStage10, orderByPeak, stage10Front } from './stage10';
import type { NullModel } from './null-model';
import { nullModelFromFronts } from './null-calibration';
import { type DetectionFeatures, type PriorFitOptions, type PriorTrainingSample, type Stage11Prior, decodeWithPrior, fitPriorFromSamples } from './prior';
import { createRng } from './rng';
import { commonModeOf } from './stage10';
import { hybridSmoothOwned } from './smoothing';
import { medianMadInPlace, oddAtLeast } from './numeric';
import { assertTraceSet } from './trace-set';
import type { ParseResult, TraceSet } from './types';

/** Stage-11 settings: the Stage-10 detector settings plus warp, denoise, prior and guard. */
export interface Stage11Config extends Stage10Config {
  /** Divide each residual channel by its robust noise scale. */
  readonly whiten: boolean;
  /** Median window of the hybrid denoiser (odd; 1 disables). */
  readonly medianK: number;
  /** Zero-phase EMA weight of the hybrid denoiser (1 disables). */
  readonly emaAlpha: number;
  /** Phantom guard: number of jittered re-runs (0 disables the guard). */
  readonly guardRuns: number;
  /** Phantom guard: re-detections needed to keep a channel. */
  readonly guardMinVotes: number;
  /** Phantom guard: jitter noise sd, as a multiple of each channel's noise scale. */
  readonly guardJitter: number;
  /** Optional detection prior (fit it with `fitStage11Prior` on traces from another seed than your test set). */
  readonly prior?: Stage11Prior;
  /** Confidence gate on the prior: keep only detections whose posterior reaches this. */
  readonly priorMinPosterior: number;
  /** Optional precomputed null (see calibrateNull); it must be calibrated with the Stage-11 signal path. */
  readonly nullModel?: NullModel;
}

/** Stage-11 per-channel evidence: Stage-10's report plus the prior's posterior (NaN without a prior). */
export interface Stage11ChannelReport extends Stage10ChannelReport {
  readonly posterior: number;
  readonly votes: number;
  readonly noiseScale: number;
}

/** Stage-11 output: the shared ParseResult plus the phantom guard's votes per channel. */
export interface Stage11Result extends ParseResult {
  readonly perChannel: Readonly<Record<string, Stage11ChannelReport>>;
  readonly votes: Readonly<Record<string, number>>;
}

/**
 * Defaults scaled to T (T = 720: the Stage-10 defaults, median 5, EMA α 0.2, 3 guard runs needing 2 votes,
 * jitter 0.5 noise sd, posterior ≥ 0.5). For T = 128: median 3, EMA α ≈ 0.77.
 * Cost: (1 + guardRuns) Stage-10-sized passes; guardRuns 0 makes Stage-11 about as fast as Stage-10.
 */
export function defaultStage11Config(T: number): Stage11Config {
  // Pure in T and hit on every parse: built once per T (frozen, callers spread it into their own config).
  let c = stage11Defaults.get(T);
  if (c === undefined) {
    c = Object.freeze(buildStage11Defaults(T));
    stage11Defaults.set(T, c);
  }
  return c;
}

const stage11Defaults = new Map<number, Stage11Config>();

function buildStage11Defaults(T: number): Stage11Config {
  return {
    ...defaultStage10Config(T),
    whiten: true,
    medianK: Math.max(3, oddAtLeast(T / 144)),
    emaAlpha: Math.min(1, 2 / (1 + T / 80)),
    guardRuns: 3,
    guardMinVotes: 2,
    guardJitter: 0.5,
    priorMinPosterior: 0.5,
  };
}

/** Robust noise scale of a series: 1.4826·MAD of first differences / √2 (insensitive to slow wells). */
export function noiseScale(x: ArrayLike<number>): number {
  const n = x.length;
  if (n < 3) return 0;
  if (diffScratch.length < n - 1) diffScratch = new Float64Array(2 * n);
  const d = diffScratch.subarray(0, n - 1);
  for (let i = 1; i < n; i++) d[i - 1] = x[i] - x[i - 1];
  return medianMadInPlace(d).mad / Math.SQRT2;
}

// Reused across calls (the selection reorders it in place; nothing keeps a reference).
let diffScratch = new Float64Array(0);

/** Warp + denoise: common mode removed, channels whitened by their noise scale, then hybrid-smoothed. */
export function warpAndDenoise(traces: TraceSet, cfg: Stage11Config, knownScales?: Float64Array): { readonly traces: TraceSet; readonly scales: Float64Array } {
  const { T, data } = traces;
  const K = data.length;
  const mode = K >= 2 ? cfg.commonMode : 'none';
  // 'none' subtracts zeros: skip the work (x − 0 is x, −0 included).
  const cm = mode === 'none' ? null : commonModeOf(data, T, mode);
  const scales = new Float64Array(K);
  const out: Float64Array[] = [];
  for (let k = 0; k < K; k++) {
    const x = data[k];
    const r = new Float64Array(T);
    if (cm === null) for (let t = 0; t < T; t++) r[t] = x[t];
    else for (let t = 0; t < T; t++) r[t] = x[t] - cm[t];
    // A noiseless (e.g. lexical) channel has scale 0: fall back to 1 so it is left unscaled rather than exploded.
    const s = knownScales ? knownScales[k] : cfg.whiten ? noiseScale(x) : 1;
    scales[k] = s > 0 ? s : 1;
    for (let t = 0; t < T; t++) r[t] /= scales[k];
    out.push(hybridSmoothOwned(r, { medianK: cfg.medianK, emaAlpha: cfg.emaAlpha, clampZ: null }));
  }
  return { traces: { names: traces.names, T, data: out }, scales };
}

interface DetectOutcome {
  readonly reports: Stage10ChannelReport[];
  readonly kept: boolean[];
  readonly posterior: Float64Array;
}

/** One pass of warp → denoise → gates → prior, without the guard. */
function detectOnce(traces: TraceSet, cfg: Stage11Config, knownScales?: Float64Array): DetectOutcome & { readonly scales: Float64Array } {
  const wd = warpAndDenoise(traces, cfg, knownScales);
  const inner = innerConfig(cfg);
  const res = gateStage10(wd.traces, inner, stage10Front(wd.traces, inner), cfg.nullModel);
  const K = traces.data.length;
  const reports = traces.names.map((n) => res.perChannel[n]);
  const posterior = new Float64Array(K).fill(NaN);
  const detected = reports.map((r) => r.passedAbs && r.passedRel);
  if (!cfg.prior) return { reports, kept: detected, posterior, scales: wd.scales };
  const idx = detected.flatMap((d, k) => (d ? [k] : []));
  const dec = decodeWithPrior(cfg.prior, idx.map((k) => detectionFeatures(reports[k], traces.T)), K);
  const kept = new Array<boolean>(K).fill(false);
  idx.forEach((k, j) => {
    posterior[k] = dec.posterior[j];
    kept[k] = dec.steps.includes(j) && dec.posterior[j] >= cfg.priorMinPosterior;
  });
  return { reports, kept, posterior, scales: wd.scales };
}

/** The prior's features of one detection: peak position in [0, 1] and log of its matched-filter SNR. */
export function detectionFeatures(r: Stage10ChannelReport, T: number): DetectionFeatures {
  return [r.peak / Math.max(1, T - 1), Math.log(Math.max(1e-6, r.score))];
}

// A frozen caller config cannot change: its merge with the defaults (and the inner Stage-10 config) is built once.
// Spreading two ~20-key objects per parse cost more than the detector on short lexical traces.
const merged = new WeakMap<object, Map<number, Stage11Config>>();
const inners = new WeakMap<Stage11Config, Stage10Config>();

function mergedConfig(T: number, config: Partial<Stage11Config>): Stage11Config {
  if (!Object.isFrozen(config)) return { ...defaultStage11Config(T), ...config };
  let perT = merged.get(config);
  if (perT === undefined) {
    perT = new Map();
    merged.set(config, perT);
  }
  let cfg = perT.get(T);
  if (cfg === undefined) {
    cfg = Object.freeze({ ...defaultStage11Config(T), ...config });
    perT.set(T, cfg);
  }
  return cfg;
}

function innerConfig(cfg: Stage11Config): Stage10Config {
  const hit = inners.get(cfg);
  if (hit !== undefined) return hit;
  const inner: Stage10Config = { ...cfg, commonMode: 'none', smoothWindow: 1 };
  if (Object.isFrozen(cfg)) inners.set(cfg, Object.freeze(inner));
  return inner;
}

/** Parses one TraceSet with Stage-11; an empty keep means abstain. A frozen config is merged with the defaults once. */
export function parseStage11(traces: TraceSet, config: Partial<Stage11Config> = {}): Stage11Result {
  assertTraceSet(traces);
  const cfg = mergedConfig(traces.T, config);
  if (cfg.prior && cfg.prior.version !== 2) throw new RangeError(`parseStage11: unsupported prior version ${String(cfg.prior.version)}`);
  const K = traces.data.length;
  const base = detectOnce(traces, cfg);
  const votes = new Int32Array(K);
  const needGuard = cfg.guardRuns > 0 && base.kept.some(Boolean);
  if (needGuard) {
    const rng = createRng(cfg.seed ^ 0x5bd1e995);
    for (let run = 0; run < cfg.guardRuns; run++) {
      const jittered = traces.data.map((x, k) => {
        const y = new Float64Array(traces.T);
        const sd = cfg.guardJitter * base.scales[k];
        for (let t = 0; t < traces.T; t++) y[t] = x[t] + rng.normal(0, sd);
        return y;
      });
      // Re-runs keep the original noise scales: the guard asks whether the detection survives perturbation.
      const again = detectOnce({ names: traces.names, T: traces.T, data: jittered }, { ...cfg, seed: cfg.seed + run + 1 }, base.scales);
      for (let k = 0; k < K; k++) if (again.kept[k]) votes[k]++;
    }
  }
  const keepIdx: number[] = [];
  const perChannel: Record<string, Stage11ChannelReport> = {};
  const voteRec: Record<string, number> = {};
  const peaks = new Int32Array(K);
  for (let k = 0; k < K; k++) {
    const name = traces.names[k];
    const v = needGuard ? votes[k] : 0;
    const guardOk = cfg.guardRuns <= 0 || v >= cfg.guardMinVotes;
    peaks[k] = base.reports[k].peak;
    if (base.kept[k] && guardOk) keepIdx.push(k);
    const r = base.reports[k];
    perChannel[name] = {
      peak: r.peak,
      score: r.score,
      z: r.z,
      passedAbs: r.passedAbs,
      passedRel: r.passedRel,
      nullMean: r.nullMean,
      nullSd: r.nullSd,
      nullQuantile: r.nullQuantile,
      posterior: base.posterior[k],
      votes: v,
      noiseScale: base.scales[k],
    };
    voteRec[name] = v;
  }
  return {
    keep: keepIdx.map((k) => traces.names[k]),
    order: orderByPeak(keepIdx, peaks).map((k) => traces.names[k]),
    perChannel,
    votes: voteRec,
  };
}

/** A labelled training sample for the prior. */
export interface LabelledTraces {
  readonly traces: TraceSet;
  readonly truth: readonly string[];
}

/**
 * Fits the Stage-11 prior from labelled training traces: every channel that passes Stage-11's null and relative
 * gates (no prior, no guard) is a step detection (with its index in the truth) or a phantom. Fit it on traces
 * drawn with another seed than the ones you evaluate on.
 */
export function fitStage11Prior(samples: readonly LabelledTraces[], config: Partial<Stage11Config> & Partial<PriorFitOptions> = {}): Stage11Prior {
  const training: PriorTrainingSample[] = samples.map((s) => {
    const cfg: Stage11Config = { ...defaultStage11Config(s.traces.T), ...config, prior: undefined };
    const det = detectOnce(s.traces, cfg);
    const steps: { features: DetectionFeatures; index: number }[] = [];
    const phantoms: DetectionFeatures[] = [];
    det.kept.forEach((kept, k) => {
      if (!kept) return;
      const f = detectionFeatures(det.reports[k], s.traces.T);
      const index = s.truth.indexOf(s.traces.names[k]);
      if (index >= 0) steps.push({ features: f, index });
      else phantoms.push(f);
    });
    return { channels: s.traces.data.length, k: s.truth.length, steps, phantoms };
  });
  return fitPriorFromSamples(training, {
    bandwidth: config.bandwidth ?? 0.06,
    floorWeight: config.floorWeight ?? 0.02,
    maxPoints: config.maxPoints ?? 2000,
    provenance: config.provenance ?? `${samples.length} labelled samples`,
  });
}

/** Calibrates a NullModel for Stage-11 (its warp + denoise signal path) once from a list of trace sets. */
export function calibrateStage11Null(tracesList: readonly TraceSet[], config: Partial<Stage11Config> = {}): NullModel {
  if (tracesList.length === 0) throw new RangeError('calibrateStage11Null: empty traces list');
  const names = tracesList[0].names;
  let inner: Stage10Config | undefined;
  const fronts = tracesList.map((ts) => {
    assertTraceSet(ts);
    if (ts.names.length !== names.length || ts.names.some((n, i) => n !== names[i])) throw new RangeError('calibrateStage11Null: all trace sets must have the same channel names');
    const cfg: Stage11Config = { ...defaultStage11Config(ts.T), ...config };
    inner = { ...cfg, commonMode: 'none', smoothWindow: 1 };
    const wd = warpAndDenoise(ts, cfg);
    return stage10Front(wd.traces, inner);
  });
  return nullModelFromFronts(names, fronts, inner as Stage10Config);
}
